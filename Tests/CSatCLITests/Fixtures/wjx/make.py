#!/usr/bin/env python3
"""Writes the 问卷星 (wjx) fixtures of PlatformDownloadCLITests: one small wave of ten forms as a
plain UTF-8 CSV and in three wjx download shapes (by option text, by option number with the
options listed 非常满意 first, matrix rows), each as GB18030 CSV with CRLF, as wjx and Excel
write them. Run it from this folder; it also prints the figures worked out here by hand."""

LABELS = ["非常不满意", "不满意", "一般", "满意", "非常满意"]
# project, unit, phone, date-time, q1, q2, q3, overall, comment; None = skipped.
# The first form is a second visit of 1-101 dated after the first one (row 2): by date it is the
# duplicate, by file order it would not be, so the submission time must be read.
FORMS = [
    ("甲苑", "1-101", "13800000005", "2026/6/18 16:05:09", 2, 2, 1, 3, ""),
    ("甲苑", "1-101", "13800000001", "2026/6/15 10:23:11", 5, 4, 4, 9, "停车难"),
    ("甲苑", "1-102", "13800000002", "2026/6/15 11:02:45", 4, None, 3, 8, ""),
    ("甲苑", "1-103", "13800000003", "2026/6/16 9:15:00", 3, 3, 2, 6, ["绿化", "保洁"]),
    ("甲苑", "1-104", None, "2026/6/16 9:40:31", 5, 5, 5, 10, ""),
    ("乙苑", "2-201", "13800000006", "2026/6/15 14:00:00", 4, 4, 4, 8, ""),
    ("乙苑", "2-202", "13800000007", "2026/6/16 15:30:12", 1, 2, None, 4, "电梯坏了"),
    ("乙苑", "2-203", "13800000008", "2026/6/17 8:01:59", 5, 4, 5, None, ""),
    ("乙苑", "2-204", "13800000009", "2026/6/17 18:20:00", 4, 5, 3, 7, ""),
    ("乙苑", "2-205", "13800000010", "2026/6/18 20:45:33", 3, None, None, 5, ""),
]
TEXTS = ["前台接待人员的服务态度", "报修处理的及时性", "保安巡逻", "总体满意度", "意见和建议"]
META = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "总分"]


def iso(t):
    d = t.split(" ")[0].split("/")
    return f"{d[0]}-{int(d[1]):02d}-{int(d[2]):02d}"


def meta(i, f):
    return [str(i + 1), f[3], f"{60 + 7 * i}秒", "手机提交", "直接访问", f"10.0.0.{i + 1}(上海-上海)", "0"]


def comment(c, sep):
    return sep.join(c) if isinstance(c, list) else c


def write(name, rows, encoding):
    text = "\r\n".join(",".join(r) for r in rows) + "\r\n"
    with open(name, "wb") as f:
        f.write(text.encode(encoding))


plain = [["项目", "房号", "电话", "日期", "q1", "q2", "q3", "overall", "c1"]]
for f in FORMS:
    plain.append([f[0], f[1], f[2] or "", iso(f[3])] + ["" if x is None else str(x) for x in f[4:8]] + [comment(f[8], "；")])
write("plain.csv", plain, "utf-8")

by_text = [META + ["项目", "房号", "电话"] + [f"{k + 1}、{t}" for k, t in enumerate(TEXTS)]]
for i, f in enumerate(FORMS):
    answers = ["(跳过)" if x is None else LABELS[x - 1] for x in f[4:7]]
    answers.append("(跳过)" if f[7] is None else str(f[7]))
    by_text.append(meta(i, f) + [f[0], f[1], f[2] or "(跳过)"] + answers + [comment(f[8], "┋") or "(跳过)"])
write("wjx-by-text.csv", by_text, "gb18030")

# By option number, 非常满意 listed first: option x is point 6 − x; skipped −3, one "not shown" −2.
by_number = [META + ["项目", "房号", "电话"] + [f"{k + 1}.{t}" for k, t in enumerate(TEXTS)]]
for i, f in enumerate(FORMS):
    answers = [("-2" if i == 9 and k == 1 else "-3") if x is None else str(6 - x) for k, x in enumerate(f[4:7])]
    answers.append("-3" if f[7] is None else str(f[7]))
    by_number.append(meta(i, f) + [f[0], f[1], f[2] or "-3"] + answers + [comment(f[8], "┋") or "-3"])
write("wjx-by-number.csv", by_number, "gb18030")

matrix = [META + ["项目", "房号", "电话"] + [f"第1题({t})" for t in TEXTS[:3]] + [f"2、{TEXTS[3]}", f"3({TEXTS[4]})"]]
for i, f in enumerate(FORMS):
    answers = ["(跳过)" if x is None else LABELS[x - 1] for x in f[4:7]]
    answers.append("(跳过)" if f[7] is None else str(f[7]))
    matrix.append(meta(i, f) + [f[0], f[1], f[2] or "(空)"] + answers + [comment(f[8], "┋") or "(跳过)"])
write("wjx-matrix.csv", matrix, "gb18030")

# The figures (SPEC.md "Scoring", every form weight 1): forms 1 (duplicate of row 2 by date),
# 5 (no phone) and 10 (2 of 4 closed answers < 0.6) are invalid; 7 are valid.
valid = [f for k, f in enumerate(FORMS) if k not in (0, 4, 9)]


def q(k):
    xs = [f[4 + k] for f in valid if f[4 + k] is not None]
    return 100 * (sum(xs) / len(xs) - 1) / 4, sum(x >= 4 for x in xs) / len(xs)


(i1, r1), (i2, r2), (i3, r3) = q(0), q(1), q(2)
index = 0.6 * (i1 + i2) / 2 + 0.4 * i3
rate = 0.6 * (r1 + r2) / 2 + 0.4 * r3
print(f"valid {len(valid)} index {index!r} rate {rate!r}")
