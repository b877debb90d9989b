#!/usr/bin/env bash
# The real-browser tests of encat's HTML pages.
#   tests/browser/run.sh ENCAT_AUDIT CATALOGS ARTIFACT_DIR              (audit_report.test.mjs)
#   tests/browser/run.sh TEST.test.mjs ARGUMENTS…                     (another test of this folder)
# Installs playwright-core into tests/browser/node_modules (npm ci, from the
# lock file) when it is missing or stale, and Debian's chromium and a Chinese
# font when they are missing and this user may install packages. Exits 77
# (CTest: skipped) only when chromium is not there and cannot be installed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

# apt-get as root, or through sudo without a password; nothing otherwise.
apt_install() {
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null && sudo -n true 2>/dev/null || return 1
    sudo=(sudo -n)
  fi
  echo "installing: $*" >&2
  "${sudo[@]}" apt-get update -qq >/dev/null 2>&1 || true
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if [[ ! -x "$CHROMIUM" ]]; then
  apt_install chromium fonts-noto-cjk || true
  if [[ ! -x "$CHROMIUM" ]]; then
    echo "SKIP: chromium is not installed ($CHROMIUM) and cannot be installed here (apt-get install chromium)" >&2
    exit 77
  fi
fi
# Without a CJK font the page still works, but the screenshot shows boxes.
if command -v fc-list >/dev/null && [[ -z "$(fc-list :lang=zh 2>/dev/null)" ]]; then
  apt_install fonts-noto-cjk || echo "warning: no Chinese font (fonts-noto-cjk): the screenshot will show boxes" >&2
fi

command -v node >/dev/null || { echo "error: node is not installed (scripts/deps.sh --test)" >&2; exit 1; }
# npm ci when node_modules is missing or older than the lock file. One
# install at a time: npm ci first removes node_modules, so a second test
# starting beside it (ctest -j) would load a half-installed playwright-core.
stamp="$here/node_modules/.package-lock.json"
(
  flock 9
  if [[ ! -f "$here/node_modules/playwright-core/package.json" || "$here/package-lock.json" -nt "$stamp" ]]; then
    (cd "$here" && npm ci --no-audit --no-fund --loglevel=error) >&2
  fi
) 9>"$here/.install.lock"

# The test: a first argument naming a *.test.mjs of this folder, else the audit's.
test="$here/audit_report.test.mjs"
if [[ $# -gt 0 && "$1" == *.test.mjs ]]; then
  test="$1"
  [[ "$test" == /* ]] || test="$here/$test"
  shift
fi
[[ -f "$test" ]] || { echo "error: no browser test $test" >&2; exit 1; }
exec node "$test" "$@"
