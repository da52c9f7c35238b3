#!/usr/bin/env bash
# Every figure of the README's performance table, on SQLite and on PostgreSQL, printed.
#   tests/bench/run-benchmarks.sh [SIZE...]    default: 10000 100000 (add 1000000 for the big run)
# Builds a Release tree in build-bench, starts a throwaway PostgreSQL server on loopback (with
# fsync on, unlike the test suite's), and for each size: writes a CSV of that many assets and
# times the sqlite3 shell's .import of it against our import (assetreg-iobench), then exports
# and a PDF of 1,000 assets; times opening, sorting, filtering and 100 searches on the imported
# register (assetreg-bench); and opens it in the main window for the first rows and the peak
# memory (assetreg-guibench). Figures are printed, never asserted.
set -euo pipefail
cd "$(dirname "$0")/../.."
.ci/deps.sh test
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON >/dev/null
cmake --build build-bench --target assetreg-iobench assetreg-bench assetreg-guibench
bin=build-bench/tests/bench
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)

work=$(mktemp -d /tmp/assetreg-bench.XXXXXX)
chmod 755 "$work"
ASSETREG_PG_DURABLE=1 tests/pg/pg-fixture.sh start "$work/pg"
trap 'tests/pg/pg-fixture.sh stop "$work/pg" >/dev/null; rm -rf "$work"' EXIT
conn=$(cat "$work/pg/conninfo")
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 HOME="$work/home"
mkdir -p "$HOME"

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -r)"
for n in "${sizes[@]}"; do
    echo
    echo "=== SQLite, $n assets"
    "$bin/assetreg-iobench" --rows "$n" --keep "$work/register-$n.db"
    "$bin/assetreg-bench" --db "$work/register-$n.db"
    "$bin/assetreg-guibench" --db "$work/register-$n.db"
    rm -f "$work/register-$n.db"*

    echo
    echo "=== PostgreSQL, $n assets"
    psql "$conn" -q -c "CREATE DATABASE bench_$n"
    pg="${conn/dbname=postgres/dbname=bench_$n}"
    "$bin/assetreg-iobench" --rows "$n" --pg "$pg"
    "$bin/assetreg-bench" --pg "$pg"
    "$bin/assetreg-guibench" --pg "$pg"
    psql "$conn" -q -c "DROP DATABASE bench_$n"
done
