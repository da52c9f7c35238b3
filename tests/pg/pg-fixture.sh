#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL cluster on loopback for the test suite.
#   pg-fixture.sh start DIR   → cluster in DIR, connection string written to DIR/conninfo
#   pg-fixture.sh stop DIR
# As root the cluster runs as the postgres user (initdb refuses root).
set -euo pipefail
action=$1
dir=$2
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ]; then
    echo "pg-fixture: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir/socket"
    if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$dir"; fi
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # Tests need no durability; benchmarks (ASSETREG_PG_DURABLE=1) measure a normal server.
    durability="-c fsync=off -c full_page_writes=off"
    if [ "${ASSETREG_PG_DURABLE:-0}" = 1 ]; then durability=""; fi
    # A random high loopback port; if it is taken the start fails and another one is tried.
    started=0
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$(shuf -i 20000-60000 -n 1)
        if as_owner "$bindir/pg_ctl" -D "$dir/data" -w -t 60 -l "$dir/server.log" \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/socket $durability -c max_connections=200" \
            start >/dev/null; then
            started=1
            break
        fi
    done
    if [ "$started" != 1 ]; then cat "$dir/server.log" >&2; exit 1; fi
    echo "host=127.0.0.1 port=$port dbname=postgres user=postgres" >"$dir/conninfo"
    chmod a+r "$dir/conninfo"
    echo "pg-fixture: PostgreSQL $(basename "$(dirname "$bindir")") on 127.0.0.1:$port"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    echo "pg-fixture: stopped"
    ;;
*)
    echo "usage: pg-fixture.sh start|stop DIR" >&2
    exit 2
    ;;
esac
