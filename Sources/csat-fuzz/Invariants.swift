import CSatCore
import CSatMarkdown
import Foundation

/// SPEC.md's promises, checked on every fuzz input that loads. A broken one
/// stops the process, so libFuzzer keeps the input as a crash.
enum Invariants {
    static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { fatalError("invariant: \(message())") }
    }

    /// A wave that loaded: nothing lost, every figure in range, the JSON reads back, the report renders.
    static func check(_ wave: Wave) {
        let report = CheckReport(table: wave.table, validity: wave.validity, roster: wave.roster, sample: wave.sample)
        let read = wave.table.records.count
        require(report.read == read, "report.read \(report.read) ≠ forms \(read)")
        require(wave.validity.reasons.count == read, "verdicts \(wave.validity.reasons.count) ≠ forms \(read)")
        require(
            report.invalidForms.count == report.invalid, "listed invalid \(report.invalidForms.count) ≠ invalid \(report.invalid)"
        )
        require(report.invalidForms.allSatisfy { !$0.reasons.isEmpty }, "an invalid form without a reason")
        require(wave.table.files.map(\.forms).reduce(0, +) == read, "file counts ≠ forms")
        roundTrip(report.json)

        // Without a roster a "population" definition is refused; that is an InputError, not a figure.
        guard let figures = try? Scorer.figures(wave: wave) else { return }
        check(figures, valid: report.valid)
        roundTrip(figures.json(check: report))
        let model = ReportModel.build(
            wave: wave, figures: figures, check: report, language: wave.table.survey.language,
            units: .keyed(UnitPseudonyms(key: CompanyKey(bytes: Array(repeating: 1, count: 32)))))
        do {
            _ = try MarkdownExporter.render(model, template: nil)
        } catch {
            fatalError("the built-in template failed to render: \(error)")
        }
    }

    static func check(_ f: Figures, valid: Int) {
        index(f.overall.index, "overall index")
        share(f.overall.rate, "overall rate")
        interval(f.overall.indexCI, 0...100, "overall index CI")
        interval(f.overall.rateCI, 0...1, "overall rate CI")
        require(f.overall.n <= valid, "overall n \(f.overall.n) > valid \(valid)")
        let weights = f.drivers.map(\.weight).reduce(0, +)
        require(abs(weights - 1) < 1e-9, "driver weights sum to \(weights)")
        for d in f.drivers {
            index(d.index, "driver \(d.id) index")
            share(d.rate, "driver \(d.id) rate")
            interval(d.indexCI, 0...100, "driver \(d.id) index CI")
            interval(d.rateCI, 0...1, "driver \(d.id) rate CI")
            require(d.n <= valid, "driver n > valid")
            finite(d.alpha, "alpha")
            if let r = d.importance { require(r.isFinite && abs(r) <= 1 + 1e-9, "importance \(r)") }
            if let w = d.relativeWeight { require(w.isFinite && w >= -1e-9 && w <= 1 + 1e-9, "relative weight \(w)") }
        }
        for q in f.questions + (f.overall.overallQuestion.map { [$0] } ?? []) {
            index(q.index, "question \(q.id) index")
            share(q.rate, "question \(q.id) rate")
            share(q.dissatisfied, "question \(q.id) dissatisfied")
            interval(q.rateCI, 0...1, "question \(q.id) rate CI")
            if let m = q.mean {
                require(Double(q.scale.min) - 1e-9 <= m && m <= Double(q.scale.max) + 1e-9, "mean \(m) off the scale")
            }
            require(q.distribution.count == q.scale.points, "distribution has \(q.distribution.count) points")
            require(q.distribution.reduce(0, +) == q.n, "distribution sums to \(q.distribution.reduce(0, +)), n \(q.n)")
            require(q.n <= valid, "question n > valid")
        }
        for (_, rows) in f.segments {
            require(rows.map(\.n).reduce(0, +) <= f.overall.n, "segment n exceeds n")
            for r in rows { index(r.index, "segment index"); share(r.rate, "segment rate") }
        }
        for s in f.surveyors { index(s.index, "surveyor index"); probability(s.p) }
    }

    /// A drawn sample: every row is a household of the roster, n never above N, no unit twice.
    static func check(_ drawn: SampleRun.Drawn) {
        var seen = Set<String>()
        for r in drawn.result.rows {
            require(seen.insert(r.project + "\u{0}" + r.unit).inserted, "unit \(r.unit) drawn twice")
        }
        for p in drawn.result.plans {
            require(p.sampled <= p.eligible || p.certainty > 0, "sampled \(p.sampled) > eligible \(p.eligible)")
            require(p.strata.map(\.sample).reduce(0, +) == p.sampled, "strata do not add up to n")
        }
    }

    static func index(_ x: Double?, _ what: String) {
        if let x { require(x.isFinite && x >= -1e-9 && x <= 100 + 1e-9, "\(what) = \(x)") }
    }

    static func share(_ x: Double?, _ what: String) {
        if let x { require(x.isFinite && x >= -1e-12 && x <= 1 + 1e-12, "\(what) = \(x)") }
    }

    static func probability(_ p: Double?) { share(p, "p") }

    static func finite(_ x: Double?, _ what: String) {
        if let x { require(x.isFinite, "\(what) = \(x)") }
    }

    static func interval(_ i: Figures.Interval?, _ range: ClosedRange<Double>, _ what: String) {
        guard let i else { return }
        require(i.low.isFinite && i.high.isFinite && i.low <= i.high + 1e-9, "\(what) = [\(i.low), \(i.high)]")
    }

    /// What csat prints as JSON must read back with csat's own strict parser.
    static func roundTrip(_ value: JSONValue) {
        let text = JSONWriter.write(value)
        do {
            _ = try JSONParser.parse(Array(text.utf8), file: "output")
        } catch {
            fatalError("invariant: csat's JSON output does not parse: \(error)")
        }
    }
}
