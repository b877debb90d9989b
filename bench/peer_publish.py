#!/usr/bin/python3
"""The Python peer of encat-publish and encat-import for bench/publish.sh.

    peer_publish.py catalog  UNIFIED.yaml                 --format csv|xlsx|openpyxl -o OUT [--yaml c|py]
    peer_publish.py townships UNIFIED.yaml COUNTY_FOLDER   --format csv|xlsx|openpyxl -o OUT [--yaml c|py]
    peer_publish.py import   TABLE.csv|TABLE.xlsx -o OUT.yaml [--yaml c|py]

Does the job of the encat command beside it, the way a Python script would:
loads the YAML with PyYAML's CSafeLoader (libyaml), builds the same rows as
lib/publish/notice.cpp (domains in the order they first appear, 法律依据 as
《law》article、article one law a line, 部分（note）, township entries resolved
from their `draws_from` catalogs, townships with identical tables sharing one
part), and writes them with `csv` (the same bytes as encat-publish --format
csv: publish.sh compares them), with `xlsxwriter` (bold header, wrapped
text, title row merged, frozen header: the cheap part of encat's layout) or
with openpyxl's writer. `import` reads a published table back (openpyxl in
read_only mode, or `csv`), turns each row into a matter (scope and note
split, 法律依据 split into laws and articles) and dumps the catalog with
PyYAML's CSafeDumper.

`--yaml c` (the default) reads and writes YAML with libyaml (CSafeLoader,
CSafeDumper): the fastest a Python script can be. `--yaml py` uses
`yaml.safe_load` and `yaml.safe_dump`, PyYAML's own pure-Python code: what a
script written by hand usually calls.

Needs Debian's python3-yaml, python3-xlsxwriter and python3-openpyxl
(/usr/bin/python3).
"""

import argparse
import csv
import glob
import os
import re
import sys

import yaml

TRAITS = ["高频", "高综合", "高需求", "易发现", "易处置"]
DIGITS = "零一二三四五六七八九"


LOADER, DUMPER = yaml.CSafeLoader, yaml.CSafeDumper


def load(path):
    with open(path, "rb") as f:
        return yaml.load(f, Loader=LOADER)


def numeral(n):
    """1 → 一, 11 → 十一, 25 → 二十五 (below 100: enough for domains)."""
    if n < 10:
        return DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[ones] if ones else "")


def date_text(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day) if hasattr(d, "year") else str(d or "")


def basis_text(basis):
    out = []
    for b in basis or []:
        law = b["law"]
        if not law.startswith("《"):
            law = "《" + law + "》"
        out.append(law + "、".join(b.get("articles") or []))
    return "\n".join(out)


def scope_text(m):
    s = m.get("scope", "")
    note = m.get("scope_note")
    if not note:
        return s
    return s + note if note[0] in "（(" else s + "（" + note + "）"


def traits_text(m):
    have = set(m.get("traits") or [])
    return "、".join(t for t in TRAITS if t in have)


COLUMNS = {
    "unified": ["序号", "事项代码", "事项名称", "法律依据", "划转范围", "具体职责边界", "划出部门"],
    "township": ["序号", "事项代码", "事项名称", "执法领域", "下放类别", "备注"],
}


def matter_row(m):
    return ["", str(m["code"]), m["name"], basis_text(m.get("basis")), scope_text(m), m.get("boundary", ""),
            "、".join(m.get("from") or [])]


def active(m):
    return m.get("status", "有效") == "有效"


def catalog_notice(cat):
    groups, at = [], {}
    for m in cat["matters"]:
        if not active(m):
            continue
        d = m.get("domain", "")
        if d not in at:
            at[d] = len(groups)
            groups.append((d, []))
        groups[at[d]][1].append(matter_row(m))
    n = 0
    for _, rows in groups:
        for r in rows:
            n += 1
            r[0] = str(n)
    table = [(("%s、%s（共 %d 项）" % (numeral(i + 1), d or "未分领域", len(rows))), rows) for i, (d, rows) in enumerate(groups)]
    domains = len({d for d, _ in groups if d})
    facts = [("发文机关", cat.get("issuer")), ("文号", cat.get("document")), ("施行日期", cat.get("effective") and date_text(cat["effective"]))]
    return {"title": cat["title"], "facts": [(k, v) for k, v in facts if v],
            "parts": [{"paragraph": "", "columns": COLUMNS["unified"], "groups": table}],
            "summary": "共 %d 个领域 %d 项" % (domains, n)}


def township_name(t):
    title = t.get("title", "")
    for marker in ("综合行政执法", "行政执法", "目录"):
        i = title.find(marker)
        if i > 0:
            return title[:i]
    return t["id"]


def place_in_title(title):
    """江山市综合行政执法… → 江山市, as encat names a county without a registry."""
    cut = min([title.find(w) for w in ("综合", "行政", "执法", "监管", "专业", "部门", "乡镇", "案件", "事项") if w in title]
              + [len(title)])
    place = title[:cut]
    ends = ("省", "市", "县", "区", "旗", "镇", "乡", "街道")
    return place if any(place.endswith(e) and len(place) > len(e) for e in ends) else ""


def townships_notice(unified_path, county_dir):
    sources, places = {}, {}
    for p in [unified_path] + sorted(glob.glob(os.path.join(county_dir, "extension-*.yaml"))):
        c = load(p)
        sources[c["id"]] = {str(m["code"]): m for m in c["matters"]}
        places.setdefault(str(c.get("region", "")), place_in_title(c.get("title", "")))
    # The folder holds the townships' case files too: read like the rest, then left out.
    towns = [load(p) for p in sorted(glob.glob(os.path.join(county_dir, "townships", "*.yaml")))]
    towns = [t for t in towns if t.get("kind") == "township"]
    towns.sort(key=lambda t: str(t["region"]))
    county = str(towns[0]["county"])
    year = max(int(t["edition"]) for t in towns)
    parts = []
    issuers, documents, effective = [], [], None
    for t in towns:
        issuers.append(t.get("issuer", ""))
        documents.append(t.get("document", ""))
        if t.get("effective") and (effective is None or effective < t["effective"]):
            effective = t["effective"]
        rows, domains, penalties = [], [], True
        for e in t["matters"]:
            code = str(e["code"])
            found = None
            for sid in t.get("draws_from") or []:
                found = sources.get(sid, {}).get(code)
                if found:
                    break
            if found and not active(found):
                continue
            if found:
                d = found.get("domain", "")
                if d and d not in domains:
                    domains.append(d)
                if found.get("power") != "行政处罚":
                    penalties = False
                rows.append([str(len(rows) + 1), code, found["name"], d, found.get("township", "不下放"),
                             e.get("note", "")])  # the township's own, as encat-publish
            else:
                rows.append([str(len(rows) + 1), code, "", "", "", e.get("note", "")])
        same = next((p for p in parts if p["rows"] == rows), None)
        if same:
            same["towns"].append(township_name(t))
        else:
            parts.append({"towns": [township_name(t)], "rows": rows, "domains": domains, "penalties": penalties})

    def distinct(values):
        out = []
        for v in values:
            if v and v not in out:
                out.append(v)
        return "、".join(out)

    out_parts = []
    for p in parts:
        who = "%s等%d个乡镇（街道）" % ("、".join(p["towns"]), len(p["towns"])) if len(p["towns"]) > 1 else p["towns"][0]
        ds = p["domains"]
        what = "%s等%d个领域" % ("、".join(ds), len(ds)) if len(ds) > 1 else "%s领域" % "、".join(ds)
        para = "对%s，以其自身名义行使%s%d项%s。" % (who, what, len(p["rows"]), "行政处罚权" if p["penalties"] else "行政执法权")
        out_parts.append({"paragraph": para, "columns": COLUMNS["township"], "groups": [("", p["rows"])]})
    facts = [("发文机关", distinct(issuers)), ("文号", distinct(documents)), ("施行日期", effective and date_text(effective))]
    return {"title": "乡镇（街道）综合行政执法事项目录清单（%s，%d年）" % (places.get(county) or county, year),
            "facts": [(k, v) for k, v in facts if v], "parts": out_parts,
            "summary": "共 %d 个乡镇（街道），%d 份清单" % (len(towns), len(parts))}


def table_rows(notice):
    """The notice as the rows of encat's CSV layout, each marked with what it is."""
    width = len(notice["parts"][0]["columns"])
    pad = lambda row: row + [""] * (width - len(row))
    yield "title", pad([notice["title"]])
    if notice["facts"]:
        yield "facts", pad(["%s：%s" % kv for kv in notice["facts"]])
    for part in notice["parts"]:
        if part["paragraph"]:
            yield "paragraph", pad([part["paragraph"]])
        yield "header", part["columns"]
        for heading, rows in part["groups"]:
            if heading:
                yield "domain", pad([heading])
            for r in rows:
                yield "row", r
    yield "summary", pad([notice["summary"]])


def write_csv(notice, out):
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for _, row in table_rows(notice):
            w.writerow(row)


def write_xlsxwriter(notice, out):
    import xlsxwriter
    wb = xlsxwriter.Workbook(out, {"constant_memory": False})
    ws = wb.add_worksheet("公告表")
    title = wb.add_format({"bold": True, "font_size": 16, "align": "center", "valign": "vcenter"})
    head = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
    cell = wb.add_format({"border": 1, "valign": "top", "text_wrap": True})
    domain = wb.add_format({"bold": True, "border": 1})
    width = len(notice["parts"][0]["columns"])
    for c, w in enumerate([6, 16, 40, 36, 18, 60, 16][:width]):
        ws.set_column(c, c, w)
    r = 0
    for what, row in table_rows(notice):
        if what in ("title", "paragraph", "domain", "summary", "facts") and width > 1 and what != "facts":
            ws.merge_range(r, 0, r, width - 1, row[0], title if what == "title" else domain)
        elif what == "header":
            ws.write_row(r, 0, row, head)
            ws.freeze_panes(r + 1, 0)
            ws.repeat_rows(r)
        else:
            ws.write_row(r, 0, row, cell)
        r += 1
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    wb.close()


def write_openpyxl(notice, out):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "公告表"
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    width = len(notice["parts"][0]["columns"])
    r = 0
    for what, row in table_rows(notice):
        r += 1
        ws.append(row)
        if what in ("title", "paragraph", "domain", "summary") and width > 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
        if what == "header":
            for c in ws[r]:
                c.font = bold
            ws.freeze_panes = ws.cell(row=r + 1, column=1)
        elif what == "row":
            for c in ws[r]:
                c.alignment = wrap
    wb.save(out)


# --- import ----------------------------------------------------------------------

DOMAIN_ROW = re.compile(r"^[一二三四五六七八九十百]+、(.+?)（共\s*\d+\s*项）$")
LAW = re.compile(r"《([^》]+)》(.*)")
KEYS = {"事项代码": "code", "事项名称": "name", "法律依据": "basis", "划转范围": "scope", "具体职责边界": "boundary",
        "划出部门": "from", "执法领域": "domain", "下放类别": "township", "备注": "note", "职权类型": "power",
        "事项特征": "traits", "状态": "status"}


def read_rows(path):
    if path.endswith(".xlsx"):
        from openpyxl import load_workbook
        wb = load_workbook(path, read_only=True, data_only=True)
        for row in wb.worksheets[0].iter_rows(values_only=True):
            yield ["" if v is None else str(v) for v in row]
        wb.close()
    else:
        with open(path, encoding="utf-8-sig", newline="") as f:
            yield from csv.reader(f)


def import_table(path, out):
    header, domain, matters, title, facts = None, "", [], "", {}
    for row in read_rows(path):
        first = row[0].strip() if row else ""
        if header is None:
            if "事项代码" in row:
                header = [KEYS.get(h.strip()) for h in row]
            elif first and not title:
                title = first
            else:
                for c in row:
                    if "：" in c:
                        k, v = c.split("：", 1)
                        facts[k] = v
            continue
        rest = [c for c in row[1:] if c]
        if first and not rest:
            m = DOMAIN_ROW.match(first)
            if m:
                domain = m.group(1)
            continue  # a domain row or the summary
        m = {}
        for key, value in zip(header, row):
            if not key or not value:
                continue
            if key == "basis":
                basis = []
                for line in value.split("\n"):
                    lm = LAW.match(line)
                    law, arts = (lm.group(1), lm.group(2)) if lm else (line, "")
                    b = {"law": law}
                    if arts:
                        b["articles"] = arts.split("、")
                    basis.append(b)
                m["basis"] = basis
            elif key == "scope":
                if value.startswith("部分（") and value.endswith("）"):
                    m["scope"], m["scope_note"] = "部分", value[3:-1]
                else:
                    m["scope"] = value
            elif key in ("from", "traits"):
                m[key] = value.split("、")
            else:
                m[key] = value
        m.setdefault("domain", domain)
        matters.append(m)
    cat = {"kind": "unified", "id": "peer-import", "title": title, "issuer": facts.get("发文机关", ""),
           "document": facts.get("文号", ""), "matters": matters}
    with open(out, "w", encoding="utf-8") as f:
        yaml.dump(cat, f, Dumper=DUMPER, allow_unicode=True, sort_keys=False, width=1 << 30)
    return len(matters)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("job", choices=["catalog", "townships", "import"])
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--format", choices=["csv", "xlsx", "openpyxl"], default="csv")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--yaml", choices=["c", "py"], default="c")
    a = ap.parse_args()
    if a.yaml == "py":
        global LOADER, DUMPER
        LOADER, DUMPER = yaml.SafeLoader, yaml.SafeDumper
    if a.job == "import":
        n = import_table(a.inputs[0], a.output)
        print("peer_publish: %d matters read" % n)
        return
    notice = catalog_notice(load(a.inputs[0])) if a.job == "catalog" else townships_notice(a.inputs[0], a.inputs[1])
    {"csv": write_csv, "xlsx": write_xlsxwriter, "openpyxl": write_openpyxl}[a.format](notice, a.output)


if __name__ == "__main__":
    main()
