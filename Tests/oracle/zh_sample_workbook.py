"""Writes a sample list CSV as the surveyor's workbook in a Chinese run would hold it, typed back by
a clerk: Chinese headers (项目 分层 房号 类别 顺序 替换 替换原因) and roles (样本 备选), with openpyxl.

usage: zh_sample_workbook.py LIST.csv OUT.xlsx
"""
import csv
import sys

import openpyxl

HEADERS = {"project": "项目", "stratum": "分层", "unit": "房号", "role": "类别", "order": "顺序",
           "replaces": "替换", "reason": "替换原因"}
ROLES = {"sample": "样本", "reserve": "备选"}

with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "样本名单"
ws.append([HEADERS.get(h, h) for h in rows[0]])
role = rows[0].index("role")
for r in rows[1:]:
    r = list(r)
    r[role] = ROLES[r[role]]
    ws.append(r)
wb.save(sys.argv[2])
