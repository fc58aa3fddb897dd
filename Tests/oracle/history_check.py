#!/usr/bin/env python3
"""Reads a csat history file with Python's sqlite3 and recomputes, independently of csat,
the significance marks of one wave (SPEC.md "Across waves"): each project against the rest of
the company and against its own previous stored wave, Welch's t test (scipy) on every valid
form's respondent score, satisfied share and driver scores (rebuilt here from the stored answers
and the stored definition), Benjamini-Hochberg q-values over the whole table (statsmodels).

usage: history_check.py HISTORY.sqlite PERIOD
prints JSON: {"waves": {period: {"index", "rate", "n", "valid", "forms"}},
              "tests": [{"project", "kind", "measure", "p", "q"}]}
"""
import json
import sqlite3
import sys

import numpy as np
from scipy import stats
from statsmodels.stats.multitest import multipletests


def scale_bounds(scale):
    lo = scale.get("min", 1)
    hi = lo + scale["points"] - 1
    default = {5: 4, 7: 6}.get(scale["points"], 8)
    return lo, hi, scale.get("satisfiedFrom", default)


def respondent(definition, questions, answers):
    """Per form: overall score s, satisfied share, and s_d per driver (None where unanswered)."""
    scales = definition["scales"]
    byid = {q["id"]: q for q in definition["questions"]}
    drivers = definition["drivers"]
    per = {}
    for qid, x in zip(questions, answers):
        q = byid[qid]
        if x is None or "driver" not in q:
            continue
        lo, hi, sf = scale_bounds(scales[q["scale"]])
        v = q.get("weight", 1)
        acc = per.setdefault(q["driver"], [0.0, 0.0, 0.0])
        acc[0] += v
        acc[1] += v * 100 * (x - lo) / (hi - lo)
        acc[2] += v * (1.0 if x >= sf else 0.0)
    sd = {d: (a[1] / a[0], a[2] / a[0]) for d, a in per.items() if a[0] > 0}
    if not sd:
        return None
    wsum = sum(d["weight"] for d in drivers if d["id"] in sd)
    s = sum(d["weight"] * sd[d["id"]][0] for d in drivers if d["id"] in sd) / wsum
    share = sum(d["weight"] * sd[d["id"]][1] for d in drivers if d["id"] in sd) / wsum
    return s, share, {d: v[0] for d, v in sd.items()}


def forms(db, wave_id):
    definition = json.loads(db.execute("SELECT definition FROM wave WHERE id=?", (wave_id,)).fetchone()[0])
    questions = json.loads(db.execute("SELECT questions FROM wave WHERE id=?", (wave_id,)).fetchone()[0])
    rows = {}
    for project, answers in db.execute("SELECT project, answers FROM form WHERE wave_id=? ORDER BY seq", (wave_id,)):
        r = respondent(definition, questions, json.loads(answers))
        if r is not None:
            rows.setdefault(project, []).append(r)
    return definition, rows


def welch(a, b):
    a, b = np.asarray(a, float), np.asarray(b, float)
    if len(a) < 2 or len(b) < 2 or (a.var() == 0 and b.var() == 0):
        return None
    return float(stats.ttest_ind(a, b, equal_var=False).pvalue)


def main():
    path, period = sys.argv[1], sys.argv[2]
    db = sqlite3.connect(path)
    waves = {}
    for p, idx, rate, n, valid, read in db.execute("SELECT period, idx, rate, n, forms_valid, forms_read FROM wave"):
        waves[p] = {"index": idx, "rate": rate, "n": n, "valid": valid, "forms": read}
    current_id = db.execute("SELECT id FROM wave WHERE period=?", (period,)).fetchone()[0]
    before = db.execute("SELECT id FROM wave WHERE period<? ORDER BY period DESC LIMIT 1", (period,)).fetchone()
    definition, now = forms(db, current_id)
    previous = forms(db, before[0])[1] if before else {}
    driver_ids = [d["id"] for d in definition["drivers"]]

    def measures(rows):
        out = [("index", [r[0] for r in rows]), ("rate", [r[1] for r in rows])]
        out += [(d, [r[2][d] for r in rows if d in r[2]]) for d in driver_ids]
        return out

    tests = []
    for project in sorted(now):
        rest = [r for other, rows in now.items() if other != project for r in rows]
        for (m, a), (_, b) in zip(measures(now[project]), measures(rest)):
            tests.append({"project": project, "kind": "rest", "measure": m, "p": welch(a, b)})
        if project in previous:
            for (m, a), (_, b) in zip(measures(now[project]), measures(previous[project])):
                tests.append({"project": project, "kind": "previous", "measure": m, "p": welch(a, b)})
    present = [t for t in tests if t["p"] is not None]
    q = multipletests([t["p"] for t in present], method="fdr_bh")[1]
    for t, v in zip(present, q):
        t["q"] = float(v)
    json.dump({"waves": waves, "tests": tests}, sys.stdout)


main()
