import CSatCore

extension TemplateContext {
    /// The keys of the later report sections: forms, comments, surveyors, method.
    func tables() -> [String: Any] {
        let read = model.headline.formsRead
        let comments = model.comments.count
        return [
            "invalidReasons": model.invalidByReason.map { r -> [String: Any] in
                ["code": t(r.code), "label": t(r.label), "count": String(r.count), "share": share(r.count, of: read)]
            },
            "hasInvalid": model.headline.formsInvalid > 0, "hasThemes": !model.themes.isEmpty,
            "hasFlaggedSurveyors": model.surveyors.contains(where: \.flagged), "hasWarnings": !model.warnings.isEmpty,
            "commentCount": String(comments),
            "untaggedCount": String(model.comments.filter { $0.themes.isEmpty }.count),
            "themes": model.themes.map { theme -> [String: Any] in
                [
                    "name": t(theme.name), "count": String(theme.count), "share": share(theme.count, of: comments),
                    "examples": theme.examples.map { ["text": t($0)] },
                    "examplesText": theme.examples.map { "• " + t($0) }.joined(separator: "<br>"),
                ]
            },
            "surveyorsFlagged": model.surveyors.filter(\.flagged).map { s -> [String: Any] in
                ["surveyor": t(s.surveyor), "n": String(s.n), "index": index(s.index), "p": p(s.p)]
            },
            "warnings": model.warnings.map { ["text": t($0)] },
            "hasTimetable": model.lists.check.schedule != nil,
            "timetable": (model.lists.check.schedule?.rows(Language(code: model.language)) ?? []).map { r -> [String: Any] in
                ["step": t(r.step), "date": t(r.date), "status": t(r.status)]
            },
            "method": method(),
        ]
    }

    /// `12.5%` of a whole; `—` of nothing.
    func share(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "—" : rate(Double(part) / Double(whole))
    }

    func project(_ row: Figures.SegmentRow, rank: Int) -> [String: Any] {
        let byID = Dictionary(row.drivers.map { ($0.id, $0.index) }, uniquingKeysWith: { a, _ in a })
        let weakest = row.drivers.min { ($0.index, $0.id) < ($1.index, $1.id) }
        let weakestName = weakest.flatMap { w in model.drivers.first { $0.id == w.id }?.name }
        let marks = model.significance?.row(row.value)
        let before = marks?.vsPrevious == nil ? nil : marks?.previousIndex
        let change = row.index.flatMap { now in before.map { Rounding.signedIndexText(now - $0) } }
        return [
            "rank": String(rank), "name": t(row.value), "n": String(row.n), "index": index(row.index), "rate": rate(row.rate),
            "indexMark": mark(marks?.vsRest.index), "rateMark": mark(marks?.vsRest.rate),
            "change": change.map { MarkdownEscape.figure($0) } ?? "—", "changeMark": mark(marks?.vsPrevious?.index),
            "weakestDriver": weakestName.map(t) ?? "—", "weakestDriverIndex": index(weakest?.index),
            "drivers": model.drivers.map { d -> [String: Any] in
                ["id": t(d.id), "name": t(d.name), "index": index(byID[d.id])]
            },
        ]
    }

    func segment(_ s: ReportModel.SegmentTable) -> [String: Any] {
        [
            "column": t(s.column), "label": t(s.label),
            "rows": s.rows.map { r -> [String: Any] in
                ["value": t(r.value), "n": String(r.n), "index": index(r.index), "rate": rate(r.rate)]
            },
        ]
    }

    func coverage(_ c: CoverageRow) -> [String: Any] {
        let l = model.labels
        let (result, mark): (String, String) =
            switch c.pass {
            case true?: (l.pass, "✅")
            case false?: (l.fail, "❌")
            case nil: (l.unknown, "❔")
            }
        let returnResult = c.returnPass.map { $0 ? l.pass : l.fail }
        return [
            "project": t(c.project), "population": count(c.population), "sampled": count(c.sampled),
            "returned": String(c.returned), "valid": String(c.valid), "required": count(c.required),
            "returnRate": rate(c.returnRate), "result": t(result), "mark": mark, "returnResult": returnResult.map(t) ?? "—",
            "pass": c.pass == true, "fail": c.pass == false, "unknown": c.pass == nil,
        ]
    }

    func method() -> [String: Any] {
        let m = model.method
        return [
            "aggregate": t(m.aggregate.rawValue), "aggregateText": t(m.aggregateText), "validityText": t(m.validityText),
            "minSampleRate": plainPercent(m.minSampleRate), "minSampleCount": String(m.minSampleCount),
            "hasMinReturnRate": m.minReturnRate != nil, "minReturnRate": m.minReturnRate.map(plainPercent) ?? "—",
            "hasSeed": m.seed != nil, "seed": m.seed.map(t) ?? "—", "sampleMethod": m.sampleMethod.map(t) ?? "—",
            "driverWeightsText": model.drivers.map { t($0.name) + " " + rate($0.weight) }
                .joined(separator: words.listSeparator),
            "scales": m.scales.map { s -> [String: Any] in
                [
                    "id": t(s.id), "points": String(s.points), "min": String(s.min), "max": String(s.max),
                    "satisfiedFrom": String(s.satisfiedFrom), "dissatisfiedTo": String(s.dissatisfiedTo),
                    "options": s.labels.isEmpty ? "—" : s.labels.map(t).joined(separator: " / "),
                ]
            },
            "formulas": m.formulas.map { ["text": t($0)] },
            "questionWeights": model.questions.filter { $0.weight != 1 }.map { q -> [String: Any] in
                ["id": t(q.id), "text": t(q.text), "weight": weight(q.weight)]
            },
        ]
    }

    /// A rule's share as people write it: `20%`, `95%`, `7.5%`.
    func plainPercent(_ x: Double) -> String {
        let text = Rounding.fixed(x * 100, digits: 1)
        return (text.hasSuffix(".0") ? String(text.dropLast(2)) : text) + "%"
    }
}
