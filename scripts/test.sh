#!/usr/bin/env bash
# Runs the whole test suite: unit tests, CLI golden tests, the JSON Schema
# test suite, output-format checks. Extra arguments go to ctest (e.g. -R cli/).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --test
scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)" "$@"
