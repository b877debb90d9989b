#!/usr/bin/env bash
# encat-diff and encat-merge three-way beside their peers, on the same data.
#
#   bench/diff_merge.sh [--matters N] [--repeats R] [--slow-timeout S] [--no-write]
#
# Generates two editions of one unified catalog of N matters (default 5,000)
# with about 10 % changed, and a merge base with two sides each changing a
# different ~5 % (bench/gen_editions.py; cached in bench/data/editions-N/,
# regenerated when a generator changes), as YAML and as JSON. Then times, one
# tool after the other and the rounds interleaved (round 1 of every tool, then
# round 2, ...), R runs each (default 5), median wall time, median CPU time
# (user + system) and the largest peak RSS (`/usr/bin/time -f '%e %U %S %M'`):
#
#   diff   yaml_floor -j C on OLD and NEW (yaml-cpp events only: the floor;
#          C = nproc, the threads the tools load with by default) and -j 1
#          encat-validate OLD NEW             (loading and checks, for scale)
#          encat-diff --format text|json OLD NEW
#          jsondiffpatch (bench/peer_jsondiffpatch.mjs, json delta and text)
#          json-diff (its CLI, text)
#   merge  yaml_floor -j C and -j 1 on BASE, OURS and THEIRS
#          encat-merge three-way BASE OURS THEIRS -o OUT
#          git merge-file -p OURS BASE THEIRS  (the line-based floor)
#          jsondiffpatch: delta BASE->THEIRS patched onto OURS (not a real
#          three-way merge; timed for its cost, result checked)
#
# json-diff is quadratic in the number of matters it cannot pair exactly
# (minutes at 5,000): it runs once, killed after --slow-timeout seconds
# (default 900), and is then reported as "> S s".
#
# Every result is checked: encat-diff's JSON against what the generator
# changed (bench/data/editions-N/diff/expected.json), each merge output
# against the expected merged catalog (matters compared by code, field by
# field), git merge-file's conflicts counted.
#
# Tools: $ENCAT_BIN_DIR (default build/tools), $YAML_FLOOR_BIN (default
# build/bench/yaml_floor, else built in bench/.run/build), node and
# bench/node_modules (`npm ci` in bench/). A tool that is missing or still a
# placeholder (exit 2, "not implemented") is skipped and listed. Writes the
# tables into the "diff and merge" section of bench/RESULTS.md (between
# <!-- diffmerge:begin --> and <!-- diffmerge:end -->) unless --no-write.
set -u -o pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
py=/usr/bin/python3
matters=5000
repeats=5
slow_timeout=900
write=1
while [ $# -gt 0 ]; do
  case "$1" in
    --matters) matters="${2:?--matters needs a value}"; shift 2 ;;
    --matters=*) matters="${1#*=}"; shift ;;
    --repeats) repeats="${2:?--repeats needs a value}"; shift 2 ;;
    --repeats=*) repeats="${1#*=}"; shift ;;
    --slow-timeout) slow_timeout="${2:?--slow-timeout needs a value}"; shift 2 ;;
    --slow-timeout=*) slow_timeout="${1#*=}"; shift ;;
    --no-write) write=0; shift ;;
    -h|--help) sed -n '2,40p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "diff_merge.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
note() { echo "diff_merge.sh: $*" >&2; }

work="$here/.run/diff_merge"
mkdir -p "$work"
results="$here/RESULTS.md"
missing=()

[ -x /usr/bin/time ] || { note "/usr/bin/time missing: apt-get install time"; exit 2; }
[ -x "$py" ] || { note "$py missing"; exit 2; }
"$py" -c 'import yaml; yaml.CSafeLoader' 2>/dev/null || { note "needs Debian's python3-yaml (the result checks)"; exit 2; }

# --- data ----------------------------------------------------------------------
d="$here/data/editions-$matters"
stamp="$(cat "$here/gen_editions.py" "$here/gen_province.py" | sha256sum | cut -c1-16)"
if [ ! -f "$d/.stamp" ] || [ "$(cat "$d/.stamp")" != "$stamp" ]; then
  rm -rf "$d"
  mkdir -p "$d"
  note "generating the editions ($matters matters) in ${d#$repo/}"
  "$py" "$here/gen_editions.py" --out "$d" --matters "$matters" >"$d/.gen.txt" || { note "generator failed"; exit 2; }
  echo "$stamp" >"$d/.stamp"
fi
cat "$d"/diff/* "$d"/merge/* >/dev/null  # warm the page cache
old="$d/diff/old.yaml" new="$d/diff/new.yaml"
base="$d/merge/base.yaml" ours="$d/merge/ours.yaml" theirs="$d/merge/theirs.yaml"

# --- tools -----------------------------------------------------------------------
bin="${ENCAT_BIN_DIR:-$repo/build/tools}"
placeholder() {  # tool -> 0 when it is still the placeholder of issue 8
  local out
  out="$("$@" 2>&1 </dev/null)"
  [ $? = 2 ] && printf '%s' "$out" | grep -q 'not implemented'
}
validate="$bin/encat-validate" diff="$bin/encat-diff" merge="$bin/encat-merge"
[ -x "$validate" ] || { missing+=("encat-validate (not at $validate)"); validate=""; }
if [ ! -x "$diff" ]; then missing+=("encat-diff (not at $diff)"); diff=""
elif placeholder "$diff" "$old" "$new"; then missing+=("encat-diff (still the placeholder: exit 2, not implemented)"); diff=""; fi
if [ ! -x "$merge" ]; then missing+=("encat-merge (not at $merge)"); merge=""
elif placeholder "$merge" three-way "$base" "$ours" "$theirs" -o "$work/placeholder.yaml"; then
  missing+=("encat-merge three-way (still the placeholder: exit 2, not implemented)"); merge=""; fi
rm -f "$work/placeholder.yaml"

floor="${YAML_FLOOR_BIN:-}"
if [ -z "$floor" ]; then
  for c in "$(dirname "$bin")/bench/yaml_floor" "$repo/build/bench/yaml_floor" "$here/.run/build/yaml_floor"; do
    [ -x "$c" ] && { floor="$c"; break; }
  done
fi
if [ -z "$floor" ]; then
  note "building yaml_floor in bench/.run/build"
  if cmake -S "$here" -B "$here/.run/build" -DCMAKE_BUILD_TYPE=Release >"$work/build.log" 2>&1 \
      && cmake --build "$here/.run/build" --target yaml_floor >>"$work/build.log" 2>&1; then
    floor="$here/.run/build/yaml_floor"
  else
    missing+=("yaml_floor (build failed, see bench/.run/diff_merge/build.log)"); floor=""
  fi
fi
# yaml_floor parses a folder: one holding only the inputs of each tool.
mkdir -p "$work/floor-diff" "$work/floor-merge"
ln -sf "$old" "$work/floor-diff/old.yaml"; ln -sf "$new" "$work/floor-diff/new.yaml"
for f in base ours theirs; do ln -sf "$d/merge/$f.yaml" "$work/floor-merge/$f.yaml"; done

node_ok=1
command -v node >/dev/null || { missing+=("node (apt-get install nodejs npm)"); node_ok=0; }
jdp_ok=$node_ok jd_ok=$node_ok
[ -f "$here/node_modules/jsondiffpatch/package.json" ] || { [ "$node_ok" = 0 ] || missing+=("jsondiffpatch (npm ci in bench/)"); jdp_ok=0; }
[ -x "$here/node_modules/.bin/json-diff" ] || { [ "$node_ok" = 0 ] || missing+=("json-diff (npm ci in bench/)"); jd_ok=0; }
for m in "${missing[@]+"${missing[@]}"}"; do note "skipping: $m"; done

# --- measuring --------------------------------------------------------------------
# Each tool is a line in $work/tools.tsv: NAME<TAB>GROUP<TAB>LABEL<TAB>REPS<TAB>TIMEOUT<TAB>command (bash)
: >"$work/tools.tsv"
tool() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$work/tools.tsv"; }
q() { printf '%q' "$1"; }
jdp="node $(q "$here/peer_jsondiffpatch.mjs")"
jobs=$(nproc)
[ -n "$floor" ] && tool floor_diff diff "yaml_floor -j $jobs OLD NEW (yaml-cpp events only: the floor)" "$repeats" 0 "$(q "$floor") $(q "$work/floor-diff") -j $jobs"
[ -n "$floor" ] && [ "$jobs" != 1 ] && tool floor1_diff diff "yaml_floor -j 1 OLD NEW" "$repeats" 0 "$(q "$floor") $(q "$work/floor-diff") -j 1"
[ -n "$validate" ] && tool validate diff "encat-validate OLD NEW" "$repeats" 0 "$(q "$validate") $(q "$old") $(q "$new")"
[ -n "$diff" ] && tool diff_text diff "encat-diff OLD NEW (text)" "$repeats" 0 "$(q "$diff") --format text $(q "$old") $(q "$new")"
[ -n "$diff" ] && tool diff_json diff "encat-diff --format json OLD NEW" "$repeats" 0 "$(q "$diff") --format json $(q "$old") $(q "$new")"
[ "$jdp_ok" = 1 ] && tool jdp_json diff "jsondiffpatch, JSON delta" "$repeats" 0 "$jdp diff $(q "$d/diff/old.json") $(q "$d/diff/new.json") --format json"
[ "$jdp_ok" = 1 ] && tool jdp_text diff "jsondiffpatch, console text" "$repeats" 0 "$jdp diff $(q "$d/diff/old.json") $(q "$d/diff/new.json") --format text"
[ "$jd_ok" = 1 ] && tool jd_text diff "json-diff (CLI, text)" 1 "$slow_timeout" "$(q "$here/node_modules/.bin/json-diff") $(q "$d/diff/old.json") $(q "$d/diff/new.json")"
[ -n "$floor" ] && tool floor_merge merge "yaml_floor -j $jobs BASE OURS THEIRS (yaml-cpp events only: the floor)" "$repeats" 0 "$(q "$floor") $(q "$work/floor-merge") -j $jobs"
[ -n "$floor" ] && [ "$jobs" != 1 ] && tool floor1_merge merge "yaml_floor -j 1 BASE OURS THEIRS" "$repeats" 0 "$(q "$floor") $(q "$work/floor-merge") -j 1"
[ -n "$merge" ] && tool merge merge "encat-merge three-way BASE OURS THEIRS -o OUT" "$repeats" 0 "rm -f $(q "$work/merge.yaml") && $(q "$merge") three-way $(q "$base") $(q "$ours") $(q "$theirs") -o $(q "$work/merge.yaml")"
tool git merge "git merge-file -p OURS BASE THEIRS (lines)" "$repeats" 0 "git merge-file -p $(q "$ours") $(q "$base") $(q "$theirs")"
[ "$jdp_ok" = 1 ] && tool jdp_merge merge "jsondiffpatch: delta BASE→THEIRS patched onto OURS" "$repeats" 0 "rm -f $(q "$work/jdp_merge.json") && $jdp merge $(q "$d/merge/base.json") $(q "$d/merge/ours.json") $(q "$d/merge/theirs.json") -o $(q "$work/jdp_merge.json")"

# one_run NAME TIMEOUT CMD: appends "wall cpu rss_kib rc" to $work/NAME.runs
one_run() {
  local name="$1" limit="$2" cmd="$3" wall u s rss rc
  if [ "$limit" != 0 ]; then cmd="timeout $limit bash -c $(q "$cmd")"; fi
  /usr/bin/time -f '%e %U %S %M' -o "$work/$name.time" bash -c "$cmd" >"$work/$name.out" 2>"$work/$name.err"
  rc=$?
  read -r wall u s rss < <(tail -n 1 "$work/$name.time")
  [ "$rc" = 124 ] && [ "$limit" != 0 ] && wall="timeout"
  echo "$wall $(awk -v u="$u" -v s="$s" 'BEGIN {printf "%.2f", u + s}') $rss $rc" >>"$work/$name.runs"
  note "  $name: ${wall} s wall, $(tail -n 1 "$work/$name.runs" | cut -d' ' -f2) s cpu, $((rss / 1024)) MiB, exit $rc"
}

max_reps=$(cut -f4 "$work/tools.tsv" | sort -n | tail -n 1)
while IFS=$'\t' read -r name _ _ _ _ _; do rm -f "$work/$name.runs"; done <"$work/tools.tsv"
for ((round = 1; round <= ${max_reps:-0}; round++)); do
  note "round $round of $max_reps (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  while IFS=$'\t' read -r name _ _ reps limit cmd; do
    [ "$round" -le "$reps" ] && one_run "$name" "$limit" "$cmd"
  done <"$work/tools.tsv"
done

# --- checking the outputs ------------------------------------------------------------
check() {  # NAME -> one line saying what the last run's output was
  "$py" - "$1" "$work" "$d" <<'EOF'
import datetime, json, os, re, sys
import yaml
name, work, d = sys.argv[1:4]
last = [r for r in open(os.path.join(work, name + ".runs")).read().split("\n") if r][-1].split()
rc = int(last[3])
out = os.path.join(work, name + ".out")
size = os.path.getsize(out)

def norm_matter(m):
    m = dict(m)
    m.setdefault("status", "有效")
    m.setdefault("township", "不下放")
    for k in [k for k, v in m.items() if v in (None, [], "")]:
        del m[k]
    return m

def compare_catalog(got, exp_path):
    exp = json.load(open(exp_path, encoding="utf-8"))
    if not isinstance(got, dict) or not isinstance(got.get("matters"), list):
        return "no catalog in the output"
    bad = []
    for k in ("id", "title", "region", "edition", "effective", "issuer", "document", "supersedes"):
        g = got.get(k)
        if isinstance(g, (datetime.date,)):
            g = g.isoformat()
        if g != exp.get(k):
            bad.append("header `%s`" % k)
    gm = {m.get("code"): norm_matter(m) for m in got["matters"]}
    em = {m["code"]: norm_matter(m) for m in exp["matters"]}
    missing = sorted(set(em) - set(gm))
    extra = sorted(set(gm) - set(em))
    differ = sorted(c for c in set(em) & set(gm) if em[c] != gm[c])
    dup = len(got["matters"]) - len(gm)
    if not (bad or missing or extra or differ or dup):
        return "%d matters, as expected" % len(gm)
    parts = []
    if bad: parts.append("wrong " + ", ".join(bad))
    if missing: parts.append("%d matters missing" % len(missing))
    if extra: parts.append("%d unexpected" % len(extra))
    if dup: parts.append("%d duplicated" % dup)
    if differ: parts.append("%d differ (e.g. %s)" % (len(differ), differ[0]))
    return "WRONG: " + "; ".join(parts)

def yaml_load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=yaml.CSafeLoader)

res = "exit %d" % rc
if last[0] == "timeout":
    res = "killed by the time limit"
elif name == "diff_json":
    try:
        got = json.load(open(out, encoding="utf-8"))
        exp = json.load(open(os.path.join(d, "diff", "expected.json"), encoding="utf-8"))
        g = {k: len(got.get(k, [])) for k in ("added", "removed", "recoded", "changed")}
        e = {"added": len(exp["added"]), "removed": len(exp["removed"]),
             "recoded": len(exp["recoded"]), "changed": len(exp["changed"])}
        same = (sorted(x["code"] for x in got.get("added", [])) == exp["added"]
                and sorted(x["code"] for x in got.get("removed", [])) == exp["removed"]
                and sorted((x["old"], x["new"]) for x in got.get("recoded", [])) == sorted((r["old"], r["new"]) for r in exp["recoded"])
                and sorted(x["code"] for x in got.get("changed", [])) == sorted(exp["changed"]))
        res += ", %d added, %d removed, %d recoded, %d changed, %d header fields: %s" % (
            g["added"], g["removed"], g["recoded"], g["changed"], len(got.get("header", [])),
            "the codes expected" if same else "WRONG (expected %(added)d/%(removed)d/%(recoded)d/%(changed)d)" % e)
    except Exception as ex:
        res += ", output not readable as JSON: %s" % ex
elif name in ("diff_text", "jdp_text", "jd_text", "jdp_json"):
    lines = open(out, encoding="utf-8", errors="replace").read().count("\n")
    res += ", %d lines, %.1f MiB" % (lines, size / 1048576)
elif name == "merge":
    p = os.path.join(work, "merge.yaml")
    if not os.path.exists(p):
        res += ", no output written"
    else:
        text = open(p, encoding="utf-8").read()
        markers = len(re.findall(r"^<<<<<<< ", text, re.M))
        if markers:
            res += ", %d conflict markers" % markers
        else:
            try:
                res += ", " + compare_catalog(yaml_load(p), os.path.join(d, "merge", "expected.json"))
            except Exception as ex:
                res += ", output not a readable catalog: %s" % ex
elif name == "git":
    text = open(out, encoding="utf-8").read()
    conflicts = len(re.findall(r"^<<<<<<< ", text, re.M))
    if conflicts:
        res += ", %d conflicts (marked)" % conflicts
    else:
        res += ", " + compare_catalog(yaml.load(text, Loader=yaml.CSafeLoader), os.path.join(d, "merge", "expected.json"))
elif name == "jdp_merge" and rc != 0:
    err = [l.strip() for l in open(os.path.join(work, name + ".err"), encoding="utf-8", errors="replace") if l.strip()]
    first = next((l for l in err if re.match(r"^[A-Za-z]*Error", l)), err[-1] if err else "")
    res += ", failed: `%s`" % first.replace("|", "\\|")[:120]
elif name == "jdp_merge":
    try:
        res += ", " + compare_catalog(json.load(open(os.path.join(work, "jdp_merge.json"), encoding="utf-8")),
                                      os.path.join(d, "merge", "expected.json"))
    except Exception as ex:
        res += ", no merged JSON: %s" % ex
elif name.startswith("floor"):
    m = re.search(r"^yaml_floor: (\d+) files, (\d+) bytes", open(out).read(), re.M)
    if m:
        res += ", %s files, %.1f MiB parsed" % (m.group(1), int(m.group(2)) / 1048576)
elif name == "validate":
    res += ", " + (open(out, encoding="utf-8").read().strip().split("\n") or [""])[-1]
print(res)
EOF
}

# stats NAME -> "median_wall median_cpu max_rss_mib walls" (walls: every run)
stats() {
  "$py" - "$work/$1.runs" <<'EOF'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
walls = [r[0] for r in rows]
num = [float(w) for w in walls if w != "timeout"]
wall = "timeout" if len(num) < len(walls) else "%.2f" % statistics.median(num)
cpu = "%.2f" % statistics.median(float(r[1]) for r in rows)
rss = "%.0f" % (max(int(r[2]) for r in rows) / 1024)
print(wall, cpu, rss, ", ".join(walls))
EOF
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || a == "timeout" || b + 0 == 0) print "n/a"; else if (a / b < 0.01) printf "%.3f", a / b; else printf "%.2f", a / b }'; }

declare -A W C
rows_diff=() rows_merge=()
while IFS=$'\t' read -r name group _ _ _ _; do
  read -r w c _ _ < <(stats "$name")
  W[$name]=$w C[$name]=$c
done <"$work/tools.tsv"
while IFS=$'\t' read -r name group label reps limit _; do
  read -r w c rss walls < <(stats "$name")
  fl="floor_$group"
  wr=$(ratio "$w" "${W[$fl]:-}") cr=$(ratio "$c" "${C[$fl]:-}")
  [ "$w" = timeout ] && w="> $limit"
  row="| $label | $w | $c | $rss | $wr | $cr | $(check "$name") |"
  if [ "$group" = diff ]; then rows_diff+=("$row"); else rows_merge+=("$row"); fi
done <"$work/tools.tsv"

# The aims of issue 8: within 2x of the bare parse of the inputs, and faster
# than the JavaScript peers end to end.
aims=()
aim_floor() {  # NAME LABEL GROUP
  [ -n "${W[$1]:-}" ] || { aims+=("| $2 ≤ 2 × the floor | not measured | | |"); return; }
  local wr cr
  wr=$(ratio "${W[$1]}" "${W[floor_$3]:-}") cr=$(ratio "${C[$1]}" "${C[floor_$3]:-}")
  aims+=("| $2 ≤ 2 × the floor (yaml_floor of its inputs) | $wr | $cr | $(awk -v a="$wr" -v b="$cr" 'BEGIN {print (a != "n/a" && a <= 2 && b <= 2) ? "yes" : (a != "n/a" && (a <= 2 || b <= 2)) ? "on one measure" : "no"}') |")
}
aim_peer() {  # NAME LABEL PEER PEERLABEL
  { [ -n "${W[$1]:-}" ] && [ -n "${W[$3]:-}" ]; } || return
  local wr cr pw="${W[$3]}"
  wr=$(ratio "${W[$1]}" "$pw") cr=$(ratio "${C[$1]}" "${C[$3]}")
  [ "$pw" = timeout ] && wr="< $(ratio "${W[$1]}" "$slow_timeout")"
  aims+=("| $2 faster than $4 | $wr | $cr | $(awk -v c="$cr" 'BEGIN {print (c != "n/a" && c < 1) ? "yes" : "no"}') |")
}
aim_floor diff_text "encat-diff (text)" diff
aim_floor diff_json "encat-diff --format json" diff
aim_floor merge "encat-merge three-way" merge
aim_peer diff_text "encat-diff (text)" jdp_text "jsondiffpatch (text)"
aim_peer diff_json "encat-diff --format json" jdp_json "jsondiffpatch (JSON delta)"
aim_peer diff_text "encat-diff (text)" jd_text "json-diff (text)"
aim_peer merge "encat-merge three-way" jdp_merge "jsondiffpatch (delta patched)"

part="$work/section.md"
{
  echo "## Diff and three-way merge (issue 8)"
  echo
  echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/diff_merge.sh --matters $matters --repeats $repeats\`; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| machine | |"
  echo "|---|---|"
  echo "| CPU | $(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(nproc) cores |"
  echo "| memory | $(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) |"
  echo "| OS | $(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME"), kernel $(uname -r) |"
  echo "| encat | ${bin#$repo/}: binaries built $(date -u -r "${diff:-${merge:-$validate}}" '+%H:%M UTC' 2>/dev/null) (HEAD at the run: $(git -C "$repo" rev-parse --short HEAD 2>/dev/null)) |"
  echo "| yaml-cpp | $(dpkg-query -W -f='${Version}' libyaml-cpp-dev 2>/dev/null || echo '?') |"
  echo "| node / jsondiffpatch / json-diff | $(node --version 2>/dev/null || echo '-') / $(node -p 'require("'"$here"'/node_modules/jsondiffpatch/package.json").version' 2>/dev/null || echo '-') / $(node -p 'require("'"$here"'/node_modules/json-diff/package.json").version' 2>/dev/null || echo '-') |"
  echo "| git | $(git --version | sed 's/^git version //') |"
  echo
  echo "Data: \`bench/gen_editions.py --matters $matters\`: $(cat "$d/.gen.txt")."
  echo
  echo "Wall and CPU (user + system) seconds are medians of $repeats runs, interleaved (json-diff: one run, limit ${slow_timeout} s); peak RSS is the largest of the runs. Ratios are to the floor of the same group (yaml_floor -j $jobs: as many threads as the tools use by default), wall to wall and CPU to CPU. Outputs go to files."
  echo
  echo "| diff of OLD and NEW | wall s | CPU s | peak MiB | wall / floor | CPU / floor | result (last run) |"
  echo "|---|---:|---:|---:|---:|---:|---|"
  for r in "${rows_diff[@]+"${rows_diff[@]}"}"; do echo "$r"; done
  echo
  echo "| three-way merge | wall s | CPU s | peak MiB | wall / floor | CPU / floor | result (last run) |"
  echo "|---|---:|---:|---:|---:|---:|---|"
  for r in "${rows_merge[@]+"${rows_merge[@]}"}"; do echo "$r"; done
  echo
  echo "| aim | wall ratio | CPU ratio | met |"
  echo "|---|---:|---:|---|"
  for r in "${aims[@]}"; do echo "$r"; done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo
    echo "Not measured: $(printf '%s; ' "${missing[@]}" | sed 's/; $//')."
  fi
} >"$part"

if [ "$write" = 1 ]; then
  "$py" "$here/splice_results.py" "$results" diffmerge "$part"
fi
cat "$part"
