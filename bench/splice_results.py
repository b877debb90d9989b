#!/usr/bin/env python3
"""Puts a benchmark's section into bench/RESULTS.md, keeping everything else.

  splice_results.py RESULTS.md NAME PART

The section lies between `<!-- NAME:begin -->` and `<!-- NAME:end -->`; it is
replaced by the text of the file PART, or appended when the markers are not
there yet. The file is replaced atomically.
"""
import os
import sys

path, name, part = sys.argv[1:4]
begin, end = "<!-- %s:begin -->" % name, "<!-- %s:end -->" % name
block = "%s\n%s\n%s" % (begin, open(part, encoding="utf-8").read().rstrip("\n"), end)
old = open(path, encoding="utf-8").read() if os.path.exists(path) else \
    "# encat benchmark results\n\nThe sections between markers are written by `bench/run.sh`; the rest is by hand.\n\n" \
    "<!-- main:begin -->\n<!-- main:end -->\n\n<!-- scales:begin -->\n<!-- scales:end -->\n"
if begin in old and end in old:
    out = old[:old.index(begin)] + block + old[old.index(end) + len(end):]
else:
    out = old.rstrip("\n") + "\n\n" + block + "\n"
open(path + ".tmp", "w", encoding="utf-8").write(out)
os.replace(path + ".tmp", path)
