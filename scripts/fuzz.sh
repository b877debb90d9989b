#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz/ with clang in build-fuzz/ and runs
# each for a fixed number of executions (or until a time limit, whichever comes
# first), then says per target the executions done, the corpus size and any
# crash, leak, timeout or out-of-memory input, which libFuzzer saves into
# tests/fuzz/regressions/<target>/ (the fuzz/…-survives-its-regressions-and-seeds
# tests replay that folder in every ordinary build).
#
#   scripts/fuzz.sh [TARGET…]        all targets by default: yaml_reader schema validate audit,
#                                    fmt (encat-fmt's round trip), merge, diff, csv, xlsx and import
# Settings (environment):
#   FUZZ_RUNS=1000000      executions per target (-runs)
#   FUZZ_SECONDS=600       time limit per target (-max_total_time); 0 = none
#   FUZZ_MAX_LEN=32768     longest input, bytes (-max_len; longer seeds are cut)
#   FUZZ_TIMEOUT=30        seconds one input may take before it counts as a hang (-timeout)
#   FUZZ_RSS_MB=2048       memory limit (-rss_limit_mb)
#   FUZZ_BUILD=build-fuzz  build folder; the growing corpus stays in $FUZZ_BUILD/corpus/<target>
#   FUZZ_JOBS=2            build parallelism
# Exit status: 0 when no target found anything, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${FUZZ_RUNS:-1000000}
seconds=${FUZZ_SECONDS:-600}
max_len=${FUZZ_MAX_LEN:-32768}
timeout=${FUZZ_TIMEOUT:-30}
rss_mb=${FUZZ_RSS_MB:-2048}
build=${FUZZ_BUILD:-build-fuzz}
jobs=${FUZZ_JOBS:-2}
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(yaml_reader schema validate audit fmt merge diff csv xlsx import)

scripts/deps.sh --fuzz
[[ -f "$build/build.ninja" ]] ||
  CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O1 -g1" \
    -DENCAT_FUZZ=ON -DENCAT_TESTS=OFF >/dev/null
cmake --build "$build" -j"$jobs" --target $(printf 'fuzz_%s ' "${targets[@]}") >/dev/null

python3 tests/fuzz/make_seeds.py "$root" "$build/seeds" >/dev/null
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

found=0
summary=()
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  regressions="tests/fuzz/regressions/$target"
  log="$build/fuzz-$target.log"
  mkdir -p "$corpus" "$regressions"
  before=$(find "$regressions" -type f -not -name '.*' | sort)
  echo "fuzz $target: up to $runs runs or ${seconds}s (log: $log)" >&2
  started=$SECONDS
  set +e
  "$build/tests/fuzz/fuzz_$target" -runs="$runs" -max_total_time="$seconds" -max_len="$max_len" \
    -timeout="$timeout" -rss_limit_mb="$rss_mb" -print_final_stats=1 -artifact_prefix="$regressions/" \
    "$corpus" "$build/seeds/$target" "$regressions" >"$log" 2>&1
  rc=$?
  set -e
  elapsed=$((SECONDS - started))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  if [[ -z "$execs" ]]; then  # stopped by a crash: the last status line has the count
    execs=$(grep -o '^#[0-9]*' "$log" | tail -n 1 | tr -d '#')
  fi
  corp=$(find "$corpus" -type f | wc -l)
  new=$(comm -13 <(echo "$before") <(find "$regressions" -type f -not -name '.*' | sort) | tr '\n' ' ')
  result="no crash"
  if [[ $rc -ne 0 || -n "$new" ]]; then
    found=1
    result="FOUND (exit $rc): ${new:-see the log} — $(grep -m1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|SUMMARY' "$log" || true)"
  fi
  summary+=("$(printf '%-12s %10s execs %6ss  corpus %6s  %s' "$target" "${execs:-?}" "$elapsed" "$corp" "$result")")
  echo "${summary[-1]}" >&2
done
echo
printf '%s\n' "${summary[@]}" | tee "$build/fuzz-summary.txt"
exit $found
