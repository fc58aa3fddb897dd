/// The per-form pass of `WaveSums` over one range of forms, on flat buffers.
///
/// A national wave is a million forms × ~30 answers × (question, segments,
/// driver) sums: everything here is a number in a preallocated buffer, read
/// through pointers taken once per range. Question sums are integer counts
/// per (project, question, answer): a form's weight depends only on its
/// project, so the weighted sums are made from the counts at the end, exactly.
/// Two passes over the two halves of a wave merge (`merge`), which is how
/// `WaveSums` uses both cores.
final class FormPass: @unchecked Sendable {  // one thread fills a pass; passes merge after the join
    let plan: PassPlan
    /// Dense project index (0..<P) per category id; -1 for categories that are not a project with valid forms.
    let projectSlot: [Int32]
    let P: Int

    /// (p·K + k)·stride + code → forms.
    let counts: Buffer<UInt32>
    var n = 0
    let driverN: Buffer<Int>
    /// Per project p, and per (driver d, project p) at d·P + p: moments of s (or s_d) and of its satisfied share.
    let projectScore: Buffer<RunningMoments>
    let projectShare: Buffer<RunningMoments>
    let driverProjectScore: Buffer<RunningMoments>
    let driverProjectShare: Buffer<RunningMoments>
    var scoreMoments = RunningMoments()
    var shareMoments = RunningMoments()
    let driverScoreMoments: Buffer<RunningMoments>
    let driverShareMoments: Buffer<RunningMoments>
    /// Per driver with two or more questions (`plan.alphaDrivers`), its item scores, listwise.
    var alpha: [CrossProducts]
    var importance: [CrossProducts]
    var relativeWeights: CrossProducts
    var segments: [SegmentPass]
    /// Moments of s per surveyor category id (0, the empty text, is `unattributed`).
    let surveyorScore: Buffer<RunningMoments>
    var unattributed = RunningMoments()

    init(plan: PassPlan, projectSlot: [Int32], projects: Int, categories: Int) {
        self.plan = plan
        self.projectSlot = projectSlot
        P = projects
        let D = plan.driverWeight.count
        counts = Buffer(count: projects * plan.K * plan.stride, 0)
        driverN = Buffer(count: D, 0)
        projectScore = Buffer(count: projects, RunningMoments())
        projectShare = Buffer(count: projects, RunningMoments())
        driverProjectScore = Buffer(count: D * projects, RunningMoments())
        driverProjectShare = Buffer(count: D * projects, RunningMoments())
        driverScoreMoments = Buffer(count: D, RunningMoments())
        driverShareMoments = Buffer(count: D, RunningMoments())
        alpha = plan.alphaDrivers.map { CrossProducts(dimension: plan.itemStart[$0 + 1] - plan.itemStart[$0]) }
        importance = Array(repeating: CrossProducts(dimension: 2), count: D)
        relativeWeights = CrossProducts(dimension: D + 1)
        segments = plan.segmentColumns.map { SegmentPass(column: $0, categories: categories, K: plan.K) }
        surveyorScore = Buffer(count: categories, RunningMoments())
    }

    /// Adds the valid forms of `range`. `weight[p]` is w = P_h/n_h of dense project p.
    func accumulate(_ table: FormTable, _ validity: Validity, _ weight: [Double], _ range: Range<Int>) {
        let K = plan.K, stride = plan.stride, D = plan.driverWeight.count, P = self.P
        let hasOverallQuestion = plan.overallK >= 0
        let drivers = UnsafeMutablePointer<PassPlan.DriverScore>.allocate(capacity: max(D, 1))
        drivers.initialize(repeating: PassPlan.DriverScore(), count: max(D, 1))
        defer { drivers.deallocate() }
        var items = [Double](repeating: 0, count: plan.maxItems)
        var rw = [Double](repeating: 0, count: D + 1)
        let counts = self.counts.p, driverN = self.driverN.p
        let projectScore = self.projectScore.p, projectShare = self.projectShare.p
        let driverProjectScore = self.driverProjectScore.p, driverProjectShare = self.driverProjectShare.p
        let driverScoreMoments = self.driverScoreMoments.p, driverShareMoments = self.driverShareMoments.p
        let surveyorScore = self.surveyorScore.p
        let itemStart = plan.itemStart, alphaDrivers = plan.alphaDrivers
        let overallK = plan.overallK, projectSlot = self.projectSlot
        // Locals, written back at the end: a class's stored `var` costs an exclusivity check per access.
        var n = self.n, scoreMoments = self.scoreMoments, shareMoments = self.shareMoments
        var unattributed = self.unattributed, relativeWeights = self.relativeWeights
        var alpha = self.alpha, importance = self.importance, segments = self.segments
        defer {
            (self.n, self.scoreMoments, self.shareMoments, self.unattributed) = (n, scoreMoments, shareMoments, unattributed)
            (self.alpha, self.importance, self.segments, self.relativeWeights) = (alpha, importance, segments, relativeWeights)
        }
        plan.tables { t in
            table.answers.withUnsafeBufferPointer { answers in
                table.records.withUnsafeBufferPointer { records in
                    validity.reasons.withUnsafeBufferPointer { reasons in
                        for f in range where reasons[f].isEmpty {
                            let r = records[f]
                            let p = Int(projectSlot[Int(r.project)])
                            let w = weight[p]
                            let codes = answers.baseAddress! + f * K
                            let row = counts + p * K * stride
                            for k in 0..<K {
                                let c = codes[k]
                                if c != AnswerCode.notAnswered && c != AnswerCode.outOfRange { row[k * stride + Int(c)] &+= 1 }
                            }
                            let overall = plan.respondent(codes, t, drivers)
                            for d in 0..<D where drivers[d].answered {
                                let sd = drivers[d].score, hd = drivers[d].share
                                driverN[d] += 1
                                driverProjectScore[d * P + p].add(sd)
                                driverProjectShare[d * P + p].add(hd)
                                driverScoreMoments[d].add(sd)
                                driverShareMoments[d].add(hd)
                            }
                            if let (s, share) = overall {
                                n += 1
                                projectScore[p].add(s)
                                projectShare[p].add(share)
                                scoreMoments.add(s)
                                shareMoments.add(share)
                                if r.surveyor != StringPool.empty {
                                    surveyorScore[Int(r.surveyor)].add(s)
                                } else {
                                    unattributed.add(s)
                                }
                            }
                            // Cronbach's alpha is listwise: only forms that answered every question of the driver.
                            for (a, d) in alphaDrivers.enumerated() {
                                let start = itemStart[d], end = itemStart[d + 1]
                                var complete = true
                                for i in start..<end {
                                    let k = t.itemK[i]
                                    let c = codes[k]
                                    if c == AnswerCode.notAnswered || c == AnswerCode.outOfRange {
                                        complete = false
                                        break
                                    }
                                    items[i - start] = t.score[k * stride + Int(c)]
                                }
                                if complete {
                                    items.withUnsafeBufferPointer {
                                        alpha[a].add(UnsafeBufferPointer(rebasing: $0[0..<(end - start)]))
                                    }
                                }
                            }
                            var overallQuestion: Double? = nil
                            if hasOverallQuestion {
                                let c = codes[overallK]
                                if c != AnswerCode.notAnswered && c != AnswerCode.outOfRange {
                                    overallQuestion = t.score[overallK * stride + Int(c)]
                                }
                            }
                            // Importance: s_d against the overall question, or against s without one.
                            if let criterion = hasOverallQuestion ? overallQuestion : overall?.score {
                                for d in 0..<D where drivers[d].answered { importance[d].add(drivers[d].score, criterion) }
                            }
                            if let c = overallQuestion, !(0..<D).contains(where: { !drivers[$0].answered }) {
                                for d in 0..<D { rw[d] = drivers[d].score }
                                rw[D] = c
                                relativeWeights.add(rw)
                            }
                            for c in segments.indices {
                                segments[c].add(
                                    record: r, form: f, table: table, codes: codes, weight: w, counted: overall != nil
                                ) {
                                    k, code in (t.value[k * stride + Int(code)], t.satisfied[k * stride + Int(code)])
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Adds the other half's sums to these (Chan et al. for moments and co-moments).
    func merge(_ o: FormPass) {
        for i in 0..<counts.count { counts.p[i] &+= o.counts.p[i] }
        n += o.n
        for d in 0..<driverN.count {
            driverN.p[d] += o.driverN.p[d]
            driverScoreMoments.p[d].merge(o.driverScoreMoments.p[d])
            driverShareMoments.p[d].merge(o.driverShareMoments.p[d])
            importance[d].merge(o.importance[d])
        }
        for i in 0..<projectScore.count {
            projectScore.p[i].merge(o.projectScore.p[i])
            projectShare.p[i].merge(o.projectShare.p[i])
        }
        for i in 0..<driverProjectScore.count {
            driverProjectScore.p[i].merge(o.driverProjectScore.p[i])
            driverProjectShare.p[i].merge(o.driverProjectShare.p[i])
        }
        scoreMoments.merge(o.scoreMoments)
        shareMoments.merge(o.shareMoments)
        for a in alpha.indices { alpha[a].merge(o.alpha[a]) }
        relativeWeights.merge(o.relativeWeights)
        for i in 0..<surveyorScore.count { surveyorScore.p[i].merge(o.surveyorScore.p[i]) }
        unattributed.merge(o.unattributed)
        for c in segments.indices { segments[c].merge(o.segments[c]) }
    }
}

/// One segment column's sums in a pass: per value (slot, in order of first
/// appearance) n and weighted sums per question.
struct SegmentPass {
    let column: SegmentColumn
    let K: Int
    /// Category id → slot + 1 (0: not seen yet); unit and form-id texts (negative ids) use `keySlot`.
    var categorySlot: [Int32]
    var keySlot: [Int32: Int32] = [:]
    var values: [Int32] = []
    var n: [Int] = []
    /// slot·K + k.
    var sums: [SegmentSums] = []

    init(column: SegmentColumn, categories: Int, K: Int) {
        self.column = column
        self.K = K
        categorySlot = Array(repeating: 0, count: categories)
    }

    /// The slot of `value`, made on first sight.
    mutating func slot(_ value: Int32) -> Int {
        if value >= 0 {
            let s = categorySlot[Int(value)]
            if s != 0 { return Int(s) - 1 }
            categorySlot[Int(value)] = Int32(values.count + 1)
        } else {
            if let s = keySlot[value] { return Int(s) }
            keySlot[value] = Int32(values.count)
        }
        values.append(value)
        n.append(0)
        sums.append(contentsOf: repeatElement(SegmentSums(), count: K))
        return values.count - 1
    }

    @inline(__always)
    mutating func add(
        record r: FormRecord, form f: Int, table: FormTable, codes: UnsafePointer<UInt8>, weight w: Double, counted: Bool,
        _ lookup: (Int, UInt8) -> (value: Double, satisfied: Double)
    ) {
        let slot = slot(column.value(r, f, table))
        if counted { n[slot] += 1 }
        let K = self.K
        sums.withUnsafeMutableBufferPointer { sums in
            let base = sums.baseAddress! + slot * K
            for k in 0..<K {
                let c = codes[k]
                guard c != AnswerCode.notAnswered && c != AnswerCode.outOfRange else { continue }
                let (x, sat) = lookup(k, c)
                base[k].weight += w
                base[k].weightedValue += w * x
                base[k].weightedSatisfied += w * sat
                base[k].count += 1
            }
        }
    }

    mutating func merge(_ o: SegmentPass) {
        for (otherSlot, value) in o.values.enumerated() {
            let s = slot(value)
            n[s] += o.n[otherSlot]
            for k in 0..<K { sums[s * K + k].merge(o.sums[otherSlot * K + k]) }
        }
    }
}

/// Which text of a form a segment column reads, decided once instead of by column name per form.
enum SegmentColumn {
    case project, building, propertyType, customerType, surveyor, unit
    case extra(Int, of: Int)

    init(_ name: String, table: FormTable) {
        switch name {
        case "project": self = .project
        case "building": self = .building
        case "propertyType": self = .propertyType
        case "customerType": self = .customerType
        case "surveyor": self = .surveyor
        case "unit": self = .unit
        default:
            let c = table.extraSegmentColumns.firstIndex(of: name) ?? -1
            self = .extra(c, of: table.extraSegmentColumns.count)
        }
    }

    @inline(__always)
    func value(_ r: FormRecord, _ f: Int, _ table: FormTable) -> Int32 {
        switch self {
        case .project: return r.project
        case .building: return r.building
        case .propertyType: return r.propertyType
        case .customerType: return r.customerType
        case .surveyor: return r.surveyor
        case .unit: return r.unit
        case .extra(let c, let count): return c < 0 ? StringPool.empty : table.extraSegments[f * count + c]
        }
    }
}

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
    let driverWeight: [Double]
    let alphaDrivers: [Int]
    let maxItems: Int
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
        driverWeight = plan.driverWeights
        alphaDrivers = plan.driverItems.indices.filter { plan.driverItems[$0].count >= 2 }
        maxItems = plan.driverItems.map(\.count).max() ?? 0
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

/// A fixed-size buffer owned by a class: the pass writes through its pointer
/// with no copy-on-write check per access.
final class Buffer<T> {
    let p: UnsafeMutablePointer<T>
    let count: Int

    init(count: Int, _ initial: T) {
        self.count = count
        p = .allocate(capacity: max(count, 1))
        p.initialize(repeating: initial, count: count)
    }

    deinit {
        p.deinitialize(count: count)
        p.deallocate()
    }
}
