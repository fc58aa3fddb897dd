import CSatCore
internal import GRDB

extension HistoryStore {
    /// Every stored wave's figures, oldest first (the trend, the marks against a previous wave).
    public func records() throws(InputError) -> [WaveRecord] {
        try run {
            try queue.read { db in
                let waves = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT id, survey_id, title, period, aggregate, forms_read, forms_valid, n,
                          idx, idx_low, idx_high, rate, rate_low, rate_high FROM wave ORDER BY period
                        """)
                return try waves.map { w in
                    let id: Int64 = w[0]
                    let drivers = try Row.fetchAll(
                        db,
                        sql: """
                            SELECT driver, name, weight, n, idx, idx_low, idx_high, rate, rate_low, rate_high
                            FROM driver WHERE wave_id = ? ORDER BY position
                            """, arguments: [id]
                    ).map { r in
                        WaveRecord.Driver(
                            id: r[0], name: r[1], weight: r[2],
                            point: point(n: r[3], r[4], r[5], r[6], r[7], r[8], r[9]))
                    }
                    var projectDrivers: [String: [(id: String, index: Double?, moments: RunningMoments)]] = [:]
                    for r in try Row.fetchAll(
                        db,
                        sql: """
                            SELECT pd.project, pd.driver, pd.idx, pd.score_n, pd.score_mean, pd.score_m2
                            FROM project_driver pd LEFT JOIN driver d ON d.wave_id = pd.wave_id AND d.driver = pd.driver
                            WHERE pd.wave_id = ? ORDER BY pd.project, d.position
                            """, arguments: [id])
                    {
                        projectDrivers[r[0], default: []].append(
                            (r[1], r[2], RunningMoments(count: r[3], mean: r[4], m2: r[5])))
                    }
                    let projects = try Row.fetchAll(
                        db,
                        sql: """
                            SELECT project, n, idx, idx_low, idx_high, rate, rate_low, rate_high,
                              score_n, score_mean, score_m2, share_n, share_mean, share_m2
                            FROM project WHERE wave_id = ?
                            """, arguments: [id]
                    ).map { r in
                        let name: String = r[0]
                        let own = projectDrivers[name] ?? []
                        return ProjectFigures(
                            project: name, n: r[1], index: r[2], indexCI: Self.interval(r[3], r[4]), rate: r[5],
                            rateCI: Self.interval(r[6], r[7]),
                            drivers: own.compactMap { d in d.index.map { (id: d.id, index: $0) } },
                            score: RunningMoments(count: r[8], mean: r[9], m2: r[10]),
                            share: RunningMoments(count: r[11], mean: r[12], m2: r[13]),
                            driverScores: own.map { (id: $0.id, moments: $0.moments) })
                    }.sorted { $0.project.unicodeScalars.lexicographicallyPrecedes($1.project.unicodeScalars) }
                    return WaveRecord(
                        surveyID: w[1], title: w[2], period: w[3], aggregate: w[4], formsRead: w[5], formsValid: w[6],
                        overall: point(n: w[7], w[8], w[9], w[10], w[11], w[12], w[13]), drivers: drivers,
                        projects: projects)
                }
            }
        }
    }
}

private func point(
    n: Int, _ index: Double?, _ low: Double?, _ high: Double?, _ rate: Double?, _ rateLow: Double?, _ rateHigh: Double?
) -> WaveRecord.Point {
    WaveRecord.Point(
        index: index, indexCI: HistoryStore.interval(low, high), rate: rate,
        rateCI: HistoryStore.interval(rateLow, rateHigh), n: n)
}
