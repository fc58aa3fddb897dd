"""Fills csat entry's workbook with openpyxl, as a clerk would, from a wave's forms files.

Usage: fill_entry.py SURVEY.json ENTRY.xlsx OUT.xlsx [--slips=SAMPLE.csv] FORMS...

Independent of csat: the forms files are read with Python's csv and json modules (encoding
tried as UTF-8 with or without BOM, then GB18030; the delimiter sniffed), each header matched
to the definition by role header, question id, question text, or text after a `3、` / `Q3. `
number. Each form goes into its household's row (the first unused row with its project and
unit), with the form id printed in that row copied into 核对编号 as the clerk copies it from
the paper; a form with no row left (a second form of a household, a unit outside the list)
goes into the next spare row under the list, with its household's printed id when the list has
one. The cells get the forms' values as they are (labels, numbers, N/A, dates as text).

--slips adds three mistakes for the check to catch, and ticks 已发放 on every household's row
but up to three whose forms did not come back, in the project that has the most such rows among
its households that count as sampled (not replaced by a reserve, read from the sample list):
  * the first filled row's 核对编号 is the printed id of another household's row → wrong_household;
  * the second filled row's 核对编号 has its last digit changed (the Luhn digit fails) → unknown_form;
  * the third filled row's 核对编号 names another wave (2025H2-…) → unknown_form.

Prints JSON: {"rows": {"<sheet row>": "<form id in the forms file>"}, "noPrintedID": [rows],
"slips": {"wrong_household": row, "unknown_form": [rows]}, "notTyped": count, "untickedRows": [rows],
"untickedProject": name}.
"""

import csv
import io
import json
import re
import sys

import openpyxl


def decode(raw):
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    raise SystemExit("cannot decode")


def read_forms(path):
    raw = open(path, "rb").read()
    text = decode(raw)
    if path.endswith(".json"):
        return json.loads(text)
    first = text.splitlines()[0]
    delimiter = max([",", ";", "\t"], key=first.count)
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    header = rows[0]
    return [dict(zip(header, r)) for r in rows[1:] if any(c.strip() for c in r)]


def strip_number(name):
    m = re.match(r"^\s*(?:Q?\d+(?:\.\d+)?)\s*[、.．:：)]\s*(.*)$", name)
    return m.group(1).strip() if m else name


def main():
    args = sys.argv[1:]
    slips = next((a.split("=", 1)[1] for a in args if a.startswith("--slips=")), None)
    args = [a for a in args if not a.startswith("--slips=")]
    survey_path, entry_path, out_path, forms = args[0], args[1], args[2], args[3:]
    survey = json.load(open(survey_path, encoding="utf-8"))
    columns = survey.get("columns", {})
    role_header = {role: columns.get(role, role) for role in
                   ["form", "project", "unit", "building", "propertyType", "customerType", "surveyor", "date",
                    "name", "phone", "signed", "damaged", "altered"]}
    by_header = {h: role for role, h in role_header.items()}
    questions = survey["questions"]
    by_id = {q["id"]: q["id"] for q in questions}
    by_text = {q["text"].strip(): q["id"] for q in questions}

    def target(name):
        name = name.strip()
        if name in by_header:
            return ("role", by_header[name])
        if name in by_id:
            return ("q", name)
        if name in by_text:
            return ("q", by_text[name])
        s = strip_number(name)
        if s in by_text:
            return ("q", by_text[s])
        return None

    wb = openpyxl.load_workbook(entry_path)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    col = {}
    for i, h in enumerate(header):
        t = target(h) if h else None
        if t:
            col[t] = i + 1
        elif h in ("已发放", "handedOut"):
            col[("handedOut",)] = i + 1
        elif h in ("核对编号", "paperFormID"):
            col[("paper",)] = i + 1
    form_col, project_col, unit_col = col[("role", "form")], col[("role", "project")], col[("role", "unit")]
    building_col = col.get(("role", "building"))
    households = {}
    printed_id_of = {}
    last_household_row = 1
    for r in range(2, ws.max_row + 1):
        fid = ws.cell(r, form_col).value
        if not fid:
            break
        key = (ws.cell(r, project_col).value, ws.cell(r, unit_col).value)
        households.setdefault(key, []).append(r)
        printed_id_of.setdefault(key, fid)
        last_household_row = r
    next_spare = last_household_row + 1
    rows = {}
    no_printed = []
    filled = []
    for path in forms:
        for form in read_forms(path):
            cells = {}
            for name, value in form.items():
                t = target(name) if name else None
                if t:
                    cells[t] = value
            key = (str(cells.get(("role", "project"), "")).strip(), str(cells.get(("role", "unit"), "")).strip())
            free = households.get(key, [])
            if free:
                r = free.pop(0)
                paper = ws.cell(r, form_col).value
            else:
                r = next_spare
                next_spare += 1
                paper = printed_id_of.get(key)
                ws.cell(r, project_col).value = key[0]
                ws.cell(r, unit_col).value = key[1]
                if building_col and ("role", "building") in cells:
                    ws.cell(r, building_col).value = cells[("role", "building")]
                if paper:
                    ws.cell(r, form_col).value = paper
                else:
                    no_printed.append(r)
            if paper:
                ws.cell(r, col[("paper",)]).value = paper
            for t, value in cells.items():
                if t[0] == "role" and t[1] in ("form", "project", "unit", "building", "propertyType", "customerType"):
                    continue
                if t not in col or value is None or value == "":
                    continue
                cell = ws.cell(r, col[t])
                cell.value = value
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"  # a comment that starts with "=" is text, as a clerk's typed text is
            rows[str(r)] = str(form.get(role_header["form"], ""))
            filled.append(r)
    result = {"rows": rows, "noPrintedID": no_printed, "notTyped": 0, "slips": {}, "untickedRows": []}
    household_rows = range(2, last_household_row + 1)
    filled_set = set(filled)
    result["notTyped"] = sum(1 for r in household_rows if r not in filled_set)
    if slips:
        paper_col = col[("paper",)]
        household_filled = [r for r in filled if r <= last_household_row]
        a, b, c = household_filled[0], household_filled[1], household_filled[2]
        other = next(r for r in household_rows if r not in (a, b, c))
        ws.cell(a, paper_col).value = ws.cell(other, form_col).value
        printed = ws.cell(b, form_col).value
        ws.cell(b, paper_col).value = printed[:-1] + str((int(printed[-1]) + 1) % 10)
        ws.cell(c, paper_col).value = "2025H2-" + ws.cell(c, form_col).value.split("-", 1)[1]
        result["slips"] = {"wrong_household": a, "unknown_form": [b, c]}
        sample = list(csv.DictReader(io.StringIO(decode(open(slips, "rb").read()))))
        replaced = {(r["project"], r["replaces"]) for r in sample if r.get("replaces")}
        # The project with the most such rows (up to three of them).
        chosen = (None, [])
        for p in dict.fromkeys(ws.cell(r, project_col).value for r in household_rows):
            candidates = [x for x in household_rows if ws.cell(x, project_col).value == p and x not in filled_set
                          and (p, ws.cell(x, unit_col).value) not in replaced][:3]
            if len(candidates) > len(chosen[1]):
                chosen = (p, candidates)
        unticked = chosen[1]
        result["untickedProject"] = chosen[0]
        for r in household_rows:
            if r not in unticked:
                ws.cell(r, col[("handedOut",)]).value = "是"
        result["untickedRows"] = unticked
    wb.save(out_path)
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
