#!/bin/sh
# Rewrites the outputs shown in docs/findings/<CODE>.md from real runs of the programs, after an
# intended change of a message, a caret or a summary line; then checks every page again.
#   tests/docs_examples/update.sh [BUILD_DIR] [PAGE…]     (BUILD_DIR: build/ unless given)
# Read `git diff docs/findings` before committing: every changed line is a change users will see.
# (`ENCAT_BLESS=1 ctest -R docs/` does the same with the build directory of that ctest.)
set -e
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
[ $# -gt 0 ] && shift
python3 "$here/run.py" "$build/tools" --update "$@"
python3 "$here/run.py" "$build/tools" "$@"
