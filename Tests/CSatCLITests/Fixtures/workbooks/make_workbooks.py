#!/usr/bin/env python3
"""Workbooks for the error catalogue (docs/ERRORS.md, E1–E15), shaped like the catalogue's fixture wave
(Tests/CSatCLITests/Hardening/Fixture.swift: form, project, unit, …, q1, q2, q3, overall, c1).

    make_workbooks.py OUTDIR

  forms.xlsx            the fixture's four forms on sheet 问卷 (XlsxWriter)
  right-of-header.xlsx  the same with a value in column O of row 3, right of the header's last column (N)
  no-header.xlsx        one sheet of 40 note lines and no header row
  no-header-sheets.xlsx two sheets (说明, 备注), neither with a header row
  uncached.xlsx         the four forms by openpyxl, overall a formula with no saved value (openpyxl computes none)
  bad-xml.xlsx          forms.xlsx with its sheet's row 3 left unclosed (</c> missing)
  bomb.xlsx             a header, one form, then 40 MB of spaces: the sheet inflates 1,000 times its packed size
                        (a zip bomb's shape: only runs of one byte pack that tightly)
  long-roster.xlsx      a roster (project, unit, building, note) whose note holds 40,000 characters, more than
                        a cell may (written into the XML: Excel, openpyxl and XlsxWriter all refuse it)
"""
import io
import os
import sys
import zipfile

import openpyxl
import xlsxwriter

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
HEADER = "form,project,unit,building,surveyor,date,name,phone,signed,q1,q2,q3,overall,c1".split(",")
ROWS = [
    "F1,甲苑,1-101,1号楼,王敏,2026-06-15,张三丰,13800138000,是,5,4,4,9,停车难",
    "F2,甲苑,1-102,1号楼,王敏,2026-06-15,李四海,13900139000,是,4,满意,3,8,",
    "F3,乙苑,2-201,2号楼,李强,2026-06-16,王五洲,021-12345678,是,3,4,5,7,",
    "F4,乙苑,2-202,2号楼,李强,2026-06-16,赵六合,13700137000,,2,2,2,3,电梯坏了",
]
ROWS = [r.split(",") for r in ROWS]
import datetime
FIXED = datetime.datetime(2026, 6, 30)


def book(name, sheets):
    wb = xlsxwriter.Workbook(os.path.join(out, name))
    wb.set_properties({"created": FIXED})
    for title, rows in sheets:
        ws = wb.add_worksheet(title)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v == "":
                    continue
                if isinstance(v, str) and v.isdigit() and len(v) < 3:
                    ws.write_number(r, c, int(v))
                else:
                    ws.write_string(r, c, str(v))
    wb.close()


book("forms.xlsx", [("问卷", [HEADER] + ROWS)])
right = [HEADER] + [list(r) for r in ROWS]
right[2] = right[2] + ["多写的一格"]
book("right-of-header.xlsx", [("问卷", right)])
book("no-header.xlsx", [("Sheet1", [[f"第{i}行说明"] for i in range(1, 41)])])
book("no-header-sheets.xlsx", [("说明", [["请按说明填写"]]), ("备注", [["无"], ["（空白）"]])])

wb = openpyxl.Workbook()
wb.properties.created = wb.properties.modified = FIXED
ws = wb.active
ws.title = "问卷"
ws.append(HEADER)
for row in ROWS:
    cells = [int(v) if v.isdigit() and len(v) < 3 else (v or None) for v in row]
    cells[HEADER.index("overall")] = "=4+5"
    ws.append(cells)
wb.save(os.path.join(out, "uncached.xlsx"))


def rewrite(src, dst, edit):
    zin = zipfile.ZipFile(os.path.join(out, src))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = edit(data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 6, 30, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    open(os.path.join(out, dst), "wb").write(buf.getvalue())


def unclose(data):
    text = data.decode()
    i = text.index('<row r="3"')
    j = text.index("</c>", i)
    return (text[:j] + text[j + 4:]).encode()


rewrite("forms.xlsx", "bad-xml.xlsx", unclose)


def inline(v):
    return f'<c t="inlineStr"><is><t>{v}</t></is></c>'


def bomb(_):
    head = "<row>" + "".join(inline(h) for h in HEADER) + "</row>"
    form = "<row>" + "".join(inline(v) if not (v.isdigit() and len(v) < 3) else f"<c><v>{v}</v></c>" for v in ROWS[0]) + "</row>"
    body = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            "<sheetData>" + head + form + " " * (40 << 20) + "</sheetData></worksheet>")
    return body.encode()


rewrite("forms.xlsx", "bomb.xlsx", bomb)



def long_roster():
    # openpyxl and XlsxWriter both cut a cell to 32,767 characters: the long note is put into the
    # sheet's XML afterwards, in place of a short one.
    wb = openpyxl.Workbook()
    wb.properties.created = wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "户籍"
    ws.append(["project", "unit", "building", "note"])
    ws.append(["甲苑", "1-101", "1号楼", "NOTE"])
    wb.save(os.path.join(out, "long-roster-short.xlsx"))
    rewrite("long-roster-short.xlsx", "long-roster.xlsx", lambda d: d.replace(b"NOTE", ("长" * 40000).encode()))
    os.remove(os.path.join(out, "long-roster-short.xlsx"))


long_roster()
