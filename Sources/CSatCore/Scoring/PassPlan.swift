/// What the pass needs of the survey, as flat tables of numbers indexed by
/// `k·stride + code` (code = x − min + 1): no `Scale` in the loop (it holds
/// label strings, and copying one costs a retain per answer).
struct PassPlan {
    let K: Int
    let stride: Int
    let value: [Double]
    let score: [Double]
    let satisfied: [Double]
    let dissatisfied: [Double]
    /// Driver d's questions are items `itemStart[d]..<itemStart[d+1]`: closed question `itemK`, weight v_q.
    let itemStart: [Int]
    let itemK: [Int]
    let itemWeight: [Double]
    /// The score of one step up the item's scale (`Scale.score`, 100/(max − min)): its score is this times (code − 1).
    let itemStep: [Double]
    let driverWeight: [Double]
    let alphaDrivers: [Int]
    let maxItems: Int
    /// Closed question k's answers are cells `answerStart[k]..<answerStart[k+1]` of a table that keeps
    /// one number per possible answer (`answerCells` per row), code c at `answerStart[k] + c − 1`.
    let answerStart: [Int]
    let answerCells: Int
    /// Closed question number of the `role: "overall"` question, or -1.
    let overallK: Int
    let segmentColumns: [SegmentColumn]

    init(_ plan: ScoringPlan, table: FormTable) {
        K = plan.scales.count
        stride = (plan.scales.map(\.points).max() ?? 0) + 1
        var value = [Double](repeating: 0, count: K * stride), score = value, satisfied = value, dissatisfied = value
        for (k, scale) in plan.scales.enumerated() {
            for code in 1...scale.points {
                let x = code - 1 + scale.min
                value[k * stride + code] = Double(x)
                score[k * stride + code] = scale.score(x)
                satisfied[k * stride + code] = x >= scale.satisfiedFrom ? 1 : 0
                dissatisfied[k * stride + code] = x <= scale.dissatisfiedTo ? 1 : 0
            }
        }
        // One spare element each: `tables` hands out base addresses, which an empty array need not have.
        (self.value, self.score, self.satisfied, self.dissatisfied) = (value + [0], score + [0], satisfied + [0], dissatisfied)
        itemStart = plan.driverItems.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        itemK = plan.driverItems.flatMap { $0.map(\.k) } + [0]
        itemWeight = plan.driverItems.flatMap { $0.map(\.weight) } + [0]
        itemStep = plan.driverItems.flatMap { $0.map { $0.scale.score($0.scale.min + 1) } }
        driverWeight = plan.driverWeights
        alphaDrivers = plan.driverItems.indices.filter { plan.driverItems[$0].count >= 2 }
        maxItems = plan.driverItems.map(\.count).max() ?? 0
        answerStart = plan.scales.reduce(into: [0]) { $0.append($0.last! + $1.points) }
        answerCells = answerStart.last!
        overallK = plan.overallItem?.0 ?? -1
        segmentColumns = table.survey.segments.map { SegmentColumn($0, table: table) }
    }

    /// The tables' base addresses, valid inside `tables`.
    struct Tables {
        let value: UnsafePointer<Double>
        let score: UnsafePointer<Double>
        let satisfied: UnsafePointer<Double>
        let itemK: UnsafePointer<Int>
        let itemWeight: UnsafePointer<Double>
    }

    func tables<R>(_ body: (Tables) throws -> R) rethrows -> R {
        try value.withUnsafeBufferPointer { v in
            try score.withUnsafeBufferPointer { s in
                try satisfied.withUnsafeBufferPointer { h in
                    try itemK.withUnsafeBufferPointer { k in
                        try itemWeight.withUnsafeBufferPointer { w in
                            try body(
                                Tables(
                                    value: v.baseAddress!, score: s.baseAddress!, satisfied: h.baseAddress!,
                                    itemK: k.baseAddress!, itemWeight: w.baseAddress!))
                        }
                    }
                }
            }
        }
    }

    /// One driver's part of a form's respondent score.
    struct DriverScore {
        var score = 0.0
        var share = 0.0
        var answered = false
    }

    /// A form's respondent scores (SPEC.md "Scoring"): s_d = Σ v_q·score_q / Σ v_q over the
    /// driver's answered questions, its satisfied share alike, into `drivers`; returns
    /// s = Σ W_d·s_d / Σ W_d over the drivers answered and its share, nil when none was.
    /// The one place of this formula: the scoring pass and the Data sheet both call it.
    @inline(__always)
    func respondent(_ codes: UnsafePointer<UInt8>, _ t: Tables, _ drivers: UnsafeMutablePointer<DriverScore>)
        -> (score: Double, share: Double)?
    {
        var sw = 0.0, ws = 0.0, wh = 0.0
        for d in 0..<driverWeight.count {
            var sv = 0.0, ss = 0.0, sh = 0.0
            for i in itemStart[d]..<itemStart[d + 1] {
                let k = t.itemK[i]
                let c = codes[k]
                guard c != AnswerCode.notAnswered && c != AnswerCode.outOfRange else { continue }
                let v = t.itemWeight[i], at = k * stride + Int(c)
                sv += v
                ss += v * t.score[at]
                sh += v * t.satisfied[at]
            }
            drivers[d].answered = sv > 0
            guard sv > 0 else { continue }
            let sd = ss / sv, hd = sh / sv
            drivers[d].score = sd
            drivers[d].share = hd
            let W = driverWeight[d]
            sw += W
            ws += W * sd
            wh += W * hd
        }
        return sw > 0 ? (ws / sw, wh / sw) : nil
    }
}
