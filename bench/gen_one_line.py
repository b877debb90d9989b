#!/usr/bin/python3
"""Generate one large unified catalog twice: pretty-printed YAML and one-line JSON.

    gen_one_line.py --out DIR [--mib N]

Writes DIR/pretty/unified.yaml (block YAML, one field a line, as people write
catalogs) and DIR/one-line/unified.yaml (the same catalog as minified JSON on
a single line, which is valid YAML), each about N MiB (default 20).  The
matters are those of catalogs/zhejiang/unified-2022.yaml repeated with fresh
codes and names, so both files are valid and free of findings.  Standard
library plus PyYAML (Debian python3-yaml); deterministic.
"""

import argparse
import copy
import datetime
import json
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "catalogs", "zhejiang", "unified-2022.yaml")


def plain(value):
    """Dates (PyYAML reads 2022-07-01 as one) become the strings encat reads."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def catalog(target_bytes):
    with open(SOURCE, encoding="utf-8") as f:
        base = plain(yaml.safe_load(f))
    template = base["matters"]
    base.pop("supersedes", None)
    base["id"] = "bench-one-line"
    matters = []
    size = 0
    n = 0
    while size < target_bytes:
        m = copy.deepcopy(template[n % len(template)])  # no shared nodes: no anchors
        m["code"] = f"33{9000000000 - n:010d}"
        m["name"] = f"{m['name']}（第 {n + 1} 项）"
        matters.append(m)
        size += len(json.dumps(m, ensure_ascii=False).encode("utf-8"))
        n += 1
    base["matters"] = matters
    return base


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--mib", type=float, default=20.0)
    args = ap.parse_args()
    doc = catalog(int(args.mib * (1 << 20)))
    for sub in ("pretty", "one-line"):
        os.makedirs(os.path.join(args.out, sub), exist_ok=True)
    with open(os.path.join(args.out, "pretty", "unified.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(doc, f, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), allow_unicode=True,
                  sort_keys=False, width=1 << 30, default_flow_style=False)
    with open(os.path.join(args.out, "one-line", "unified.yaml"), "w", encoding="utf-8") as f:
        f.write(json.dumps(doc, ensure_ascii=False, separators=(",", ":")))
        f.write("\n")
    print(f"{len(doc['matters'])} matters", file=sys.stderr)


if __name__ == "__main__":
    main()
