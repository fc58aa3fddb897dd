/// The per-form pass of `WaveSums` over one range of forms, on flat buffers.
///
/// A national wave is a million forms × ~30 answers × (question, segments,
/// driver) sums: everything here is a number in a preallocated buffer, read
/// through pointers taken once per range. Each sum is kept in the cheapest form
/// that still gives the figures: a form's weight depends only on its project
/// and an item score only on its answer code, so question sums are counts per
/// (project, question, answer), segment sums Σw per (value, question, answer),
/// and Cronbach's item moments integer sums of codes, each turned into weighted
/// sums or co-moments once at the end. Moments of s and s_d over the whole wave
/// are merged from the per-project ones (Chan et al.) instead of summed twice.
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
    let projectMoments: Buffer<RunningMomentsPair>
    let driverProjectMoments: Buffer<RunningMomentsPair>
    /// Per driver with two or more questions (`plan.alphaDrivers`) a, from `alphaStart[a]`: the count of
    /// forms that answered all its m questions, Σu_i, and Σu_i·u_j for i ≤ j (row by row), with
    /// u = code − 1, so that the item score is `plan.itemStep[i]`·u. Integers: exact, and merged by adding.
    let alphaSums: Buffer<Int>
    let alphaStart: [Int]
    /// Per driver: (s_d, criterion), pairwise.
    let importance: Buffer<PairMoments>
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
        projectMoments = Buffer(count: projects, RunningMomentsPair())
        driverProjectMoments = Buffer(count: D * projects, RunningMomentsPair())
        alphaStart = plan.alphaDrivers.reduce(into: [0]) { start, d in
            let m = plan.itemStart[d + 1] - plan.itemStart[d]
            start.append(start.last! + 1 + m + m * (m + 1) / 2)
        }
        alphaSums = Buffer(count: alphaStart.last!, 0)
        importance = Buffer(count: D, PairMoments())
        relativeWeights = CrossProducts(dimension: D + 1)
        segments = plan.segmentColumns.map {
            SegmentPass(column: $0, categories: categories, K: plan.K, cells: plan.answerCells)
        }
        surveyorScore = Buffer(count: categories, RunningMoments())
    }

    /// Adds the valid forms of `range`. `weight[p]` is w = P_h/n_h of dense project p.
    func accumulate(_ table: FormTable, _ validity: Validity, _ weight: [Double], _ range: Range<Int>) {
        let K = plan.K, stride = plan.stride, D = plan.driverWeight.count, P = self.P, C = plan.segmentColumns.count
        let hasOverallQuestion = plan.overallK >= 0
        let drivers = UnsafeMutablePointer<PassPlan.DriverScore>.allocate(capacity: max(D, 1))
        drivers.initialize(repeating: PassPlan.DriverScore(), count: max(D, 1))
        let items = UnsafeMutablePointer<Int>.allocate(capacity: max(plan.maxItems, 1))
        let rw = UnsafeMutablePointer<Double>.allocate(capacity: D + 1)
        // Per segment column, its tables (`rows`, refreshed when a new value grows them) and this form's rows in them.
        let columns = plan.segmentColumns, cells = plan.answerCells
        var rows = segments.map(\.rows)
        let formWeight = UnsafeMutablePointer<UnsafeMutablePointer<Double>>.allocate(capacity: max(C, 1))
        let formUnanswered = UnsafeMutablePointer<UnsafeMutablePointer<UInt32>>.allocate(capacity: max(C, 1))
        defer {
            drivers.deallocate()
            items.deallocate()
            rw.deallocate()
            formWeight.deallocate()
            formUnanswered.deallocate()
        }
        let counts = self.counts.p, driverN = self.driverN.p
        let projectMoments = self.projectMoments.p, driverProjectMoments = self.driverProjectMoments.p
        let alphaSums = self.alphaSums.p, importance = self.importance.p, surveyorScore = self.surveyorScore.p
        let itemStart = plan.itemStart, alphaDrivers = plan.alphaDrivers, alphaStart = self.alphaStart
        let answerStart = plan.answerStart
        let overallK = plan.overallK, projectSlot = self.projectSlot
        // Locals, written back at the end: a class's stored `var` costs an exclusivity check per access.
        var n = self.n, unattributed = self.unattributed, relativeWeights = self.relativeWeights
        var segments = self.segments
        defer {
            (self.n, self.unattributed, self.relativeWeights, self.segments) = (n, unattributed, relativeWeights, segments)
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
                            let overall = plan.respondent(codes, t, drivers)
                            for c in 0..<C {
                                let value = columns[c].value(r, f, table)
                                var slot = value >= 0 ? Int(rows[c].categorySlot[Int(value)]) - 1 : -1
                                if slot < 0 {  // a value not seen yet, or a unit or form-id text
                                    slot = segments[c].slot(value)
                                    rows[c] = segments[c].rows
                                }
                                rows[c].forms[slot] += 1
                                if overall != nil { rows[c].n[slot] += 1 }
                                formWeight[c] = rows[c].weight + slot * cells
                                formUnanswered[c] = rows[c].unanswered + slot * K
                            }
                            // Per answer: its question count, and w into each segment column's cell for it;
                            // an unanswered question only counts as such (`SegmentPass`).
                            let row = counts + p * K * stride
                            for k in 0..<K {
                                let code = Int(codes[k])
                                guard code != Int(AnswerCode.notAnswered) && code != Int(AnswerCode.outOfRange) else {
                                    for c in 0..<C { formUnanswered[c][k] &+= 1 }
                                    continue
                                }
                                row[k * stride + code] &+= 1
                                let cell = answerStart[k] + code - 1
                                for c in 0..<C { formWeight[c][cell] += w }
                            }
                            var allAnswered = true
                            for d in 0..<D {
                                guard drivers[d].answered else {
                                    allAnswered = false
                                    continue
                                }
                                driverN[d] += 1
                                driverProjectMoments[d * P + p].add(drivers[d].score, drivers[d].share)
                            }
                            if let (s, share) = overall {
                                n += 1
                                projectMoments[p].add(s, share)
                                if r.surveyor != StringPool.empty {
                                    surveyorScore[Int(r.surveyor)].add(s)
                                } else {
                                    unattributed.add(s)
                                }
                            }
                            // Cronbach's alpha is listwise: only forms that answered every question of the driver.
                            for a in 0..<alphaDrivers.count {
                                let start = itemStart[alphaDrivers[a]], m = itemStart[alphaDrivers[a] + 1] - start
                                var complete = true
                                for i in 0..<m {
                                    let code = codes[t.itemK[start + i]]
                                    if code == AnswerCode.notAnswered || code == AnswerCode.outOfRange {
                                        complete = false
                                        break
                                    }
                                    items[i] = Int(code) - 1
                                }
                                guard complete else { continue }
                                // Wrapping arithmetic: these sums stay below n·(points − 1)², far from 2⁶³.
                                let sums = alphaSums + alphaStart[a]
                                sums[0] &+= 1
                                var cross = sums + 1 + m
                                for i in 0..<m {
                                    let u = items[i]
                                    sums[1 + i] &+= u
                                    for j in i..<m {
                                        cross.pointee &+= u &* items[j]
                                        cross += 1
                                    }
                                }
                            }
                            var overallQuestion: Double? = nil
                            if hasOverallQuestion {
                                let code = codes[overallK]
                                if code != AnswerCode.notAnswered && code != AnswerCode.outOfRange {
                                    overallQuestion = t.score[overallK * stride + Int(code)]
                                }
                            }
                            // Importance: s_d against the overall question, or against s without one.
                            if let criterion = hasOverallQuestion ? overallQuestion : overall?.score {
                                for d in 0..<D where drivers[d].answered { importance[d].add(drivers[d].score, criterion) }
                            }
                            if let c = overallQuestion, allAnswered {
                                for d in 0..<D { rw[d] = drivers[d].score }
                                rw[D] = c
                                relativeWeights.add(UnsafeBufferPointer(start: rw, count: D + 1))
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
            importance.p[d].merge(o.importance.p[d])
        }
        for i in 0..<projectMoments.count { projectMoments.p[i].merge(o.projectMoments.p[i]) }
        for i in 0..<driverProjectMoments.count { driverProjectMoments.p[i].merge(o.driverProjectMoments.p[i]) }
        for i in 0..<alphaSums.count { alphaSums.p[i] += o.alphaSums.p[i] }
        relativeWeights.merge(o.relativeWeights)
        for i in 0..<surveyorScore.count { surveyorScore.p[i].merge(o.surveyorScore.p[i]) }
        unattributed.merge(o.unattributed)
        for c in segments.indices { segments[c].merge(o.segments[c]) }
    }

    /// Moments over the whole wave of s and of its satisfied share: the projects' moments merged.
    var scoreMoments: (score: RunningMoments, share: RunningMoments) {
        (0..<P).reduce(into: RunningMomentsPair()) { $0.merge(projectMoments.p[$1]) }.split
    }

    /// Driver d's moments over the whole wave of s_d and of its satisfied share, likewise.
    func driverMoments(_ d: Int) -> (score: RunningMoments, share: RunningMoments) {
        (0..<P).reduce(into: RunningMomentsPair()) { $0.merge(driverProjectMoments.p[d * P + $1]) }.split
    }

    /// The item scores' means and co-moments of alpha driver a, from its code sums: with
    /// score_i = step_i·u_i, C_ij = step_i·step_j·(n·Σu_i·u_j − Σu_i·Σu_j)/n, the difference exact in integers.
    func alphaItems(_ a: Int) -> CrossProducts {
        let d = plan.alphaDrivers[a], start = plan.itemStart[d], m = plan.itemStart[d + 1] - start
        let sums = alphaSums.p + alphaStart[a], count = sums[0], n = Double(count)
        let step = (0..<m).map { plan.itemStep[start + $0] }
        var comoments = [Double](repeating: 0, count: m * m)
        var cross = sums + 1 + m
        for i in 0..<m {
            for j in i..<m {
                // Beyond 2⁶³ (hundreds of millions of forms) the difference is taken in floating point.
                let (scaled, overflowScaled) = count.multipliedReportingOverflow(by: cross.pointee)
                let (product, overflowProduct) = sums[1 + i].multipliedReportingOverflow(by: sums[1 + j])
                let centred =
                    overflowScaled || overflowProduct
                    ? n * Double(cross.pointee) - Double(sums[1 + i]) * Double(sums[1 + j]) : Double(scaled - product)
                comoments[i * m + j] = count > 0 ? step[i] * step[j] * (centred / n) : 0
                comoments[j * m + i] = comoments[i * m + j]
                cross += 1
            }
        }
        let means = (0..<m).map { count > 0 ? step[$0] * (Double(sums[1 + $0]) / n) : 0 }
        return CrossProducts(count: count, means: means, comoments: comoments)
    }
}
