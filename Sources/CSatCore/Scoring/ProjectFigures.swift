/// One project's figures in a wave: what the history stores and what the trend and the
/// significance marks read (SPEC.md "Across waves").
///
/// The index and rate are the project's own aggregation (every form of a project carries the
/// same weight, so they equal the project's row of the segments); the interval is the
/// single-stratum case of SPEC.md "Scoring": (1 − f) s²/n with n − 1 degrees of freedom.
public struct ProjectFigures: Sendable {
    public var project: String
    /// Valid forms with a respondent score.
    public var n: Int
    public var index: Double?
    public var indexCI: Figures.Interval?
    public var rate: Double?
    public var rateCI: Figures.Interval?
    /// Driver indices, definition order, drivers with answers only.
    public var drivers: [(id: String, index: Double)]
    /// Unweighted moments of the respondent scores s and satisfied shares (for Welch tests).
    public var score: RunningMoments
    public var share: RunningMoments
    /// Per driver id, the moments of s_d.
    public var driverScores: [(id: String, moments: RunningMoments)]

    public init(
        project: String, n: Int, index: Double?, indexCI: Figures.Interval?, rate: Double?, rateCI: Figures.Interval?,
        drivers: [(id: String, index: Double)], score: RunningMoments, share: RunningMoments,
        driverScores: [(id: String, moments: RunningMoments)]
    ) {
        self.project = project
        self.n = n
        self.index = index
        self.indexCI = indexCI
        self.rate = rate
        self.rateCI = rateCI
        self.drivers = drivers
        self.score = score
        self.share = share
        self.driverScores = driverScores
    }

    /// The moments of s_d for `driver`, empty when the project has none.
    public func driverScore(_ driver: String) -> RunningMoments {
        driverScores.first { $0.id == driver }?.moments ?? RunningMoments()
    }
}

extension Scorer {
    /// Every project with valid forms, sorted by name (code points, as the segments are).
    static func projectFigures(_ table: FormTable, _ sums: WaveSums) -> [ProjectFigures] {
        let survey = table.survey
        var rows: [ProjectFigures] = []
        for (id, own) in sums.projectQuestions {
            let agg = Aggregation(survey: survey, sums: own)
            let score = sums.projectScore[id] ?? RunningMoments()
            let share = sums.projectShareMoments[id] ?? RunningMoments()
            let fpc = sums.projectPopulation[id].map { min(1, Double(score.count) / Double($0)) } ?? 0
            func interval(_ centre: Double?, _ m: RunningMoments) -> Figures.Interval? {
                guard let centre, m.count > 0 else { return nil }
                let stratum = StratifiedVariance.Stratum(share: 1, moments: m, samplingFraction: fpc)
                guard let half = StratifiedVariance.halfWidth([stratum]) else { return nil }
                return Figures.Interval(low: centre - half, high: centre + half)
            }
            rows.append(
                ProjectFigures(
                    project: table.string(id), n: score.count, index: agg.index, indexCI: interval(agg.index, score),
                    rate: agg.rate, rateCI: interval(agg.rate, share),
                    drivers: survey.drivers.enumerated().compactMap { d, driver in
                        agg.driverIndex[d].map { (id: driver.id, index: $0) }
                    }, score: score, share: share,
                    driverScores: survey.drivers.enumerated().compactMap { d, driver in
                        sums.driverProjectScore[d][id].map { (id: driver.id, moments: $0) }
                    }))
        }
        rows.sort { $0.project.unicodeScalars.lexicographicallyPrecedes($1.project.unicodeScalars) }
        return rows
    }
}
