#!/usr/bin/env python3
"""Second tool for the Data sheet's unit pseudonyms (docs/SECURITY.md).

    pseudonyms.py WORKBOOK KEYFILE ROSTER.csv SURVEY_ID

Reads the Data sheet (4th column: the unit's pseudonym, 2nd: the project)
with openpyxl and the roster's project and unit columns, and prints JSON:

  rows      Data rows
  keyed     rows whose pseudonym is HMAC-SHA-256(key, "unit" US project US unit)[:6 bytes]
            for the row's project and some rostered unit (Python's hmac, not csat's code)
  guessed   rows whose pseudonym an attacker without the key gets from the survey id,
            the project and every unit number: unkeyed SHA-256 in several arrangements,
            and HMAC under keys made of what the attacker knows
  pseudonyms  {project: [pseudonym, ...]} of the Data sheet, sorted
"""
import csv
import hashlib
import hmac
import json
import sys

import openpyxl

US = b"\x1f"


def key_bytes(path):
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            tag, hexkey = line.split()
            assert tag == "csat-key-1"
            return bytes.fromhex(hexkey)
    raise SystemExit("no key")


def main():
    workbook, keyfile, roster, survey_id = sys.argv[1:5]
    key = key_bytes(keyfile)
    units = {}
    with open(roster, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            units.setdefault(row["project"], []).append(row["unit"])

    def tag(digest):
        h = digest[:6].hex()
        return "U-" + h[0:4] + "-" + h[4:8] + "-" + h[8:12]

    keyed, guesses = {}, {}
    sid = survey_id.encode()
    for project, us in units.items():
        p = project.encode()
        for u in us:
            u8 = u.encode()
            keyed[(project, tag(hmac.new(key, b"unit" + US + p + US + u8, hashlib.sha256).digest()))] = u
            for message in (sid + US + p + US + u8, p + US + u8, b"unit" + US + p + US + u8, sid + p + u8, p + u8, u8):
                guesses[(project, tag(hashlib.sha256(message).digest()))] = u
                guesses[(project, "U-" + hashlib.sha256(message).hexdigest()[:10])] = u
            for guess_key in (b"", sid, p, sid + p):
                guesses[(project, tag(hmac.new(guess_key, b"unit" + US + p + US + u8, hashlib.sha256).digest()))] = u

    wb = openpyxl.load_workbook(workbook, read_only=True)
    data = wb[[n for n in wb.sheetnames if n in ("数据", "Data")][0]]
    rows = keyed_hits = guessed_hits = 0
    seen = {}
    for i, r in enumerate(data.iter_rows(values_only=True)):
        if i == 0:
            continue
        rows += 1
        project, pseudonym = r[1], r[3]
        seen.setdefault(project, set()).add(pseudonym)
        keyed_hits += (project, pseudonym) in keyed
        guessed_hits += (project, pseudonym) in guesses
    print(json.dumps({
        "rows": rows, "keyed": keyed_hits, "guessed": guessed_hits,
        "pseudonyms": {p: sorted(s) for p, s in sorted(seen.items())},
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
