/// One pass over a wave's valid forms, collecting every sum the figures need
/// (SPEC.md "Scoring"). Memory grows with projects × questions and segment
/// values × questions, not with forms.
struct WaveSums {
    let survey: Survey
    let plan: ScoringPlan
    let mode: AggregateMode

    /// Per project (pool id): valid forms, eligible households N_h (roster), share P_h, weight w = P_h/n_h.
    var projectValid: [Int32: Int] = [:]
    var projectShare: [Int32: Double] = [:]
    /// N_h from the roster, for the finite population correction.
    var projectPopulation: [Int32: Int] = [:]

    var questions: [QuestionSums]
    /// n: valid forms with a respondent score s; n_d per driver.
    var n = 0
    var driverN: [Int]
    /// Per project, unweighted moments of s and of its satisfied share (for the stratified interval).
    var projectScore: [Int32: RunningMoments] = [:]
    var projectShareMoments: [Int32: RunningMoments] = [:]
    /// Per driver and project, the same for s_d.
    var driverProjectScore: [[Int32: RunningMoments]]
    var driverProjectShare: [[Int32: RunningMoments]]
    /// Unweighted moments over all forms, for Welch tests between waves.
    var scoreMoments = RunningMoments()
    var shareMoments = RunningMoments()
    var driverScoreMoments: [RunningMoments]
    var driverShareMoments: [RunningMoments]
    /// Cronbach's alpha per driver: item scores, listwise.
    var alphaItems: [CrossProducts?]
    /// Importance per driver: (s_d, criterion), pairwise.
    var importancePairs: [CrossProducts]
    /// Relative weights: (s_1 … s_D, overall question), forms with all of them.
    var relativeWeightData: CrossProducts
    /// Segments: per column, the value ids in order of appearance; per value, n and
    /// (flat, `slot × closedCount + k`) weighted question sums without distributions.
    var segmentValues: [[Int32]]
    var segmentSlot: [[Int32: Int]]
    var segmentN: [[Int]]
    var segmentFlat: [[SegmentSums]]
    /// Surveyors: moments of s per surveyor id.
    var surveyorScore: [Int32: RunningMoments] = [:]
    /// Moments of s for forms that name no surveyor.
    var unattributedScore = RunningMoments()

    /// `parallelFrom`: the form count from which two threads share the work (tests lower it).
    init(
        table: FormTable, validity: Validity, roster: RosterSummary?, mode: AggregateMode,
        parallelFrom: Int = WaveSums.parallelThreshold
    ) {
        let survey = table.survey
        self.survey = survey
        self.plan = ScoringPlan(survey)
        self.mode = mode
        let emptyQuestions = plan.scales.map { QuestionSums(points: $0.points) }
        questions = emptyQuestions
        let D = survey.drivers.count
        driverN = Array(repeating: 0, count: D)
        driverProjectScore = Array(repeating: [:], count: D)
        driverProjectShare = Array(repeating: [:], count: D)
        driverScoreMoments = Array(repeating: RunningMoments(), count: D)
        driverShareMoments = Array(repeating: RunningMoments(), count: D)
        alphaItems = plan.driverItems.map { $0.count >= 2 ? CrossProducts(dimension: $0.count) : nil }
        importancePairs = Array(repeating: CrossProducts(dimension: 2), count: D)
        relativeWeightData = CrossProducts(dimension: D + 1)
        segmentValues = Array(repeating: [], count: survey.segments.count)
        segmentSlot = Array(repeating: [:], count: survey.segments.count)
        segmentN = Array(repeating: [], count: survey.segments.count)
        segmentFlat = Array(repeating: [], count: survey.segments.count)

        for f in 0..<table.count where validity.isValid(f) {
            projectValid[table.records[f].project, default: 0] += 1
        }
        computeShares(table: table, roster: roster)

        // Two halves on the two cores, merged: every sum here is mergeable (Chan et al. for
        // moments and co-moments). The split is fixed by the form count, so runs repeat exactly.
        let count = table.count
        if count < parallelFrom {
            accumulate(table, validity, 0..<count)
        } else {
            let mid = count / 2
            let empty = self
            let second = Background { () throws(InputError) -> WaveSums in
                var half = empty
                half.accumulate(table, validity, mid..<count)
                return half
            }
            accumulate(table, validity, 0..<mid)
            // `Background` only fails with an InputError, which accumulating never throws.
            if let other = try? second.value() { merge(other) }
        }
    }

    /// Below this many forms one thread is quicker than two.
    static let parallelThreshold = 50_000

    mutating func accumulate(_ table: FormTable, _ validity: Validity, _ range: Range<Int>) {
        let D = survey.drivers.count
        var scores = RespondentScores(drivers: D)
        var itemBuffer = [Double](repeating: 0, count: plan.driverItems.map(\.count).max() ?? 0)
        var rwBuffer = [Double](repeating: 0, count: D + 1)
        for f in range where validity.isValid(f) {
            let r = table.records[f]
            let w = weight(r.project)
            Self.addQuestions(table, f, w, plan, into: &questions)
            scores.compute(table, form: f, plan: plan)
            for d in 0..<D where scores.hasDriver[d] {
                driverN[d] += 1
                driverProjectScore[d][r.project, default: RunningMoments()].add(scores.driverScore[d])
                driverProjectShare[d][r.project, default: RunningMoments()].add(scores.driverShare[d])
                driverScoreMoments[d].add(scores.driverScore[d])
                driverShareMoments[d].add(scores.driverShare[d])
            }
            if let s = scores.overall, let share = scores.overallShare {
                n += 1
                projectScore[r.project, default: RunningMoments()].add(s)
                projectShareMoments[r.project, default: RunningMoments()].add(share)
                scoreMoments.add(s)
                shareMoments.add(share)
                if r.surveyor != StringPool.empty {
                    surveyorScore[r.surveyor, default: RunningMoments()].add(s)
                } else {
                    unattributedScore.add(s)
                }
            }
            Self.addAlphaItems(table, f, plan, &alphaItems, &itemBuffer)
            let criterion = plan.overallItem == nil ? scores.overall : scores.overallQuestion
            if let c = criterion {
                for d in 0..<D where scores.hasDriver[d] { importancePairs[d].add(scores.driverScore[d], c) }
            }
            if let c = scores.overallQuestion, scores.hasDriver.allSatisfy({ $0 }) {
                for d in 0..<D { rwBuffer[d] = scores.driverScore[d] }
                rwBuffer[D] = c
                relativeWeightData.add(rwBuffer)
            }
            for (c, column) in survey.segments.enumerated() {
                let slot = segmentSlot(c, table.segmentValue(column, f))
                Self.addSegment(table, f, w, plan, &segmentFlat[c], slot * table.closedCount)
                if scores.overall != nil { segmentN[c][slot] += 1 }
            }
        }
    }

    /// Adds another part's sums (the other half of the forms) to these.
    mutating func merge(_ o: WaveSums) {
        for k in questions.indices { questions[k].merge(o.questions[k]) }
        n += o.n
        for d in driverN.indices {
            driverN[d] += o.driverN[d]
            Self.merge(&driverProjectScore[d], o.driverProjectScore[d])
            Self.merge(&driverProjectShare[d], o.driverProjectShare[d])
            driverScoreMoments[d].merge(o.driverScoreMoments[d])
            driverShareMoments[d].merge(o.driverShareMoments[d])
            importancePairs[d].merge(o.importancePairs[d])
            if let other = o.alphaItems[d] { alphaItems[d]?.merge(other) }
        }
        Self.merge(&projectScore, o.projectScore)
        Self.merge(&projectShareMoments, o.projectShareMoments)
        scoreMoments.merge(o.scoreMoments)
        shareMoments.merge(o.shareMoments)
        relativeWeightData.merge(o.relativeWeightData)
        Self.merge(&surveyorScore, o.surveyorScore)
        unattributedScore.merge(o.unattributedScore)
        let k = plan.scales.count
        for c in segmentValues.indices {
            for (otherSlot, value) in o.segmentValues[c].enumerated() {
                let slot = segmentSlot(c, value)
                segmentN[c][slot] += o.segmentN[c][otherSlot]
                for q in 0..<k { segmentFlat[c][slot * k + q].merge(o.segmentFlat[c][otherSlot * k + q]) }
            }
        }
    }

    /// The slot of a segment value in column `c`, made on first sight.
    mutating func segmentSlot(_ c: Int, _ value: Int32) -> Int {
        if let slot = segmentSlot[c][value] { return slot }
        let slot = segmentValues[c].count
        segmentSlot[c][value] = slot
        segmentValues[c].append(value)
        segmentN[c].append(0)
        segmentFlat[c].append(contentsOf: repeatElement(SegmentSums(), count: plan.scales.count))
        return slot
    }

    static func merge(_ a: inout [Int32: RunningMoments], _ b: [Int32: RunningMoments]) {
        for (key, m) in b { a[key, default: RunningMoments()].merge(m) }
    }

    /// SPEC.md "Scoring": P_h = N_h/N (population, N over projects with valid
    /// forms), 1/H (projects), n_h/n (respondents); f_h = n_h/N_h with a roster.
    mutating func computeShares(table: FormTable, roster: RosterSummary?) {
        let total = projectValid.values.reduce(0, +)
        var population: [Int32: Int] = [:]
        if let roster {
            for p in projectValid.keys { population[p] = roster.eligible(table.string(p)) ?? 0 }
        }
        let totalN = population.values.reduce(0, +)
        for (p, nh) in projectValid {
            switch mode {
            case .population: projectShare[p] = totalN > 0 ? Double(population[p] ?? 0) / Double(totalN) : 0
            case .projects: projectShare[p] = 1 / Double(projectValid.count)
            case .respondents: projectShare[p] = Double(nh) / Double(total)
            }
            if let N = population[p], N > 0 { projectPopulation[p] = N }
        }
    }

    /// w = P_h / n_h; for `respondents` every form counts the same (w = 1/n).
    func weight(_ project: Int32) -> Double {
        guard let nh = projectValid[project], nh > 0 else { return 0 }
        return (projectShare[project] ?? 0) / Double(nh)
    }

    /// Static, not a method: a method call reads `self` while this writes into one of its
    /// arrays, and that overlap made Swift copy the array for every form.
    static func addQuestions(_ table: FormTable, _ f: Int, _ w: Double, _ plan: ScoringPlan, into sums: inout [QuestionSums]) {
        let base = f * table.closedCount
        for k in 0..<table.closedCount {
            let code = table.answers[base + k]
            guard code != AnswerCode.notAnswered && code != AnswerCode.outOfRange else { continue }
            let scale = plan.scales[k]
            sums[k].add(value: Int(code) - 1 + scale.min, code: code, weight: w, scale: scale)
        }
    }

    static func addSegment(
        _ table: FormTable, _ f: Int, _ w: Double, _ plan: ScoringPlan, _ sums: inout [SegmentSums], _ base: Int
    ) {
        let answers = f * table.closedCount
        sums.withUnsafeMutableBufferPointer { sums in
            for k in 0..<table.closedCount {
                let code = table.answers[answers + k]
                guard code != AnswerCode.notAnswered && code != AnswerCode.outOfRange else { continue }
                let scale = plan.scales[k]
                let x = Int(code) - 1 + scale.min
                sums[base + k].add(value: x, weight: w, scale: scale)
            }
        }
    }

    /// The segment's question sums in the shape the aggregation takes.
    func segmentQuestionSums(_ c: Int, _ slot: Int) -> [QuestionSums] {
        let k = plan.scales.count
        return (0..<k).map { segmentFlat[c][slot * k + $0].questionSums(points: plan.scales[$0].points) }
    }

    /// Cronbach's alpha is listwise: only forms that answered every question of the driver.
    static func addAlphaItems(
        _ table: FormTable, _ f: Int, _ plan: ScoringPlan, _ alphaItems: inout [CrossProducts?], _ buffer: inout [Double]
    ) {
        let base = f * table.closedCount
        for d in alphaItems.indices where alphaItems[d] != nil {
            let items = plan.driverItems[d]
            var complete = true
            for (i, item) in items.enumerated() {
                let code = table.answers[base + item.k]
                if code == AnswerCode.notAnswered || code == AnswerCode.outOfRange {
                    complete = false
                    break
                }
                buffer[i] = item.scale.score(Int(code) - 1 + item.scale.min)
            }
            if complete {
                buffer.withUnsafeBufferPointer { alphaItems[d]!.add(UnsafeBufferPointer(rebasing: $0[0..<items.count])) }
            }
        }
    }
}
