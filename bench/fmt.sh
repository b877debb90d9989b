#!/usr/bin/env bash
# encat-fmt benchmark: `encat-fmt --check` beside `encat-validate` of the same
# generated province, in one run, at -j 1 and at the default -j (all cores).
#
#   bench/fmt.sh [--scale S] [--repeats N]
#
# Generates the province with bench/gen_province.py (cached in
# bench/data/<scale>/, shared with bench/run.sh; default scale 0.25, 575
# files, 72 MiB), warms the page cache, then times, one after the other:
#   encat-validate -j 1 PATH        encat-fmt --check -j 1 PATH
#   encat-validate PATH             encat-fmt --check PATH
# ($ENCAT_BIN_DIR or build/tools), each with wall time and peak RSS from
# `/usr/bin/time -f '%e %M'` (the "Maximum resident set size" of time -v),
# best wall time of N runs (default 3) and the largest peak. The generated
# files are valid but not in canonical form, so `--check` exits 1 listing
# most of them: it does all the work a rewrite does (canonical form, read
# back, compare, canonical form again) except the writing. Writes the table
# and fmt/validate ratios (aim: at most 1.3) into the "encat-fmt" section of
# bench/RESULTS.md (between <!-- fmt:begin --> and <!-- fmt:end -->).
set -u -o pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
py=/usr/bin/python3
scale=0.25
repeats=3
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale="${2:?--scale needs a value}"; shift 2 ;;
    --scale=*) scale="${1#*=}"; shift ;;
    --repeats) repeats="${2:?--repeats needs a value}"; shift 2 ;;
    --repeats=*) repeats="${1#*=}"; shift ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "fmt.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
note() { echo "fmt.sh: $*" >&2; }

bin="${ENCAT_BIN_DIR:-$repo/build/tools}"
validate="$bin/encat-validate"
fmt="$bin/encat-fmt"
for t in "$validate" "$fmt"; do [ -x "$t" ] || { note "$t missing: build it or set ENCAT_BIN_DIR"; exit 2; }; done
[ -x /usr/bin/time ] || { note "/usr/bin/time missing: apt-get install time"; exit 2; }

work="$here/.run"
mkdir -p "$work"
results="$here/RESULTS.md"

gen_hash="$(sha256sum "$here/gen_province.py" | cut -c1-16)"
d="$here/data/$scale"
if [ ! -f "$d/.stamp" ] || [ "$(cat "$d/.stamp")" != "$gen_hash" ]; then
  rm -rf "$d"
  mkdir -p "$d"
  note "generating the province at scale $scale in bench/data/$scale"
  "$py" "$here/gen_province.py" --out "$d" --scale "$scale" >"$d/.gen.txt" || { note "generator failed"; exit 2; }
  echo "$gen_hash" >"$d/.stamp"
fi
find "$d" -name '*.yaml' -print0 | xargs -0 cat >/dev/null
read -r files bytes < <(find "$d" -name '*.yaml' -printf '%s\n' | awk '{n++; b+=$1} END {printf "%d %d\n", n, b}')
mib=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1048576}')

# measure NAME CMD... : sets best_wall, peak_mib, walls (every run), last_rc
measure() {
  local name="$1"; shift
  best_wall=""; peak_mib=""; walls=""; last_rc=0
  local i wall rss
  for ((i = 1; i <= repeats; i++)); do
    /usr/bin/time -f '%e %M' -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err"
    last_rc=$?
    read -r wall rss < <(tail -n 1 "$work/$name.time")
    rss=$(awk -v k="$rss" 'BEGIN {printf "%.0f", k / 1024}')
    walls="${walls:+$walls, }$wall"
    if [ -z "$best_wall" ] || awk -v a="$wall" -v b="$best_wall" 'BEGIN {exit !(a < b)}'; then best_wall="$wall"; fi
    if [ -z "$peak_mib" ] || [ "$rss" -gt "$peak_mib" ]; then peak_mib="$rss"; fi
    note "  $name run $i: ${wall}s, ${rss} MiB, exit $last_rc"
  done
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'; }

rows=()
ratios=()
for j in 1 default; do
  jarg=(); [ "$j" = default ] || jarg=(-j "$j")
  label="-j $j"; [ "$j" = default ] && label="default -j ($(nproc) cores)"
  note "encat-validate $label"
  measure validate "$validate" "${jarg[@]}" "$d"
  v_wall="$best_wall"
  rows+=("| \`encat-validate ${jarg[*]:+${jarg[*]} }PATH\` | $walls | $best_wall | $peak_mib | exit $last_rc: $(tail -n 1 "$work/validate.out") |")
  note "encat-fmt --check $label"
  measure fmt "$fmt" --check "${jarg[@]}" "$d"
  rows+=("| \`encat-fmt --check ${jarg[*]:+${jarg[*]} }PATH\` | $walls | $best_wall | $peak_mib | exit $last_rc: $(grep -c . "$work/fmt.out") of $files files would change |")
  r=$(ratio "$best_wall" "$v_wall")
  ratios+=("| $label | $r | ≤ 1.3 | $(awk -v r="$r" 'BEGIN {print (r <= 1.3) ? "yes" : "no"}') |")
done

part="$work/fmt.md"
{
  echo "## encat-fmt"
  echo
  echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/fmt.sh --scale $scale --repeats $repeats\` on $(nproc) cores ($(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo), $(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "Data: \`bench/gen_province.py --scale $scale\`: $files files, $mib MiB. Wall time: each run, and the best; peak RSS: the largest (\`/usr/bin/time -f '%e %M'\`)."
  echo
  echo "| command | wall s (each run) | best s | peak MiB | result |"
  echo "|---|---|---:|---:|---|"
  for r in "${rows[@]}"; do echo "$r"; done
  echo
  echo "| fmt --check / validate | ratio (best to best) | aim | met |"
  echo "|---|---:|---:|---|"
  for r in "${ratios[@]}"; do echo "$r"; done
} >"$part"

"$py" "$here/splice_results.py" "$results" fmt "$part"
cat "$part"
