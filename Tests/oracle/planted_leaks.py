#!/usr/bin/env python3
"""Looks for planted personal data in csat's outputs, independently of csat's Swift code.

    planted_leaks.py PLANTED.json FILE...

PLANTED.json: {"numbers": ["13812345678", "11010119900307123X", ...],
               "emails": ["li.sihai@example.com", ...], "names": ["张三丰", "Li Na", ...]}
FILE: a workbook (.xlsx: every cell of every sheet, read with openpyxl), a JSON file (every
string in it, decoded), or any other text file (.md, .svg, .csv).

Every text is folded first: NFKC (full-width, circled and mathematical digits and letters,
`＠` and `．` become ASCII), Chinese numerals and dingbat digits as digits (〇零一二三四五六七八九,
幺 as 1, ❶, ➀, ➊), lowercased. A number is found when its digits appear in order with at
most eight non-word characters between two of them (`138 1234 5678`, `138.1234.5678`, `1 3 8…`); a name when its characters appear with
at most three non-word characters between them (`张 三 丰`), a Latin name only as a word;
an e-mail address when its local part or its domain appears.
Prints {"found": {planted: [files]}, "commentCells": n} (n: cells holding `话题` on the
workbook's Comments sheet, 意见建议 or Comments); exit 0.
"""
import json, re, sys, unicodedata

import openpyxl

HAN_DIGITS = str.maketrans("〇零一二三四五六七八九幺❶❷❸❹❺❻❼❽❾➀➁➂➃➄➅➆➇➈➊➋➌➍➎➏➐➑➒", "001234567891" + "123456789" * 3)


def fold(text):
    return unicodedata.normalize("NFKC", text).translate(HAN_DIGITS).lower()


def texts(path):
    """The texts of one file, and the number of comment cells when it is a workbook."""
    if path.endswith(".xlsx"):
        book = openpyxl.load_workbook(path, read_only=True)
        out, comments = [], 0
        for sheet in book.worksheets:
            for row in sheet.iter_rows(values_only=True):
                for value in row:
                    if isinstance(value, str):
                        out.append(value)
                        if sheet.title in ("意见建议", "Comments") and "话题" in value:
                            comments += 1
        return out, comments
    with open(path, encoding="utf-8-sig") as f:
        raw = f.read()
    if path.endswith(".json"):
        out = []

        def walk(v):
            if isinstance(v, str):
                out.append(v)
            elif isinstance(v, list):
                for x in v:
                    walk(x)
            elif isinstance(v, dict):
                for k, x in v.items():
                    out.append(k)
                    walk(x)

        walk(json.loads(raw))
        return out, 0
    return [raw], 0


def patterns(planted):
    gap = r"[\W_]{0,8}"
    for number in planted.get("numbers", []):
        digits = [c for c in fold(number) if c.isalnum()]
        yield number, re.compile(gap.join(re.escape(c) for c in digits))
    for name in planted.get("names", []):
        chars = [c for c in fold(name) if c.isalnum()]
        body = r"[\W_]{0,3}".join(re.escape(c) for c in chars)
        if chars and chars[0].isascii():
            body = r"(?<![a-z])" + body + r"(?![a-z])"
        yield name, re.compile(body)
    for email in planted.get("emails", []):
        local, domain = fold(email).split("@")
        yield email, re.compile(re.escape(local) + "|" + re.escape(domain))


def main():
    planted = json.load(open(sys.argv[1], encoding="utf-8"))
    found, comment_cells = {}, 0
    checks = list(patterns(planted))
    for path in sys.argv[2:]:
        values, comments = texts(path)
        comment_cells += comments
        folded = [fold(v) for v in values]
        for what, pattern in checks:
            if any(pattern.search(v) for v in folded):
                found.setdefault(what, []).append(path)
    print(json.dumps({"found": found, "commentCells": comment_cells}, ensure_ascii=False))


if __name__ == "__main__":
    main()
