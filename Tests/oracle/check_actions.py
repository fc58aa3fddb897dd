"""Checks csat actions' workbook with openpyxl against counts made here from the forms files.

Usage:
  check_actions.py check SURVEY.json ACTIONS.xlsx CHECK.json FORMS...
  check_actions.py fill ACTIONS.xlsx FILLED.xlsx
  check_actions.py previous ACTIONS.xlsx EXPECTED.json
  check_actions.py unhead ACTIONS.xlsx OUT.xlsx

check: the forms are read with Python's csv and json (fill_entry.read_forms); which forms are valid
comes from `csat check --json` (CHECK.json, its invalidForms). Counted here, independently of csat:
  * the reply list: every form, valid or not, with an open answer that says something (not 无, 没有,
    暂无, …) or an answer at or below its scale's dissatisfiedTo; the sheet must list exactly those
    form ids, each with its own unit;
  * each question row of the plan: the dissatisfied answers among the block's valid forms;
  * each theme row: the block's open answers (valid forms) that hold one of the theme's keywords,
    and the "other" row: those that hold none;
  * the status dropdown covers every action row; frozen header, autofilter, landscape fit to width;
  * no phone number of any form, nor any 11-digit mobile number, anywhere in the file's XML.
Prints a JSON summary (rows per sheet and the counts checked); exits 1 on the first mismatch.

fill: types statuses into the plan as departments would (both languages, spaces, a blank, a
word that is none of the four) and prints the shares done per department and per project that
follow, worked out here from the cells it wrote.

unhead: clears the plan's status header, as someone tidying the sheet might.

previous: reads the 上期整改 / Last wave's actions sheet and compares its two tables with fill's JSON.

history: `csat actions --history` on a history holding the wave before: every driver row's 上期指数
and 较上期 against csat_oracle.py's figures of both waves (NOW.json, BEFORE.json: the company's driver
indices and each project's, computed from the forms files by numpy), rounded half-up to 0.1 here;
question and theme rows must leave both blank.
  check_actions.py history SURVEY.json ACTIONS.xlsx NOW.json BEFORE.json PERIOD
"""

import json
import re
import sys
import zipfile

import openpyxl

from fill_entry import read_forms, strip_number

NOTHING = {"无", "没有", "暂无", "暂时没有", "暂时没有了", "没", "无意见", "没有意见", "没意见", "暂无意见", "无建议", "没有建议",
           "暂无建议", "无意见和建议", "没有了", "否", "none", "no", "nil", "na", "n/a", "nothing", "nocomment", "nocomments",
           "nothingtoadd", "", "/", "-", "—", "…"}
PUNCT = set(".,!?;:。，！？；：、~～\"'“”‘’()（）")
NOT_ANSWERED = {"", "N/A", "n/a", "NA", "不适用", "无法评价"}


def fail(message):
    print(message)
    sys.exit(1)


def says_something(text):
    kept = "".join(c for c in text.lower() if not c.isspace() and c not in PUNCT)
    return kept not in NOTHING


def scale_points(scale):
    lo = scale.get("min", 1)
    points = scale["points"]
    hi = lo + points - 1
    default_sat = {5: 4, 7: 6}.get(points, 8)
    sat = scale.get("satisfiedFrom", default_sat)
    dis = scale.get("dissatisfiedTo", lo + hi - sat)
    return lo, hi, scale.get("labels"), dis


def answer_value(raw, scale):
    lo, hi, labels, _ = scale_points(scale)
    if raw is None:
        return None
    s = str(raw).strip()
    if s in NOT_ANSWERED:
        return None
    if labels and s in labels:
        return lo + labels.index(s)
    try:
        x = float(s)
    except ValueError:
        return None
    if x != int(x) or not lo <= x <= hi:
        return None
    return int(x)


def check(survey_path, workbook_path, check_path, forms_paths):
    survey = json.load(open(survey_path, encoding="utf-8"))
    columns = survey.get("columns", {})
    header_of = lambda role: columns.get(role, role)
    scales = survey["scales"]
    questions = survey["questions"]
    closed = [q for q in questions if q.get("type") != "open"]
    opens = [q for q in questions if q.get("type") == "open"]
    themes = survey.get("themes", {})
    invalid = {f["form"] for f in json.load(open(check_path, encoding="utf-8"))["invalidForms"]}

    def column_of(form, q):
        for key in form:
            k = key.strip()
            if k == q["id"] or k == q["text"].strip() or strip_number(k) == q["text"].strip():
                return key
        return None

    forms = []
    for path in forms_paths:
        for f in read_forms(path):
            rec = {"form": str(f.get(header_of("form"), "")).strip(), "project": str(f.get(header_of("project"), "")).strip(),
                   "unit": str(f.get(header_of("unit"), "") or "").strip(), "phone": str(f.get(header_of("phone"), "") or "")}
            low = {}
            for q in closed:
                key = column_of(f, q)
                x = answer_value(f.get(key), scales[q["scale"]]) if key else None
                if x is not None and x <= scale_points(scales[q["scale"]])[3]:
                    low[q["text"]] = x
            texts = []
            for q in opens:
                key = column_of(f, q)
                v = f.get(key) if key else None
                if v is not None and str(v).strip() and says_something(str(v)):
                    texts.append(str(v))
            rec["low"], rec["comments"] = low, texts
            rec["valid"] = rec["form"] not in invalid
            forms.append(rec)

    wb = openpyxl.load_workbook(workbook_path)
    plan = wb.worksheets[0]
    if plan.title not in ("整改计划", "Improvement plan"):
        fail(f"first sheet is {plan.title}")
    header = [c.value for c in plan[4]]
    col = {name: i for i, name in enumerate(header)}
    zh = plan.title == "整改计划"
    company = "全公司" if zh else "Company"
    other = "其他意见（未归类）" if zh else "Other comments (no theme)"
    kinds = ("驱动因素", "题目", "意见主题") if zh else ("Driver", "Question", "Comment theme")
    rows = [[c.value for c in r] for r in plan.iter_rows(min_row=5) if r[0].value]
    # By header: --history puts two columns after the index.
    named = lambda zh_name, en_name: col[zh_name if zh else en_name]
    idc, projc, kindc, itemc = 0, 1, 2, 3
    disc, comc = named("不满意份数", "Dissatisfied"), named("意见条数", "Comments")
    statc = named("状态", "Status")
    checked_questions = checked_themes = 0
    for r in rows:
        block = [f for f in forms if f["valid"] and (r[projc] == company or f["project"] == r[projc])]
        if r[kindc] == kinds[1]:
            n = sum(1 for f in block if r[itemc] in f["low"])
            if n != r[disc]:
                fail(f"{r[idc]}: {n} dissatisfied answers counted here, {r[disc]} in the sheet")
            checked_questions += 1
        elif r[kindc] == kinds[2]:
            if r[itemc] == other:
                n = sum(1 for f in block for t in f["comments"] if not any(k in t for ks in themes.values() for k in ks))
            else:
                n = sum(1 for f in block for t in f["comments"] if any(k in t for k in themes[r[itemc]]))
            if n != r[comc]:
                fail(f"{r[idc]}: {n} comments counted here, {r[comc]} in the sheet")
            checked_themes += 1
    ids = [r[idc] for r in rows]
    if len(set(ids)) != len(ids):
        fail("an action id is used twice")
    # The status dropdown over every action row, the table set-up.
    dvs = [dv for dv in plan.data_validations.dataValidation if dv.type == "list"]
    status_letter = openpyxl.utils.get_column_letter(statc + 1)
    wanted = f"{status_letter}5:{status_letter}{4 + len(rows)}"
    if not any(str(dv.sqref) == wanted for dv in dvs):
        fail(f"no status dropdown over {wanted}: {[str(d.sqref) for d in dvs]}")
    statuses = ["未开始", "进行中", "已完成", "无法完成"] if zh else ["Not started", "In progress", "Done", "Cannot be done"]
    if not any(dv.formula1 == '"' + ",".join(statuses) + '"' for dv in dvs):
        fail(f"the dropdown's list is {[dv.formula1 for dv in dvs]}")
    if plan.freeze_panes != "A5" or not plan.auto_filter.ref:
        fail(f"frozen at {plan.freeze_panes}, filter {plan.auto_filter.ref}")
    if plan.page_setup.orientation != "landscape" or plan.page_setup.fitToWidth not in (None, 1) \
            or not plan.sheet_properties.pageSetUpPr.fitToPage:
        fail("the plan does not print landscape, one page wide")

    # The reply list.
    replies = wb.worksheets[1]
    reply_rows = [[c.value for c in r] for r in replies.iter_rows(min_row=5) if r[0].value]
    expected = {f["form"]: f for f in forms if f["low"] or f["comments"]}
    listed = [r[0] for r in reply_rows]
    if sorted(listed) != sorted(expected):
        missing = sorted(set(expected) - set(listed))[:5]
        extra = sorted(set(listed) - set(expected))[:5]
        fail(f"reply list: {len(listed)} rows, {len(expected)} expected; missing {missing}, extra {extra}")
    for r in reply_rows:
        if (r[3] or "") != expected[r[0]]["unit"]:
            fail(f"{r[0]}: unit {r[3]} in the sheet, {expected[r[0]]['unit']} in the forms")

    # No phone anywhere: neither a form's own number nor any mainland mobile number.
    phones = {re.sub(r"\D", "", f["phone"]) for f in forms}
    phones = {p for p in phones if len(p) >= 7}
    with zipfile.ZipFile(workbook_path) as z:
        for name in z.namelist():
            text = z.read(name).decode("utf-8", "replace")
            digits = re.findall(r"\d{7,}", text)
            if any(d in phones for d in digits):
                fail(f"{name} holds a form's phone number")
            if re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", text):
                fail(f"{name} holds a full mobile number")

    print(json.dumps({
        "sheets": wb.sheetnames, "actions": len(rows), "replies": len(reply_rows),
        "replyValid": sum(1 for r in reply_rows if expected[r[0]]["valid"]),
        "replyInvalid": sum(1 for r in reply_rows if not expected[r[0]]["valid"]),
        "questionRows": checked_questions, "themeRows": checked_themes,
        "dissatisfiedForms": sum(1 for f in forms if f["low"]), "commentForms": sum(1 for f in forms if f["comments"]),
    }, ensure_ascii=False))


# What departments type: both languages, spaces, a blank and a word that is none of the four.
TYPED = [("已完成", "done"), (" 已 完成 ", "done"), ("进行中", "open"), (None, "open"), ("基本完成", "open"),
         ("Done", "done"), ("无法完成", "cannot"), ("in progress ", "open"), ("DONE", "done")]


def fill(workbook_path, out_path):
    wb = openpyxl.load_workbook(workbook_path)
    plan = wb.worksheets[0]
    shares = {"department": {}, "project": {}}
    order = {"department": [], "project": []}
    i = 0
    for r in range(5, plan.max_row + 1):
        if not plan.cell(r, 1).value:
            continue
        typed, meaning = TYPED[i % len(TYPED)]
        i += 1
        plan.cell(r, 12).value = typed
        plan.cell(r, 10).value = "王经理"
        for key, c in (("department", 9), ("project", 2)):
            name = plan.cell(r, c).value
            if name not in shares[key]:
                shares[key][name] = {"total": 0, "done": 0, "cannot": 0}
                order[key].append(name)
            s = shares[key][name]
            s["total"] += 1
            if meaning in ("done", "cannot"):
                s[meaning] += 1
    wb.save(out_path)
    print(json.dumps({"order": order, "shares": shares, "unknown": sum(1 for j in range(i) if TYPED[j % len(TYPED)][0] == "基本完成"),
                      "notDone": sum(1 for j in range(i) if TYPED[j % len(TYPED)][1] != "done")}, ensure_ascii=False))


def previous(workbook_path, expected_path):
    expected = json.load(open(expected_path, encoding="utf-8"))
    wb = openpyxl.load_workbook(workbook_path)
    names = [n for n in wb.sheetnames if n in ("上期整改", "Last wave's actions")]
    if not names:
        fail(f"no sheet of last wave's actions: {wb.sheetnames}")
    ws = wb[names[0]]
    cells = [[c.value for c in r] for r in ws.iter_rows()]
    # Two tables, each under a section title: name, total, done, cannot, open, share done.
    tables, current = [], None
    for row in cells[2:]:
        if row[0] and row[1] is None and row[2] is None and current is None and len(tables) < 2:
            current = []
            continue
        if current is not None:
            if row[0] is None:
                tables.append(current)
                current = None
            elif isinstance(row[1], (int, float)):
                current.append(row)
    for key, table in zip(("department", "project"), tables):
        got = [r[0] for r in table]
        if got != expected["order"][key]:
            fail(f"{key} order {got} vs {expected['order'][key]}")
        for r in table:
            s = expected["shares"][key][r[0]]
            want = [s["total"], s["done"], s["cannot"], s["total"] - s["done"] - s["cannot"], round(s["done"] / s["total"], 3)]
            if [int(r[1]), int(r[2]), int(r[3]), int(r[4]), round(r[5], 3)] != want:
                fail(f"{key} {r[0]}: {r[1:6]} vs {want}")
    if len(tables) != 2:
        fail(f"{len(tables)} share tables")
    listed = sum(1 for row in cells if isinstance(row[0], str) and re.match(r"^\d{4}H[12]-", row[0]))
    if listed != expected["notDone"]:
        fail(f"{listed} items not done listed, {expected['notDone']} expected")
    print(json.dumps({"departments": len(tables[0]), "projects": len(tables[1]), "notDone": listed}, ensure_ascii=False))


def half_up(x):
    from decimal import Decimal, ROUND_HALF_UP
    return float(Decimal(repr(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def history(survey_path, workbook_path, now_path, before_path, period):
    survey = json.load(open(survey_path, encoding="utf-8"))
    name_to_id = {d["name"]: d["id"] for d in survey["drivers"]}
    now, before = (json.load(open(p, encoding="utf-8")) for p in (now_path, before_path))

    def drivers_of(figures, project):
        if project in ("全公司", "Company"):
            return {d["id"]: d["index"] for d in figures["drivers"]}
        for seg in figures["segments"]["project"]:
            if seg["value"] == project:
                return seg["drivers"]
        return {}

    ws = openpyxl.load_workbook(workbook_path).worksheets[0]
    header = [c.value for c in ws[4]]
    want = ["编号", "项目", "类别", "事项", "指数", f"上期指数（{period}）", "较上期", "不满意份数"]
    if header[:8] != want:
        fail(f"plan header {header[:8]}, expected {want}")
    drivers = with_previous = 0
    for row in ws.iter_rows(min_row=5, values_only=True):
        if row[0] is None:
            continue
        kind, project, item, index, prev, change = row[2], row[1], row[3], row[4], row[5], row[6]
        if kind != "驱动因素":
            if prev is not None or change is not None:
                fail(f"{row[0]}: a {kind} row with a previous index {prev!r} / change {change!r}")
            continue
        drivers += 1
        did = name_to_id[item]
        x, b = drivers_of(now, project).get(did), drivers_of(before, project).get(did)
        if index != half_up(x):
            fail(f"{row[0]}: index {index}, the oracle's {x}")
        if b is None:
            if prev is not None or change is not None:
                fail(f"{row[0]}: {project}'s {did} has no index in {period}, the sheet shows {prev!r} / {change!r}")
            continue
        with_previous += 1
        if prev != half_up(b) or change != half_up(x - b):
            fail(f"{row[0]}: previous {prev} change {change}; the oracle's {b} and {x - b}")
    print(json.dumps({"driverRows": drivers, "withPrevious": with_previous}))


if __name__ == "__main__":
    mode, args = sys.argv[1], sys.argv[2:]
    if mode == "check":
        check(args[0], args[1], args[2], args[3:])
    elif mode == "fill":
        fill(args[0], args[1])
    elif mode == "previous":
        previous(args[0], args[1])
    elif mode == "history":
        history(*args[:5])
    elif mode == "unhead":
        wb = openpyxl.load_workbook(args[0])
        wb.worksheets[0].cell(4, 12).value = None
        wb.save(args[1])
    else:
        fail(f"unknown mode {mode}")
