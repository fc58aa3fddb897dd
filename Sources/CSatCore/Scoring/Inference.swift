import Foundation

/// Intervals, reliability, importance, quadrants, wave tests and the
/// surveyor check (SPEC.md "Scoring").
enum Inference {
    /// 95% interval centred on `centre`: half-width t·√Var with
    /// Var = Σ_h P_h² (1 − f_h) s_h²/n_h and n − H degrees of freedom.
    /// Absent when a project with respondents has fewer than two, or df < 1.
    static func interval(_ centre: Double?, _ moments: [Int32: RunningMoments], _ sums: WaveSums) -> Figures.Interval? {
        guard let centre else { return nil }
        var strata: [StratifiedVariance.Stratum] = []
        for (p, m) in moments.sorted(by: { $0.key < $1.key }) where m.count > 0 {
            let share = sums.projectShare[p] ?? 0
            let fpc = sums.projectPopulation[p].map { min(1, Double(m.count) / Double($0)) } ?? 0
            strata.append(.init(share: share, moments: m, samplingFraction: fpc))
        }
        guard let half = StratifiedVariance.halfWidth(strata, probability: 0.975) else { return nil }
        return Figures.Interval(low: centre - half, high: centre + half)
    }

    static func alpha(_ items: CrossProducts) -> Double? {
        guard items.count >= 2, let covariance = items.covariance else { return nil }
        return Cronbach.alpha(covariance: covariance)
    }

    static func pearson(_ pair: CrossProducts) -> Double? {
        guard pair.count >= 3, let r = pair.correlation else { return nil }
        return r[0][1]
    }

    /// Johnson's relative weights of the driver scores for the overall question, as shares summing to 1.
    static func relativeWeights(_ data: CrossProducts) -> [Double]? {
        let k = data.dimension - 1
        guard data.count > k + 1, let r = data.correlation else { return nil }
        let rxx = (0..<k).map { i in (0..<k).map { j in r[i][j] } }
        let rxy = (0..<k).map { r[$0][k] }
        guard let raw = RelativeWeights.johnson(predictorCorrelation: rxx, criterionCorrelation: rxy) else { return nil }
        let total = raw.reduce(0, +)
        guard total > 0 else { return nil }
        return raw.map { $0 / total }
    }

    /// SPEC.md: split at the drivers' mean importance and mean index; a value equal to the mean counts as high.
    static func assignQuadrants(_ drivers: inout [Figures.DriverFigures]) {
        let placed = drivers.filter { $0.importance != nil && $0.index != nil }
        guard !placed.isEmpty else { return }
        let meanImportance = placed.map { $0.importance! }.reduce(0, +) / Double(placed.count)
        let meanIndex = placed.map { $0.index! }.reduce(0, +) / Double(placed.count)
        for d in drivers.indices {
            guard let imp = drivers[d].importance, let idx = drivers[d].index else { continue }
            switch (imp >= meanImportance, idx >= meanIndex) {
            case (true, true): drivers[d].quadrant = .keep
            case (true, false): drivers[d].quadrant = .improve
            case (false, true): drivers[d].quadrant = .maintain
            case (false, false): drivers[d].quadrant = .watch
            }
        }
    }

    /// Welch's t test on two waves' respondent scores; significant at p < 0.05.
    static func change(_ now: Double?, _ before: Double?, _ a: RunningMoments, _ b: RunningMoments) -> (Double?, Double?, Bool?) {
        guard let now, let before else { return (nil, nil, nil) }
        let p = welchP(a, b)
        return (now - before, p, p.map { $0 < 0.05 })
    }

    static func welchP(_ a: RunningMoments, _ b: RunningMoments) -> Double? {
        guard a.count >= 2, b.count >= 2 else { return nil }
        return Welch.test(a, b)?.p
    }

    static func compare(
        current: (Aggregation, WaveSums), previous: (Aggregation, WaveSums), previousPeriod: String, survey: Survey
    ) -> Figures.Comparison {
        let (a, s) = current
        let (pa, ps) = previous
        let (ic, ip, isig) = change(a.index, pa.index, s.scoreMoments, ps.scoreMoments)
        let (rc, rp, rsig) = change(a.rate, pa.rate, s.shareMoments, ps.shareMoments)
        let overall = Figures.Change(indexChange: ic, p: ip, significant: isig, rateChange: rc, rateP: rp, rateSignificant: rsig)
        let drivers = survey.drivers.indices.map { d in
            let (dic, dip, dis) = change(a.driverIndex[d], pa.driverIndex[d], s.driverScoreMoments[d], ps.driverScoreMoments[d])
            let (drc, drp, drs) = change(a.driverRate[d], pa.driverRate[d], s.driverShareMoments[d], ps.driverShareMoments[d])
            return (
                id: survey.drivers[d].id, previousIndex: pa.driverIndex[d],
                change: Figures.Change(
                    indexChange: dic, p: dip, significant: dis, rateChange: drc, rateP: drp, rateSignificant: drs)
            )
        }
        return Figures.Comparison(
            previousPeriod: previousPeriod, previousIndex: pa.index, previousRate: pa.rate, overall: overall, drivers: drivers)
    }

    /// SPEC.md: a surveyor with 10 or more valid forms whose overall scores
    /// differ from everyone else's at p < 0.01 (Welch) is flagged.
    static func surveyors(_ table: FormTable, _ sums: WaveSums) -> [Figures.SurveyorRow] {
        // In a fixed order, so that merging gives the same bits on every run.
        let ordered = sums.surveyorScore.sorted(by: { $0.key < $1.key })
        var rows = sums.surveyorScore.map { id, m -> Figures.SurveyorRow in
            var p: Double? = nil
            if m.count >= 10 {
                // Everyone else: the other surveyors' forms and the forms that name no surveyor.
                var rest = sums.unattributedScore
                for (other, o) in ordered where other != id { rest.merge(o) }
                p = welchP(m, rest)
            }
            return Figures.SurveyorRow(
                surveyor: table.string(id), n: m.count, index: m.count > 0 ? m.mean : nil, p: p,
                flagged: m.count >= 10 && (p ?? 1) < 0.01)
        }
        rows.sort { $0.surveyor.unicodeScalars.lexicographicallyPrecedes($1.surveyor.unicodeScalars) }
        return rows
    }
}
