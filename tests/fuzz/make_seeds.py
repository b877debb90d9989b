#!/usr/bin/env python3
"""Builds the seed corpora of the fuzz targets from the repository's own YAML
and JSON (catalogs/, schemas/, tests/), so no seed file is committed twice:

    tests/fuzz/make_seeds.py SOURCE_DIR OUT_DIR

makes OUT_DIR/<target>/ for yaml_reader, schema, validate and audit, each seed
named by the SHA-1 of its bytes. Files over 1 MiB are left out.
  yaml_reader      every file as it is
  schema           one byte choosing the schema (the index of the file's `kind`
                   among the sorted schemas/*.schema.json, as
                   SchemaSet::kinds() orders them; .encat.yaml → config), then
                   the file; files without a kind are left out
  validate, audit  every file as it is; and the YAML files of each folder (a
                   CLI case, a province's folder) joined with NUL bytes, four
                   at most, as a workspace of several files (workspace_input.h)
  csv              every .csv under catalogs/ and tests/ as it is
  xlsx             every .xlsx under tests/ after a byte 0 (the whole file), and
                   its sheets' XML after a byte 1 and its sharedStrings.xml
                   after a byte 2 (fuzz_xlsx.cpp zips those into a workbook)
"""
import hashlib
import io
import os
import re
import sys
import zipfile

TARGETS = ("yaml_reader", "schema", "validate", "audit", "fmt", "diff", "merge", "csv", "xlsx", "import")
MAX_SIZE = 1 << 20
KIND = re.compile(rb"^kind:[ \t]*[\"']?([a-z]*)", re.M)


def files_under(root, top, suffixes):
    for folder, dirs, names in os.walk(os.path.join(root, top)):
        dirs.sort()
        rel = os.path.relpath(folder, root)
        if rel.startswith(os.path.join("tests", "fuzz")):
            continue
        for name in sorted(names):
            path = os.path.join(folder, name)
            if name.endswith(suffixes) and os.path.isfile(path) and os.path.getsize(path) <= MAX_SIZE:
                yield path


def main():
    source, out = os.path.abspath(sys.argv[1]), sys.argv[2]
    counts = {}
    for target in TARGETS:
        os.makedirs(os.path.join(out, target), exist_ok=True)
        counts[target] = set()

    def seed(target, data):
        name = hashlib.sha1(data).hexdigest()
        counts[target].add(name)
        path = os.path.join(out, target, name)
        if not os.path.exists(path):
            with open(path, "wb") as f:
                f.write(data)

    kinds = sorted(n[: -len(".schema.json")] for n in os.listdir(os.path.join(source, "schemas"))
                   if n.endswith(".schema.json"))
    for top in ("catalogs", "schemas", "tests"):
        for path in files_under(source, top, (".yaml", ".yml", ".json")):
            with open(path, "rb") as f:
                data = f.read()
            for target in ("yaml_reader", "validate", "audit", "fmt"):
                seed(target, data)
            if top != "schemas":  # diff: an edition against itself; merge: nothing changed on either side
                seed("diff", data + b"\0" + data)
                seed("merge", b"\0".join((data, data, data)))
            match = KIND.search(data)
            kind = "config" if os.path.basename(path) == ".encat.yaml" else (match.group(1).decode() if match else "")
            if kind in kinds:
                seed("schema", bytes([kinds.index(kind)]) + data)

    # Workspaces of several files: the YAML files of one folder, NUL-separated.
    for top in ("catalogs", os.path.join("tests", "cli"), os.path.join("tests", "fixtures")):
        for folder, dirs, names in os.walk(os.path.join(source, top)):
            dirs.sort()
            group = [os.path.join(folder, n) for n in sorted(names)
                     if n.endswith((".yaml", ".yml")) and n != ".encat.yaml"
                     and os.path.isfile(os.path.join(folder, n)) and os.path.getsize(os.path.join(folder, n)) <= MAX_SIZE]
            if len(group) >= 2:
                data = b"\0".join(open(p, "rb").read() for p in group[:4])
                for target in ("validate", "audit"):
                    seed(target, data)
    # The sample province as a county's audit sees it, and two editions of the unified catalog.
    z = os.path.join(source, "catalogs", "zhejiang")
    for files in (("unified-2022.yaml", "jiangshan/extension-2022.yaml", "targets.yaml", "jiangshan/townships/hushan-2022.yaml"),
                  ("registry.yaml", "unified-2021.yaml", "unified-2022.yaml", "jiangshan/supervision-2022.yaml")):
        paths = [os.path.join(z, f) for f in files]
        if all(os.path.isfile(p) for p in paths):
            data = b"\0".join(open(p, "rb").read() for p in paths)
            for target in ("validate", "audit"):
                seed(target, data)
    # Pairs of editions (diff) and merges of three versions of one file (merge) that the tests use.
    def read(*parts):
        path = os.path.join(source, *parts)
        return open(path, "rb").read() if os.path.isfile(path) and os.path.getsize(path) <= MAX_SIZE else None
    pairs = [(("catalogs", "zhejiang", "unified-2021.yaml"), ("catalogs", "zhejiang", "unified-2022.yaml")),
             (("catalogs", "zhejiang", "jiangshan", "supervision-2021.yaml"),
              ("catalogs", "zhejiang", "jiangshan", "supervision-2022.yaml")),
             (("catalogs", "zhejiang", "jiangshan", "townships", "hecun-2022.yaml"),
              ("tests", "fixtures", "diff", "hecun-2023.yaml"))]
    for tool, names in (("diff", ("old.yaml", "new.yaml")), ("merge", ("base.yaml", "ours.yaml", "theirs.yaml"))):
        cases = os.path.join(source, "tests", "cli", tool)
        for case in sorted(os.listdir(cases)) if os.path.isdir(cases) else []:
            parts = [read("tests", "cli", tool, case, n) for n in names]
            if all(p is not None for p in parts):
                seed(tool, b"\0".join(parts))
    for old, new in pairs:
        a, b = read(*old), read(*new)
        if a is not None and b is not None:
            seed("diff", a + b"\0" + b)
            seed("merge", b"\0".join((a, b, a)))  # a new edition on our side only
    # The table readers: CSV files as they are; XLSX files whole, and their sheets and shared strings.
    for top in ("catalogs", "tests"):
        for path in files_under(source, top, (".csv",)):
            seed("csv", open(path, "rb").read())
        for path in files_under(source, top, (".csv", ".xlsx")):
            data = open(path, "rb").read()
            # import: a byte choosing the kind (unified, extension, township, department, supervision;
            # GB18030 with the high bit), then the table: each kind over each table.
            for kind in range(5):
                seed("import", bytes([kind]) + data)
            if path.endswith("gb18030.csv"):
                seed("import", bytes([0x80]) + data)
        for path in files_under(source, top, (".xlsx",)):
            data = open(path, "rb").read()
            seed("xlsx", b"\0" + data)
            try:
                with zipfile.ZipFile(io.BytesIO(data)) as z:
                    for name in sorted(z.namelist()):
                        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                            seed("xlsx", b"\1" + z.read(name))
                        elif name == "xl/sharedStrings.xml":
                            seed("xlsx", b"\2" + z.read(name))
            except zipfile.BadZipFile:
                pass
    # Sheet XML and shared strings with what the committed files lack: rich text and phonetic runs,
    # escapes, prefixed elements, cells without r, formulas, errors, a DTD.
    ns = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    for xml in (b'<worksheet ' + ns + b'><sheetData><row r="2"><c r="B2" t="inlineStr"><is><r><t>a</t></r><rPh><t>x</t></rPh>'
                b'<r><t>b_x000D_</t></r></is></c><c t="str"><f>1</f><v>1</v></c><c t="e"><v>#N/A</v></c><c t="b"><v>1</v></c>'
                b'</row><row><c><v>1.5E+3</v></c></row></sheetData><mergeCells><mergeCell ref="B2:C3"/><mergeCell ref="D4"/>'
                b'</mergeCells></worksheet>',
                b'<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row>'
                b'<x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>'):
        seed("xlsx", b"\1" + xml)
    for xml in (b'<sst ' + ns + b'><si><t>a</t></si><si><r><t>b</t></r><r><t xml:space="preserve"> c</t></r></si>'
                b'<si><t>_x005F_x0041_</t></si></sst>',
                b'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aa">]><sst ' + ns + b'><si><t>&a;</t></si></sst>'):
        seed("xlsx", b"\2" + xml)
    for target in TARGETS:  # seeds of files that have changed or gone since the last run
        for name in os.listdir(os.path.join(out, target)):
            if name not in counts[target]:
                os.remove(os.path.join(out, target, name))
        print(f"{target}: {len(counts[target])} seeds")
    return 0 if all(counts.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
