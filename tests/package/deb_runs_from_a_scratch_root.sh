#!/bin/sh
# The .deb (cpack) unpacked into a scratch root with `dpkg -x`: its Depends
# come from dpkg-shlibdeps, every program in it runs from there (--version,
# then the tools on a copy of the sample catalogs), its man pages, docs,
# schemas and completion are in place.
# Usage: deb_runs_from_a_scratch_root.sh BUILD_DIR SOURCE_DIR VERSION
set -eu
build=$1 source=$2 version=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "$*"; exit 1; }

deb=$("$source/scripts/package.sh" "$build" "$work/out")
[ "$(basename "$deb")" = "encat_${version}_amd64.deb" ] || fail "package named $(basename "$deb")"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libyaml-cpp libxlsxwriter libzip libpcre2-8 libexpat libfmt libstdc++; do
  case "$depends" in *"$lib"*) ;; *) fail "Depends names no $lib: $depends" ;; esac
done
[ "$(dpkg-deb -f "$deb" Section)" = utils ] || fail "section is not utils"
dpkg -x "$deb" "$work/root"
usr=$work/root/usr

for name in encat encat-validate encat-audit encat-fmt encat-diff encat-merge encat-publish encat-import; do
  expected="$name (encat) $version"
  [ "$name" != encat ] || expected="encat $version"
  [ "$("$usr/bin/$name" --version)" = "$expected" ] || fail "$name --version: $("$usr/bin/$name" --version)"
  for page in man/man1 man/zh_CN/man1; do
    gzip -t "$usr/share/$page/$name.1.gz" || fail "no $page/$name.1.gz"
  done
  ! readelf -S "$usr/bin/$name" | grep -q '\.symtab' || fail "$name is not stripped"
done
for file in man/man5/encat-catalogs.5.gz man/zh_CN/man5/encat-catalogs.5.gz doc/encat/README.md \
            doc/encat/copyright doc/encat/changelog.gz encat/schemas/unified.schema.json; do
  [ -s "$usr/share/$file" ] || fail "not in the package: /usr/share/$file"
done
grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' "$usr/share/doc/encat/copyright" ||
  fail "copyright is not in Debian's format"
zcat "$usr/share/doc/encat/changelog.gz" | head -1 | grep -q "^encat ($version)" || fail "changelog does not start at $version"
if [ -e "$source/completions/encat.bash" ]; then
  [ "$(readlink "$usr/share/bash-completion/completions/encat-validate")" = encat ] || fail "no bash completion link"
  [ -s "$usr/share/zsh/vendor-completions/_encat" ] || fail "no zsh completion"
fi

# The tools on a copy of the sample, away from the source tree and its .encat.yaml.
cp -R "$source/catalogs" "$work/catalogs"
cd "$work"
"$usr/bin/encat-validate" catalogs >/dev/null
"$usr/bin/encat" validate catalogs >/dev/null  # the front door finds encat-validate beside itself
rc=0; "$usr/bin/encat-audit" catalogs --region 330881 --check >/dev/null || rc=$?
[ "$rc" = 1 ] || fail "encat-audit --check on the sample exited $rc, not 1 (a missed target)"
"$usr/bin/encat-fmt" --check catalogs
rc=0; "$usr/bin/encat-diff" catalogs/zhejiang/unified-2021.yaml catalogs/zhejiang/unified-2022.yaml >diff.txt || rc=$?
[ "$rc" = 1 ] && grep -q 'zj-unified-2022' diff.txt || fail "encat-diff of 2021 and 2022 exited $rc"
"$usr/bin/encat-publish" catalogs --catalog zj-unified-2022 --format xlsx -o unified.xlsx
"$usr/bin/encat-publish" catalogs --catalog zj-unified-2022 --format csv -o unified.csv
"$usr/bin/encat-import" unified.csv --kind unified --id zj-imported --region 330000 -o imported.yaml
grep -q '^id: zj-imported' imported.yaml || fail "encat-import wrote no catalog"
"$usr/bin/encat-merge" compose --region 330881 catalogs -o composed.yaml
grep -q '^kind: unified' composed.yaml || fail "encat-merge compose wrote no catalog"
