#!/usr/bin/env bash
# Issue 6 defect 6: reading must be linear in the file size whatever the line
# lengths. Times encat-validate and yaml-cpp's bare parse (yaml_floor) on one
# unified catalog of about 20 MiB written twice: pretty-printed block YAML and
# minified one-line JSON (bench/gen_one_line.py). Requirement: one-line within
# 2x of pretty-printed. A third file, a one-line flow mapping of small pairs
# ({"k0": [0, "v"], ...}, the same size), shows yaml-cpp's own growth on one
# long line (encat reports E005 for it: it is no catalog).
#
#   bench/one_line.sh [--mib N] [--runs R]
#
# Uses $ENCAT_BIN or build/tools/encat-validate, and $YAML_FLOOR_BIN or
# build/bench/yaml_floor. Prints a markdown table (wall s best of R, peak MiB).
set -u -o pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
mib=20
runs=3
while [ $# -gt 0 ]; do
  case "$1" in
    --mib) mib="${2:?}"; shift 2 ;;
    --runs) runs="${2:?}"; shift 2 ;;
    *) echo "usage: bench/one_line.sh [--mib N] [--runs R]" >&2; exit 2 ;;
  esac
done
encat="${ENCAT_BIN:-$repo/build/tools/encat-validate}"
floor="${YAML_FLOOR_BIN:-$repo/build/bench/yaml_floor}"
for tool in "$encat" "$floor" /usr/bin/time; do
  [ -x "$tool" ] || { echo "bench/one_line.sh: $tool is missing (build it, or set ENCAT_BIN / YAML_FLOOR_BIN)" >&2; exit 2; }
done

data="$here/data/one-line-$mib"
if [ ! -f "$data/one-line/unified.yaml" ] || [ "$data/one-line/unified.yaml" -ot "$here/gen_one_line.py" ]; then
  rm -rf "$data"
  /usr/bin/python3 "$here/gen_one_line.py" --out "$data" --mib "$mib" >/dev/null 2>&1 || {
    echo "bench/one_line.sh: gen_one_line.py failed" >&2; exit 2; }
fi

if [ ! -f "$data/flow-map/m.yaml" ]; then
  mkdir -p "$data/flow-map"
  /usr/bin/python3 - "$data/flow-map/m.yaml" "$mib" <<'PY'
import sys
path, mib = sys.argv[1], float(sys.argv[2])
parts, size, i = ["{"], 0, 0
while size < mib * (1 << 20):
    part = ("" if i == 0 else ", ") + '"k%d": [%d, "v"]' % (i, i)
    parts.append(part)
    size += len(part)
    i += 1
parts.append("}\n")
open(path, "w").write("".join(parts))
PY
fi

# best wall seconds and largest peak MiB of `runs` runs of "$@"
measure() {
  local best="" peak=0 s k out
  out="$(mktemp)"
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$out" -f '%e %M' "$@" >/dev/null 2>&1
    read -r s k < <(tail -1 "$out")
    if [ -z "$best" ] || awk -v a="$s" -v b="$best" 'BEGIN{exit !(a<b)}'; then best="$s"; fi
    [ "$k" -gt "$peak" ] && peak="$k"
  done
  rm -f "$out"
  echo "$best $((peak / 1024))"
}

echo "| file | bytes | encat-validate s | peak MiB | yaml_floor s | peak MiB |"
echo "|---|---:|---:|---:|---:|---:|"
declare -A wall
for layout in pretty one-line flow-map; do
  f="$(ls "$data/$layout"/*.yaml)"
  read -r es em < <(measure "$encat" -j 1 "$f")
  read -r fs fm < <(measure "$floor" "$data/$layout")
  wall[$layout]="$es"
  echo "| $layout | $(stat -c %s "$f") | $es | $em | $fs | $fm |"
done
ratio="$(awk -v a="${wall[one-line]}" -v b="${wall[pretty]}" 'BEGIN{printf "%.2f", (b > 0 ? a / b : 0)}')"
echo
echo "one-line / pretty (encat-validate): $ratio (requirement: at most 2)"
awk -v r="$ratio" 'BEGIN{exit !(r <= 2)}'
