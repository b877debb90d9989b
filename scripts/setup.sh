#!/usr/bin/env bash
# A newcomer's first command: installs what is needed, builds, and validates
# the sample province in catalogs/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
exec build/tools/encat-validate catalogs
