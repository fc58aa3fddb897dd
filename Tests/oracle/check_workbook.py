#!/usr/bin/env python3
"""Checks a workbook written by `csat report --format xlsx` against `csat score --json`
and the input files, independently of csat's Swift code (openpyxl reads the file).

    check_workbook.py WORKBOOK SCORE.json --survey S.json [--lang zh|en] [--show-units]
                      [--no-data] RESPONSES...

Checks: sheets exist in SPEC order with the language's names; the Summary's index, rate
and n and every driver's figures equal the JSON rounded as the sheet shows them (indices
1 decimal, rates 0.1%, coefficients 3 decimals, half away from zero) and carry the
matching number format; the Invalid forms sheet lists every invalid form; no cell holds a
respondent's name, a phone number from the input, or (without --show-units) a real unit;
no cell is a formula; no NaN or infinity and no carriage return is stored; the document's
title and fixed creation date. Prints a JSON summary; exit 1 with every failure listed.
"""
import csv, datetime, io, json, math, re, sys, zipfile

import openpyxl

SHEETS = {
    "zh": ["摘要", "驱动因素", "题目", "细分", "样本覆盖", "无效问卷", "意见建议", "数据", "方法说明"],
    "en": ["Summary", "Drivers", "Questions", "Segments", "Coverage", "Invalid forms", "Comments", "Data", "Method"],
}
LABELS = {
    "zh": {"index": "满意度指数 (0–100)", "rate": "满意率 (满意及以上占比)", "n": "样本量", "driver": "驱动因素",
           "id": "编号", "weight": "权重", "indexCol": "满意度", "rateCol": "满意率", "alpha": "信度 (α)",
           "importance": "重要性 (相关)", "relativeWeight": "相对权重", "quadrant": "象限",
           "quadrants": {"keep": "优势保持", "improve": "重点改进", "maintain": "维持", "watch": "次要改进"},
           "ci": "95%置信区间", "low": "下限", "high": "上限", "form": "问卷编号"},
    "en": {"index": "Satisfaction index (0–100)", "rate": "Satisfaction rate (share satisfied)", "n": "n", "driver": "Driver",
           "id": "ID", "weight": "Weight", "indexCol": "Index", "rateCol": "Rate", "alpha": "Alpha",
           "importance": "Importance (r)", "relativeWeight": "Relative weight", "quadrant": "Quadrant",
           "quadrants": {"keep": "Keep up", "improve": "Improve first", "maintain": "Maintain", "watch": "Watch"},
           "ci": "95% CI", "low": "low", "high": "high", "form": "Form"},
}
HEADER_ROW = 4  # 1-based row of the table headers on the report's table sheets

failures = []


def fail(msg):
    failures.append(msg)


def half_away(x, digits):
    """Rounding.index/rate/coefficient: (x * 10^d).rounded() / 10^d, half away from zero."""
    if x is None:
        return None
    s = 10 ** digits
    return math.copysign(math.floor(abs(x) * s + 0.5), x) / s


def same(cell, expected, what):
    if expected is None:
        if isinstance(cell, (int, float)):
            fail(f"{what}: {cell!r} but the JSON has null")
        return
    if not isinstance(cell, (int, float)) or abs(cell - expected) > 1e-9:
        fail(f"{what}: {cell!r} != {expected!r}")


def decode(data):
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def read_forms(path):
    data = open(path, "rb").read()
    text = decode(data)
    if path.endswith(".json") or path.endswith(".jsonl"):
        stripped = text.strip()
        if stripped.startswith("["):
            return json.loads(stripped)
        return [json.loads(line) for line in stripped.splitlines() if line.strip()]
    first = text.split("\n", 1)[0]
    delimiter = max([",", ";", "\t"], key=first.count)
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


def digits(s):
    return re.sub(r"\D", "", str(s))


def main(argv):
    args = {"lang": "zh", "show_units": False, "no_data": False, "files": []}
    it = iter(argv[1:])
    pos = []
    for a in it:
        if a == "--survey":
            args["survey"] = next(it)
        elif a == "--lang":
            args["lang"] = next(it)
        elif a == "--show-units":
            args["show_units"] = True
        elif a == "--no-data":
            args["no_data"] = True
        else:
            pos.append(a)
    workbook_path, score_path, files = pos[0], pos[1], pos[2:]
    lang = args["lang"]
    score = json.load(open(score_path, encoding="utf-8"))
    survey = json.load(open(args["survey"], encoding="utf-8"))
    L = LABELS[lang]

    wb = openpyxl.load_workbook(workbook_path)  # formulas stay formulas (data_type "f")

    # Sheets in SPEC order; Data continues on "Data (2)", … past Excel's row limit.
    names = wb.sheetnames
    expected = SHEETS[lang]
    base = [n for n in names if not re.fullmatch(re.escape(expected[7]) + r" \(\d+\)", n)]
    want = [n for n in expected if not (args["no_data"] and n == expected[7])]
    if base != want:
        fail(f"sheets {names} are not {want}")

    # Summary: index, rate and n.
    summary = wb[expected[0]]
    found = {}
    for row in summary.iter_rows(min_row=1, max_row=40, max_col=2):
        if row[0].value in (L["index"], L["rate"], L["n"]) and row[0].value not in found:
            found[row[0].value] = row[1]
    o = score["overall"]
    for key, value, digits_, fmt in [("index", o["index"], 1, "0.0"), ("rate", o["rate"], 3, "0.0%"), ("n", o["n"], None, "0")]:
        cell = found.get(L[key])
        if cell is None:
            fail(f"Summary has no row {L[key]!r}")
            continue
        same(cell.value, value if digits_ is None else half_away(value, digits_), f"Summary {key}")
        if cell.number_format != fmt:
            fail(f"Summary {key} has number format {cell.number_format!r}, not {fmt!r}")

    # Summary's drivers table: index, rate, n by name.
    by_name = {d["name"]: d for d in score["drivers"]}
    seen = set()
    for row in summary.iter_rows(min_row=1, max_col=4):
        d = by_name.get(row[0].value)
        if d and d["name"] not in seen:
            seen.add(d["name"])
            same(row[1].value, half_away(d["index"], 1), f"Summary driver {d['id']} index")
            same(row[2].value, half_away(d["rate"], 3), f"Summary driver {d['id']} rate")
            same(row[3].value, d["n"], f"Summary driver {d['id']} n")
    if seen != set(by_name):
        fail(f"Summary lacks drivers {sorted(set(by_name) - seen)}")

    # Drivers sheet: every figure.
    sheet = wb[expected[1]]
    header = {c.value: c.column - 1 for c in sheet[HEADER_ROW] if c.value}
    col = lambda name: header.get(name)
    columns = {
        "weight": (L["weight"], 3), "index": (L["indexCol"], 1), "rate": (L["rateCol"], 3), "n": (L["n"], None),
        "alpha": (L["alpha"], 3), "importance": (L["importance"], 3), "relativeWeight": (L["relativeWeight"], 3),
    }
    ci = {("indexCI", 0): f"{L['indexCol']} {L['ci']} {L['low']}", ("indexCI", 1): f"{L['indexCol']} {L['ci']} {L['high']}",
          ("rateCI", 0): f"{L['rateCol']} {L['ci']} {L['low']}", ("rateCI", 1): f"{L['rateCol']} {L['ci']} {L['high']}"}
    rows = {r[0].value: r for r in sheet.iter_rows(min_row=HEADER_ROW + 1) if r[0].value}
    for d in score["drivers"]:
        r = rows.get(d["id"])
        if r is None:
            fail(f"Drivers sheet lacks {d['id']}")
            continue
        for key, (title, digits_) in columns.items():
            if col(title) is None:
                fail(f"Drivers sheet has no column {title!r}")
                continue
            v = d[key]
            same(r[col(title)].value, v if digits_ is None or v is None else half_away(v, digits_), f"Drivers {d['id']} {key}")
        for (key, i), title in ci.items():
            digits_ = 1 if key == "indexCI" else 3
            v = d[key][i] if d[key] else None
            if col(title) is None:
                fail(f"Drivers sheet has no column {title!r}")
            else:
                same(r[col(title)].value, half_away(v, digits_), f"Drivers {d['id']} {key}[{i}]")
        q = L["quadrants"].get(d["quadrant"], "—")
        if col(L["quadrant"]) is not None and r[col(L["quadrant"])].value != q:
            fail(f"Drivers {d['id']} quadrant {r[col(L['quadrant'])].value!r} != {q!r}")
    if sheet.freeze_panes != f"A{HEADER_ROW + 1}" or not sheet.auto_filter.ref:
        fail(f"Drivers sheet: frozen at {sheet.freeze_panes}, autofilter {sheet.auto_filter.ref}")

    # Invalid forms: every one, as often as the JSON lists it.
    inv = wb[expected[5]]
    listed = sorted(str(r[0].value) for r in inv.iter_rows(min_row=HEADER_ROW + 1) if r[0].value is not None)
    wanted = sorted(f["form"] or "—" for f in score["invalidForms"])
    if listed != wanted:
        fail(f"Invalid forms sheet lists {len(listed)} forms, the JSON {len(wanted)}: "
             f"{sorted(set(wanted) ^ set(listed))[:10]}")

    # Privacy: names, phones and (unless --show-units) units from the input.
    cols = survey.get("columns", {})
    names_, phones, units, staff = set(), set(), set(), set()
    for path in files:
        for form in read_forms(path):
            name = str(form.get(cols.get("name", "name"), "") or "").strip()
            phone = digits(form.get(cols.get("phone", "phone"), "") or "")
            unit = str(form.get(cols.get("unit", "unit"), "") or "").strip()
            staff.add(str(form.get(cols.get("surveyor", "surveyor"), "") or "").strip())
            if len(name) >= 2:
                names_.add(name)
            if len(phone) >= 7:
                phones.add(phone)
            if unit:
                units.add(unit)
    names_ -= staff  # a surveyor's own name is not a respondent's
    mobile = re.compile(r"(?<!\d)(?:\+?86)?1[3-9]\d{9}(?!\d)")
    cells = 0
    units_in_data = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                cells += 1
                if c.data_type == "f":
                    fail(f"{ws.title}!{c.coordinate} is a formula: {c.value!r}")
                if isinstance(c.value, float) and not math.isfinite(c.value):
                    fail(f"{ws.title}!{c.coordinate} is {c.value}")
                if not isinstance(c.value, str):
                    continue
                v = c.value
                if "\r" in v:
                    fail(f"{ws.title}!{c.coordinate} holds a carriage return")
                for n in names_:
                    if n in v:
                        fail(f"{ws.title}!{c.coordinate} holds the name {n!r}")
                d = digits(v)
                if mobile.search(re.sub(r"[\s-]", "", v)) or any(p in d for p in phones if len(d) >= 7):
                    fail(f"{ws.title}!{c.coordinate} holds a phone number: {v!r}")
                if v.strip() in units:
                    if args["show_units"] and ws.title.startswith(expected[7]):
                        units_in_data += 1
                    else:
                        fail(f"{ws.title}!{c.coordinate} holds the unit {v!r}")
    if args["show_units"] and not args["no_data"] and units_in_data == 0:
        fail("--show-units: the Data sheet shows no real unit")

    # Raw XML: no NaN / infinity numbers, no stored carriage return.
    with zipfile.ZipFile(workbook_path) as z:
        for info in z.infolist():
            if info.filename.endswith(".xml"):
                xml = z.read(info.filename).decode("utf-8")
                if re.search(r"<v>\s*-?(nan|inf)", xml, re.I):
                    fail(f"{info.filename} stores NaN or infinity")
                if "_x000D_" in xml or "&#13;" in xml or "\r" in xml:
                    fail(f"{info.filename} stores a carriage return")

    # Document properties: title and the creation date fixed from the period.
    props = wb.properties
    if props.title != survey.get("title"):
        fail(f"document title {props.title!r}")
    m = re.fullmatch(r"(\d{4})H([12])", survey.get("period", ""))
    if m:
        want_date = datetime.datetime(int(m.group(1)), 6 if m.group(2) == "1" else 12, 30 if m.group(2) == "1" else 31)
        if props.created is None or props.created.replace(tzinfo=None) != want_date:
            fail(f"document created {props.created}, not {want_date}")

    print(json.dumps({"sheets": names, "cells": cells, "names": len(names_), "phones": len(phones), "units": len(units),
                      "invalidForms": len(listed), "failures": failures[:50]}, ensure_ascii=False))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
