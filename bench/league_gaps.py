#!/usr/bin/env python3
"""The gaps an `encat-audit --province --format json` league counts in all,
by code: "B301 3, B309 17, …" (the counties' and the province's row), or "none".

  league_gaps.py LEAGUE.json
"""
import json
import sys

d = json.load(open(sys.argv[1], encoding="utf-8"))
by = {}
for row in d.get("counties", []) + ([d["province"]] if d.get("province") else []):
    for code, n in row["gaps"]["by_code"].items():
        by[code] = by.get(code, 0) + n
print(", ".join("%s %d" % (k, v) for k, v in sorted(by.items()) if v) or "none")
