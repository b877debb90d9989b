#!/usr/bin/python3
"""`encat-publish --format xlsx` read back by other readers (tests/xlsx.cmake).

Usage: readback.py TOOLS_DIR SOURCE_DIR CASE [CATALOGS]

A case publishes a notice of the sample province (catalogs/) as XLSX and as
CSV and checks the workbook with Debian's python3-openpyxl: every row holds
exactly the CSV's cells (a row the sheet merges over several cells: the same
texts in order), the title, domain, heading, paragraph and summary rows are
merged across the table, the header is bold with borders, frozen and repeated
on every printed page (print titles), the print area, A4 landscape fitted one
page wide, margins, the footer 第 &P 页 共 &N 页, the autofilter over the first
table, the document properties (against `--format json` of the same notice),
事项代码 cells of type string with the text format `@`, 序号 numbers, wrapped
top-aligned text and column widths within bounds. Debian's xlsx2csv must read
the same cells. The case `deterministic` publishes twice, with and without
SOURCE_DATE_EPOCH, and compares the bytes.

An adjustment notice (--changes-from) is a sheet per kind of change, named
after it (新增事项, 取消事项, …; 新增赋权事项, 收回赋权事项): each sheet holds the
CSV's title, facts and lead rows, its part's rows and the summary, and is
checked as above on its own (its header frozen and repeated, its print area,
page setup, footer and autofilter).

Run with Debian's /usr/bin/python3 (openpyxl is a Debian package, not in a
pyenv or venv python). Exit 77 (skipped) when openpyxl or xlsx2csv is missing.
"""
import csv
import datetime
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

try:
    import openpyxl
    from openpyxl.utils import get_column_letter
except ImportError:
    print("skipped: python3-openpyxl is not installed (apt-get install python3-openpyxl)")
    sys.exit(77)

CASES = {
    "unified-2022": ["--catalog", "zj-unified-2022"],
    "township": ["--catalog", "jiangshan-hecun-2022"],
    "townships-330881": ["--townships", "330881"],
    "changes-2021-2022": ["--catalog", "zj-unified-2022", "--changes-from", "zj-unified-2021"],
    "changes-township-hecun-2021-2022": ["--catalog", "jiangshan-hecun-2022", "--changes-from", "jiangshan-hecun-2021"],
    "unified-2022-full-all": ["--catalog", "zj-unified-2022", "--columns", "full", "--all"],
    "department": ["--catalog", "jiangshan-shengtaihuanjing-2021"],
    "supervision": ["--catalog", "jiangshan-supervision-2022"],
    "laws": ["--laws"],
    # On tests/fixtures/publish/laws (a laws register; a lenient list): the 4th argument.
    "laws-fixture": ["--laws"],
    "lenient": ["--catalog", "demo-county-lenient-2022"],
}
# The sheets of an adjustment notice, named after its kinds of change, in order.
SHEETS = {
    "changes-2021-2022": ["新增事项", "取消事项", "调整事项", "代码变更"],
    "changes-township-hecun-2021-2022": ["新增赋权事项", "收回赋权事项"],
}
CODE_LABELS = {"事项代码", "原事项代码", "新事项代码", "监管事项代码"}
FOOTER = "第 &P 页 共 &N 页"


class Failures(list):
    def check(self, ok, what):
        if not ok:
            self.append(what)
        return ok

    def equal(self, actual, expected, what):
        return self.check(actual == expected, f"{what}: {actual!r} != {expected!r}")


def publish(tools, catalogs, args, fmt, env=None, output=None):
    argv = [os.path.join(tools, "encat-publish"), catalogs, *args, "--format", fmt]
    if output:
        argv += ["-o", output]
    run = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                         env={**os.environ, "LC_ALL": "C.UTF-8", **(env or {})})
    if run.returncode != 0:
        sys.exit(f"{' '.join(argv)} exited {run.returncode}:\n{run.stderr.decode(errors='replace')}")
    return run.stdout


def text_of(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def trimmed(row):
    row = list(row)
    while row and row[-1] == "":
        row.pop()
    return row


def nonempty(row):
    return [t for t in row if t != ""]


def compare_rows(failures, reader, rows, expected, merged_rows):
    """rows: the reader's texts; merged_rows: 1-based rows holding a merged range."""
    failures.equal(len(rows), len(expected), f"{reader}: number of rows")
    for i, (got, want) in enumerate(zip(rows, expected), start=1):
        if i in merged_rows:
            failures.equal(nonempty(got), nonempty(want), f"{reader}: row {i}'s texts")
        else:
            failures.equal(trimmed(got), trimmed(want), f"{reader}: row {i}")


def sheets_of(expected, meta):
    """The sheets the workbook should have: [(name, rows)]. One sheet named after the notice with every row of
    the CSV; an adjustment notice (kind changes) a sheet per part named after its kind of change (新增事项 of
    一、新增事项（共 42 项）), each the CSV's rows before the first part (title, facts, lead), the part's rows and
    the summary."""
    name = meta["title"]
    if len(name) > 31 and name.endswith("）") and 0 < name.rfind("（") and len(name[:name.rfind("（")]) <= 31:
        name = name[:name.rfind("（")]
    parts = meta.get("parts", [])
    if meta["kind"] != "changes" or not parts:
        return [(name[:31], expected)]
    starts = []
    for part in parts:
        at = [i for i, r in enumerate(expected) if nonempty(r) == [part["heading"]]]
        assert len(at) == 1, f"the heading {part['heading']!r} is one row of the CSV"
        starts.append(at[0])
    assert starts == sorted(starts)
    out = []
    for k, first in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(expected) - 1
        heading = parts[k]["heading"]
        out.append((heading[heading.index("、") + 1:heading.rindex("（")],
                    expected[:starts[0]] + expected[first:end] + [expected[-1]]))
    return out


def check_workbook(failures, path, sheets, meta, created):
    wb = openpyxl.load_workbook(path)
    failures.equal(wb.sheetnames, [name for name, _ in sheets], "the sheets, by name")
    merged = []
    for name, expected in sheets:
        if name in wb.sheetnames:
            merged.append(check_sheet(Prefixed(failures, f"sheet {name}: "), wb[name], expected, meta))
    check_properties(failures, path, wb, meta, created)
    return merged


class Prefixed:
    """Failures of one sheet, each named by it."""

    def __init__(self, failures, prefix):
        self.failures, self.prefix = failures, prefix

    def check(self, ok, what):
        return self.failures.check(ok, self.prefix + what)

    def equal(self, actual, expected, what):
        return self.failures.equal(actual, expected, self.prefix + what)


def check_sheet(failures, ws, expected, meta):
    width = max(len(trimmed(r)) for r in expected)
    last_col = get_column_letter(width)
    merged = [m for m in ws.merged_cells.ranges]
    merged_rows = {m.min_row for m in merged}
    for m in merged:
        failures.equal(m.min_row, m.max_row, f"merged range {m} spans one row")

    rows = [[text_of(c.value) for c in r] for r in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=width)]
    compare_rows(failures, "openpyxl", rows, expected, merged_rows)

    # Rows of one text (title, lead, part headings, paragraphs, domain rows, summary): merged across the table.
    single = [i for i, r in enumerate(expected, start=1) if len(nonempty(r)) == 1 and r[0] != ""]
    full = {m.min_row for m in merged if m.min_col == 1 and m.max_col == width}
    failures.equal(sorted(full), single, "rows merged across the table (title, headings, paragraphs, domains, summary)")
    failures.check(1 in single, "the title is a merged row")
    failures.equal(ws.cell(1, 1).value, meta["title"], "the title cell")
    title_font = ws.cell(1, 1).font
    failures.check(title_font.b and title_font.sz >= 14, f"the title is large and bold ({title_font.sz})")
    failures.equal(ws.cell(1, 1).alignment.horizontal, "center", "the title is centred")
    headers = [i for i, r in enumerate(expected, start=1) if r and r[0] == "序号"]
    failures.check(bool(headers), "a header row")
    for h in headers:
        for c in range(1, len(trimmed(expected[h - 1])) + 1):
            cell = ws.cell(h, c)
            failures.check(cell.font.b, f"header cell {cell.coordinate} is bold")
            failures.check(cell.border.top.style == "thin" and cell.border.bottom.style == "thin",
                           f"header cell {cell.coordinate} has borders")
    domain = re.compile(r"^(（[一二三四五六七八九十百千]+）|[一二三四五六七八九十百千]+、).+（共 \d+ 项）$")
    part_headings = {p.get("heading") for p in meta.get("parts", [])}
    domain_rows = [i for i in single if domain.match(expected[i - 1][0]) and expected[i - 1][0] not in part_headings]
    # Flat tables (a township's domain is a column; the law guide's parts are levels, not domains).
    if meta["kind"] not in ("township", "townships", "supervision", "laws"):
        failures.check(domain_rows, "domain rows")
    for i in domain_rows:
        cell = ws.cell(i, 1)
        failures.check(cell.font.b and cell.fill.fill_type == "solid", f"domain row {i} is bold and shaded")

    # The first table: from its header to its last row (before the next part's heading and paragraph, or the summary).
    first = headers[0]
    if len(headers) > 1:
        end = headers[1] - 1
        while end > first and end in single:
            end -= 1
    else:
        end = len(expected) - 1
    failures.equal(ws.auto_filter.ref, f"A{first}:{last_col}{end}", "autofilter over the first table")
    same_columns = all(trimmed(expected[h - 1]) == trimmed(expected[first - 1]) for h in headers)
    failures.check(same_columns or meta["kind"] != "changes", "an adjustment notice's sheet has tables of one kind")
    if same_columns:
        failures.equal(ws.freeze_panes, f"A{first + 1}", "frozen below the header")
        failures.equal(ws.print_title_rows, f"${first}:${first}", "the header repeated on every printed page")
    else:  # parts of other columns: each part's own header names them, none is kept over all
        failures.equal(ws.freeze_panes, None, "no frozen header over tables of other columns")
        failures.equal(ws.print_title_rows, None, "no repeated header over tables of other columns")
    area = ws.print_area if isinstance(ws.print_area, str) else ",".join(ws.print_area)
    failures.equal(area, f"$A$1:${last_col}${len(expected)}", "print area")

    setup = ws.page_setup
    failures.equal(int(setup.paperSize), 9, "paper size (A4)")
    failures.equal(setup.orientation, "landscape", "orientation")
    failures.check(ws.sheet_properties.pageSetUpPr.fitToPage, "fit to page")
    # ECMA-376 §18.3.1.63: fitToWidth defaults to 1 (libxlsxwriter leaves the default out).
    failures.equal(int(setup.fitToWidth) if setup.fitToWidth is not None else 1, 1, "fit to one page wide")
    failures.equal(int(setup.fitToHeight), 0, "as many pages long as it takes")
    margins = ws.page_margins
    for side in ("left", "right", "top", "bottom"):
        value = getattr(margins, side)
        failures.check(0.3 <= value <= 1.0, f"{side} margin {value} in (0.3, 1.0) inches")
    failures.equal(ws.oddFooter.center.text, FOOTER, "footer")

    # Cells of the tables: codes text with the text format, 序号 numbers, text wrapped and top-aligned.
    header_at = {}
    checked = 0
    for i, r in enumerate(expected, start=1):
        if i in headers:
            header_at = {label: c for c, label in enumerate(trimmed(r), start=1)}
            continue
        if not header_at or i in single or i == len(expected) or i < first:
            continue
        for label, c in header_at.items():
            cell = ws.cell(i, c)
            if label in CODE_LABELS:
                if expected[i - 1][c - 1]:
                    failures.equal(cell.data_type, "s", f"{label} {cell.coordinate} is a string")
                failures.equal(cell.number_format, "@", f"{label} {cell.coordinate} has the text format")
            elif label == "序号":
                failures.equal(cell.data_type, "n", f"序号 {cell.coordinate} is a number")
            else:
                failures.check(cell.alignment.wrap_text, f"{label} {cell.coordinate} wraps")
                failures.equal(cell.alignment.vertical, "top", f"{label} {cell.coordinate} is top-aligned")
        checked += 1
    failures.check(checked > 0, "table rows checked")

    for c in range(1, width + 1):
        w = ws.column_dimensions[get_column_letter(c)].width
        failures.check(w is not None and 6 <= w <= 61, f"column {get_column_letter(c)} width {w} within 6..61")
    labels = {label: c for c, label in enumerate(trimmed(expected[first - 1]), start=1)}
    for label in ("法律依据", "具体职责边界", "事项名称"):
        if label in labels:
            w = ws.column_dimensions[get_column_letter(labels[label])].width
            failures.check(w >= 30, f"{label} is a wide column ({w})")
    return merged_rows


def check_properties(failures, path, wb, meta, created):
    props = wb.properties
    failures.equal(props.title, meta["title"], "document title")
    failures.equal(props.creator or "", meta["issuer"], "document author (the issuer; none: the law guide)")
    failures.check(props.subject, "document subject")
    failures.check(meta["catalog"] in (props.keywords or ""), f"keywords {props.keywords!r} name the catalog")
    if meta["document"]:
        failures.check(meta["document"] in (props.keywords or ""), f"keywords {props.keywords!r} name the 文号")
    failures.equal(props.created, created, "created")
    with zipfile.ZipFile(path) as z:
        app = z.read("docProps/app.xml").decode()
    failures.check(f"<Company>{meta['issuer']}</Company>" in app, "company (the issuer) in docProps/app.xml")


def check_xlsx2csv(failures, path, sheets, merged):
    if not shutil.which("xlsx2csv"):
        print("skipped: xlsx2csv is not installed (apt-get install xlsx2csv)")
        sys.exit(77)
    for number, ((name, expected), merged_rows) in enumerate(zip(sheets, merged), start=1):
        run = subprocess.run(["xlsx2csv", "-s", str(number), path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if not failures.check(run.returncode == 0, f"xlsx2csv exited {run.returncode}: {run.stderr.decode()}"):
            return
        rows = list(csv.reader(io.StringIO(run.stdout.decode("utf-8"), newline="")))
        compare_rows(failures, f"xlsx2csv, sheet {name}", rows, expected, merged_rows)


def midnight(date):
    return datetime.datetime.strptime(date, "%Y-%m-%d") if date else datetime.datetime(1980, 1, 1)


def core_created(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return re.search(r"<dcterms:created[^>]*>([^<]*)<", z.read("docProps/core.xml").decode()).group(1)


def parts_of(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


def deterministic(failures, tools, catalogs, work):
    for args in (CASES["unified-2022"], CASES["townships-330881"]):
        first = publish(tools, catalogs, args, "xlsx")
        again = publish(tools, catalogs, args, "xlsx")
        failures.check(first == again, f"{args}: two runs give the same bytes")
        written = os.path.join(work, "notice.xlsx")
        publish(tools, catalogs, args, "xlsx", output=written)
        with open(written, "rb") as f:
            failures.check(f.read() == first, f"{args}: -o writes the bytes standard output gets")
        epoch = {"SOURCE_DATE_EPOCH": "1700000000"}
        dated = publish(tools, catalogs, args, "xlsx", env=epoch)
        failures.check(dated == publish(tools, catalogs, args, "xlsx", env=epoch),
                       f"{args}: two runs with SOURCE_DATE_EPOCH give the same bytes")
        failures.check(dated != first, f"{args}: SOURCE_DATE_EPOCH changes the creation time")
        failures.equal(core_created(dated), "2023-11-14T22:13:20Z", f"{args}: created from SOURCE_DATE_EPOCH")
        a, b = parts_of(first), parts_of(dated)
        failures.equal(sorted(a), sorted(b), f"{args}: the same parts")
        failures.equal(sorted(n for n in a if a[n] != b.get(n)), ["docProps/core.xml"],
                       f"{args}: only the creation time differs")
    failures.equal(core_created(publish(tools, catalogs, CASES["unified-2022"], "xlsx")), "2022-07-01T00:00:00Z",
                   "created: the effective date at 00:00 UTC")


def main():
    tools, source, case = sys.argv[1], sys.argv[2], sys.argv[3]
    catalogs = os.path.join(source, sys.argv[4] if len(sys.argv) > 4 else "catalogs")
    failures = Failures()
    with tempfile.TemporaryDirectory(prefix="encat-xlsx-") as work:
        if case == "deterministic":
            deterministic(failures, tools, catalogs, work)
        else:
            args = CASES[case]
            path = os.path.join(work, "notice.xlsx")
            publish(tools, catalogs, args, "xlsx", output=path)
            expected = list(csv.reader(io.StringIO(publish(tools, catalogs, args, "csv").decode("utf-8"), newline="")))
            meta = json.loads(publish(tools, catalogs, args, "json"))
            sheets = sheets_of(expected, meta)
            if meta["kind"] == "changes":  # a sheet per kind of change, each with its own header frozen and repeated
                failures.equal(len(sheets), len(meta["parts"]), "a sheet per part")
            if case in SHEETS:
                failures.equal([name for name, _ in sheets], SHEETS[case], "the sheets, named after the kinds of change")
            merged = check_workbook(failures, path, sheets, meta, midnight(meta.get("effective")))
            check_xlsx2csv(failures, path, sheets, merged)
    for failure in failures:
        print(failure)
    if not failures:
        print(f"{case}: ok")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
