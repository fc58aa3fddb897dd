import CSatCore

/// The report's keys for the history and the significance marks (SPEC.md "Across waves").
extension TemplateContext {
    /// `▲` / `▼` where the test is significant, else empty.
    func mark(_ test: Significance.Test?) -> String { test?.mark.map { String($0) } ?? "" }

    func across() -> [String: Any] {
        let words = TrendWords.of(model.language)
        let previous = model.significance?.previousPeriod
        var root: [String: Any] = [
            "hasMarks": model.significance != nil, "marksNote": t(words.marksNote),
            "hasProjectChange": previous != nil, "projectChangeHeader": t(previous.map(words.vsPrevious) ?? ""),
            "hasTrend": model.trend != nil, "trend": [[String: Any]](), "hasYearEarlier": false, "trendYearEarlier": "",
            "trendYearEarlierIndex": "—", "trendYearEarlierRate": "—",
        ]
        guard let trend = model.trend else { return root }
        let last = trend.periods.count - 1
        root["trend"] = trend.periods.enumerated().map { i, period -> [String: Any] in
            let o = trend.overall[i]
            let note = i == last ? words.current : i == trend.yearEarlier ? words.yearEarlier : ""
            return [
                "period": t(period), "forms": String(trend.forms[i].read), "valid": String(trend.forms[i].valid),
                "n": String(o.n), "index": index(o.index), "indexCI": indexCI(o.indexCI), "rate": rate(o.rate),
                "rateCI": rateCI(o.rateCI), "note": t(note),
            ]
        }
        if let y = trend.yearEarlier {
            let now = trend.overall[last], then = trend.overall[y]
            let di = now.index.flatMap { a in then.index.map { Rounding.signedIndexText(a - $0) } } ?? "—"
            let dr = now.rate.flatMap { a in then.rate.map { Rounding.signedPointsText(a - $0) } } ?? "—"
            root["hasYearEarlier"] = true
            root["trendYearEarlier"] = t(words.changeSinceYearEarlier(trend.periods[y], trend.periods[last]))
            root["trendYearEarlierIndex"] = MarkdownEscape.figure(di)
            root["trendYearEarlierRate"] = MarkdownEscape.figure(dr)
        }
        return root
    }
}
