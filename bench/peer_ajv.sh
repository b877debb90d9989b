#!/usr/bin/env bash
# Peer for the benchmark: ajv-cli 5 (ajv 8 + js-yaml) schema checks.
#
#   bench/peer_ajv.sh DIR [-v]
#
# Groups the *.yaml / *.yml files under DIR by their `kind:` line and runs
# `ajv validate --spec=draft7 --all-errors` once per kind against
# schemas/<kind>.schema.json, passing many `-d FILE` at a time (batched to
# stay far below ARG_MAX).  ajv-cli parses .yaml data itself (js-yaml);
# bench/ajv_yaml_core.js makes it read YAML with the core schema so that
# `effective: 2022-03-01` stays a string, as in JSON.
#
# Prints the number of files, valid and invalid; exit 0 when all are valid,
# 1 when any is invalid or unreadable, 2 on a usage error or missing ajv.
# -v prints ajv's error lines for the invalid files.
#
# Needs bench/node_modules (run `npm ci` in bench/ once).
set -u -o pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
schemas="${ENCAT_SCHEMAS:-$here/../schemas}"
ajv="$here/node_modules/.bin/ajv"
verbose=0
dir=""
for a in "$@"; do
  case "$a" in
    -v) verbose=1 ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) if [ -z "$dir" ]; then dir="$a"; else echo "peer_ajv: one DIR only" >&2; exit 2; fi ;;
  esac
done
[ -n "$dir" ] && [ -d "$dir" ] || { echo "usage: peer_ajv.sh DIR [-v]" >&2; exit 2; }
[ -x "$ajv" ] || { echo "peer_ajv: $ajv missing: run 'npm ci' in $here" >&2; exit 2; }
schemas="$(cd "$schemas" && pwd)"
setup="$here/ajv_yaml_core.js"

cd "$dir" || exit 2
log="$(mktemp)"
trap 'rm -f "$log" "$log.out" "$log.err"' EXIT

# kind -> newline-separated file list, in sorted order.
declare -A files_of=()
total=0
while IFS= read -r line; do
  f="${line%%:kind:*}"
  k="${line#*:kind:}"
  k="${k//[[:space:]\"\']/}"
  files_of[$k]+="$f"$'\n'
  total=$((total + 1))
done < <(find . -name '.*' ! -name . -prune -o -type f \( -name '*.yaml' -o -name '*.yml' \) -print \
           | LC_ALL=C sort | sed 's|^\./||' | tr '\n' '\0' \
           | xargs -0 -r grep -m1 -H '^kind:' /dev/null)

nfiles=$(find . -name '.*' ! -name . -prune -o -type f \( -name '*.yaml' -o -name '*.yml' \) -print | wc -l)
valid=0
invalid=0
unreadable=0
nokind=$((nfiles - total))

run_batch() {  # schema file...
  local schema="$1"; shift
  local args=()
  for f in "$@"; do args+=(-d "$f"); done
  "$ajv" validate --spec=draft7 --all-errors --errors=line \
    -c "$setup" -s "$schema" "${args[@]}" >"$log.out" 2>"$log.err"
  local rc=$?
  local v i
  v=$(grep -c ' valid$' "$log.out")
  i=$(grep -c ' invalid$' "$log.err")
  valid=$((valid + v))
  invalid=$((invalid + i))
  [ "$verbose" = 1 ] && [ "$i" -gt 0 ] && cat "$log.err"
  if [ "$rc" -eq 2 ] || [ "$rc" -gt 2 ]; then
    # ajv-cli stops the whole batch at a file it cannot parse: redo the rest
    # of the batch one file at a time to find every unreadable file.
    local done_n=$((v + i)) n=0
    for f in "$@"; do
      n=$((n + 1))
      [ "$n" -le "$done_n" ] && continue
      if "$ajv" validate --spec=draft7 --all-errors --errors=line \
           -c "$setup" -s "$schema" -d "$f" >"$log.out" 2>"$log.err"; then
        valid=$((valid + 1))
      elif grep -q ' invalid$' "$log.err"; then
        invalid=$((invalid + 1))
        [ "$verbose" = 1 ] && cat "$log.err"
      else
        unreadable=$((unreadable + 1))
        echo "peer_ajv: $f: $(head -c 300 "$log.err" | tr '\n' ' ')" >&2
      fi
    done
  fi
}

max_chars=100000   # per ajv command line; ARG_MAX here is 2 MiB
for k in $(printf '%s\n' "${!files_of[@]}" | LC_ALL=C sort); do
  schema="$schemas/$k.schema.json"
  mapfile -t list < <(printf '%s' "${files_of[$k]}")
  if [ ! -f "$schema" ]; then
    echo "peer_ajv: no schema for kind '$k' (${#list[@]} files)" >&2
    nokind=$((nokind + ${#list[@]}))
    continue
  fi
  batch=()
  chars=0
  for f in "${list[@]}"; do
    if [ "${#batch[@]}" -gt 0 ] && [ $((chars + ${#f} + 4)) -gt "$max_chars" ]; then
      run_batch "$schema" "${batch[@]}"
      batch=()
      chars=0
    fi
    batch+=("$f")
    chars=$((chars + ${#f} + 4))
  done
  [ "${#batch[@]}" -gt 0 ] && run_batch "$schema" "${batch[@]}"
done

echo "peer_ajv: $nfiles files, $valid valid, $invalid invalid, $unreadable unreadable, $nokind without a known kind"
[ $((invalid + unreadable + nokind)) -eq 0 ]
