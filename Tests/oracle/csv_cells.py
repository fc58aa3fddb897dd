"""Prints the cells of a CSV file as JSON rows, read with Python's csv module (a second parser)."""
import csv
import json
import sys

with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    print(json.dumps(list(csv.reader(f)), ensure_ascii=False))
