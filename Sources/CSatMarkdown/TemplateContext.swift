import CSatCore

/// Turns the report model into the Mustache context: plain dictionaries and
/// lists whose every value is text already rounded (`Rounding`, as the
/// workbook) and escaped (`MarkdownEscape`), or a yes/no flag.
///
/// The keys are exactly `ContextSchema.root` (a test holds the two together);
/// a missing figure is `—`, never an absent key.
struct TemplateContext {
    let model: ReportModel
    let words: MarkdownLabels
    /// File names of the charts beside the report.
    let charts: ChartFiles

    init(_ model: ReportModel, charts: ChartFiles) {
        self.model = model
        self.words = MarkdownLabels.of(model.language)
        self.charts = charts
    }

    func build() -> [String: Any] {
        let t = MarkdownEscape.text
        let failed = model.coverage.filter { $0.pass == false }.map(\.project)
        var root: [String: Any] = [
            "title": t(model.title), "surveyId": t(model.surveyID), "period": t(model.period),
            "language": t(model.language),
            "labels": MarkdownLabels.context(model.labels, words),
            "headline": headline(),
            "drivers": model.drivers.map(driver),
            "quadrants": quadrants(),
            "satisfactionDrivers": model.satisfactionDrivers.map { ["name": t($0)] },
            "satisfactionDriversText": joined(model.satisfactionDrivers),
            "dissatisfactionDrivers": model.dissatisfactionDrivers.map { ["name": t($0)] },
            "dissatisfactionDriversText": joined(model.dissatisfactionDrivers),
            "weakestQuestions": model.weakestQuestions.enumerated().map { question($1, rank: $0 + 1) },
            "questions": model.questions.enumerated().map { question($1, rank: $0 + 1) },
            "projects": model.projectsRanked.enumerated().map { project($1, rank: $0 + 1) },
            "segments": model.segments.map(segment),
            "coverage": model.coverage.map(coverage),
            "coverageAllPass": model.coverage.allSatisfy { $0.pass == true }, "coverageAnyFail": !failed.isEmpty,
            "coverageFailCount": String(failed.count),
            "coverageFailedText": joined(failed),
            "charts": [
                "drivers": MarkdownEscape.linkTarget(charts.drivers), "quadrants": MarkdownEscape.linkTarget(charts.quadrants),
                "projects": MarkdownEscape.linkTarget(charts.projects), "trend": MarkdownEscape.linkTarget(charts.trend),
            ],
        ]
        root.merge(tables()) { a, _ in a }
        root.merge(across()) { a, _ in a }
        return root
    }

    /// A list of names in words: `安全管理、清洁绿化`, or `无` / `none`.
    func joined(_ names: [String]) -> String {
        names.isEmpty ? t(words.none) : names.map(t).joined(separator: words.listSeparator)
    }

    func t(_ s: String) -> String { MarkdownEscape.text(s) }
    func index(_ x: Double?) -> String { Rounding.indexText(x) }
    func rate(_ x: Double?) -> String { Rounding.rateText(x) }
    func coefficient(_ x: Double?) -> String { Rounding.coefficientText(x) }
    func p(_ x: Double?) -> String { MarkdownEscape.figure(Rounding.pText(x)) }
    func count(_ x: Int?) -> String { x.map(String.init) ?? "—" }

    /// `74.0–76.5`; `—` without an interval.
    func indexCI(_ ci: Figures.Interval?) -> String {
        ci.map { Rounding.indexText($0.low) + "–" + Rounding.indexText($0.high) } ?? "—"
    }

    func rateCI(_ ci: Figures.Interval?) -> String {
        ci.map { Rounding.rateText($0.low) + "–" + Rounding.rateText($0.high) } ?? "—"
    }

    /// ▲ / ▼ / = by the change as shown (a change that rounds to 0.0 is level).
    func arrow(_ shown: String) -> String {
        shown.hasPrefix("+") ? "▲" : shown.hasPrefix("−") ? "▼" : shown == "—" ? "" : "="
    }

    func direction(_ shown: String) -> String {
        shown.hasPrefix("+") ? t(words.up) : shown.hasPrefix("−") ? t(words.down) : shown == "—" ? "—" : t(words.unchanged)
    }

    func significance(_ significant: Bool?) -> String {
        significant.map { t($0 ? model.labels.significant : model.labels.notSignificant) } ?? "—"
    }

    func headline() -> [String: Any] {
        let h = model.headline
        let c = h.change
        let indexChange = Rounding.signedIndexText(c?.indexChange)
        let points = Rounding.signedPointsText(c?.rateChange)
        let rateChange = c?.rateChange == nil ? "—" : points + (model.language == "en" ? " " : "") + t(words.percentagePoints)
        return [
            "index": index(h.index), "indexCI": indexCI(h.indexCI), "rate": rate(h.rate), "rateCI": rateCI(h.rateCI),
            "n": String(h.n), "formsRead": String(h.formsRead), "formsValid": String(h.formsValid),
            "formsInvalid": String(h.formsInvalid), "projects": String(h.projects),
            "hasOverallQuestion": h.overallQuestionIndex != nil || h.overallQuestionRate != nil,
            "overallQuestionIndex": index(h.overallQuestionIndex), "overallQuestionRate": rate(h.overallQuestionRate),
            "hasComparison": c != nil, "previousPeriod": h.previousPeriod.map(t) ?? "—",
            "previousIndex": index(h.previousIndex), "previousRate": rate(h.previousRate),
            "indexChange": indexChange, "indexArrow": arrow(indexChange), "indexDirection": direction(indexChange),
            "indexP": p(c?.p), "indexSignificant": c?.significant == true, "indexSignificance": significance(c?.significant),
            "rateChange": rateChange, "rateArrow": arrow(points), "rateDirection": direction(points),
            "rateP": p(c?.rateP), "rateSignificant": c?.rateSignificant == true,
            "rateSignificance": significance(c?.rateSignificant),
        ]
    }

    func driver(_ d: ReportModel.DriverRow) -> [String: Any] {
        let change = Rounding.signedIndexText(d.change?.indexChange)
        return [
            "id": t(d.id), "name": t(d.name), "weight": rate(d.weight), "index": index(d.index), "indexCI": indexCI(d.indexCI),
            "rate": rate(d.rate), "rateCI": rateCI(d.rateCI), "n": String(d.n), "alpha": coefficient(d.alpha),
            "importance": coefficient(d.importance), "relativeWeight": rate(d.relativeWeight),
            "quadrant": d.quadrant?.rawValue ?? "—", "quadrantLabel": t(d.quadrantLabel),
            "hasChange": d.change?.indexChange != nil, "previousIndex": index(d.previousIndex), "indexChange": change,
            "arrow": arrow(change), "p": p(d.change?.p), "significant": d.change?.significant == true,
            "significance": significance(d.change?.significant),
        ]
    }

    /// The four quadrants in SPEC.md's order, each with its drivers named.
    func quadrants() -> [[String: Any]] {
        let all: [(Figures.Quadrant, String)] = [
            (.keep, words.keepMeaning), (.improve, words.improveMeaning), (.maintain, words.maintainMeaning),
            (.watch, words.watchMeaning),
        ]
        return all.map { q, meaning in
            let names = model.drivers.filter { $0.quadrant == q }.map(\.name)
            return [
                "code": q.rawValue, "label": t(model.labels.quadrantLabel(q)), "meaning": t(meaning),
                "drivers": names.map { ["name": t($0)] }, "driversText": joined(names),
                "highImportance": q == .keep || q == .improve,
            ]
        }
    }

    func question(_ q: ReportModel.QuestionRow, rank: Int) -> [String: Any] {
        [
            "rank": String(rank), "id": t(q.id), "text": t(q.text), "driver": q.driverName.isEmpty ? "—" : t(q.driverName),
            "n": String(q.n), "mean": q.mean.map { Rounding.fixed($0, digits: 2) } ?? "—",
            "index": index(q.index), "rate": rate(q.rate), "rateCI": rateCI(q.rateCI), "dissatisfied": rate(q.dissatisfied),
            "weight": weight(q.weight),
        ]
    }

    /// A question weight as given relative numbers are read: `1`, `2`, `1.5`.
    func weight(_ w: Double) -> String {
        w == w.rounded() && abs(w) < 1e9 ? String(Int(w)) : Rounding.fixed(w, digits: 2)
    }
}
