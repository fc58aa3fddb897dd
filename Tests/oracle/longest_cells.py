"""Prints, for every sheet of a workbook, the length of its longest text cell in UTF-16 code units (as Excel counts), read with openpyxl: a JSON object, sheet name → length."""
import json
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
out = {}
for ws in wb.worksheets:
    longest = 0
    for row in ws.iter_rows(values_only=True):
        for c in row:
            if isinstance(c, str):
                longest = max(longest, len(c.encode("utf-16-le")) // 2)
    out[ws.title] = longest
print(json.dumps(out, ensure_ascii=False))
