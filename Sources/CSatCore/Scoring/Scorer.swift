/// Computes every figure of SPEC.md "Scoring" for a wave (and its change
/// against a previous wave).
public enum Scorer {
    /// The aggregate mode in force: the definition's, else `population` with a roster and `respondents` without.
    public static func mode(for wave: Wave) throws(InputError) -> AggregateMode {
        let mode = wave.table.survey.aggregate ?? (wave.roster == nil ? .respondents : .population)
        if mode == .population && wave.roster == nil {
            throw InputError(
                file: Message.theSurveyDefinition.description, path: "$.aggregate", message: .populationNeedsRoster)
        }
        return mode
    }

    /// `comments`: the wave's tagged comments when the caller has them already (`ReportLists`).
    /// `prior`: the previous wave's projects from the history, for the marks against each
    /// project's previous wave when no `previous` wave is given.
    public static func figures(
        wave: Wave, previous: Wave? = nil, comments: [Figures.TaggedComment]? = nil,
        prior: (period: String, projects: [ProjectFigures])? = nil
    ) throws(InputError) -> Figures {
        try requireValidForms(wave, nil)
        if let previous { try requireValidForms(previous, .thePreviousWave) }
        let mode = try mode(for: wave)
        let survey = wave.table.survey
        let sums = WaveSums(table: wave.table, validity: wave.validity, roster: wave.roster, mode: mode)
        let agg = Aggregation(survey: survey, sums: sums.questions)
        let totalWeight = survey.drivers.map(\.weight).reduce(0, +)

        var drivers: [Figures.DriverFigures] = survey.drivers.enumerated().map { d, driver in
            Figures.DriverFigures(
                id: driver.id, name: driver.name, weight: driver.weight / totalWeight,
                index: agg.driverIndex[d], indexCI: Inference.interval(agg.driverIndex[d], sums.driverProjectScore[d], sums),
                rate: agg.driverRate[d], rateCI: Inference.interval(agg.driverRate[d], sums.driverProjectShare[d], sums),
                n: sums.driverN[d], alpha: sums.alphaItems[d].flatMap(Inference.alpha),
                importance: Inference.pearson(sums.importancePairs[d]), relativeWeight: nil, quadrant: nil)
        }
        if survey.overallQuestionIndex != nil, let shares = Inference.relativeWeights(sums.relativeWeightData) {
            for d in drivers.indices { drivers[d].relativeWeight = shares[d] }
        }
        Inference.assignQuadrants(&drivers)

        let questions = questionFigures(survey, sums.questions)
        let overallQuestion = survey.overallQuestionIndex.flatMap { qi in
            questions.first { $0.id == survey.questions[qi].id }
        }
        let overall = Figures.Overall(
            index: agg.index, indexCI: Inference.interval(agg.index, sums.projectScore, sums),
            rate: agg.rate, rateCI: Inference.interval(agg.rate, sums.projectShareMoments, sums),
            n: sums.n, overallQuestion: overallQuestion)

        var comparison: Figures.Comparison? = nil
        var prior = prior
        if let previous {
            let prevMode = try self.mode(for: previous)
            let prevSums = WaveSums(table: previous.table, validity: previous.validity, roster: previous.roster, mode: prevMode)
            comparison = Inference.compare(
                current: (agg, sums), previous: (Aggregation(survey: previous.table.survey, sums: prevSums.questions), prevSums),
                previousPeriod: previousPeriod(previous), survey: survey)
            prior = (previousPeriod(previous), projectFigures(previous.table, prevSums))
        }
        let projects = projectFigures(wave.table, sums)
        var figures = Figures(
            surveyID: survey.id, period: survey.period, aggregate: mode, overall: overall, drivers: drivers,
            questions: questions.filter { q in survey.overallQuestionIndex.map { survey.questions[$0].id != q.id } ?? true },
            segments: segmentFigures(wave.table, sums), comparison: comparison,
            surveyors: Inference.surveyors(wave.table, sums),
            comments: comments ?? Comments.tagged(wave.table, validity: wave.validity))
        figures.projects = projects
        if projects.count >= 2 || prior != nil {
            figures.significance = Significance.build(
                projects: projects, previous: prior, driverIDs: survey.drivers.map(\.id))
        }
        return figures
    }

    /// Every figure of a wave without one valid form would be empty: docs/ERRORS.md makes that an error, not a blank report.
    static func requireValidForms(_ wave: Wave, _ which: Message?) throws(InputError) {
        guard wave.validity.validCount == 0 else { return }
        let files = wave.table.files.map(\.path)
        let file =
            files.count == 1
            ? files[0]
            : (files.isEmpty ? Message.theResponses : .filesAndMore(files[0], more: files.count - 1)).description
        let message: Message =
            wave.table.count == 0 ? .nothingToScoreNoForms : .nothingToScoreNoneValid(wave.table.count)
        throw InputError(file: file, message: which.map { $0 + message } ?? message)
    }

    /// The previous wave's period. It is read with the current definition, so its
    /// period comes from its forms' dates (the median date's half-year: 2025-12-16 →
    /// 2025H2); without dates, the half-year before the current period.
    static func previousPeriod(_ previous: Wave) -> String {
        if let period = periodOfDates(previous.table) { return period }
        let period = previous.table.survey.period
        if period.count == 6, let year = Int(period.prefix(4)), period.dropFirst(4) == "H1" || period.dropFirst(4) == "H2" {
            return period.hasSuffix("H1") ? "\(year - 1)H2" : "\(year)H1"
        }
        return "previous"
    }

    /// The half-year of the forms' median date (2025-12-16 → 2025H2); nil without dates.
    public static func periodOfDates(_ table: FormTable) -> String? {
        let dates = table.records.map(\.date).filter { $0 > 0 }.sorted()
        guard !dates.isEmpty else { return nil }
        let median = dates[dates.count / 2]
        return "\(median / 10000)H\(median / 100 % 100 <= 6 ? 1 : 2)"
    }

    static func questionFigures(_ survey: Survey, _ sums: [QuestionSums]) -> [Figures.QuestionFigures] {
        survey.closedQuestionIndices.enumerated().map { k, qi in
            let q = survey.questions[qi]
            let scale = survey.scales[q.scaleIndex!]
            let s = sums[k]
            return Figures.QuestionFigures(
                id: q.id, text: q.text, driver: q.driverIndex.map { survey.drivers[$0].id }, scale: scale, n: s.count,
                mean: s.mean, index: s.index(scale), rate: s.rate,
                rateCI: s.rate.flatMap { Wilson.interval(successes: $0 * Double(s.count), n: Double(s.count)) }
                    .map { Figures.Interval(low: $0.0, high: $0.1) },
                dissatisfied: s.dissatisfied, distribution: s.distribution)
        }
    }

    /// SPEC.md "Scoring", segments: the aggregation restricted to each value's
    /// forms, with the wave's respondent weights (domain estimates).
    static func segmentFigures(_ table: FormTable, _ sums: WaveSums) -> [(column: String, rows: [Figures.SegmentRow])] {
        let survey = table.survey
        return survey.segments.enumerated().map { c, column in
            var rows: [Figures.SegmentRow] = []
            for (slot, value) in sums.segmentValues[c].enumerated() {
                let agg = Aggregation(survey: survey, sums: sums.segmentQuestionSums(c, slot))
                let driverIndices = survey.drivers.enumerated().compactMap { d, driver in
                    agg.driverIndex[d].map { (id: driver.id, index: $0) }
                }
                rows.append(
                    Figures.SegmentRow(
                        value: table.string(value), n: sums.segmentN[c][slot], index: agg.index, rate: agg.rate,
                        drivers: driverIndices))
            }
            rows.sort { $0.value.unicodeScalars.lexicographicallyPrecedes($1.value.unicodeScalars) }
            return (column, rows)
        }
    }
}
