#!/usr/bin/env bash
# Builds the seed corpora of the fuzz targets from the repository's own YAML
# and JSON (catalogs/, schemas/, tests/), so no seed file is committed twice:
#   tests/fuzz/make_seeds.sh SOURCE_DIR OUT_DIR
# makes OUT_DIR/<target>/ for yaml_reader, schema, validate and audit. Each
# seed is named by the SHA-1 of its bytes. Files over 1 MiB are left out.
#   yaml_reader      every file as it is
#   schema           one byte choosing the schema (the index of the file's
#                    `kind` in the sorted schemas/*.schema.json; .encat.yaml →
#                    config), then the file; files without a kind are left out
#   validate, audit  every file as it is; and the YAML files of each folder
#                    (a CLI case, a province's folder) joined with NUL bytes,
#                    four at most, as a workspace of several files
set -euo pipefail
export LC_ALL=C
src=$(cd "$1" && pwd)
out=$2
mkdir -p "$out"/{yaml_reader,schema,validate,audit}

mapfile -t kinds < <(cd "$src/schemas" && ls -- *.schema.json | sed 's/\.schema\.json$//' | sort)

seed() {  # seed TARGET < bytes
  local tmp name
  tmp=$(mktemp "$out/.seed.XXXXXX")
  cat >"$tmp"
  name=$(sha1sum "$tmp" | cut -c1-40)
  mv -f "$tmp" "$out/$1/$name"
}

mapfile -d '' -t files < <(cd "$src" && find catalogs schemas tests -type f -size -1025k \
  \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) -not -path 'tests/fuzz/*' -print0 | sort -z)

for f in "${files[@]}"; do
  path="$src/$f"
  for target in yaml_reader validate audit; do seed "$target" <"$path"; done
  kind=$(sed -n 's/^kind:[[:space:]]*["'\'']\{0,1\}\([a-z]*\).*/\1/p' "$path" | head -n 1)
  [[ "$(basename "$f")" == .encat.yaml ]] && kind=config
  for i in "${!kinds[@]}"; do
    if [[ "${kinds[$i]}" == "$kind" ]]; then
      { printf "\\x$(printf %02x "$i")"; cat "$path"; } | seed schema
    fi
  done
done

# Workspaces of several files: the YAML files of one folder, NUL-separated.
mapfile -d '' -t dirs < <(cd "$src" && find catalogs tests/cli tests/fixtures -type d -print0 | sort -z)
for d in "${dirs[@]}"; do
  mapfile -d '' -t group < <(find "$src/$d" -maxdepth 1 -type f -size -1025k \( -name '*.yaml' -o -name '*.yml' \) \
                               -not -name '.encat.yaml' -print0 | sort -z | head -z -n 4)
  [[ ${#group[@]} -ge 2 ]] || continue
  for target in validate audit; do
    { first=1; for g in "${group[@]}"; do [[ $first ]] || printf '\0'; first=; cat "$g"; done; } | seed "$target"
  done
done
# The sample province as a county's audit sees it.
z="$src/catalogs/zhejiang"
for target in validate audit; do
  { cat "$z/unified-2022.yaml"; printf '\0'; cat "$z/jiangshan/extension-2022.yaml"; printf '\0';
    cat "$z/targets.yaml"; printf '\0'; cat "$z/jiangshan/townships/hushan-2022.yaml"; } | seed "$target"
  { cat "$z/registry.yaml"; printf '\0'; cat "$z/unified-2021.yaml"; printf '\0';
    cat "$z/unified-2022.yaml"; printf '\0'; cat "$z/jiangshan/supervision-2022.yaml"; } | seed "$target"
done
for target in yaml_reader schema validate audit; do
  echo "$target: $(find "$out/$target" -type f | wc -l) seeds"
done
