"""Reads csat print's workbook and says how it will print.

Usage: print_layout.py SAMPLE.csv QUESTIONNAIRES.xlsx

The workbook's XML is read with zipfile and ElementTree (openpyxl needs minutes to bind the
merged cells of a few hundred pages). Independent of csat: the households that get a form are worked out from the sample list (role
`sample`, and reserves with `replaces` filled in), each with its form id made here from the
period, its row in the list and a Luhn digit (ISO/IEC 7812-1). Per questionnaire sheet prints
the blocks (one per 问卷编号 cell), the manual row breaks, whether the breaks fall exactly
between blocks, the tallest block in points after the print scale, the print area's last row,
and whether the form ids are exactly the expected households' of that project.
Prints JSON: {"sheets": [...], "expected": {"project": count}, "cover": {"rows": n, "breaks": n}}.
"""

import csv
import io
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


class Sheet:
    """One worksheet: its cells' text (inline or shared strings), row heights, breaks, page set-up."""

    def __init__(self, name, xml, shared, print_area):
        root = ET.fromstring(xml)
        self.title = name
        self.cells = {}
        self.heights = {}
        default = root.find("m:sheetFormatPr", NS)
        self.default_height = float(default.get("defaultRowHeight", 15)) if default is not None else 15.0
        self.max_row = 0
        for row in root.iter("{%s}row" % NS["m"]):
            r = int(row.get("r"))
            self.max_row = max(self.max_row, r)
            if row.get("ht"):
                self.heights[r] = float(row.get("ht"))
            for c in row.findall("m:c", NS):
                ref = c.get("r")
                col = re.match(r"[A-Z]+", ref).group(0)
                text = None
                if c.get("t") == "inlineStr":
                    text = "".join(t.text or "" for t in c.iter("{%s}t" % NS["m"]))
                elif c.get("t") == "s":
                    text = shared[int(c.find("m:v", NS).text)]
                if text is not None:
                    self.cells[(r, col)] = text
        self.breaks = sorted(int(b.get("id")) for b in root.iter("{%s}brk" % NS["m"]) if b.get("man") == "1")
        setup = root.find("m:pageSetup", NS)
        self.orientation = setup.get("orientation") if setup is not None else None
        self.paper = int(setup.get("paperSize", 1)) if setup is not None else 1
        self.scale = int(setup.get("scale", 100)) if setup is not None else 100
        fit = root.find("m:sheetPr/m:pageSetUpPr", NS)
        self.fit = fit is not None and fit.get("fitToPage") == "1"
        self.print_area = print_area

    def height(self, r):
        return self.heights.get(r, self.default_height)


def read_book(path):
    z = zipfile.ZipFile(path)
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
            shared.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
    book = ET.fromstring(z.read("xl/workbook.xml"))
    rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels")).iter(REL + "Relationship")}
    areas = {}
    for d in book.iter("{%s}definedName" % NS["m"]):
        if d.get("name") == "_xlnm.Print_Area":
            areas[int(d.get("localSheetId"))] = d.text
    sheets = []
    for i, s in enumerate(book.iter("{%s}sheet" % NS["m"])):
        target = rels[s.get("{%s}id" % NS["r"])]
        sheets.append(Sheet(s.get("name"), z.read("xl/" + target.lstrip("/").replace("xl/", "", 1)), shared, areas.get(i)))
    title = ""
    core = "docProps/core.xml"
    if core in z.namelist():
        t = ET.fromstring(z.read(core)).find("{http://purl.org/dc/elements/1.1/}title")
        title = t.text if t is not None else ""
    return sheets, title


def luhn(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def main():
    sample_path, book_path = sys.argv[1], sys.argv[2]
    text = open(sample_path, "rb").read().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    sheets, title = read_book(book_path)
    period = None
    for ws in sheets[1:]:
        for v in ws.cells.values():
            if v.startswith("问卷编号："):
                period = v.split("：", 1)[1].split("-")[0]
                break
        if period:
            break
    width = max(4, len(str(len(rows))))
    expected = {}
    for i, r in enumerate(rows, start=1):
        if r["role"] == "sample" or r.get("replaces"):
            serial = str(i).zfill(width)
            expected.setdefault(r["project"], set()).add(f"{period}-{serial}-{luhn(serial)}")
    out = []
    for ws in sheets[1:]:
        starts = sorted(r for (r, c), v in ws.cells.items() if c == "A" and v == title)
        ids = {v.split("：", 1)[1] for (r, c), v in ws.cells.items() if c in ("A", "C") and v.startswith("问卷编号：")}
        # A break after row k (0-based id k) starts the next page at row k + 1: the next block's title row.
        between = ws.breaks == [s - 1 for s in starts[1:]]
        ends = starts[1:] + [ws.max_row + 1]
        tallest = max(sum(ws.height(r) for r in range(a, b)) for a, b in zip(starts, ends)) * ws.scale / 100
        last_row = int(ws.print_area.split("$")[-1]) if ws.print_area else 0
        project = ws.title.split(" (")[0]
        out.append({
            "name": ws.title, "blocks": len(starts), "breaks": len(ws.breaks), "breaksBetweenBlocks": between,
            "tallestPoints": round(tallest, 1), "printAreaLastRow": last_row, "maxRow": ws.max_row,
            "portraitA4": ws.orientation == "portrait" and ws.paper == 9,
            "idsAsExpected": ids == expected.get(project, set()), "ids": len(ids),
        })
    cover = sheets[0]
    print(json.dumps({"sheets": out, "expected": {p: len(v) for p, v in expected.items()},
                      "cover": {"name": cover.title, "breaks": len(cover.breaks)}}, ensure_ascii=False))


main()
