#!/bin/sh
# same_output.sh ENCAT_VALIDATE SOURCE_DIR: the same inputs give byte-identical
# output whatever the number of threads. Runs encat-validate on
# tests/fixtures/many_findings and on the sample province (catalogs/) with
# -j 1, -j 2 and -j 8, twice each, in text and json, and compares every run
# (output and exit code) with the first. Also checks that -o FILE writes
# exactly what standard output gets.
set -u
validate=$1
cd "$2" || exit 2
work=$(mktemp -d) || exit 2
trap 'rm -rf "$work"' EXIT
failed=0
for input in tests/fixtures/many_findings catalogs; do
  for format in text json; do
    reference=
    for jobs in 1 2 8; do
      for run in 1 2; do
        out="$work/$format-$jobs-$run"
        "$validate" --format "$format" -j "$jobs" "$input" >"$out" 2>"$out.err"
        { echo "exit $?"; echo "stderr:"; cat "$out.err"; } >>"$out"
        if [ -z "$reference" ]; then
          reference=$out
        elif ! cmp -s "$reference" "$out"; then
          echo "differs: $input --format $format -j $jobs (run $run) vs $(basename "$reference")"
          diff "$reference" "$out" | head -20
          failed=1
        fi
      done
    done
    "$validate" --format "$format" -o "$work/written" "$input" >"$work/written.out" 2>"$work/written.err"
    { echo "exit $?"; echo "stderr:"; cat "$work/written.err"; } >>"$work/written"
    if [ -s "$work/written.out" ]; then
      echo "-o FILE still wrote to standard output: $input --format $format"
      failed=1
    fi
    if ! cmp -s "$reference" "$work/written"; then
      echo "differs: $input --format $format -o FILE vs standard output"
      failed=1
    fi
  done
done
[ $failed = 0 ] && echo "identical: 2 inputs x 2 formats x (-j 1, 2, 8, twice each, and -o)"
exit $failed
