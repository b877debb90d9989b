#!/bin/sh
# Builds the Debian package of a built tree into a folder and prints its path.
#   scripts/build.sh && scripts/package.sh            build/encat_<version>_amd64.deb
#   scripts/package.sh BUILD_DIR OUT_DIR              another build tree, another folder
set -eu
build=$(cd "${1:-build}" && pwd)
out=${2:-$build}
mkdir -p "$out"
out=$(cd "$out" && pwd)
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >/dev/null
rm -rf "$out/_CPack_Packages"
ls "$out"/encat_*_amd64.deb
