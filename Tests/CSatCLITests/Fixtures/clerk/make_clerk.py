#!/usr/bin/env python3
"""Workbooks as clerks and managers really have them, made from the sample company's files (XlsxWriter).

    make_clerk.py REPO_ROOT OUTDIR

writes, in OUTDIR:
  forms.csv      the first 40 forms of sample-data/wave-2026H1/锦程花园.csv, with form 7's q3 answer written #N/A
                 (the plain reference: what the workbook must read as)
  clerk.xlsx     the same 40 forms as a data-entry clerk types them: a first sheet 填表说明 of instructions, the
                 forms on sheet 录入 under a merged title row and a date line; 项目 merged down the rows of each
                 project (the value in the first row only), 日期 real date cells, 电话 text, q1 of every form a
                 formula (=4-0 style, with its cached value), q3 of form 7 an #N/A error cell (=NA())
  roster.csv     sample-data/roster.csv (the plain reference)
  roster.xlsx    the same roster with Chinese headers (项目, 房号, 楼栋, 物业类型, 客户类型, 是否空置, 面积),
                 a title row, 是否空置 as 是/否, 房号 text, 面积 numbers
Expected figures: the workbook and its CSV give the same `csat check --json` and `csat score --json`.
"""
import csv
import datetime
import os
import sys

import xlsxwriter

root, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
FIXED = datetime.datetime(2026, 6, 30)

with open(os.path.join(root, "sample-data/wave-2026H1/锦程花园.csv"), encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
header, forms = rows[0], rows[1:41]
q1 = header.index("前台接待人员的服务态度")
q3 = header.index("客服电话的接通与答复速度")
forms[6][q3] = "#N/A"
with open(os.path.join(out, "forms.csv"), "w", encoding="utf-8", newline="") as f:
    csv.writer(f, lineterminator="\n").writerows([header] + forms)

book = xlsxwriter.Workbook(os.path.join(out, "clerk.xlsx"))
book.set_properties({"created": FIXED})
notes = book.add_worksheet("填表说明")
notes.write(0, 0, "填表说明：每份问卷录入一行；项目可合并单元格；答案填 1–5。")
notes.write(1, 0, "不适用的题目填“不适用”。")
sheet = book.add_worksheet("录入")
title = book.add_format({"bold": True, "align": "center"})
date = book.add_format({"num_format": "yyyy-mm-dd"})
sheet.merge_range(0, 0, 0, len(header) - 1, "锦程物业2026年上半年业主满意度调查 录入表", title)
sheet.write_string(1, 0, "录入日期：2026-06-20")
for c, h in enumerate(header):
    sheet.write_string(2, c, h)
project_col = header.index("项目")
date_col = header.index("日期")
start = 3
# 项目 merged down each run of equal projects (all 锦程花园 here: one range of 40 rows).
run_start = 0
for i in range(1, len(forms) + 1):
    if i == len(forms) or forms[i][project_col] != forms[run_start][project_col]:
        if i - run_start > 1:
            sheet.merge_range(start + run_start, project_col, start + i - 1, project_col, forms[run_start][project_col])
        else:
            sheet.write_string(start + run_start, project_col, forms[run_start][project_col])
        run_start = i
for r, form in enumerate(forms):
    row = start + r
    for c, v in enumerate(form):
        if c == project_col:
            continue
        if c == date_col and v:
            sheet.write_datetime(row, c, datetime.datetime.strptime(v, "%Y-%m-%d"), date)
        elif c == q1 and v.isdigit():
            sheet.write_formula(row, c, f"={int(v) + 1}-1", None, int(v))
        elif v == "#N/A":
            sheet.write_formula(row, c, "=NA()", None, "#N/A")
        elif v.isdigit() and c > date_col and header[c] not in ("电话",):
            sheet.write_number(row, c, int(v))
        elif v:
            sheet.write_string(row, c, v)
book.close()

with open(os.path.join(root, "sample-data/roster.csv"), encoding="utf-8-sig", newline="") as f:
    roster = list(csv.reader(f))
with open(os.path.join(out, "roster.csv"), "w", encoding="utf-8", newline="") as f:
    csv.writer(f, lineterminator="\n").writerows(roster)
names = {"project": "项目", "unit": "房号", "building": "楼栋", "propertyType": "物业类型", "customerType": "客户类型",
         "vacant": "是否空置", "area": "面积"}
book = xlsxwriter.Workbook(os.path.join(out, "roster.xlsx"))
book.set_properties({"created": FIXED})
sheet = book.add_worksheet("花名册")
sheet.write_string(0, 0, "锦程物业 业主花名册（2026年6月）")
cols = roster[0]
for c, h in enumerate(cols):
    sheet.write_string(1, c, names.get(h, h))
for r, line in enumerate(roster[1:], start=2):
    for c, v in enumerate(line):
        h = cols[c]
        if h == "vacant":
            sheet.write_string(r, c, "是" if v.strip() in ("1", "true", "yes", "是") else "否")
        elif h == "area" and v:
            sheet.write_number(r, c, float(v))
        elif v:
            sheet.write_string(r, c, v)
book.close()
