#!/usr/bin/env bash
# encat benchmark: encat-validate against its peers on one generated province.
#
#   bench/run.sh [--scale S] [--quick]
#   bench/run.sh --scales 0.25,0.5,1,2 [--quick]
#
# Generates the province with bench/gen_province.py (cached in
# bench/data/<scale>/, regenerated when the generator changes), then times,
# on the same files and one after the other:
#   encat-validate  $ENCAT_BIN or build/tools/encat-validate, -j 2, JSON to a file
#   yaml_floor      $YAML_FLOOR_BIN, build/bench/yaml_floor, or built here; -j 2
#   ajv-cli         bench/peer_ajv.sh (needs `npm ci` in bench/ once)
#   Python          bench/peer_jsonschema.py (PyYAML CSafeLoader + jsonschema)
# each with wall time and peak RSS from `/usr/bin/time -f '%e %M'`, best of 3
# for all but the Python peer (one run).  Writes the table and the ratios the
# project targets to bench/RESULTS.md.
#
# --scales A,B,...  times encat-validate, yaml_floor and `encat-audit --province`
#                   (reading vs computing, from its --timings) per scale instead,
#                   to show growth with input size; written to its own section
#                   of bench/RESULTS.md (the other section is kept).
# --audit-only      with --scales: only `encat-audit --province` (its own section
#                   of bench/RESULTS.md, "audit"; the growth table is kept).
# --quick           one run of each tool, and scale 0.1 unless --scale is given.
#
# Installs nothing but Debian's `time` package when /usr/bin/time is missing;
# anything else missing is reported and that tool is skipped.
set -u -o pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
py=/usr/bin/python3
jobs=2

scale=""
scales=""
quick=0
audit_only=0
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale="${2:?--scale needs a value}"; shift 2 ;;
    --scale=*) scale="${1#*=}"; shift ;;
    --scales) scales="${2:?--scales needs a list}"; shift 2 ;;
    --scales=*) scales="${1#*=}"; shift ;;
    --quick) quick=1; shift ;;
    --audit-only) audit_only=1; shift ;;
    -h|--help) sed -n '2,28p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
if [ -z "$scale" ]; then
  if [ "$quick" = 1 ]; then scale=0.1; else scale=1; fi
fi
repeats=3
[ "$quick" = 1 ] && repeats=1

work="$here/.run"
mkdir -p "$work"
results="$here/RESULTS.md"
missing=()
note() { echo "run.sh: $*" >&2; }

# --- tools -----------------------------------------------------------------
if [ ! -x /usr/bin/time ]; then
  note "/usr/bin/time missing: installing Debian's 'time' package"
  if [ "$(id -u)" = 0 ]; then
    { apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y time >/dev/null 2>&1; }; } \
      || { note "could not install 'time'"; exit 2; }
  else
    note "run 'apt-get install time' as root first"; exit 2
  fi
fi
[ -x "$py" ] || { note "$py missing"; exit 2; }

encat="${ENCAT_BIN:-$repo/build/tools/encat-validate}"
audit="${ENCAT_AUDIT_BIN:-$(dirname "$encat")/encat-audit}"
[ -x "$audit" ] || audit=""
if [ ! -x "$encat" ]; then
  missing+=("encat-validate (not at $encat; build it or set ENCAT_BIN)")
  encat=""
fi

floor="${YAML_FLOOR_BIN:-}"
if [ -z "$floor" ]; then
  for c in "$repo/build/bench/yaml_floor" "$work/build/yaml_floor"; do
    [ -x "$c" ] && { floor="$c"; break; }
  done
fi
if [ -z "$floor" ] || [ "$floor" -ot "$here/yaml_floor.cpp" ]; then
  if command -v cmake >/dev/null; then
    note "building yaml_floor in $work/build"
    if cmake -S "$here" -B "$work/build" -DCMAKE_BUILD_TYPE=Release >"$work/build.log" 2>&1 \
        && cmake --build "$work/build" --target yaml_floor >>"$work/build.log" 2>&1; then
      floor="$work/build/yaml_floor"
    else
      missing+=("yaml_floor (build failed, see bench/.run/build.log; needs cmake, g++ and libyaml-cpp-dev)")
      floor=""
    fi
  else
    missing+=("yaml_floor (needs cmake, g++ and libyaml-cpp-dev)")
    floor=""
  fi
fi

ajv_ok=1
if [ ! -x "$here/node_modules/.bin/ajv" ]; then
  missing+=("ajv-cli (run 'npm ci' in bench/; needs node and npm)")
  ajv_ok=0
fi
py_ok=1
if ! "$py" -c 'import yaml, jsonschema; yaml.CSafeLoader' 2>/dev/null; then
  missing+=("Python peer (needs Debian's python3-yaml and python3-jsonschema)")
  py_ok=0
fi
for m in "${missing[@]+"${missing[@]}"}"; do note "skipping: $m"; done

# --- data ------------------------------------------------------------------
gen_hash="$(sha256sum "$here/gen_province.py" | cut -c1-16)"
ensure_data() {  # scale -> prints the folder
  local s="$1" d="$here/data/$1"
  if [ ! -f "$d/.stamp" ] || [ "$(cat "$d/.stamp")" != "$gen_hash" ]; then
    rm -rf "$d"
    mkdir -p "$d"
    note "generating the province at scale $s in bench/data/$s"
    "$py" "$here/gen_province.py" --out "$d" --scale "$s" >"$d/.gen.txt" || { note "generator failed"; exit 2; }
    echo "$gen_hash" >"$d/.stamp"
  fi
  # Warm the page cache so no tool pays for the first read.
  find "$d" -name '*.yaml' -print0 | xargs -0 cat >/dev/null
  echo "$d"
}

data_facts() {  # folder -> "files bytes"
  find "$1" -name '*.yaml' -printf '%s\n' | awk '{n++; b+=$1} END {printf "%d %d\n", n, b}'
}

# --- timing ----------------------------------------------------------------
# measure NAME REPEATS CMD... : sets best_wall, best_rss_mib, last_rc; the
# tool's output of the last run is in $work/NAME.out and $work/NAME.err.
measure() {
  local name="$1" reps="$2"; shift 2
  best_wall=""; best_rss_mib=""; last_rc=0
  local i wall rss
  for ((i = 1; i <= reps; i++)); do
    /usr/bin/time -f '%e %M' -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err"
    last_rc=$?
    read -r wall rss < <(tail -n 1 "$work/$name.time")
    rss=$(awk -v k="$rss" 'BEGIN {printf "%.0f", k / 1024}')
    if [ -z "$best_wall" ] || awk -v a="$wall" -v b="$best_wall" 'BEGIN {exit !(a < b)}'; then
      best_wall="$wall"
    fi
    if [ -z "$best_rss_mib" ] || [ "$rss" -gt "$best_rss_mib" ]; then best_rss_mib="$rss"; fi
    note "  $name run $i: ${wall}s, ${rss} MiB, exit $last_rc"
  done
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'; }

machine_md() {
  local cpu mem os
  cpu="$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)"
  mem="$(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
  os="$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME")"
  echo "| machine | |"
  echo "|---|---|"
  echo "| cores (nproc) | $(nproc) |"
  echo "| CPU | ${cpu:-unknown} |"
  echo "| memory | $mem |"
  echo "| OS | ${os:-unknown}, kernel $(uname -r) |"
  echo "| yaml-cpp | $(dpkg-query -W -f='${Version}' libyaml-cpp-dev 2>/dev/null || echo '?') |"
  echo "| node / ajv-cli / ajv | $(node --version 2>/dev/null || echo '-') / $(node -p 'require("'"$here"'/node_modules/ajv-cli/package.json").version' 2>/dev/null || echo '-') / $(node -p 'require("'"$here"'/node_modules/ajv/package.json").version' 2>/dev/null || echo '-') |"
  echo "| Python / PyYAML / jsonschema | $("$py" -c 'import sys, yaml; from importlib.metadata import version; print("%d.%d.%d / %s / %s" % (sys.version_info[:3] + (yaml.__version__, version("jsonschema"))))' 2>/dev/null || echo '-') |"
}

# Replace the section between <!-- NAME:begin --> and <!-- NAME:end --> of
# RESULTS.md with the file $2, keeping everything else.
splice() { "$py" "$here/splice_results.py" "$results" "$1" "$2"; }

encat_summary() {  # JSON output file -> "N files, E errors, W warnings" or ""
  "$py" - "$1" <<'EOF' 2>/dev/null
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
s = d.get("summary", {})
print("%s files, %s errors, %s warnings" % (d.get("files", "?"), s.get("errors", "?"), s.get("warnings", "?")))
EOF
}

# --- one scale, all tools ----------------------------------------------------
run_main() {
  local d files bytes mib matters
  d="$(ensure_data "$scale")"
  read -r files bytes < <(data_facts "$d")
  mib=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1048576}')
  matters=$(find "$d" -name '*.yaml' -print0 | xargs -0 cat | grep -c '^  - code:')
  note "scale $scale: $files files, $mib MiB"

  local rows=() e_wall="" f_wall="" a_wall="" p_wall="" res
  if [ -n "$encat" ]; then
    note "encat-validate -j $jobs"
    measure encat "$repeats" "$encat" -j "$jobs" --format json -o "$work/encat.json" "$d"
    e_wall="$best_wall"
    res="$(encat_summary "$work/encat.json")"
    [ -n "$res" ] || res="exit $last_rc (no JSON summary; see bench/.run/encat.err)"
    rows+=("| encat-validate -j $jobs | $best_wall | $best_rss_mib | 1.00 | $res |")
  fi
  if [ -n "$floor" ]; then
    note "yaml_floor -j $jobs"
    measure yaml_floor "$repeats" "$floor" "$d" -j "$jobs"
    f_wall="$best_wall"
    res="$(sed -n 's/^yaml_floor: \([0-9]*\) files.*/\1 files parsed/p' "$work/yaml_floor.out")"
    [ "$last_rc" = 0 ] || res="exit $last_rc: $(head -c 200 "$work/yaml_floor.err")"
    rows+=("| yaml_floor -j $jobs (yaml-cpp events only) | $best_wall | $best_rss_mib | $(ratio "$best_wall" "$e_wall") | $res |")
  fi
  if [ "$ajv_ok" = 1 ]; then
    note "ajv-cli (bench/peer_ajv.sh)"
    measure ajv "$repeats" "$here/peer_ajv.sh" "$d"
    a_wall="$best_wall"
    res="$(sed -n 's/^peer_ajv: //p' "$work/ajv.out")"
    rows+=("| ajv-cli 5 (js-yaml + ajv, 1 process per kind/batch) | $best_wall | $best_rss_mib | $(ratio "$best_wall" "$e_wall") | $res |")
  fi
  if [ "$py_ok" = 1 ]; then
    note "Python peer (bench/peer_jsonschema.py), one run; this takes a while"
    measure python 1 "$py" "$here/peer_jsonschema.py" --quiet "$d"
    p_wall="$best_wall"
    res="$(sed -n 's/^peer_jsonschema: \([^,]*\), [^,]*, \(.*\), [0-9.]* s$/\1, \2/p' "$work/python.out")"
    rows+=("| Python: PyYAML CSafeLoader + jsonschema Draft7 | $best_wall | $best_rss_mib | $(ratio "$best_wall" "$e_wall") | $res |")
  fi

  local part="$work/main.md"
  {
    echo "## Validation of one province (scale $scale)"
    echo
    echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/run.sh --scale $scale$([ "$quick" = 1 ] && echo ' --quick')\`."
    echo
    machine_md
    echo
    echo "Data: \`bench/gen_province.py --scale $scale\`: $(sed -n 's/ under .*//p' "$d/.gen.txt"); $matters matter entries (\`- code:\` items of all kinds)."
    echo
    echo "Each tool checks the same files in one run, one tool at a time; wall time is the best of $repeats$( [ "$repeats" = 1 ] && echo ' (single run)'), except the Python peer (one run); peak RSS is the largest seen (\`/usr/bin/time -f '%e %M'\`). ajv and Python use one core; encat-validate and yaml_floor use $jobs threads."
    echo
    echo "| tool | wall s | peak MiB | ratio to encat | result |"
    echo "|---|---:|---:|---:|---|"
    for r in "${rows[@]+"${rows[@]}"}"; do echo "$r"; done
    echo
    echo "| ratio the project targets | value | target | met |"
    echo "|---|---:|---:|---|"
    local r1 r2 r3
    r1=$(ratio "$p_wall" "$e_wall"); r2=$(ratio "$e_wall" "$f_wall"); r3=$(ratio "$a_wall" "$e_wall")
    echo "| Python / encat | $r1 | ≥ 10 | $(awk -v r="$r1" 'BEGIN {print (r == "n/a") ? "n/a" : (r >= 10 ? "yes" : "no")}') |"
    echo "| encat / yaml_floor | $r2 | ≤ 1.3 | $(awk -v r="$r2" 'BEGIN {print (r == "n/a") ? "n/a" : (r <= 1.3 ? "yes" : "no")}') |"
    echo "| ajv / encat | $r3 | (reported) | |"
    if [ "${#missing[@]}" -gt 0 ]; then
      echo
      echo "Not measured:"
      for m in "${missing[@]}"; do echo "- $m"; done
    fi
  } >"$part"
  splice main "$part"
  cat "$part"
}

# --- encat per scale -----------------------------------------------------------
# The audit's table (audit_rows of run_scales) into FILE.
audit_section() {
  {
    echo "### \`encat-audit --province\` (every county's figures and gaps)"
    echo
    echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/run.sh --scales $scales$([ "$audit_only" = 1 ] && echo ' --audit-only')$([ "$quick" = 1 ] && echo ' --quick')\` on $(nproc) cores; best of $repeats. Reading (parse, schema check, decoding) against computing (the figures and B301–B314 gaps of every county, each year's and the province's unified catalog's apart, and rendering the league table), from the tool's own \`--timings\` of the last run; the gaps the league counts in all, from its JSON."
    echo
    echo "| scale | MiB | league lines | wall s | peak MiB | reading s | computing s | computing / reading | computing ms/MiB | gaps |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
    for r in "${audit_rows[@]}"; do echo "$r"; done
  } >"$1"
}

run_scales() {
  local part="$work/scales.md" rows=() audit_rows=() s d files bytes mib ew er fw fr per
  IFS=',' read -r -a list <<<"$scales"
  for s in "${list[@]}"; do
    d="$(ensure_data "$s")"
    read -r files bytes < <(data_facts "$d")
    mib=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1048576}')
    ew="-"; er="-"; fw="-"; fr="-"; per="-"
    if [ -n "$encat" ] && [ "$audit_only" = 0 ]; then
      note "scale $s: encat-validate -j $jobs"
      measure encat "$repeats" "$encat" -j "$jobs" --format json -o "$work/encat.json" "$d"
      ew="$best_wall"; er="$best_rss_mib"
      per=$(awk -v w="$ew" -v m="$mib" 'BEGIN {printf "%.3f", w / m}')
    fi
    if [ -n "$floor" ] && [ "$audit_only" = 0 ]; then
      note "scale $s: yaml_floor -j $jobs"
      measure yaml_floor "$repeats" "$floor" "$d" -j "$jobs"
      fw="$best_wall"; fr="$best_rss_mib"
    fi
    rows+=("| $s | $files | $mib | $ew | $er | $per | $fw | $fr |")
    if [ -n "$audit" ]; then
      note "scale $s: encat-audit --province -j $jobs --timings"
      measure audit "$repeats" "$audit" -j "$jobs" --province --timings -o "$work/audit.txt" "$d"
      # "timings: read 21.40 s, audit 0.31 s, render 0.01 s" (the last run)
      local read_s compute_s
      read_s=$(sed -n 's/.*read \([0-9.]*\) s.*/\1/p' "$work/audit.err")
      compute_s=$(sed -n 's/.*audit \([0-9.]*\) s, render \([0-9.]*\) s.*/\1 \2/p' "$work/audit.err" | awk '{printf "%.2f", $1 + $2}')
      # The gaps the league counts (B301–B314, from its JSON), to show the new checks ran.
      local gaps
      "$audit" -j "$jobs" --province --format json -o "$work/audit.json" "$d" 2>/dev/null
      gaps=$("$py" "$here/league_gaps.py" "$work/audit.json")
      audit_rows+=("| $s | $mib | $(grep -c . "$work/audit.txt") | $best_wall | $best_rss_mib | $read_s | $compute_s | $(awk -v c="$compute_s" -v r="$read_s" 'BEGIN {printf "%.1f%%", 100 * c / r}') | $(awk -v c="$compute_s" -v m="$mib" 'BEGIN {printf "%.2f", 1000 * c / m}') | $gaps |")
    fi
  done
  if [ "$audit_only" = 1 ]; then
    audit_section "$part"
    splice audit "$part"
    cat "$part"
    return
  fi
  {
    echo "## Growth with input size"
    echo
    echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/run.sh --scales $scales$([ "$quick" = 1 ] && echo ' --quick')\` on $(nproc) cores; best of $repeats. Linear growth shows as a steady s/MiB and a peak memory in proportion to the input (encat keeps the decoded catalogs of every file for the rules between catalogs; yaml_floor keeps nothing)."
    echo
    echo "| scale | files | MiB | encat s | encat peak MiB | encat s/MiB | yaml_floor s | yaml_floor peak MiB |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
    for r in "${rows[@]}"; do echo "$r"; done
    if [ -z "$encat" ]; then
      echo
      echo "encat-validate was not measured:"; for m in "${missing[@]}"; do echo "- $m"; done
    fi
  } >"$part"
  if [ "${#audit_rows[@]}" -gt 0 ]; then
    echo >>"$part"
    audit_section "$part.audit"
    cat "$part.audit" >>"$part"
  fi
  splice scales "$part"
  cat "$part"
}

if [ -n "$scales" ]; then
  run_scales
else
  run_main
fi
