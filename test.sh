#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test (unit, CLI,
# GUI offscreen, both SQLite and a throwaway PostgreSQL server on loopback). Then, unless
# arguments narrowed the run, fuzzes the CSV, XLSX and register-file readers for a bounded time
# in a second, clang-built tree (tests/fuzz; ASSETREG_FUZZ_SECONDS per target, 0 skips it).
set -euo pipefail
cd "$(dirname "$0")"
.ci/deps.sh test
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON -DASSETREG_WERROR=ON
cmake --build build-test
(cd build-test && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel 2 "$@")

fuzz_seconds=${ASSETREG_FUZZ_SECONDS:-60}
if [ $# -eq 0 ] && [ "$fuzz_seconds" != 0 ] && command -v clang++ >/dev/null; then
    cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
          -DBUILD_TESTING=ON -DASSETREG_FUZZ=ON -DASSETREG_FUZZ_SECONDS="$fuzz_seconds"
    cmake --build build-fuzz --target assetreg_fuzzers
    (cd build-fuzz && ctest -L fuzz --output-on-failure --parallel 2)
fi
