#!/usr/bin/env python3
"""Writes the XLSX reader's fixtures and, for each, expected/NAME.json: the cells a reader must give.

    make_xlsx.py            writes every fixture and expected file into this folder (run it from anywhere)
    make_xlsx.py --check    reads every fixture back with openpyxl and python-calamine and prints where
                            either disagrees with expected/ (a second reading: never a source of expected)
    make_xlsx.py --bomb DIR writes the zip bombs (too big to commit) into DIR

Expected values come from what was given to the writer (the Python values below), never from reading a
file back. Writers: XlsxWriter 3.3.1, openpyxl 3.1.5, LibreOffice 7.4 (`soffice --headless
--convert-to`), msoffcrypto-tool 6.1 (encryption) and, for files no writer makes, zipfile by hand ("hand").

Expected format (as the shared XLSX conformance cases' README, plus these decisions; see README.md here):
  {"sheet": NAME, "rows": [[cell, ...], ...]}  rows from row 1; an empty row between rows is [];
  trailing empty cells and trailing empty rows are dropped; a cell is null, a number, a string,
  true/false, {"date": "YYYY-MM-DDTHH:MM:SS"} or {"error": "#N/A"}.
  - a time-only cell (serial below 1) is a date on day 0 of its system: 1899-12-30 (1900 system, the
    OLE Automation day 0 that VBA and COM give) or 1904-01-01 (1904 system);
  - serials 1-59 in the 1900 system are Excel's dates (1 = 1900-01-01), not epoch + serial;
  - a date cell's value is its whole serial, whatever the format shows (46191.5 as m/d/yyyy is 12:00:00);
  - a formula with no cached value is null (a reader does not calculate);
  - cells covered by a merge are null (only the top-left holds the value); "merged" lists the ranges;
  - an empty string is an empty cell (null);
  - optional keys: "merged": [...], "sheets": [{"name", "state"}] (every sheet in workbook order),
    "date1904": true.
  Hostile files: expected/NAME.json is {"error": "<kind of refusal>"}: the reader must exit 2 with a
  clear message naming the file, never crash, hang or use unbounded memory.
"""
import datetime
import hashlib
import io
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = os.path.join(HERE, "expected")
SOURCES = os.path.join(HERE, "sources")
FIXED = datetime.datetime(2026, 6, 30, 0, 0, 0)
EPOCH_1900 = datetime.datetime(1899, 12, 30)
EPOCH_1904 = datetime.datetime(1904, 1, 1)

NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


# ---------------------------------------------------------------------------------------------- expected


def D(v, system=1900):
    """The expected cell of a date, date-time or time given to a writer."""
    if isinstance(v, datetime.datetime):
        return {"date": v.strftime("%Y-%m-%dT%H:%M:%S")}
    if isinstance(v, datetime.date):
        return {"date": v.strftime("%Y-%m-%dT00:00:00")}
    if isinstance(v, datetime.time):
        day0 = EPOCH_1900 if system == 1900 else EPOCH_1904
        return {"date": datetime.datetime.combine(day0.date(), v).strftime("%Y-%m-%dT%H:%M:%S")}
    raise TypeError(v)


def E(code):
    return {"error": code}


def trim(rows):
    """Drops trailing empty cells and trailing empty rows (the expected format's rule)."""
    out = []
    for r in rows:
        r = list(r)
        while r and (r[-1] is None or r[-1] == ""):
            r.pop()
        out.append([None if c == "" else c for c in r])
    while out and not out[-1]:
        out.pop()
    return out


def grid(cells):
    """{(row0, col0): value} -> rows (0-based coordinates, as XlsxWriter's)."""
    if not cells:
        return []
    nrows = max(r for r, _ in cells) + 1
    rows = []
    for r in range(nrows):
        cols = [c for rr, c in cells if rr == r]
        row = [None] * (max(cols) + 1 if cols else 0)
        for c in cols:
            row[c] = cells[(r, c)]
        rows.append(row)
    return trim(rows)


def dump_expected(name, doc):
    """One row a line: readable diffs, no 700-line wide rows."""
    os.makedirs(EXPECTED, exist_ok=True)
    lines = ["{"]
    keys = list(doc)
    for i, k in enumerate(keys):
        comma = "," if i < len(keys) - 1 else ""
        v = doc[k]
        if k == "rows":
            lines.append(' "rows": [')
            for j, r in enumerate(v):
                lines.append("  " + json.dumps(r, ensure_ascii=False) + ("," if j < len(v) - 1 else ""))
            lines.append(" ]" + comma)
        else:
            lines.append(" " + json.dumps(k) + ": " + json.dumps(v, ensure_ascii=False) + comma)
    lines.append("}")
    with open(os.path.join(EXPECTED, name + ".json"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def expect(file, sheet, rows, **extra):
    doc = {"sheet": sheet, "rows": trim(rows)}
    doc.update(extra)
    dump_expected(os.path.splitext(file)[0], doc)


def refuse(file, kind):
    dump_expected(os.path.splitext(file)[0], {"error": kind})


# ---------------------------------------------------------------------------------------------- zips


def fix_zip_times(path):
    """Sets every entry's DOS time to 1980-01-01 00:00 in place (local and central headers), leaving the
    writer's zip otherwise byte for byte (LibreOffice's data descriptors, flags, order)."""
    data = bytearray(open(path, "rb").read())
    eocd = data.rfind(b"PK\x05\x06")
    count, _, cd_offset = struct.unpack_from("<HII", data, eocd + 10)
    p = cd_offset
    for _ in range(count):
        assert data[p:p + 4] == b"PK\x01\x02"
        struct.pack_into("<HH", data, p + 12, 0, 0x21)
        n, m, k = struct.unpack_from("<HHH", data, p + 28)
        local = struct.unpack_from("<I", data, p + 42)[0]
        assert data[local:local + 4] == b"PK\x03\x04"
        struct.pack_into("<HH", data, local + 10, 0, 0x21)
        p += 46 + n + m + k
    open(path, "wb").write(bytes(data))


def write_zip(path, parts):
    """A zip of (name, bytes) parts, deflated, with fixed times (the hand-made packages)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))


def package_parts(sheets, sst=None, styles=None, date1904=False, workbook=None, rels=None):
    """The parts of a minimal valid package: sheets is [(name, sheet_xml)]."""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    for i, _ in enumerate(sheets, 1):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    if sst is not None:
        ct.append('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
    if styles is not None:
        ct.append('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>')
    ct.append("</Types>")
    root_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{NS_PKG_REL}">'
                 f'<Relationship Id="rId1" Type="{NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    if workbook is None:
        pr = '<workbookPr date1904="1"/>' if date1904 else ""
        sh = "".join(f'<sheet name="{n}" sheetId="{i}" r:id="rId{i}"/>' for i, (n, _) in enumerate(sheets, 1))
        workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{NS_MAIN}" '
                    f'xmlns:r="{NS_REL}">{pr}<sheets>{sh}</sheets></workbook>')
    if rels is None:
        rl = [f'<Relationship Id="rId{i}" Type="{NS_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
              for i, _ in enumerate(sheets, 1)]
        n = len(sheets)
        if sst is not None:
            n += 1
            rl.append(f'<Relationship Id="rId{n}" Type="{NS_REL}/sharedStrings" Target="sharedStrings.xml"/>')
        if styles is not None:
            n += 1
            rl.append(f'<Relationship Id="rId{n}" Type="{NS_REL}/styles" Target="styles.xml"/>')
        rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{NS_PKG_REL}">'
                + "".join(rl) + "</Relationships>")
    parts = [("[Content_Types].xml", "".join(ct)), ("_rels/.rels", root_rels), ("xl/workbook.xml", workbook),
             ("xl/_rels/workbook.xml.rels", rels)]
    for i, (_, xml) in enumerate(sheets, 1):
        parts.append((f"xl/worksheets/sheet{i}.xml", xml))
    if sst is not None:
        parts.append(("xl/sharedStrings.xml", sst))
    if styles is not None:
        parts.append(("xl/styles.xml", styles))
    return parts


def sheet_xml(body, prefix=""):
    p = prefix + ":" if prefix else ""
    xmlns = f'xmlns:{prefix}="{NS_MAIN}"' if prefix else f'xmlns="{NS_MAIN}"'
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><{p}worksheet {xmlns}>'
            f"<{p}sheetData>{body}</{p}sheetData></{p}worksheet>")


def sst_xml(items, prefix=""):
    p = prefix + ":" if prefix else ""
    xmlns = f'xmlns:{prefix}="{NS_MAIN}"' if prefix else f'xmlns="{NS_MAIN}"'
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><{p}sst {xmlns} count="{len(items)}" '
            f'uniqueCount="{len(items)}">' + "".join(items) + f"</{p}sst>")


def styles_xml(fmts, prefix=""):
    """cellXfs: index 0 General, then one xf per numFmtId in fmts ({id: code or None for a built-in})."""
    p = prefix + ":" if prefix else ""
    xmlns = f'xmlns:{prefix}="{NS_MAIN}"' if prefix else f'xmlns="{NS_MAIN}"'
    custom = [(i, c) for i, c in fmts if c is not None]
    nf = ""
    if custom:
        nf = f'<{p}numFmts count="{len(custom)}">' + "".join(
            f'<{p}numFmt numFmtId="{i}" formatCode="{xml_attr(c)}"/>' for i, c in custom) + f"</{p}numFmts>"
    xfs = [f'<{p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'] + [
        f'<{p}xf numFmtId="{i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        for i, _ in fmts]
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><{p}styleSheet {xmlns}>{nf}'
            f'<{p}fonts count="1"><{p}font><{p}sz val="11"/><{p}name val="Calibri"/></{p}font></{p}fonts>'
            f'<{p}fills count="1"><{p}fill><{p}patternFill patternType="none"/></{p}fill></{p}fills>'
            f'<{p}borders count="1"><{p}border/></{p}borders>'
            f'<{p}cellStyleXfs count="1"><{p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></{p}cellStyleXfs>'
            f'<{p}cellXfs count="{len(xfs)}">' + "".join(xfs) + f"</{p}cellXfs></{p}styleSheet>")


def xml_attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


def soffice(src, fmt, outdir, infilter=None):
    """LibreOffice conversion; a private profile so a running LibreOffice or a stale lock does not matter."""
    profile = tempfile.mkdtemp(prefix="csat-lo-profile-")
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", fmt, "--outdir", outdir, src]
    try:
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])
    assert os.path.exists(out), f"soffice did not write {out}"
    return out


# ---------------------------------------------------------------------------------------------- XlsxWriter

import xlsxwriter  # noqa: E402


def xw_book(name, **options):
    book = xlsxwriter.Workbook(os.path.join(HERE, name), options)
    book.set_properties({"created": FIXED})
    return book


def xw_values():
    name = "xlsxwriter-values.xlsx"
    book = xw_book(name)
    sh = book.add_worksheet("Sheet1")
    cases = [
        ("integer", 42),
        ("negative float", -3.25),
        ("small float", 0.0015),
        ("phone as number", 13912345678),
        ("phone as text", "13912345678"),
        ("id card as text", "110101199003071234"),
        ("leading zeros", "007"),
        ("room with leading zero", "01-0101"),
        ("number-looking text", "1e3"),
        ("chinese", "锦程花园 3栋"),
        ("emoji outside the BMP", "很满意😀👍🏻"),
        ("xml specials", "A&B <c> \"d\" 'e'"),
        ("leading and trailing spaces", "  两头有空格  "),
        ("newline", "第一行\n第二行"),
        ("CR LF (XlsxWriter writes _x000D_)", "a\r\nb"),
        ("control character (_x0001_)", "x\x01y"),
        ("literal _x0041_ (XlsxWriter escapes it _x005F_)", "_x0041_"),
        ("true", True),
        ("false", False),
    ]
    rows = [["case", "value"]]
    sh.write_row(0, 0, rows[0])
    r = 1
    for label, v in cases:
        sh.write_string(r, 0, label)
        if isinstance(v, bool):
            sh.write_boolean(r, 1, v)
        elif isinstance(v, str):
            sh.write_string(r, 1, v)
        else:
            sh.write_number(r, 1, v)
        rows.append([label, v])
        r += 1
    formulas = [
        ("formula number", "=2+3", 5),
        ("formula string", '="满"&"意"', "满意"),
        ("formula #N/A", "=NA()", "#N/A"),
        ("formula #DIV/0!", "=1/0", "#DIV/0!"),
        ("formula boolean", "=1>0", True),
        ("formula empty string", '=""', ""),
    ]
    for label, f, v in formulas:
        sh.write_string(r, 0, label)
        sh.write_formula(r, 1, f, None, v)
        rows.append([label, E(v) if isinstance(v, str) and v.startswith("#") else v])
        r += 1
    book.close()
    expect(name, "Sheet1", rows)


# Number formats: (format given to the writer, value, is a date). A format is given as a string, or as a
# built-in index (XlsxWriter writes the index and no <numFmt>: the reader must know the built-ins).
DATE_CASES = [
    ("yyyy-mm-dd", datetime.date(2026, 6, 18)),
    ("yyyy/m/d h:mm", datetime.datetime(2026, 6, 18, 10, 23)),
    ("yyyy/m/d h:mm:ss", datetime.datetime(2026, 6, 18, 23, 59, 59)),
    ("yyyy/m/d h:mm:ss", datetime.datetime(2026, 6, 19, 10, 23, 11)),
    ("m/d/yy", datetime.date(2026, 1, 5)),
    ('[$-804]yyyy"年"m"月"d"日"', datetime.date(2026, 6, 18)),
    ('yyyy"年"m"月"', datetime.date(2026, 7, 1)),
    ("mmm d, yyyy", datetime.date(2026, 3, 1)),
    ("dd/mm/yyyy hh:mm", datetime.datetime(2026, 12, 31, 0, 0)),
    ("[$-F800]dddd, mmmm dd, yyyy", datetime.date(2026, 2, 28)),
    ("hh:mm:ss", datetime.time(8, 30, 15)),
    ("h:mm AM/PM", datetime.time(14, 5)),
    (14, datetime.date(2026, 6, 30)),
    (22, datetime.datetime(2026, 6, 30, 18, 45, 30)),
    (45, datetime.time(0, 12, 34)),
    (31, datetime.date(2026, 7, 2)),  # zh-CN built-in yyyy"年"m"月"d"日" (Excel's 27-36, 50-58 are dates in East Asian locales)
]
NUMBER_CASES = [
    ("General", 2.5),
    ("0.00", 3.14159),
    ("#,##0", 1234567),
    ("0%", 0.875),
    ('0 "days"', 12),
    ("0\\d", 7),
    ("[Red]0.00", -5.5),
    ("[Blue]#,##0;[Red]-#,##0", -1200),
    ("0.00E+00", 12345.678),
    ("# ?/?", 0.75),
    ("@", 20260618),
    ("[$¥-804]#,##0.00", 1999.5),
    ('"Today is" 0', 3),
    ('"yyyy-mm-dd" 0', 4),
    (10, 0.25),  # built-in 0.00%
    (3, 98765),  # built-in #,##0
]


def xw_dates():
    name = "xlsxwriter-dates.xlsx"
    book = xw_book(name)
    sh = book.add_worksheet("Sheet1")
    rows = [["format", "value", "kind"]]
    sh.write_row(0, 0, rows[0])
    r = 1
    for fmt, v in DATE_CASES + NUMBER_CASES:
        f = book.add_format({"num_format": fmt})
        sh.write_string(r, 0, fmt if isinstance(fmt, str) else f"built-in {fmt}")
        is_date = isinstance(v, (datetime.date, datetime.time))
        if is_date:
            sh.write_datetime(r, 1, v, f)
        else:
            sh.write_number(r, 1, v, f)
        sh.write_string(r, 2, "date" if is_date else "number")
        rows.append([fmt if isinstance(fmt, str) else f"built-in {fmt}", D(v) if is_date else v,
                     "date" if is_date else "number"])
        r += 1
    book.close()
    expect(name, "Sheet1", rows)


def write_value(sh, r, c, v):
    """A cell as XlsxWriter writes its kind: text as a string, a number as a number, None not at all."""
    if isinstance(v, str):
        sh.write_string(r, c, v)
    elif v is not None:
        sh.write_number(r, c, v)


def xw_dates_1900_edge():
    """Excel counts 1900-02-29, a day that did not exist: serials 1-59 are one day off epoch + serial."""
    name = "xlsxwriter-dates-1900-edge.xlsx"
    book = xw_book(name)
    sh = book.add_worksheet("Sheet1")
    f = book.add_format({"num_format": "yyyy-mm-dd"})
    values = [datetime.date(1900, 1, 1), datetime.date(1900, 2, 28), datetime.date(1900, 3, 1),
              datetime.datetime(1900, 1, 2, 12, 0, 0)]  # not 1900-01-01 12:00: XlsxWriter writes that as a time (0.5)
    rows = [["date"]]
    sh.write_string(0, 0, "date")
    for i, v in enumerate(values, 1):
        sh.write_datetime(i, 0, v, f)
        rows.append([D(v)])
    book.close()
    expect(name, "Sheet1", rows)


def xw_1904():
    name = "xlsxwriter-1904.xlsx"
    book = xw_book(name, date_1904=True)
    sh = book.add_worksheet("Sheet1")
    cases = [("yyyy-mm-dd", datetime.date(2026, 6, 18)),
             ("yyyy/m/d h:mm:ss", datetime.datetime(2026, 6, 18, 10, 23, 11)),
             ("yyyy-mm-dd", datetime.date(1904, 1, 2)),
             ("hh:mm:ss", datetime.time(8, 30, 15)),
             ("0.00", 46000)]  # a plain number in a 1904 book: not shifted
    rows = [["format", "value"]]
    sh.write_row(0, 0, rows[0])
    for i, (fmt, v) in enumerate(cases, 1):
        sh.write_string(i, 0, fmt)
        if isinstance(v, (datetime.date, datetime.time)):
            sh.write_datetime(i, 1, v, book.add_format({"num_format": fmt}))
            rows.append([fmt, D(v, 1904)])
        else:
            sh.write_number(i, 1, v, book.add_format({"num_format": fmt}))
            rows.append([fmt, v])
    book.close()
    expect(name, "Sheet1", rows, date1904=True)


def xw_inline():
    """constant_memory: every string an inline string (t="inlineStr"), rows written in order."""
    name = "xlsxwriter-inline.xlsx"
    book = xw_book(name, constant_memory=True)
    sh = book.add_worksheet("二期 数据")
    data = [
        ["房号", "评价", "备注"],
        ["01-0101", "非常满意", "  前后有空格  "],
        ["01-0102", "满意", "第一行\n第二行"],
        ["007", "一般", "A&B <c> \"d\" 'e' 😀"],
        ["01-0104", None, "a\r\nb"],
        ["01-0105", "不满意", 13912345678],
    ]
    for r, row in enumerate(data):
        for c, v in enumerate(row):
            write_value(sh, r, c, v)
    book.close()
    expect(name, "二期 数据", data)


def xw_sparse_wide():
    name = "xlsxwriter-sparse-wide.xlsx"
    book = xw_book(name)
    sh = book.add_worksheet("Sheet1")
    blank = book.add_format({"bg_color": "#FFFF00"})
    cells = {}

    def put(r, c, v):
        cells[(r, c)] = v
        write_value(sh, r, c, v)

    put(0, 0, "a")
    put(0, 2, "c")                 # B1 missing
    put(2, 0, 1)                   # row 2 missing
    put(2, 3, 4)
    put(5, 27, "AB6")              # rows 4-5 missing; AB = column 28
    put(6, 0, "A7")
    put(6, 702, "AAA7")            # AAA = column 703
    sh.write_blank(7, 0, None, blank)   # a formatted empty cell: still empty
    put(7, 2, "C8")
    sh.write_blank(8, 1, None, blank)   # a row of formatted empty cells only: []
    put(9, 0, "end")
    sh.write_blank(10, 0, None, blank)  # trailing formatted empty cell: row dropped
    sh.set_row(11, 30)                  # trailing row with a height and no cells: dropped
    book.close()
    expect(name, "Sheet1", grid(cells))


def xw_merged():
    name = "xlsxwriter-merged.xlsx"
    book = xw_book(name)
    sh = book.add_worksheet("Sheet1")
    title = book.add_format({"bold": True, "align": "center"})
    sh.merge_range("A1:E1", "2026年上半年业主满意度调查", title)
    header = ["项目", "楼栋", "房号", "q1", "q2"]
    sh.write_row(1, 0, header)
    sh.merge_range("A3:A5", "锦程花园", None)     # vertical merge in the data area
    sh.merge_range("B3:B4", "1栋", None)
    sh.write_string(4, 1, "2栋")
    sh.write_string(2, 2, "1-101")
    sh.write_string(3, 2, "1-102")
    sh.write_string(4, 2, "2-201")
    sh.write_number(2, 3, 5)
    sh.write_number(2, 4, 4)
    sh.merge_range("D4:E4", 3, None)             # one answer spread over two columns
    sh.write_number(4, 3, 1)
    sh.write_number(4, 4, 2)
    book.close()
    rows = [["2026年上半年业主满意度调查"], header,
            ["锦程花园", "1栋", "1-101", 5, 4],
            [None, None, "1-102", 3, None],
            [None, "2栋", "2-201", 1, 2]]
    expect(name, "Sheet1", rows, merged=["A1:E1", "A3:A5", "B3:B4", "D4:E4"])


# ---------------------------------------------------------------------------------------------- 问卷星

WJX_META = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP"]
WJX_QUESTIONS = ["1、项目", "2、房号", "3、前台接待人员的服务态度", "4、报修处理的及时性", "5、保安巡逻",
                 "6、您对物业服务还有哪些意见和建议?"]
WJX_FORMS = [
    (datetime.datetime(2026, 6, 15, 10, 23, 11), 187, "锦程花园", "01-0101", "非常满意", "满意", "满意", "停车难"),
    (datetime.datetime(2026, 6, 15, 11, 2, 45), 95, "锦程花园", "01-0102", "满意", "(跳过)", "一般", "(跳过)"),
    (datetime.datetime(2026, 6, 16, 9, 15, 0), 301, "锦程花园", "02-0201", "一般", "不满意", "非常不满意",
     "电梯经常坏，\"车位\"不够"),
    (datetime.datetime(2026, 6, 16, 21, 40, 31), 64, "翠湖苑", "007", "非常不满意", "非常满意", "满意", "(跳过)"),
    (datetime.datetime(2026, 6, 17, 8, 1, 59), 122, "翠湖苑", "12-1201", "满意", "满意", "(跳过)", "无"),
]


def wjx_rows():
    rows = [WJX_META + WJX_QUESTIONS]
    for i, f in enumerate(WJX_FORMS):
        rows.append([i + 1, f[0], f"{f[1]}秒", "手机提交", "直接访问", f"113.87.{i + 10}.{i * 7 + 3}(广东-深圳)"]
                    + list(f[2:]))
    return rows


def xw_wjx():
    name = "xlsxwriter-wjx.xlsx"
    book = xw_book(name)
    sh = book.add_worksheet("Sheet1")
    when = book.add_format({"num_format": "yyyy/m/d h:mm:ss"})
    rows = wjx_rows()
    sh.write_row(0, 0, rows[0])
    for r, row in enumerate(rows[1:], 1):
        sh.write_number(r, 0, row[0])
        sh.write_datetime(r, 1, row[1], when)
        for c, v in enumerate(row[2:], 2):
            sh.write_string(r, c, v)
    book.close()
    expect(name, "Sheet1", [rows[0]] + [[r[0], D(r[1])] + r[2:] for r in rows[1:]])


def lo_wjx(tmp):
    """问卷星's CSV download as Excel on Chinese Windows saves it (GB18030, CRLF), opened and saved as .xlsx by
    LibreOffice: 提交答卷时间 detected as a date-time ("detect special numbers"), 房号 imported as text."""
    os.makedirs(SOURCES, exist_ok=True)
    csv_path = os.path.join(SOURCES, "wjx-gb18030.csv")
    rows = wjx_rows()

    def q(v):
        v = str(v)
        return '"' + v.replace('"', '""') + '"' if any(ch in v for ch in ',"\n') else v

    lines = [",".join(q(v) for v in rows[0])]
    for r in rows[1:]:
        lines.append(",".join(q(v) for v in [r[0], f"{r[1].year}/{r[1].month}/{r[1].day} {r[1]:%H:%M:%S}"] + r[2:]))
    open(csv_path, "wb").write(("\r\n".join(lines) + "\r\n").encode("gb18030"))
    src = os.path.join(tmp, "lo-wjx.csv")
    shutil.copy(csv_path, src)
    # CSV filter: comma, double quote, charset 85 (RTL_TEXTENCODING_GB_18030), from line 1, column 8 (房号) as
    # text (2), language 2052 (zh-CN), quoted fields not forced to text, detect special numbers (dates).
    out = soffice(src, "xlsx", tmp, infilter="CSV:44,34,85,1,8/2,2052,false,true")
    name = "libreoffice-wjx.xlsx"
    shutil.copy(out, os.path.join(HERE, name))
    fix_zip_times(os.path.join(HERE, name))
    expect(name, "lo-wjx", [rows[0]] + [[r[0], D(r[1])] + r[2:] for r in rows[1:]])


# ---------------------------------------------------------------------------------------------- openpyxl

import openpyxl  # noqa: E402
import openpyxl.writer.excel  # noqa: E402


class _FixedNow(datetime.datetime):
    @classmethod
    def now(cls, tz=None):
        return FIXED


class _FixedDatetimeModule:
    timezone = datetime.timezone
    datetime = _FixedNow


def op_save(wb, path):
    """openpyxl stamps docProps/core.xml's modified with now() and the zip entries with the clock."""
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    saved = openpyxl.writer.excel.datetime
    openpyxl.writer.excel.datetime = _FixedDatetimeModule
    try:
        wb.save(path)
    finally:
        openpyxl.writer.excel.datetime = saved
    fix_zip_times(path)


def op_sheets():
    """The data is on the third sheet; the first holds instructions, the second is hidden, a fourth is empty."""
    name = "openpyxl-sheets.xlsx"
    wb = openpyxl.Workbook()
    info = wb.active
    info.title = "说明"
    info["A1"] = "填表说明：每户一行，房号按“楼栋-房号”填写。"
    info["A3"] = "数据在“数据”表。"
    hidden = wb.create_sheet("隐藏")
    hidden.sheet_state = "hidden"
    hidden["A1"] = "内部用"
    data = wb.create_sheet("数据")
    rows = [
        ["项目", "房号", "是否空置", "面积", "得分率", "入住日期", "登记时间", "双倍面积"],
        ["锦程花园", "01-0101", False, 89.5, 0.875, datetime.date(2020, 5, 1), datetime.datetime(2026, 6, 15, 9, 0, 5), "=D2*2"],
        ["锦程花园", "01-0102", True, 120, None, datetime.date(2021, 10, 1), datetime.datetime(2026, 6, 15, 9, 30, 0), "=D3*2"],
        ["翠湖苑", "007", False, None, 1, None, datetime.datetime(2026, 6, 16, 14, 0, 0)],
    ]
    for r in rows:
        data.append(r)
    data["E2"].number_format = "0.0%"
    data["E4"].number_format = "0%"
    empty = wb.create_sheet("空白")
    empty.sheet_state = "veryHidden"
    op_save(wb, os.path.join(HERE, name))
    # openpyxl writes formulas without a cached value: a reader gives null.
    exp = [rows[0]] + [r[:7] for r in rows[1:]]
    exp = [[D(v) if isinstance(v, (datetime.date, datetime.time)) else v for v in r] for r in exp]
    expect(name, "数据", exp, sheets=[{"name": "说明", "state": "visible"}, {"name": "隐藏", "state": "hidden"},
                                    {"name": "数据", "state": "visible"}, {"name": "空白", "state": "veryHidden"}])


def op_iso_dates():
    """wb.iso_dates: dates as t="d" cells holding ISO 8601 text, as openpyxl (and some exporters) write them."""
    name = "openpyxl-iso-dates.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    wb.iso_dates = True
    rows = [["kind", "value"],
            ["date-time", datetime.datetime(2026, 6, 18, 10, 23, 11)],
            ["date", datetime.date(2026, 6, 19)],
            ["time", datetime.time(8, 30, 0)],
            ["number", 46191.5]]
    for r in rows:
        ws.append(r)
    op_save(wb, os.path.join(HERE, name))
    expect(name, "Sheet1", [[r[0], D(r[1]) if isinstance(r[1], (datetime.date, datetime.time)) else r[1]]
                            for r in rows])


# ---------------------------------------------------------------------------------------------- LibreOffice


def lo_source(path):
    """An openpyxl workbook that LibreOffice opens and saves again: formulas without cached values (LibreOffice
    calculates them), dates, booleans, a merged title, text that a reader must keep."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "锦程花园 2026年6月"
    ws.merge_cells("A1:D1")
    ws.append(["房号", "q1", "q2", "合计", "平均", "评价", "日期", "时间", "得分率", "备注", "已核对"])
    data = [
        ("01-0101", 5, 4, datetime.date(2026, 6, 15), datetime.datetime(2026, 6, 15, 10, 23, 11), 0.9, "  两头有空格  ", True),
        ("01-0102", 3, 0, datetime.date(2026, 6, 16), datetime.datetime(2026, 6, 16, 23, 59, 59), 0.5, "第一行\n第二行", False),
        ("007", 1, 5, datetime.date(2026, 6, 17), datetime.datetime(2026, 6, 17, 0, 0, 1), 0.25, "A&B <c> 😀", True),
    ]
    for i, (room, q1, q2, d, t, pct, note, ok) in enumerate(data, 3):
        ws.append([room, q1, q2, f"=B{i}+C{i}", f"=B{i}/C{i}", f'=IF(B{i}>=4,"满意","不满意")', d, t, pct, note, ok])
        ws[f"G{i}"].number_format = "yyyy-mm-dd"
        ws[f"H{i}"].number_format = "yyyy/m/d h:mm:ss"
        ws[f"I{i}"].number_format = "0%"
    ws["A6"] = "合计"
    ws["B6"] = "=SUM(B3:B5)"
    ws["C6"] = "=NA()"
    ws["D6"] = '=1 & " days"'
    ws["E6"] = 12
    ws["E6"].number_format = '0 "days"'
    ws["F6"] = 46191.25
    ws["F6"].number_format = "[Red]0.00"
    ws["G6"] = datetime.time(8, 30, 15)
    ws["G6"].number_format = "hh:mm:ss"
    ws["H6"] = 13912345678
    ws["I6"] = "13912345678"
    op_save(wb, path)
    exp = [["锦程花园 2026年6月"], ["房号", "q1", "q2", "合计", "平均", "评价", "日期", "时间", "得分率", "备注", "已核对"]]
    for room, q1, q2, d, t, pct, note, ok in data:
        exp.append([room, q1, q2, q1 + q2, E("#DIV/0!") if q2 == 0 else q1 / q2, "满意" if q1 >= 4 else "不满意",
                    D(d), D(t), pct, note, ok])
    exp.append(["合计", 9, E("#N/A"), "1 days", 12, 46191.25, D(datetime.time(8, 30, 15)), 13912345678, "13912345678"])
    return exp


def lo_formulas(tmp):
    src = os.path.join(tmp, "lo-source.xlsx")
    exp = lo_source(src)
    outdir = os.path.join(tmp, "lo-out")
    os.makedirs(outdir, exist_ok=True)
    out = soffice(src, "xlsx", outdir)
    name = "libreoffice-resaved.xlsx"
    shutil.copy(out, os.path.join(HERE, name))
    fix_zip_times(os.path.join(HERE, name))
    expect(name, "Sheet1", exp, merged=["A1:D1"])
    xls = soffice(src, "xls", outdir)
    return xls


def lo_1904(tmp):
    """XlsxWriter's 1904 workbook opened and saved by LibreOffice: does it keep date1904 and the serials?"""
    src = os.path.join(tmp, "lo-1904.xlsx")
    shutil.copy(os.path.join(HERE, "xlsxwriter-1904.xlsx"), src)
    outdir = os.path.join(tmp, "lo-1904-out")
    os.makedirs(outdir, exist_ok=True)
    out = soffice(src, "xlsx", outdir)
    name = "libreoffice-1904.xlsx"
    shutil.copy(out, os.path.join(HERE, name))
    fix_zip_times(os.path.join(HERE, name))
    doc = json.load(open(os.path.join(EXPECTED, "xlsxwriter-1904.json"), encoding="utf-8"))
    expect(name, doc["sheet"], doc["rows"], date1904=True)


# ---------------------------------------------------------------------------------------------- by hand


def hand_cell_types():
    name = "hand-cell-types.xlsx"
    fmts = [(164, "yyyy-mm-dd hh:mm:ss")]
    body = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>type</t></is></c><c r="B1" t="inlineStr"><is><t>value</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>str (formula string)</t></is></c><c r="B2" t="str"><f>"满"&amp;"意"</f><v>满意</v></c></row>'
        '<row r="3"><c r="A3" t="inlineStr"><is><t>inlineStr rich</t></is></c><c r="B3" t="inlineStr"><is><r><t>富</t></r><r><rPr><b/></rPr><t>文本</t></r></is></c></row>'
        '<row r="4"><c r="A4" t="inlineStr"><is><t>inlineStr spaces</t></is></c><c r="B4" t="inlineStr"><is><t xml:space="preserve"> a </t></is></c></row>'
        '<row r="5"><c r="A5" t="inlineStr"><is><t>e #DIV/0!</t></is></c><c r="B5" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>'
        '<row r="6"><c r="A6" t="inlineStr"><is><t>e #N/A</t></is></c><c r="B6" t="e"><v>#N/A</v></c></row>'
        '<row r="7"><c r="A7" t="inlineStr"><is><t>b 1</t></is></c><c r="B7" t="b"><v>1</v></c></row>'
        '<row r="8"><c r="A8" t="inlineStr"><is><t>b 0</t></is></c><c r="B8" t="b"><v>0</v></c></row>'
        '<row r="9"><c r="A9" t="inlineStr"><is><t>d date-time, date style</t></is></c><c r="B9" s="1" t="d"><v>2026-06-18T10:23:11</v></c></row>'
        '<row r="10"><c r="A10" t="inlineStr"><is><t>d date, no style</t></is></c><c r="B10" t="d"><v>2026-06-19</v></c></row>'
        '<row r="11"><c r="A11" t="inlineStr"><is><t>n exponent</t></is></c><c r="B11" t="n"><v>1.5E-3</v></c></row>'
        '<row r="12"><c r="A12" t="inlineStr"><is><t>no t, exponent</t></is></c><c r="B12"><v>-2.5e2</v></c></row>'
        '<row r="13"><c r="A13" t="inlineStr"><is><t>s index</t></is></c><c r="B13" t="s"><v>1</v></c></row>'
        '<row r="14"><c r="A14" t="inlineStr"><is><t>s empty string</t></is></c><c r="B14" t="s"><v>0</v></c><c r="C14" t="inlineStr"><is><t>after</t></is></c></row>'
        '<row r="15"><c r="A15" t="inlineStr"><is><t>n empty v</t></is></c><c r="B15" t="n"><v></v></c><c r="C15" t="inlineStr"><is><t>after</t></is></c></row>'
        '<row r="16"><c r="A16" t="inlineStr"><is><t>styled, no v</t></is></c><c r="B16" s="1"/><c r="C16" t="inlineStr"><is><t>after</t></is></c></row>'
        '<row r="17"><c r="A17" t="inlineStr"><is><t>formula, no cached value</t></is></c><c r="B17"><f>1+1</f></c><c r="C17" t="inlineStr"><is><t>after</t></is></c></row>'
        '<row r="18"><c r="A18" t="inlineStr"><is><t>n date style</t></is></c><c r="B18" s="1"><v>46191.432766203706</v></c></row>'
        '<row r="19"><c r="A19" t="inlineStr"><is><t>integer as 5.0</t></is></c><c r="B19"><v>5.0</v></c></row>'
    )
    sst = sst_xml(["<si><t></t></si>", "<si><t>共享</t></si>"])
    write_zip(os.path.join(HERE, name), package_parts([("Sheet1", sheet_xml(body))], sst=sst,
                                                      styles=styles_xml(fmts)))
    rows = [["type", "value"], ["str (formula string)", "满意"], ["inlineStr rich", "富文本"],
            ["inlineStr spaces", " a "], ["e #DIV/0!", E("#DIV/0!")], ["e #N/A", E("#N/A")], ["b 1", True],
            ["b 0", False], ["d date-time, date style", {"date": "2026-06-18T10:23:11"}],
            ["d date, no style", {"date": "2026-06-19T00:00:00"}], ["n exponent", 0.0015],
            ["no t, exponent", -250], ["s index", "共享"], ["s empty string", None, "after"],
            ["n empty v", None, "after"], ["styled, no v", None, "after"],
            ["formula, no cached value", None, "after"], ["n date style", {"date": "2026-06-18T10:23:11"}],
            ["integer as 5.0", 5]]
    expect(name, "Sheet1", rows)


def hand_rich_phonetic():
    name = "hand-rich-phonetic.xlsx"
    items = [
        ("<si><r><t>a</t></r><r><rPr><b/><sz val=\"11\"/></rPr><t>b</t></r></si>", "ab"),
        ('<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>', "東京"),
        ('<si><r><t>漢</t></r><r><rPr><i/></rPr><t>字</t></r><rPh sb="0" eb="1"><t>カン</t></rPh><rPh sb="1" eb="2"><t>ジ</t></rPh></si>', "漢字"),
        ("<si><t>line1_x000D_&#10;line2</t></si>", "line1\r\nline2"),
        ("<si><t>_x005F_x000D_</t></si>", "_x000D_"),
        ("<si><t>tab_x0009_here</t></si>", "tab\there"),
        ('<si><t xml:space="preserve">  padded  </t></si>', "  padded  "),
        ('<si><r><t xml:space="preserve">two </t></r><r><t xml:space="preserve"> spaces</t></r></si>', "two  spaces"),
        ("<si><t>&amp;&lt;&gt;&quot;&apos;</t></si>", "&<>\"'"),
        ("<si><t>&#x1F600;&#20013;</t></si>", "😀中"),
        ("<si><t>line1\nline2</t></si>", "line1\nline2"),
    ]
    body = "".join(f'<row r="{i}"><c r="A{i}" t="s"><v>{i - 1}</v></c></row>' for i in range(1, len(items) + 1))
    write_zip(os.path.join(HERE, name), package_parts([("Sheet1", sheet_xml(body))], sst=sst_xml([x for x, _ in items])))
    expect(name, "Sheet1", [[v] for _, v in items])


def hand_quick_shapes():
    """The shapes csat reads in one step (`<si><t>…</t></si>`, `<c r s t>` then `<v>` or `<is><t>`) beside
    shapes that look alike and are read token by token: the same text either way."""
    name = "hand-quick-shapes.xlsx"
    items = [
        ("<si><t>plain</t></si>", "plain"),
        ("<si><t>a &amp; b_x0009_c</t></si>", "a & b\tc"),
        ("<si><t/></si>", ""),
        ('<si><t>before</t><rPh sb="0" eb="1"><t>ふ</t></rPh></si>', "before"),
        ("<si>\n<t>nl</t></si>", "nl"),
        # A <t> left open: the item's text runs to </si>; the next item is its own.
        ("<si><t>unclosed</si>", "unclosed"),
        ("<si><t>after</t></si>", "after"),
        ("<si><r><t>ri</t></r><r><t>ch</t></r></si>", "rich"),
    ]
    shared = "".join(f'<c r="{chr(65 + i)}1" t="s"><v>{i}</v></c>' for i in range(len(items)))
    body = (f'<row r="1">{shared}<c r="I1" s="1"><v>46193.37508101852</v></c><c r="J1" t="inlineStr"><is><t>内联</t></is></c>'
            '<c r="K1"><v>89.50</v></c></row>'
            '<row r="2"><c t="inlineStr" r="A2"><is><t>order</t></is></c><c r="B2" cm="1"><v>2</v></c>'
            "<c r='C2'><v>3</v></c><c r=\"D2\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> sp </t></is></c>"
            '<c r="E2" s="1"/><c r="F2" t="s"><v><![CDATA[0]]></v></c><c r="G2" t="inlineStr"><is><t>&lt;末&gt;</t></is></c></row>')
    write_zip(os.path.join(HERE, name), package_parts([("Sheet1", sheet_xml(body))], sst=sst_xml([x for x, _ in items]),
                                                      styles=styles_xml([(14, None)])))
    rows = [[v for _, v in items] + [{"date": "2026-06-20T09:00:07"}, "内联", 89.5],
            ["order", 2, 3, " sp ", None, "plain", "<末>"]]
    expect(name, "Sheet1", rows)


def hand_no_r():
    """ECMA-376 makes r optional on <row> and <c>: a row without r follows the one before, a cell without r
    follows the cell before it in its row."""
    name = "hand-no-r.xlsx"
    body = ('<row><c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c><c r="D1"><v>4</v></c><c><v>5</v></c></row>'
            '<row r="3"><c><v>1</v></c></row>'
            '<row><c r="B4"><v>2</v></c><c/><c><v>4</v></c></row>'
            '<row><c t="inlineStr"><is><t>last</t></is></c></row>')
    write_zip(os.path.join(HERE, name), package_parts([("Sheet1", sheet_xml(body))]))
    expect(name, "Sheet1", [["a", 2, None, 4, 5], [], [1], [None, 2, None, 4], ["last"]])


def hand_ns_prefix():
    """Every SpreadsheetML part with a namespace prefix (x:), and the relationships namespace bound to a prefix
    other than r: a reader must match namespaces, not the literal names."""
    name = "hand-ns-prefix.xlsx"
    body = ('<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c></x:row>'
            '<x:row r="2"><x:c r="A2" t="s"><x:v>2</x:v></x:c><x:c r="B2" s="1"><x:v>46191.5</x:v></x:c></x:row>'
            '<x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:t>内联</x:t></x:is></x:c><x:c r="B3"><x:v>3.5</x:v></x:c></x:row>')
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><x:workbook xmlns:x="{NS_MAIN}" '
                f'xmlns:rel="{NS_REL}"><x:sheets><x:sheet name="数据" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>')
    sst = sst_xml(["<x:si><x:t>房号</x:t></x:si>", "<x:si><x:t>日期</x:t></x:si>",
                   "<x:si><x:r><x:t>01-</x:t></x:r><x:r><x:t>0101</x:t></x:r></x:si>"], prefix="x")
    parts = package_parts([("数据", sheet_xml(body, prefix="x"))], sst=sst,
                          styles=styles_xml([(14, None)], prefix="x"), workbook=workbook)
    write_zip(os.path.join(HERE, name), parts)
    expect(name, "数据", [["房号", "日期"], ["01-0101", {"date": "2026-06-18T12:00:00"}], ["内联", 3.5]])


def hand_strict():
    """Excel's "Strict Open XML Spreadsheet": the same parts under the ISO/IEC 29500 Strict namespaces."""
    name = "hand-strict.xlsx"
    main = "http://purl.oclc.org/ooxml/spreadsheetml/main"
    rel = "http://purl.oclc.org/ooxml/officeDocument/relationships"
    body = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
            '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>46191</v></c></row>')
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{main}"><sheetData>{body}'
             f"</sheetData></worksheet>")
    sst = sst_xml(["<si><t>房号</t></si>", "<si><t>日期</t></si>", "<si><t>01-0101</t></si>"]).replace(NS_MAIN, main)
    styles = styles_xml([(14, None)]).replace(NS_MAIN, main)
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{main}" xmlns:r="{rel}">'
                f'<workbookPr dateCompatibility="1"/><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{NS_PKG_REL}">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
            f'<Relationship Id="rId3" Type="{rel}/styles" Target="styles.xml"/></Relationships>')
    parts = package_parts([("Sheet1", sheet)], sst=sst, styles=styles, workbook=workbook, rels=rels)
    parts[1] = ("_rels/.rels", parts[1][1].replace(f"{NS_REL}/officeDocument", f"{rel}/officeDocument"))
    write_zip(os.path.join(HERE, name), parts)
    expect(name, "Sheet1", [["房号", "日期"], ["01-0101", {"date": "2026-06-18T00:00:00"}]])


# ---------------------------------------------------------------------------------------------- hostile

HOSTILE = {}


def hostile(name, kind, note):
    HOSTILE[name] = {"expect": kind, "note": note}
    refuse(name, kind)


def minimal_parts(sheet=None, sst=None):
    sheet = sheet or sheet_xml('<row r="1"><c r="A1" t="inlineStr"><is><t>ok</t></is></c></row>')
    return package_parts([("Sheet1", sheet)], sst=sst)


def hostile_files(xls_path):
    src = open(os.path.join(HERE, "xlsxwriter-wjx.xlsx"), "rb").read()
    open(os.path.join(HERE, "hostile-truncated.xlsx"), "wb").write(src[: len(src) // 2])
    hostile("hostile-truncated.xlsx", "not a readable xlsx (truncated zip: no end of central directory)",
            "the first half of xlsxwriter-wjx.xlsx: local headers and part of the data, no central directory")

    open(os.path.join(HERE, "hostile-text.xlsx"), "wb").write("房号,q1\r\n01-0101,5\r\n".encode("utf-8"))
    hostile("hostile-text.xlsx", "not an xlsx (not a zip: a CSV named .xlsx)",
            "a UTF-8 CSV with an .xlsx name; a reader may suggest renaming it .csv")

    shutil.copy(xls_path, os.path.join(HERE, "hostile-old.xls"))
    shutil.copy(xls_path, os.path.join(HERE, "hostile-old-renamed.xlsx"))
    hostile("hostile-old.xls", "old-format workbook (.xls, CFB D0 CF 11 E0): save as .xlsx",
            "LibreOffice --convert-to xls of the libreoffice-resaved source: a BIFF8 workbook in a CFB container")
    hostile("hostile-old-renamed.xlsx", "old-format workbook (.xls, CFB D0 CF 11 E0): save as .xlsx",
            "the same .xls renamed .xlsx, as users do: the magic, not the extension, decides")

    encrypted_ooxml()
    hostile("hostile-encrypted.xlsx", "password-protected workbook (CFB with an EncryptionInfo/EncryptedPackage stream)",
            "xlsxwriter-wjx.xlsx encrypted by msoffcrypto-tool (ECMA-376 agile, password csat): a CFB file like .xls; "
            "telling the two apart needs the CFB directory (EncryptedPackage vs Workbook stream)")

    zipcrypto()
    hostile("hostile-zipcrypto.xlsx", "encrypted zip entry (general purpose flag bit 0): cannot read",
            "a valid package whose xl/worksheets/sheet1.xml is ZipCrypto-encrypted (password csat); unzip -P csat opens it")

    lol = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "' + f"&lol{i - 1};" * 10 + '">' for i in range(1, 10)]
    bl = (f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [{"".join(lol)}]><worksheet xmlns="{NS_MAIN}">'
          f'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')
    write_zip(os.path.join(HERE, "hostile-billion-laughs.xlsx"), minimal_parts(sheet=bl))
    hostile("hostile-billion-laughs.xlsx", "XML with a DOCTYPE (entity expansion): refused",
            "sheet1.xml declares nested entities (10^9 'lol'); OOXML parts never carry a DTD: refuse any DOCTYPE")

    xxe_sst = (f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
               f'<sst xmlns="{NS_MAIN}" count="1" uniqueCount="1"><si><t>&xxe;</t></si></sst>')
    write_zip(os.path.join(HERE, "hostile-xxe.xlsx"),
              minimal_parts(sheet=sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), sst=xxe_sst))
    hostile("hostile-xxe.xlsx", "XML with a DOCTYPE (external entity): refused, no file read",
            "sharedStrings.xml declares SYSTEM \"file:///etc/passwd\" and uses it in A1: must never show the file")

    bad = sheet_xml('<row r="1"><c r="A1" t="inlineStr"><is><t>ok</t></is></c><c r="B1"><v>1</v></row>')
    write_zip(os.path.join(HERE, "hostile-malformed.xlsx"), minimal_parts(sheet=bad))
    hostile("hostile-malformed.xlsx", "malformed XML in a sheet: cannot read",
            "sheet1.xml has an unclosed <c> (</row> closes it)")

    parts = [p for p in minimal_parts() if p[0] != "xl/worksheets/sheet1.xml"]
    write_zip(os.path.join(HERE, "hostile-missing-sheet.xlsx"), parts)
    hostile("hostile-missing-sheet.xlsx", "sheet part missing from the package: cannot read",
            "workbook.xml.rels points at worksheets/sheet1.xml, which the zip does not hold")

    bad_sst = sheet_xml('<row r="1"><c r="A1" t="s"><v>5</v></c></row>')
    write_zip(os.path.join(HERE, "hostile-sst-index.xlsx"),
              minimal_parts(sheet=bad_sst, sst=sst_xml(["<si><t>only</t></si>"])))
    hostile("hostile-sst-index.xlsx", "shared string index out of range: cannot read",
            "A1 is t=\"s\" index 5 in a table of one string")

    HOSTILE["bomb (make_xlsx.py --bomb DIR)"] = {
        "expect": "too large when inflated: refused before memory or disk runs out",
        "note": "bomb-rows.xlsx: sheet1.xml (a Zip64 entry, as zipfile writes entries over 2 GiB) inflates to 3.2 GB of <row><c><v>1</v></c></row> from 7.8 MB; "
                "bomb-lying-size.xlsx: 256 MiB of zeros after the sheet start, headers claiming 1 KiB"}
    with open(os.path.join(EXPECTED, "hostile.json"), "w", encoding="utf-8") as f:
        json.dump(HOSTILE, f, ensure_ascii=False, indent=1)
        f.write("\n")


def encrypted_ooxml():
    import msoffcrypto.format.ooxml
    import msoffcrypto.method.container.ecma376_encrypted as container
    import msoffcrypto.method.ecma376_agile as agile

    counter = [0]

    def fixed_random(n):  # deterministic "random" salts and keys, so reruns give the same file
        out = b""
        while len(out) < n:
            counter[0] += 1
            out += hashlib.sha256(b"csat-fixture-%d" % counter[0]).digest()
        return out[:n]

    saved, saved_dt = agile._random_buffer, container.datetime
    agile._random_buffer = fixed_random
    container.datetime = _FixedNow  # the CFB directory's creation and modification times
    try:
        with open(os.path.join(HERE, "xlsxwriter-wjx.xlsx"), "rb") as plain:
            f = msoffcrypto.format.ooxml.OOXMLFile(plain)
            with open(os.path.join(HERE, "hostile-encrypted.xlsx"), "wb") as out:
                f.encrypt("csat", out)
    finally:
        agile._random_buffer, container.datetime = saved, saved_dt


def _crc_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        t.append(c)
    return t


CRC = _crc_table()


def zipcrypto_encrypt(data, password, crc):
    keys = [0x12345678, 0x23456789, 0x34567890]

    def update(c):
        keys[0] = (keys[0] >> 8) ^ CRC[(keys[0] ^ c) & 0xFF]
        keys[1] = (keys[1] + (keys[0] & 0xFF)) & 0xFFFFFFFF
        keys[1] = (keys[1] * 134775813 + 1) & 0xFFFFFFFF
        keys[2] = (keys[2] >> 8) ^ CRC[(keys[2] ^ (keys[1] >> 24)) & 0xFF]

    def stream():
        t = (keys[2] | 2) & 0xFFFF
        return ((t * (t ^ 1)) >> 8) & 0xFF

    for c in password:
        update(c)
    header = hashlib.sha256(b"csat-zipcrypto").digest()[:11] + bytes([crc >> 24])
    out = bytearray()
    for c in header + data:
        out.append(c ^ stream())
        update(c)
    return bytes(out)


def zipcrypto():
    """A zip written by hand: every part stored deflated, sheet1.xml ZipCrypto-encrypted (flag bit 0)."""
    parts = minimal_parts()
    local, central = bytearray(), bytearray()
    for name, data in parts:
        raw = data.encode("utf-8")
        crc = zlib.crc32(raw)
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = c.compress(raw) + c.flush()
        flags = 0x800
        if name == "xl/worksheets/sheet1.xml":
            comp = zipcrypto_encrypt(comp, b"csat", crc)
            flags |= 1
        fn = name.encode("utf-8")
        offset = len(local)
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 8, 0, 0x21, crc, len(comp), len(raw), len(fn), 0)
        local += fn + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, 8, 0, 0x21, crc, len(comp),
                               len(raw), len(fn), 0, 0, 0, 0, 0, offset) + fn
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(central), len(local), 0)
    open(os.path.join(HERE, "hostile-zipcrypto.xlsx"), "wb").write(bytes(local + central + eocd))


def bombs(outdir):
    os.makedirs(outdir, exist_ok=True)
    head = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{NS_MAIN}"><sheetData>'
    tail = "</sheetData></worksheet>"
    chunk = b"<row><c><v>1</v></c></row>" * 40000  # ~1 MiB
    total = 3 * 1024 ** 3
    parts = [p for p in minimal_parts() if p[0] != "xl/worksheets/sheet1.xml"]
    path = os.path.join(outdir, "bomb-rows.xlsx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for n, d in parts:
            z.writestr(zipfile.ZipInfo(n, (1980, 1, 1, 0, 0, 0)), d, zipfile.ZIP_DEFLATED)
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml", (1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as f:
            f.write(head.encode())
            written = 0
            while written < total:
                f.write(chunk)
                written += len(chunk)
            f.write(tail.encode())
    print(f"{path}: {os.path.getsize(path)} bytes on disk, sheet1.xml {total + len(head) + len(tail)} bytes inflated")

    # Lying sizes: the headers say sheet1.xml is 1 KiB; the deflate stream gives 256 MiB.
    raw_len = 256 * 1024 ** 2
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    comp = bytearray(c.compress(head.encode()))
    zeros = b"0" * (1024 * 1024)
    for _ in range(256):
        comp += c.compress(zeros)
    comp += c.compress(tail.encode()) + c.flush()
    local, central = bytearray(), bytearray()
    entries = [(n, d.encode(), None) for n, d in parts] + [("xl/worksheets/sheet1.xml", None, bytes(comp))]
    for name, raw, pre in entries:
        if pre is None:
            cc = zlib.compressobj(9, zlib.DEFLATED, -15)
            data, crc, size = cc.compress(raw) + cc.flush(), zlib.crc32(raw), len(raw)
        else:
            data, crc, size = pre, 0, 1024
        fn = name.encode()
        offset = len(local)
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, 8, 0, 0x21, crc, len(data), size, len(fn), 0) + fn + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, 8, 0, 0x21, crc, len(data), size,
                               len(fn), 0, 0, 0, 0, 0, offset) + fn
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(local), 0)
    path = os.path.join(outdir, "bomb-lying-size.xlsx")
    open(path, "wb").write(bytes(local + central + eocd))
    print(f"{path}: {os.path.getsize(path)} bytes on disk, sheet1.xml claims 1024, inflates to {raw_len + len(head) + len(tail)}")


# ---------------------------------------------------------------------------------------------- check


def read_openpyxl(path, sheet):
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb[sheet]
    rows = []
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row, min_col=1, max_col=max(ws.max_column, 1)):
        out = []
        for c in row:
            v = c.value
            if isinstance(v, (datetime.datetime, datetime.date, datetime.time)):
                v = D(v, 1904 if wb.epoch.year == 1904 else 1900)
            elif isinstance(v, str) and c.data_type == "e":
                v = E(v)
            elif isinstance(v, float) and v.is_integer():
                v = int(v)
            out.append(v)
        rows.append(out)
    return trim(rows)


def read_calamine(path, sheet, system=1900):
    import python_calamine
    wb = python_calamine.CalamineWorkbook.from_path(path)
    s = wb.get_sheet_by_name(sheet)
    rows = []
    for row in s.to_python(skip_empty_area=False):
        out = []
        for v in row:
            if isinstance(v, (datetime.datetime, datetime.date, datetime.time)):
                v = D(v, system)
            elif isinstance(v, float) and v.is_integer():
                v = int(v)
            out.append(v)
        rows.append(out)
    return trim(rows)


def close(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-9 * max(1, abs(a))
    return a == b


def diff(exp, got):
    out = []
    for r in range(max(len(exp), len(got))):
        er = exp[r] if r < len(exp) else []
        gr = got[r] if r < len(got) else []
        for c in range(max(len(er), len(gr))):
            e = er[c] if c < len(er) else None
            g = gr[c] if c < len(gr) else None
            if not close(e, g):
                out.append(f"    row {r + 1} col {c + 1}: expected {json.dumps(e, ensure_ascii=False)}, "
                           f"read {json.dumps(g, ensure_ascii=False, default=str)}")
    return out


def check():
    for fn in sorted(os.listdir(EXPECTED)):
        if fn == "hostile.json":
            continue
        doc = json.load(open(os.path.join(EXPECTED, fn), encoding="utf-8"))
        stem = fn[:-5]
        xlsx = next(os.path.join(HERE, f) for f in os.listdir(HERE) if os.path.splitext(f)[0] == stem and f != fn)
        if "error" in doc:
            for label, reader in (("openpyxl", read_openpyxl), ("calamine", read_calamine)):
                try:
                    import python_calamine  # noqa: F401
                    if label == "openpyxl":
                        openpyxl.load_workbook(xlsx)
                    else:
                        python_calamine.CalamineWorkbook.from_path(xlsx).get_sheet_by_index(0).to_python()
                    print(f"{fn[:-5]}: {label} READ IT without an error (expected: {doc['error']})")
                except Exception as e:  # noqa: BLE001
                    print(f"{fn[:-5]}: {label} refused: {type(e).__name__}: {str(e)[:100]}")
            continue
        for label, reader in (("openpyxl", read_openpyxl), ("calamine", read_calamine)):
            try:
                got = (reader(xlsx, doc["sheet"], 1904 if doc.get("date1904") else 1900) if label == "calamine"
                       else reader(xlsx, doc["sheet"]))
                d = diff(doc["rows"], got)
            except Exception as e:  # noqa: BLE001
                d = [f"    failed: {type(e).__name__}: {e}"]
            print(f"{fn[:-5]}: {label} {'agrees' if not d else 'DISAGREES'}")
            for line in d[:12]:
                print(line)
            if len(d) > 12:
                print(f"    ... {len(d) - 12} more")


# ---------------------------------------------------------------------------------------------- main


def main():
    if sys.argv[1:2] == ["--check"]:
        check()
        return
    if sys.argv[1:2] == ["--bomb"]:
        bombs(sys.argv[2])
        return
    os.makedirs(EXPECTED, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="csat-xlsx-fixtures-")
    try:
        xw_values()
        xw_dates()
        xw_dates_1900_edge()
        xw_1904()
        xw_inline()
        xw_sparse_wide()
        xw_merged()
        xw_wjx()
        op_sheets()
        op_iso_dates()
        lo_wjx(tmp)
        xls = lo_formulas(tmp)
        lo_1904(tmp)
        hand_cell_types()
        hand_rich_phonetic()
        hand_quick_shapes()
        hand_no_r()
        hand_ns_prefix()
        hand_strict()
        hostile_files(xls)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
