#!/usr/bin/env python3
"""An independent implementation of SPEC.md's validity, coverage and scoring
rules, used by csat's tests as a second opinion (numpy/scipy instead of
csat's own code). Written from SPEC.md alone; it shares no code with csat.

usage: csat_oracle.py --survey S.json [--roster R.csv] [--sample S.csv]
                      [--previous P ...] RESPONSES...
prints one JSON object with the figures of `csat score --json`.
"""
import argparse, csv, io, json, math, re, sys
import numpy as np
from scipy import stats

NA = {"n/a", "na", "不适用", "无法评价", ""}
FALSY = {"0", "false", "no", "n", "否", "无", "", "f", "×", "✗"}
ROLES = ["form", "project", "unit", "building", "propertyType", "customerType", "surveyor", "date",
         "name", "phone", "signed", "damaged", "altered"]


def half(s):
    return "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in s)


def trim(s):
    return s.strip(" \t\u3000\r\n")


def read_table(path):
    raw = open(path, "rb").read()
    if path.endswith(".json") or path.endswith(".jsonl"):
        text = raw.decode("utf-8-sig")
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            data = [json.loads(l) for l in text.splitlines() if l.strip()]
        if isinstance(data, dict):
            data = [json.loads(l) for l in text.splitlines() if l.strip()]
        rows = []
        for o in data:
            rows.append({k: ("" if v is None else (str(int(v)) if isinstance(v, float) and v == int(v) else str(v)))
                         for k, v in o.items()})
        return rows
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    first = text.splitlines()[0]
    delim = max([",", ";", "\t"], key=lambda d: (first.count(d), d == ","))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    rows = [r for r in reader if any(c != "" for c in r)]
    header = [trim(h) for h in rows[0]]
    return [dict(zip(header, r)) for r in rows[1:]]


NUM = re.compile(r"^(第)?\(?[Qq]?\d+(\.\d+)*(题)?[、.:)\]．：）。 \u3000]+")


def strip_number(h):
    m = NUM.match(half(h))
    if not m or m.end() == len(h):
        return h
    return trim(h[m.end():])


class Survey:
    def __init__(self, path):
        s = json.load(open(path, encoding="utf-8"))
        self.s = s
        self.scales = {}
        for sid, sc in s["scales"].items():
            pts = sc["points"]
            mn = sc.get("min", 0 if pts == 11 else 1)
            mx = mn + pts - 1
            sat = sc.get("satisfiedFrom", {5: 4, 7: 6}.get(pts, 8))
            dis = sc.get("dissatisfiedTo", mn + mx - sat)
            self.scales[sid] = dict(min=mn, max=mx, points=pts, labels=sc.get("labels"), sat=sat, dis=dis)
        self.drivers = s["drivers"]
        self.questions = s["questions"]
        self.closed = [q for q in self.questions if q.get("type", "closed") != "open"]
        self.open = [q for q in self.questions if q.get("type") == "open"]
        self.cols = s.get("columns", {})
        v = s.get("validity", {})
        self.min_share = v.get("minAnsweredShare", 0.8)
        self.req_sig = v.get("requireSignature", True)
        self.req_phone = v.get("requirePhone", True)
        r = s.get("rules", {})
        self.rate = r.get("minSampleRate", 0.2)
        self.min_count = r.get("minSampleCount", 20)
        self.segments = s.get("segments", ["project"])
        self.aggregate = s.get("aggregate")

    def column_of(self, header):
        h = trim(header)
        for role in ROLES:
            if self.cols.get(role, role) == h:
                return ("role", role)
        for cand in (h, strip_number(h)):
            for q in self.questions:
                if q["id"] == cand or trim(q.get("text", q["id"])) == cand:
                    return ("q", q["id"])
        if h in self.segments:
            return ("seg", h)
        return None


def answer(text, scale):
    t = trim(text)
    if t.lower() in NA:
        return None, False
    if scale["labels"] and t in scale["labels"]:
        return scale["min"] + scale["labels"].index(t), False
    try:
        d = float(half(t))
    except ValueError:
        return None, True
    if d != int(d) or not (scale["min"] <= d <= scale["max"]):
        return None, True
    return int(d), False


def phone_state(text):
    s = half(trim(text))
    if s == "":
        return "missing"
    s = s.replace(" ", "").replace("-", "").replace("\u3000", "")
    if re.fullmatch(r"(\+86|86)?1\d{10}", s):
        return "valid"
    if re.fullmatch(r"0\d{2,3}\d{7,8}", s):
        return "valid"
    return "invalid"


def parse_date(t):
    t = half(trim(t))
    if not t:
        return 99999999
    t = re.split(r"[ T]", t)[0]
    parts = re.split(r"[-/.年月日]", t)
    parts = [p for p in parts if p]
    if len(parts) == 3:
        return int(parts[0]) * 10000 + int(parts[1]) * 100 + int(parts[2])
    return int(t)


def load_forms(survey, paths):
    forms = []
    for path in paths:
        for row in read_table(path):
            f = {"answers": {}, "off": set(), "seg": {}, "role": {r: "" for r in ROLES}}
            for k, v in row.items():
                c = survey.column_of(k)
                if c is None:
                    continue
                kind, key = c
                if kind == "role":
                    f["role"][key] = trim(v or "")
                elif kind == "seg":
                    f["seg"][key] = trim(v or "")
                else:
                    q = next(q for q in survey.questions if q["id"] == key)
                    if q.get("type") == "open":
                        continue
                    x, bad = answer(v or "", survey.scales[q["scale"]])
                    if bad:
                        f["off"].add(key)
                    elif x is not None:
                        f["answers"][key] = x
            forms.append(f)
    return forms


def read_roster(path):
    N, units = {}, set()
    for r in read_table(path):
        p, u = trim(r["project"]), trim(r["unit"])
        units.add((p, u))
        vac = trim(r.get("vacant", "")).lower() not in FALSY
        N.setdefault(p, 0)
        if not vac:
            N[p] += 1
    return N, units


def read_sample(path):
    drawn, replaced, reserves_in = [], set(), set()
    for r in read_table(path):
        p, u, role = trim(r["project"]), trim(r["unit"]), trim(r["role"])
        rep = trim(r.get("replaces", ""))
        if role == "sample":
            drawn.append((p, u))
        elif rep:
            replaced.add((p, rep))
            reserves_in.add((p, u))
    sampled = {d for d in drawn if d not in replaced} | reserves_in
    planned = {}
    for p, _ in drawn:
        planned[p] = planned.get(p, 0) + 1
    return sampled, planned


def judge(survey, forms, roster, sample, check_sample=True):
    ncl = len(survey.closed)
    for i, f in enumerate(forms):
        R = f["role"]
        why = []
        if R["damaged"].lower() not in FALSY: why.append("damaged")
        if R["altered"].lower() not in FALSY: why.append("altered")
        if survey.req_sig and R["signed"].lower() in FALSY: why.append("missing_signature")
        ps = phone_state(R["phone"])
        if survey.req_phone and ps == "missing": why.append("missing_phone")
        if ps == "invalid": why.append("invalid_phone")
        if ncl and len(f["answers"]) / ncl < survey.min_share: why.append("too_few_answers")
        for q in survey.closed:
            if q["id"] in f["off"]: why.append("out_of_range:" + q["id"])
        f["why"] = why
        f["late"] = []
        if roster:
            N, units = roster
            if R["project"] not in N: f["late"].append("unknown_project")
            elif (R["project"], R["unit"]) not in units: f["late"].append("unknown_unit")
        if sample and check_sample and (R["project"], R["unit"]) not in sample[0]:
            f["late"].append("off_sample")
        f["i"] = i
    claimed = set()
    for f in sorted(forms, key=lambda f: (parse_date(f["role"]["date"]), f["i"])):
        key = (f["role"]["project"], f["role"]["unit"])
        other = f["why"] + f["late"]
        if key in claimed:
            f["dup"] = True
        else:
            f["dup"] = False
            if not other: claimed.add(key)
    order = ["damaged", "altered", "missing_signature", "missing_phone", "invalid_phone", "too_few_answers"]
    for f in forms:
        codes = [c for c in order if c in f["why"]] + [c for c in f["why"] if c.startswith("out_of_range:")]
        if f["dup"]: codes.append("duplicate_unit")
        for c in ["off_sample", "unknown_project", "unknown_unit"]:
            if c in f["late"]: codes.append(c)
        f["reasons"] = codes
        f["valid"] = not codes


def required(N, rate, mn):
    from fractions import Fraction
    if N <= mn: return N
    return max(math.ceil(Fraction(repr(rate)) * N), mn)


def score_of(x, sc):
    return 100.0 * (x - sc["min"]) / (sc["max"] - sc["min"])


def respondent(survey, f):
    s_d, h_d = {}, {}
    for d in survey.drivers:
        qs = [q for q in survey.closed if q.get("driver") == d["id"] and q["id"] in f["answers"]]
        v = sum(q.get("weight", 1) for q in qs)
        if v > 0:
            sc = lambda q: survey.scales[q["scale"]]
            s_d[d["id"]] = sum(q.get("weight", 1) * score_of(f["answers"][q["id"]], sc(q)) for q in qs) / v
            h_d[d["id"]] = sum(q.get("weight", 1) * (f["answers"][q["id"]] >= sc(q)["sat"]) for q in qs) / v
    W = sum(d["weight"] for d in survey.drivers if d["id"] in s_d)
    s = sum(d["weight"] * s_d[d["id"]] for d in survey.drivers if d["id"] in s_d) / W if W > 0 else None
    h = sum(d["weight"] * h_d[d["id"]] for d in survey.drivers if d["id"] in s_d) / W if W > 0 else None
    ov = next((q for q in survey.closed if q.get("role") == "overall"), None)
    oq = score_of(f["answers"][ov["id"]], survey.scales[ov["scale"]]) if ov and ov["id"] in f["answers"] else None
    return s_d, h_d, s, h, oq


def aggregate(survey, valid, w):
    qf = {}
    for q in survey.closed:
        sc = survey.scales[q["scale"]]
        fs = [f for f in valid if q["id"] in f["answers"]]
        sw = sum(w[f["i"]] for f in fs)
        if not fs or sw == 0:
            qf[q["id"]] = dict(n=len(fs), mean=None, index=None, rate=None, dis=None)
            continue
        mean = sum(w[f["i"]] * f["answers"][q["id"]] for f in fs) / sw
        qf[q["id"]] = dict(n=len(fs), mean=mean, index=100 * (mean - sc["min"]) / (sc["max"] - sc["min"]),
                           rate=sum(w[f["i"]] for f in fs if f["answers"][q["id"]] >= sc["sat"]) / sw,
                           dis=sum(w[f["i"]] for f in fs if f["answers"][q["id"]] <= sc["dis"]) / sw,
                           dist={str(x): sum(1 for f in fs if f["answers"][q["id"]] == x) for x in range(sc["min"], sc["max"] + 1)})
    di, dr = {}, {}
    for d in survey.drivers:
        qs = [q for q in survey.closed if q.get("driver") == d["id"] and qf[q["id"]]["index"] is not None]
        v = sum(q.get("weight", 1) for q in qs)
        if v > 0:
            di[d["id"]] = sum(q.get("weight", 1) * qf[q["id"]]["index"] for q in qs) / v
            dr[d["id"]] = sum(q.get("weight", 1) * qf[q["id"]]["rate"] for q in qs) / v
    W = sum(d["weight"] for d in survey.drivers if d["id"] in di)
    idx = sum(d["weight"] * di[d["id"]] for d in survey.drivers if d["id"] in di) / W if W else None
    rate = sum(d["weight"] * dr[d["id"]] for d in survey.drivers if d["id"] in dr) / W if W else None
    return qf, di, dr, idx, rate


def welch_p(a, b):
    if len(a) < 2 or len(b) < 2: return None
    r = stats.ttest_ind(a, b, equal_var=False)
    return float(r.pvalue)


def interval(centre, values_by_project, P, N):
    if centre is None: return None
    var, n, H = 0.0, 0, 0
    for p, vals in values_by_project.items():
        if not vals: continue
        if len(vals) < 2: return None
        H += 1; n += len(vals)
        f = len(vals) / N[p] if N and p in N and N[p] > 0 else 0.0
        var += P[p] ** 2 * (1 - min(f, 1)) * np.var(vals, ddof=1) / len(vals)
    if n - H < 1: return None
    t = stats.t.ppf(0.975, n - H)
    return [centre - t * math.sqrt(var), centre + t * math.sqrt(var)]


def figures(survey, forms, roster):
    valid = [f for f in forms if f["valid"]]
    mode = survey.aggregate or ("population" if roster else "respondents")
    nh = {}
    for f in valid: nh[f["role"]["project"]] = nh.get(f["role"]["project"], 0) + 1
    N = roster[0] if roster else None
    if mode == "population":
        tot = sum(N[p] for p in nh)
        P = {p: N[p] / tot for p in nh}
    elif mode == "projects":
        P = {p: 1 / len(nh) for p in nh}
    else:
        P = {p: nh[p] / len(valid) for p in nh}
    w = {f["i"]: P[f["role"]["project"]] / nh[f["role"]["project"]] for f in valid}
    qf, di, dr, idx, rate = aggregate(survey, valid, w)
    R = {f["i"]: respondent(survey, f) for f in valid}
    byp = lambda sel: {p: [sel(R[f["i"]]) for f in valid if f["role"]["project"] == p and sel(R[f["i"]]) is not None] for p in nh}
    out = {"aggregate": mode}
    out["overall"] = dict(index=idx, rate=rate, n=sum(1 for f in valid if R[f["i"]][2] is not None),
                          indexCI=interval(idx, byp(lambda r: r[2]), P, N), rateCI=interval(rate, byp(lambda r: r[3]), P, N))
    ov = next((q for q in survey.closed if q.get("role") == "overall"), None)
    if ov: out["overall"]["overallQuestion"] = qf[ov["id"]]
    tw = sum(d["weight"] for d in survey.drivers)
    drivers = []
    for d in survey.drivers:
        did = d["id"]
        items = [q for q in survey.closed if q.get("driver") == did]
        alpha = None
        if len(items) >= 2:
            rows = [[score_of(f["answers"][q["id"]], survey.scales[q["scale"]]) for q in items]
                    for f in valid if all(q["id"] in f["answers"] for q in items)]
            if len(rows) >= 2:
                X = np.array(rows)
                tv = np.var(X.sum(axis=1), ddof=1)
                if tv > 0:
                    k = len(items)
                    alpha = k / (k - 1) * (1 - np.var(X, axis=0, ddof=1).sum() / tv)
        pairs = [(R[f["i"]][0][did], R[f["i"]][4] if ov else R[f["i"]][2]) for f in valid
                 if did in R[f["i"]][0] and (R[f["i"]][4] if ov else R[f["i"]][2]) is not None]
        imp = None
        if len(pairs) >= 3:
            a = np.array(pairs)
            if a[:, 0].std() > 0 and a[:, 1].std() > 0:
                imp = float(np.corrcoef(a[:, 0], a[:, 1])[0, 1])
        drivers.append(dict(id=did, weight=d["weight"] / tw, index=di.get(did), rate=dr.get(did),
                            n=sum(1 for f in valid if did in R[f["i"]][0]), alpha=alpha, importance=imp,
                            indexCI=interval(di.get(did), byp(lambda r: r[0].get(did)), P, N),
                            rateCI=interval(dr.get(did), byp(lambda r: r[1].get(did)), P, N)))
    if ov:
        rows = [[R[f["i"]][0][d["id"]] for d in survey.drivers] + [R[f["i"]][4]] for f in valid
                if all(d["id"] in R[f["i"]][0] for d in survey.drivers) and R[f["i"]][4] is not None]
        X = np.array(rows)
        C = np.corrcoef(X, rowvar=False)
        k = len(survey.drivers)
        Rxx, rxy = C[:k, :k], C[:k, k]
        ev, V = np.linalg.eigh(Rxx)
        L = V @ np.diag(np.sqrt(np.clip(ev, 0, None))) @ V.T
        beta = np.linalg.solve(L, rxy)
        raw = (L ** 2) @ (beta ** 2)
        for d, rw in zip(drivers, raw / raw.sum()):
            d["relativeWeight"] = float(rw)
    placed = [d for d in drivers if d["importance"] is not None and d["index"] is not None]
    if placed:
        mi = sum(d["importance"] for d in placed) / len(placed)
        mx = sum(d["index"] for d in placed) / len(placed)
        for d in placed:
            hi, hx = d["importance"] >= mi, d["index"] >= mx
            d["quadrant"] = {(True, True): "keep", (True, False): "improve", (False, True): "maintain", (False, False): "watch"}[(hi, hx)]
    out["drivers"] = drivers
    out["questions"] = [dict(id=q["id"], **qf[q["id"]]) for q in survey.closed if q.get("role") != "overall"]
    segs = {}
    for col in survey.segments:
        vals = sorted({(f["role"].get(col) if col in ROLES else f["seg"].get(col, "")) for f in valid})
        rows = []
        for v in vals:
            sub = [f for f in valid if (f["role"].get(col) if col in ROLES else f["seg"].get(col, "")) == v]
            _, sdi, _, sidx, srate = aggregate(survey, sub, w)
            rows.append(dict(value=v, n=sum(1 for f in sub if R[f["i"]][2] is not None), index=sidx, rate=srate, drivers=sdi))
        segs[col] = rows
    out["segments"] = segs
    sv = {}
    for f in valid:
        if f["role"]["surveyor"] and R[f["i"]][2] is not None:
            sv.setdefault(f["role"]["surveyor"], []).append(f["i"])
    surveyors = []
    for name in sorted(sv):
        mine = [R[i][2] for i in sv[name]]
        rest = [R[f["i"]][2] for f in valid if R[f["i"]][2] is not None and f["i"] not in set(sv[name])]
        p = welch_p(mine, rest) if len(mine) >= 10 else None
        surveyors.append(dict(surveyor=name, n=len(mine), index=float(np.mean(mine)), p=p, flagged=bool(p is not None and p < 0.01)))
    out["surveyors"] = surveyors
    out["_resp"] = R
    out["_valid"] = valid
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--survey", required=True)
    ap.add_argument("--roster")
    ap.add_argument("--sample")
    ap.add_argument("--previous", nargs="*", default=[])
    ap.add_argument("responses", nargs="+")
    a = ap.parse_args()
    survey = Survey(a.survey)
    roster = read_roster(a.roster) if a.roster else None
    sample = read_sample(a.sample) if a.sample else None
    forms = load_forms(survey, a.responses)
    judge(survey, forms, roster, sample)
    reasons = {}
    for f in forms:
        for c in f["reasons"]: reasons[c] = reasons.get(c, 0) + 1
    out = {"forms": dict(read=len(forms), valid=sum(f["valid"] for f in forms),
                         invalid=sum(not f["valid"] for f in forms), reasons=reasons),
           "invalidForms": [dict(form=f["role"]["form"], reasons=f["reasons"]) for f in forms if not f["valid"]]}
    cov = []
    projects = list(roster[0]) if roster else []
    for p in (sample[1] if sample else {}):
        if p not in projects: projects.append(p)
    for f in forms:
        if f["role"]["project"] not in projects: projects.append(f["role"]["project"])
    for p in projects:
        Np = roster[0].get(p) if roster else None
        v = sum(1 for f in forms if f["valid"] and f["role"]["project"] == p)
        req = required(Np, survey.rate, survey.min_count) if Np is not None else (sample[1].get(p) if sample else None)
        cov.append(dict(project=p, population=Np, sampled=sample[1].get(p) if sample else None,
                        returned=sum(1 for f in forms if f["role"]["project"] == p), valid=v, required=req,
                        **{"pass": None if req is None else v >= req}))
    out["coverage"] = cov
    fig = figures(survey, forms, roster)
    if a.previous:
        prev = load_forms(survey, a.previous)
        judge(survey, prev, roster, None, check_sample=False)
        pf = figures(survey, prev, roster)
        cur_v, prev_v = fig["_valid"], pf["_valid"]
        R, PR = fig["_resp"], pf["_resp"]
        def ch(now, before, a, b):
            if now is None or before is None: return None, None
            return now - before, welch_p(a, b)
        ic, ip = ch(fig["overall"]["index"], pf["overall"]["index"], [R[f["i"]][2] for f in cur_v if R[f["i"]][2] is not None], [PR[f["i"]][2] for f in prev_v if PR[f["i"]][2] is not None])
        rc, rp = ch(fig["overall"]["rate"], pf["overall"]["rate"], [R[f["i"]][3] for f in cur_v if R[f["i"]][3] is not None], [PR[f["i"]][3] for f in prev_v if PR[f["i"]][3] is not None])
        drv = []
        for d, pd in zip(fig["drivers"], pf["drivers"]):
            c, p = ch(d["index"], pd["index"], [R[f["i"]][0][d["id"]] for f in cur_v if d["id"] in R[f["i"]][0]], [PR[f["i"]][0][d["id"]] for f in prev_v if d["id"] in PR[f["i"]][0]])
            drv.append(dict(id=d["id"], indexChange=c, p=p, significant=None if p is None else p < 0.05))
        fig["comparison"] = dict(overall=dict(indexChange=ic, p=ip, significant=None if ip is None else ip < 0.05, rateChange=rc, rateP=rp), drivers=drv)
    del fig["_resp"], fig["_valid"]
    out.update(fig)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1, default=float)


if __name__ == "__main__":
    main()
