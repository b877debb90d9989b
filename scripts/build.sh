#!/usr/bin/env bash
# Configures (once) and builds Release into build/.
#   scripts/build.sh --sanitize   the same with AddressSanitizer and
#                                 UndefinedBehaviorSanitizer, into build-asan/
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == "--sanitize" ]]; then
  # -O1: quicker to build, and the sanitizers' reports keep their frames; -g1: file:line in stacks.
  [[ -f build-asan/build.ninja ]] ||
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Release -DENCAT_SANITIZE=ON \
      -DCMAKE_CXX_FLAGS_RELEASE="-O1 -g1 -DNDEBUG" >/dev/null
  cmake --build build-asan
else
  [[ -f build/build.ninja ]] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build
fi
