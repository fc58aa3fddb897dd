import Foundation

extension ReportModel {
    /// Scores a loaded wave (against the previous one, if given) and builds its report model:
    /// what `csat report` does between loading and writing.
    public static func build(
        wave: Wave, previous: Wave?, language: String, units: UnitLabels, samplePath: String? = nil
    ) throws(InputError) -> ReportModel {
        let lists = ReportLists(wave: wave, language: language)
        let figures = try Scorer.figures(wave: wave, previous: previous, comments: lists.comments)
        return build(wave: wave, figures: figures, lists: lists, units: units, samplePath: samplePath)
    }

    /// Builds the report model of a wave from its figures (and the check report for forms and coverage).
    public static func build(
        wave: Wave, figures: Figures, check: CheckReport, language: String, units: UnitLabels, samplePath: String? = nil
    ) -> ReportModel {
        build(
            wave: wave, figures: figures,
            lists: ReportLists(check: check, comments: figures.comments, survey: wave.table.survey, language: language),
            units: units, samplePath: samplePath)
    }

    /// Builds the report model of a wave from its figures and its lists, made apart: `csat report`
    /// computes the figures on the other core while it makes the lists and writes them.
    /// The comments are the lists' (`figures.comments` is not read).
    public static func build(
        wave: Wave, figures: Figures, lists: ReportLists, units: UnitLabels, samplePath: String? = nil
    ) -> ReportModel {
        let survey = wave.table.survey
        let labels = lists.labels, language = lists.language, check = lists.check
        let changes = Dictionary(uniqueKeysWithValues: (figures.comparison?.drivers ?? []).map { ($0.id, $0) })
        let drivers = figures.drivers.map { d in
            DriverRow(
                id: d.id, name: d.name, weight: d.weight, index: d.index, indexCI: d.indexCI, rate: d.rate, rateCI: d.rateCI,
                n: d.n, alpha: d.alpha, importance: d.importance, relativeWeight: d.relativeWeight, quadrant: d.quadrant,
                quadrantLabel: labels.quadrantLabel(d.quadrant), previousIndex: changes[d.id]?.previousIndex,
                change: changes[d.id]?.change)
        }
        let driverNames = Dictionary(uniqueKeysWithValues: survey.drivers.map { ($0.id, $0.name) })
        let questions = figures.questions.map { q in
            QuestionRow(
                id: q.id, text: q.text, driverName: q.driver.flatMap { driverNames[$0] } ?? "", n: q.n, mean: q.mean,
                index: q.index, rate: q.rate, rateCI: q.rateCI, dissatisfied: q.dissatisfied, distribution: q.distribution,
                scalePoints: (q.scale.min...q.scale.max).map { x in
                    q.scale.labels.map { "\(x) \($0[x - q.scale.min])" } ?? String(x)
                }, weight: survey.questions.first { $0.id == q.id }?.weight ?? 1)
        }
        let weakest = questions.filter { $0.index != nil }.sorted { ($0.index!, $0.id) < ($1.index!, $1.id) }.prefix(5)
        let segments = figures.segments.map {
            SegmentTable(column: $0.column, label: labels.segmentLabel($0.column), rows: $0.rows)
        }
        let ranked = (figures.segments.first { $0.column == "project" }?.rows ?? [])
            .filter { $0.index != nil }
            .sorted { ($0.index!, $1.value) > ($1.index!, $0.value) }
        let headline = Headline(
            index: figures.overall.index, indexCI: figures.overall.indexCI, rate: figures.overall.rate,
            rateCI: figures.overall.rateCI, n: figures.overall.n, overallQuestionIndex: figures.overall.overallQuestion?.index,
            overallQuestionRate: figures.overall.overallQuestion?.rate, previousPeriod: figures.comparison?.previousPeriod,
            previousIndex: figures.comparison?.previousIndex, previousRate: figures.comparison?.previousRate,
            change: figures.comparison?.overall, formsRead: check.read, formsValid: check.valid, formsInvalid: check.invalid,
            projects: check.coverage.filter { $0.valid > 0 }.count)
        var model = ReportModel(
            lists: lists, headline: headline, drivers: drivers,
            satisfactionDrivers: drivers.filter { $0.quadrant == .keep }.map(\.name),
            dissatisfactionDrivers: drivers.filter { $0.quadrant == .improve }.map(\.name),
            questions: questions, weakestQuestions: Array(weakest), segments: segments, projectsRanked: ranked,
            coverage: check.coverage,
            invalidByReason: check.reasonCounts.map {
                ReasonCount(code: $0.code, label: ReasonSet.label($0.code, language: language), count: $0.count)
            },
            themes: themes(lists.comments, survey), surveyors: figures.surveyors,
            method: method(survey, figures, language, samplePath),
            data: DataRows(table: wave.table, validity: wave.validity, units: units, labels: labels))
        model.significance = figures.significance
        model.trend = figures.trend
        model.overallQuestion = figures.overall.overallQuestion.map { q in
            QuestionRow(
                id: q.id, text: q.text, driverName: "", n: q.n, mean: q.mean, index: q.index, rate: q.rate, rateCI: q.rateCI,
                dissatisfied: q.dissatisfied, distribution: q.distribution,
                scalePoints: (q.scale.min...q.scale.max).map { x in
                    q.scale.labels.map { "\(x) \($0[x - q.scale.min])" } ?? String(x)
                })
        }
        return model
    }

    /// The most an example comment shows in the report's themes table, in characters: one cell of a
    /// table, not the whole answer (the Comments sheet has it).
    static let exampleLength = 200

    /// `text`, or its first `exampleLength` characters and "…".
    static func example(_ text: String) -> String {
        guard text.utf8.count > exampleLength, text.count > exampleLength else { return text }
        return String(text.prefix(exampleLength)) + "…"
    }

    static func themes(_ comments: [Figures.TaggedComment], _ survey: Survey) -> [Theme] {
        // One pass over the comments (a national wave has a hundred thousand), not one per theme.
        var themesNamed: [String: [Int]] = [:]
        for (t, theme) in survey.themes.enumerated() { themesNamed[theme.name, default: []].append(t) }
        var counts = [Int](repeating: 0, count: survey.themes.count)
        // Distinct examples: the same complaint copied onto several forms says nothing new.
        var examples = [[String]](repeating: [], count: survey.themes.count)
        for c in comments {
            for (i, name) in c.themes.enumerated() where !c.themes[..<i].contains(name) {
                for t in themesNamed[name] ?? [] {
                    counts[t] += 1
                    let text = Self.example(c.text)
                    if examples[t].count < 3 && !examples[t].contains(text) { examples[t].append(text) }
                }
            }
        }
        return survey.themes.enumerated().map { t, theme in Theme(name: theme.name, count: counts[t], examples: examples[t]) }
            .sorted { ($0.count, $1.name) > ($1.count, $0.name) }
    }

    static func method(_ survey: Survey, _ figures: Figures, _ language: String, _ samplePath: String?) -> Method {
        var seed: String? = nil
        var sampleMethod: String? = nil
        if let samplePath, let manifest = try? SampleManifest.read(path: SampleManifest.path(forList: samplePath)) {
            seed = manifest.seed
            sampleMethod = SampleManifest.method
        }
        let words = MethodWords.of(Language(code: language))
        let aggregateText: String
        switch figures.aggregate {
        case .population: aggregateText = words.population
        case .respondents: aggregateText = words.respondents
        case .projects: aggregateText = words.projects
        }
        let v = survey.validity
        let validityText = words.validity(
            v.requireSignature, v.requirePhone, Rounding.fixed(v.minAnsweredShare * 100, digits: 0))
        let formulas = words.formulas
        return Method(
            scales: survey.scales.map {
                ScaleNote(
                    id: $0.id, points: $0.points, min: $0.min, max: $0.max, satisfiedFrom: $0.satisfiedFrom,
                    dissatisfiedTo: $0.dissatisfiedTo, labels: $0.labels ?? [])
            },
            aggregate: figures.aggregate, aggregateText: aggregateText, minSampleRate: survey.rules.minSampleRate,
            minSampleCount: survey.rules.minSampleCount, minReturnRate: survey.rules.minReturnRate, validityText: validityText,
            seed: seed, sampleMethod: sampleMethod, formulas: formulas)
    }
}
