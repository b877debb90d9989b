#!/bin/bash
# `encat --complete ids|regions|kinds|codes`: what the completion scripts
# offer for ID, REGION, KIND and CODE values, read from the catalogs under
# the current folder (the `paths` of its .encat.yaml, else the folder):
# headers written in any valid layout are read, files that cannot be read
# are skipped, and nothing is ever printed on standard error.
#   values.sh TOOLS_DIR
set -eu
encat="$(cd "$1" && pwd)/encat"
work=$(mktemp -d)
trap 'chmod -R u+rwx "$work"; rm -rf "$work"' EXIT
cd "$work"
failed=0

# check WHAT WANT: `encat --complete WHAT` prints WANT, exits 0 and is quiet.
check() {
  local got status=0
  got=$("$encat" --complete "$1" 2>"$work/err") || status=$?
  if [ "$got" != "$2" ] || [ $status != 0 ] || [ -s "$work/err" ]; then
    echo "FAIL: \`encat --complete $1\` in $PWD (exit $status):" >&2
    diff <(echo "$2") <(echo "$got") >&2 || true
    cat "$work/err" >&2
    failed=1
  fi
}

mkdir -p repo/cats/sub repo/other
cd repo
printf 'paths: [cats]\n' >.encat.yaml
# What encat-fmt writes; a matter's own `title`-like keys are indented, not the header's.
cat >cats/unified.yaml <<'YAML'
# yaml-language-server: $schema=../schemas/unified.schema.json
kind: unified
id: u-2022
title: 统一目录（2022年）
region: "330000"
edition: 2022
effective: 2022-07-01
matters:
  - code: "330217001000"
    name: "id: not-an-id"
    domain: 住房城乡建设
YAML
# A flow mapping, with a byte-order mark: read whole.
printf '\xef\xbb\xbf{kind: registry, id: reg, title: 名录, region: "330000", regions: {"330000": 浙江省, "330881": 江山市}}\n' >cats/registry.yaml
# Header keys after a compact list at column 0, a comment between, CRLF line ends.
printf 'kind: township\r\nmatters:\r\n- code: "330217001000"\r\n# 备注\r\nid: late\r\ntitle: >-\r\n  贺村镇\r\n  目录\r\nregion: "330881102"\r\ncounty: "330881"\r\n' >cats/sub/township.yaml
# Files to skip: broken YAML, no kind, not UTF-8, an empty file, a dangling link,
# a hidden file, an id with a blank; and a catalog outside `paths`.
printf 'kind: unified\nid: [broken\n' >cats/broken.yaml
printf 'id: no-kind\ntitle: x\n' >cats/no-kind.yaml
printf 'kind: unified\nid: bad-\xff\xfe\n' >cats/latin1.yaml
: >cats/empty.yaml
ln -s missing.yaml cats/dangling.yaml
printf 'kind: laws\nid: hidden\ntitle: x\n' >cats/.hidden.yaml
printf 'kind: laws\nid: "two words"\ntitle: x\n' >cats/blank.yaml
printf 'kind: laws\nid: outside\ntitle: x\n' >other/outside.yaml
mkdir cats/locked && printf 'kind: laws\nid: locked\n' >cats/locked/l.yaml && chmod 000 cats/locked
[ -r cats/locked/l.yaml ] && rm -r cats/locked  # root reads it anyway

ids=$(printf 'late\t贺村镇 目录\nreg\t名录\nu-2022\t统一目录（2022年）')
regions=$(printf '330000\t浙江省\n330881\t江山市\n330881102\t贺村镇 目录')
check ids "$ids"
check regions "$regions"
# The same from a folder below: the .encat.yaml above is found.
(cd cats/sub && check ids "$ids")
# Without a .encat.yaml: the current folder.
(cd other && mv ../.encat.yaml ../encat.yaml.off && check ids "$(printf 'outside\tx')"; mv ../encat.yaml.off ../.encat.yaml)
# Every kind with its Chinese title; every finding code with its summary.
check kinds "$(printf 'unified\t统一目录\nextension\t地方扩展目录\ntownship\t乡镇（街道）目录\ndepartment\t部门目录\nsupervision\t监管事项清单\ncases\t案件统计\ntargets\t改革目标\nregistry\t登记表\nlaws\t法规库\nlenient\t轻微违法不予处罚清单\nstaffing\t执法力量统计')"
codes=$("$encat" --complete codes)
for code in E001 E101 E201 B301; do
  grep -q "^$code	." <<<"$codes" || { echo "FAIL: \`encat --complete codes\` lacks $code" >&2; failed=1; }
done
# Another WHAT is a usage error.
if "$encat" --complete nonsense >/dev/null 2>&1; then echo "FAIL: \`--complete nonsense\` exits 0" >&2; failed=1; fi
exit $failed
