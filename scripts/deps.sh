#!/usr/bin/env bash
# Installs the Debian packages encat needs, only those missing.
#   scripts/deps.sh          to build and run the tools
#   scripts/deps.sh --test   also what the test suite uses
#   scripts/deps.sh --fuzz   also clang and its libFuzzer runtime (scripts/fuzz.sh)
set -euo pipefail

packages=(cmake ninja-build g++ pkg-config libcli11-dev libyaml-cpp-dev libfmt-dev doctest-dev
          libxlsxwriter-dev libpcre2-dev libzip-dev libexpat1-dev
          dpkg-dev)  # dpkg-shlibdeps, for the .deb's dependencies (cpack -G DEB)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(python3 python3-jsonschema python3-rfc3987 json-schema-test-suite libxml2-utils chromium fonts-noto-cjk cmark-gfm
            python3-openpyxl python3-xlsxwriter xlsx2csv poppler-utils
            lintian man-db groff-base bash-completion zsh pre-commit)
  command -v npm >/dev/null || packages+=(npm)
fi
if [[ "${1:-}" == "--fuzz" ]]; then
  packages+=(clang libclang-rt-14-dev)  # Debian 12: clang is clang-14; its libFuzzer is in libclang-rt-14-dev
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=()
[[ $(id -u) -ne 0 ]] && sudo=(sudo)
echo "installing: ${missing[*]}" >&2
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
