#!/usr/bin/env bash
# Validates a SARIF file against the official SARIF 2.1.0 JSON Schema, plus
# what GitHub code scanning rejects besides (startColumn < 1, empty snippet
# or region objects, URIs that are not RFC 3986).
#
#   tests/sarif/validate_sarif.sh FILE
#
# The schema ships inside the npm package @microsoft/jest-sarif; it is fetched
# once with `npm pack` into $ENCAT_SARIF_CACHE (default: $TMPDIR/encat-sarif)
# and reused from there. Needs npm (first run only) and /usr/bin/python3 with
# Debian's python3-jsonschema (python3-rfc3987 for the `uri` format).
# Exit: 0 valid, 1 invalid, 2 cannot check.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 FILE.sarif" >&2
  exit 2
fi
file=$1
package=@microsoft/jest-sarif@1.0.0-beta.0
cache=${ENCAT_SARIF_CACHE:-${TMPDIR:-/tmp}/encat-sarif}
schema=$cache/sarif-2.1.0-rtm.5.json

if [ ! -s "$schema" ]; then
  mkdir -p "$cache"
  work=$(mktemp -d "$cache/fetch.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  if ! (cd "$work" && npm pack --silent "$package" >/dev/null 2>npm.log); then
    echo "cannot fetch $package with npm pack:" >&2
    cat "$work/npm.log" >&2
    exit 2
  fi
  tar -xzf "$work"/*.tgz -C "$work" package/lib/schemas/sarif-2.1.0-rtm.5.json
  # A rename is atomic: tests running side by side never see half a schema.
  mv -f "$work/package/lib/schemas/sarif-2.1.0-rtm.5.json" "$schema"
  rm -rf "$work"
  trap - EXIT
fi

exec /usr/bin/python3 - "$schema" "$file" <<'PYTHON'
import json
import re
import sys

import jsonschema

schema_path, sarif_path = sys.argv[1], sys.argv[2]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
try:
    with open(sarif_path, encoding="utf-8") as f:
        sarif = json.load(f)
except (OSError, ValueError) as error:
    print(f"{sarif_path}: not JSON: {error}")
    sys.exit(1)

validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
problems = [f"/{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(sarif)]

# RFC 3986 characters only: a non-ASCII or space in a URI must be %XX.
URI = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*$")


def walk(node, path):
    if isinstance(node, dict):
        for key, value in node.items():
            where = f"{path}/{key}"
            if key in ("snippet", "region", "contextRegion") and isinstance(value, dict) and not value:
                problems.append(f"{where}: empty object")
            if key in ("startColumn", "endColumn", "startLine") and isinstance(value, int) and value < 1:
                problems.append(f"{where}: {value} is less than 1")
            if key in ("uri", "helpUri", "informationUri") and isinstance(value, str) and not URI.match(value):
                problems.append(f"{where}: {value!r} is not an RFC 3986 URI")
            walk(value, where)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            walk(value, f"{path}/{index}")


walk(sarif, "")
for problem in problems:
    print(f"{sarif_path}:{problem}")
if problems:
    sys.exit(1)
print(f"{sarif_path}: valid SARIF 2.1.0")
PYTHON
