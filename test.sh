#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test (unit, CLI,
# GUI offscreen, both SQLite and a throwaway PostgreSQL server on loopback).
set -euo pipefail
cd "$(dirname "$0")"
.ci/deps.sh test
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON -DASSETREG_WERROR=ON
cmake --build build-test
cd build-test
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel 2 "$@"
