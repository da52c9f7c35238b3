#!/usr/bin/env bash
# Installs what is missing, builds, and starts the Information Asset Register on its embedded
# default register (created with demo data on first start). Extra arguments go to the app,
# e.g. ./run.sh --db /path/to/register.db
set -euo pipefail
cd "$(dirname "$0")"
.ci/deps.sh build
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF
cmake --build build
exec build/app/assetreg "$@"
