"""Prints every text cell of one sheet of a workbook (by position, 0 = first, -1 = last) as a JSON list, read with openpyxl."""
import json
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
ws = wb[wb.sheetnames[int(sys.argv[2])]]
print(json.dumps([c for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)], ensure_ascii=False))
