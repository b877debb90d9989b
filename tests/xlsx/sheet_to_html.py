#!/usr/bin/python3
"""Draws an .xlsx's first sheet as an HTML table, to look at a workbook where
no spreadsheet program is installed (no LibreOffice here): merged cells as
colspans, column widths (an Excel unit taken as 7.5 px), bold, font size,
fill, borders, wrapping, alignment, row heights, and a line under the frozen
rows; the print setup and properties in a caption. Not a test: for a person.

  /usr/bin/python3 tests/xlsx/sheet_to_html.py notice.xlsx > notice.html
  chromium --headless --screenshot=notice.png --window-size=1600,1200 notice.html
"""
import html
import sys

import openpyxl
from openpyxl.utils import get_column_letter, range_boundaries

UNIT_PX = 7.5


def style_of(cell, width_px):
    css = []
    font = cell.font
    if font.b:
        css.append("font-weight:bold")
    if font.sz:
        css.append(f"font-size:{font.sz * 4 / 3:.1f}px")
    if cell.fill.fill_type == "solid":
        css.append(f"background:#{cell.fill.fgColor.rgb[-6:]}")
    if cell.border.top.style:
        css.append("border:1px solid #444")
    align = cell.alignment
    css.append(f"text-align:{align.horizontal or ('right' if cell.data_type == 'n' else 'left')}")
    css.append(f"vertical-align:{ {'center': 'middle'}.get(align.vertical, align.vertical or 'bottom') }")
    css.append("white-space:pre-wrap" if align.wrap_text else "white-space:pre;overflow:hidden")
    css.append(f"width:{width_px:.0f}px;max-width:{width_px:.0f}px")
    return ";".join(css)


def main():
    wb = openpyxl.load_workbook(sys.argv[1])
    ws = wb.worksheets[0]
    widths = [(ws.column_dimensions[get_column_letter(c)].width or 8.43) * UNIT_PX for c in range(1, ws.max_column + 1)]
    spans, hidden = {}, set()
    for m in ws.merged_cells.ranges:
        c1, r1, c2, r2 = range_boundaries(str(m))
        spans[(r1, c1)] = c2 - c1 + 1
        hidden.update((r1, c) for c in range(c1 + 1, c2 + 1))
    frozen = ws.freeze_panes
    frozen_row = int(frozen[1:]) - 1 if frozen else 0
    out = ["<!doctype html><meta charset=utf-8><style>body{font-family:'Noto Sans CJK SC',sans-serif;font-size:14.7px}"
           "table{border-collapse:collapse;table-layout:fixed}td{padding:1px 3px;overflow:hidden}"
           "caption{text-align:left;color:#555;padding:4px}</style><table>"]
    setup = ws.page_setup
    props = wb.properties
    out.append(f"<caption>sheet {html.escape(ws.title)} · print titles {ws.print_title_rows} · area {ws.print_area} · "
               f"paper {setup.paperSize} {setup.orientation} fit {setup.fitToWidth or 1}×{setup.fitToHeight} · "
               f"freeze {frozen} · filter {ws.auto_filter.ref} · footer {html.escape(ws.oddFooter.center.text or '')} · "
               f"{html.escape(props.creator or '')} {props.created}</caption>")
    for r in range(1, ws.max_row + 1):
        height = ws.row_dimensions[r].height
        line = "border-bottom:3px solid #c00;" if r == frozen_row else ""
        out.append(f"<tr style='{line}{f'height:{height * 4 / 3:.0f}px' if height else ''}'>")
        for c in range(1, ws.max_column + 1):
            if (r, c) in hidden:
                continue
            cell = ws.cell(r, c)
            span = spans.get((r, c), 1)
            width = sum(widths[c - 1:c - 1 + span])
            value = "" if cell.value is None else str(cell.value)
            out.append(f"<td colspan={span} style='{style_of(cell, width)}'>{html.escape(value)}</td>")
        out.append("</tr>")
    out.append("</table>")
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
