#!/bin/sh
# `git merge` in a real repository made here, with encat-merge as the merge
# driver of *.yaml (configured by hand as install-git-driver writes it:
# `encat-merge three-way %O %A %B -o %A --path %P`):
# - edits of different matters, and of different fields of one matter, merge
#   cleanly, and comments of untouched matters survive byte for byte;
# - a true conflict fails the merge with markers around that matter only, and
#   encat-validate then reports E008.
# Usage: git_merge_driver_test.sh ENCAT_MERGE ENCAT_VALIDATE
set -eu
merge_tool=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
validate_tool=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
here=$(cd "$(dirname "$0")" && pwd)
base=$here/three_way_true_conflict_exits_1_with_markers_around_that_matter_only/base.yaml
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }

git init -q -b main repo
cd repo
git config user.email test@example.com
git config user.name test
git config merge.encat.name "encat-merge (by code and field)"
git config merge.encat.driver "$merge_tool three-way %O %A %B -o %A --path %P"
echo '*.yaml merge=encat' > .gitattributes
cp "$base" unified.yaml
git add . && git commit -q -m base

# Different matters on the two branches, and different fields of one matter.
git checkout -q -b theirs
sed -i 's/仅限县级档案馆保管范围内/仅限市、县级档案馆保管范围内/' unified.yaml  # matter 3, scope_note
sed -i 's/对单位或者个人损毁、丢失属于国家所有的档案的行政处罚/对损毁、丢失国家所有档案的行政处罚/' unified.yaml  # matter 4
git commit -q -am theirs
git checkout -q main
sed -i 's/需档案局出具认定意见/需档案局出具书面认定意见/' unified.yaml  # matter 3, note
sed -i 's/擅自施工的行政处罚/擅自施工的行政处罚（改）/' unified.yaml  # matter 1
git commit -q -am ours
git merge -q --no-edit theirs || fail "a clean semantic merge failed"
grep -q '仅限市、县级档案馆保管范围内' unified.yaml || fail "theirs's field is missing"
grep -q '需档案局出具书面认定意见' unified.yaml || fail "ours's field is missing"
grep -q '对损毁、丢失国家所有档案的行政处罚' unified.yaml || fail "theirs's matter is missing"
grep -q '擅自施工的行政处罚（改）' unified.yaml || fail "ours's matter is missing"
# matter 2, untouched, keeps its bytes (a trailing comment), and the comment inside matter 3 survives
grep -q '        articles: \[第四十九条\]  # 第一款第二项$' unified.yaml || fail "an untouched matter lost its comment"
grep -q '^    # 与档案局每季度会商$' unified.yaml || fail "a merged matter lost its comment"
"$validate_tool" unified.yaml >/dev/null || fail "the merge does not validate"

# A true conflict: one field changed differently on both branches.
git checkout -q -b theirs2
sed -i 's/需档案局出具书面认定意见/需档案局当场出具认定意见/' unified.yaml
git commit -q -am theirs2
git checkout -q main
sed -i 's/需档案局出具书面认定意见/需档案局三日内出具认定意见/' unified.yaml
git commit -q -am ours2
if git merge -q --no-edit theirs2 2>err.txt; then fail "a conflict merged cleanly"; fi
grep -q '备注（note）两边改得不同' err.txt || fail "the conflict was not reported: $(cat err.txt)"
[ "$(grep -c '^<<<<<<< ours (unified.yaml)$' unified.yaml)" = 1 ] || fail "not one conflict block"
[ "$(grep -c '^=======$' unified.yaml)" = 1 ] || fail "not one separator"
[ "$(grep -c '^>>>>>>> theirs (unified.yaml)$' unified.yaml)" = 1 ] || fail "not one end marker"
# only matter 3 is between the markers
sed -n '/^<<<<<<< /,/^>>>>>>> /p' unified.yaml | grep 'code:' | sort -u | grep -qv '330275012000' && fail "another matter is inside the markers"
if "$validate_tool" unified.yaml >out.txt; then fail "a conflicted file validates"; fi
grep -q 'E008' out.txt || fail "encat-validate does not report E008: $(cat out.txt)"
echo "ok"
