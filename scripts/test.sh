#!/usr/bin/env bash
# Checks the layering of lib/ (scripts/check_layers.py), then runs the whole
# test suite twice: in the Release build (build/), then with
# AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer (build-asan/):
# unit tests, CLI golden cases, the JSON Schema test suite, output-format
# checks, the fuzz regressions and seeds. Extra arguments go to both ctest
# runs (e.g. -R cli/).
#   ENCAT_SANITIZE=0 scripts/test.sh   the Release run only
# Under the sanitizers any report fails its test (the program stops with exit
# 86); the CLI cases' time limits are ten times longer and their memory limits
# are not checked (tests/cli/run_case.py). One test runs only in Release: the browser test (it
# checks the HTML, the same bytes, in a browser; the HTML renderers run under
# the sanitizers in unit/render and fuzz/audit).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --test
# The layering of lib/ first: an upward include, a folder not in the layer table,
# a link dependency against it or a cycle fails the run before anything is built.
python3 scripts/check_layers.py
jobs=$(nproc)

# Both runs go to the end; the script fails if either did.
status=0
started=$SECONDS
scripts/build.sh
ctest --test-dir build --output-on-failure -j"$jobs" "$@" || status=1
echo "release: built and tested in $((SECONDS - started)) s"

if [[ "${ENCAT_SANITIZE:-1}" != 0 ]]; then
  started=$SECONDS
  scripts/build.sh --sanitize
  (
    export ENCAT_SANITIZED=1
    export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:exitcode=86:strict_init_order=1:detect_stack_use_after_return=1
    export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:exitcode=86
    export LSAN_OPTIONS=exitcode=86
    ctest --test-dir build-asan --output-on-failure -j"$jobs" -E '^browser/' "$@"
  ) || status=1
  echo "sanitizers (ASan, LSan, UBSan): built and tested in $((SECONDS - started)) s"
fi
exit $status
