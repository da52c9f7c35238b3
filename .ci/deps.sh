#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs, only when something is missing.
#   .ci/deps.sh build   → what building and running the application needs
#   .ci/deps.sh test    → that, plus the PostgreSQL server the tests start on loopback and
#                         clang for the fuzz targets
set -euo pipefail
packages=(build-essential cmake ninja-build pkg-config
          qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
          qt6-charts-dev libqt6opengl6-dev
          libqt6sql6-sqlite libqt6sql6-psql libgl-dev
          libxlsxwriter-dev libicu-dev zlib1g-dev
          fonts-ipaexfont fonts-noto-cjk sqlite3)
if [ "${1:-build}" = test ]; then
    # clang and its libFuzzer runtime (libclang_rt.fuzzer) build the fuzz targets.
    packages+=(postgresql postgresql-client poppler-utils clang libclang-rt-14-dev)
fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update
    $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi
