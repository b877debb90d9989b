#!/bin/sh
# lintian on the .deb reports no error (E:); its warnings are printed.
# Usage: lintian_reports_no_error.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1 source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
deb=$("$source/scripts/package.sh" "$build" "$work")
rc=0
lintian --tag-display-limit 0 "$deb" >"$work/lintian.txt" 2>&1 || rc=$?
cat "$work/lintian.txt"
if grep -q '^E: ' "$work/lintian.txt"; then
  echo "lintian reports errors"
  exit 1
fi
# 0: clean or only warnings; 1 would be an error tag, 2 lintian itself failing
[ "$rc" = 0 ] || { echo "lintian exited $rc"; exit 1; }
