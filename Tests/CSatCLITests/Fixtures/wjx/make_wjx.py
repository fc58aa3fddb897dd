#!/usr/bin/env python3
"""Turns a plain csat wave (one CSV) into the shapes a 问卷星 (wjx) download has.

    make_wjx.py SURVEY.json FORMS.csv OUTDIR

writes, in OUTDIR:
  text.csv / text.xlsx        按选项文本: labels, skipped answers "(跳过)", empty open answers "(空)"
  number.csv / number.xlsx    按选项序号: option numbers in the questionnaire's order (非常满意 first, so
                              option 1 = the top point), skipped answers -3; read with survey-highfirst.json
  matrix.csv / matrix.xlsx    the scale questions as one 矩阵量表题: headers 第7题(行标题) (CSV), 7(行标题) (XLSX)
  survey-highfirst.json       the same definition with "labelsOrder": "highFirst" on its labelled scales
Every shape leads with wjx's meta columns (序号, 提交答卷时间, 所用时间, 来源, 来源详情, 来自IP), numbers its
questions "N、" as wjx does, is written as GB18030 (CSV, as Excel on Chinese Windows saves it) or by
XlsxWriter (XLSX, 提交答卷时间 a real date-time cell). Nothing else changes: the figures of every shape must
equal the plain file's.
"""
import csv
import re
import datetime
import io
import json
import os
import sys

import xlsxwriter

NOT_ANSWERED = {"", "n/a", "na", "不适用", "无法评价"}
META = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP"]


def read_csv(path):
    raw = open(path, "rb").read()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    dialect = csv.Sniffer().sniff(text.splitlines()[0], delimiters=",;\t")
    rows = list(csv.reader(io.StringIO(text), dialect))
    return rows[0], rows[1:]


def main(survey_path, forms_path, out):
    survey = json.load(open(survey_path, encoding="utf-8"))
    header, rows = read_csv(forms_path)
    scales = survey["scales"]
    by_text = {q["text"]: q for q in survey["questions"]}
    by_id = {q["id"]: q for q in survey["questions"]}
    role_of = {v: k for k, v in survey.get("columns", {}).items()}

    def question(h):
        # A plain file may number its headers already (`3、前台…`, as 翠湖苑.csv does): 问卷星 then
        # numbers them again (`14、3、前台…`), which csat must still match.
        return by_id.get(h) or by_text.get(h) or by_text.get(re.sub(r"^\s*\d+\s*[、.．]\s*", "", h))

    matrix_number = None
    heads = {"text": [], "number": [], "matrix_csv": [], "matrix_xlsx": []}
    n = m = 0  # wjx's question numbers: every column is one question; the matrix is one question of many rows
    for h in header:
        q = question(h)
        n += 1
        title = h  # the header as the plain file has it (the question's text, or its numbered text)
        for k in ("text", "number"):
            heads[k].append(f"{n}、{title}")
        if q and q.get("type") != "open" and scales[q["scale"]].get("labels"):
            if matrix_number is None:
                m += 1
                matrix_number = m
            heads["matrix_csv"].append(f"第{matrix_number}题({title})")
            heads["matrix_xlsx"].append(f"{matrix_number}({title})")
        else:
            m += 1
            heads["matrix_csv"].append(f"{m}、{title}")
            heads["matrix_xlsx"].append(f"{m}、{title}")
    date_col = header.index(survey["columns"]["date"]) if survey["columns"].get("date") in header else None

    def cell(h, v, shape):
        q = question(h)
        if q is None:
            return v
        if q.get("type") == "open":
            return v if v.strip() else "(空)"
        scale = scales[q["scale"]]
        t = v.strip()
        if t.lower() in NOT_ANSWERED:
            return ("-3" if shape == "number" else "(跳过)") if t == "" else t
        labels = scale.get("labels")
        lo = scale.get("min", 1)
        hi = lo + scale["points"] - 1
        value = None
        if labels and t in labels:
            value = lo + labels.index(t)
        elif t.isdigit():
            value = int(t)
        if value is None or not (lo <= value <= hi):
            return v  # off the scale: kept as it is, still out of range
        if shape == "number":
            return str(hi - value + lo) if labels else str(value)
        return labels[value - lo] if labels else str(value)

    def meta(i, row):
        day = row[date_col].strip().replace("/", "-") if date_col is not None else "2026-06-15"
        parts = [int(p) for p in day.split("-")] if day else [2026, 6, 15]
        when = datetime.datetime(parts[0], parts[1], parts[2], 9, 0, 0) + datetime.timedelta(minutes=7 * i)
        return [i + 1, when, f"{180 + i % 300}秒", "手机提交", "直接访问", f"113.87.{i % 250}.{i % 97}(广东-深圳)"]

    shapes = {
        "text": (heads["text"], heads["text"], "text"),
        "number": (heads["number"], heads["number"], "number"),
        "matrix": (heads["matrix_csv"], heads["matrix_xlsx"], "text"),
    }
    os.makedirs(out, exist_ok=True)
    for name, (csv_head, xlsx_head, shape) in shapes.items():
        body = [[cell(h, v, shape) for h, v in zip(header, r)] for r in rows]
        with open(os.path.join(out, name + ".csv"), "w", encoding="gb18030", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(META + csv_head)
            for i, r in enumerate(body):
                m = meta(i, rows[i])
                m[1] = m[1].strftime("%Y/%-m/%-d %H:%M:%S")
                w.writerow(m + r)
        book = xlsxwriter.Workbook(os.path.join(out, name + ".xlsx"))
        book.set_properties({"created": datetime.datetime(2026, 6, 30)})
        sheet = book.add_worksheet("Sheet1")
        when = book.add_format({"num_format": "yyyy/m/d h:mm:ss"})
        for c, h in enumerate(META + xlsx_head):
            sheet.write_string(0, c, h)
        for i, r in enumerate(body):
            m = meta(i, rows[i])
            sheet.write_number(i + 1, 0, m[0])
            sheet.write_datetime(i + 1, 1, m[1], when)
            for c, v in enumerate(m[2:] + r, start=2):
                # Answers that are numbers are numbers in a real download; everything else is text.
                if isinstance(v, str) and v.lstrip("-").isdigit() and not v.startswith("0") and len(v) < 6:
                    sheet.write_number(i + 1, c, int(v))
                else:
                    sheet.write_string(i + 1, c, v)
        book.close()
    high = json.loads(json.dumps(survey))
    for s in high["scales"].values():
        if s.get("labels"):
            s["labelsOrder"] = "highFirst"
    with open(os.path.join(out, "survey-highfirst.json"), "w", encoding="utf-8") as f:
        json.dump(high, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main(*sys.argv[1:4])
