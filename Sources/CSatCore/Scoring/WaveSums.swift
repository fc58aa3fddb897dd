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
    var segmentN: [[Int]]
    var segmentFlat: [[SegmentSums]]
    /// Per project, its own question sums, every form counting once (within a project every
    /// weight is the same): the project's figures for the history and the trend.
    var projectQuestions: [Int32: [QuestionSums]] = [:]
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
        segmentN = Array(repeating: [], count: survey.segments.count)
        segmentFlat = Array(repeating: [], count: survey.segments.count)

        // Projects with valid forms, densely numbered in order of first appearance.
        let categories = table.pool.categories.count
        var projectSlot = [Int32](repeating: -1, count: categories)
        var projectIDs: [Int32] = []
        var projectCount: [Int] = []
        table.records.withUnsafeBufferPointer { records in
            for f in 0..<table.count where validity.isValid(f) {
                let id = Int(records[f].project)
                if projectSlot[id] < 0 {
                    projectSlot[id] = Int32(projectIDs.count)
                    projectIDs.append(records[f].project)
                    projectCount.append(0)
                }
                projectCount[Int(projectSlot[id])] += 1
            }
        }
        for (i, id) in projectIDs.enumerated() { projectValid[id] = projectCount[i] }
        computeShares(table: table, roster: roster)
        let weights = projectIDs.map { weight($0) }

        // Two halves on the two cores, merged: every sum here is mergeable (Chan et al. for
        // moments and co-moments). The split is fixed by the form count, so runs repeat exactly.
        let passPlan = PassPlan(plan, table: table)
        func pass() -> FormPass {
            FormPass(plan: passPlan, projectSlot: projectSlot, projects: projectIDs.count, categories: categories)
        }
        let count = table.count
        let first = pass()
        if count < parallelFrom {
            first.accumulate(table, validity, weights, 0..<count)
        } else {
            let mid = count / 2
            let half = pass()
            let second = Background { () throws(Never) -> FormPass in
                half.accumulate(table, validity, weights, mid..<count)
                return half
            }
            first.accumulate(table, validity, weights, 0..<mid)
            first.merge(second.value())
        }
        take(first, projectIDs: projectIDs, weights: weights)
    }

    /// Below this many forms one thread is quicker than two.
    static let parallelThreshold = 50_000

    /// Turns a finished pass into the sums the figures read. Question sums come from the
    /// counts per (project, question, answer): w·count per answer, summed over projects.
    mutating func take(_ pass: FormPass, projectIDs: [Int32], weights: [Double]) {
        let K = pass.plan.K, stride = pass.plan.stride, P = projectIDs.count
        for p in 0..<P {
            let w = weights[p]
            var own = questions.map { QuestionSums(points: $0.distribution.count) }
            defer { projectQuestions[projectIDs[p]] = own }
            for k in 0..<K {
                let row = pass.counts.p + (p * K + k) * stride
                for code in 1..<stride where row[code] > 0 {
                    let c = Double(row[code]), at = k * stride + code
                    own[k].weight += c
                    own[k].weightedValue += c * pass.plan.value[at]
                    own[k].weightedSatisfied += c * pass.plan.satisfied[at]
                    own[k].count += Int(row[code])
                    questions[k].weight += w * c
                    questions[k].weightedValue += w * c * pass.plan.value[at]
                    questions[k].weightedSatisfied += w * c * pass.plan.satisfied[at]
                    questions[k].weightedDissatisfied += w * c * pass.plan.dissatisfied[at]
                    questions[k].count += Int(row[code])
                    questions[k].distribution[code - 1] += Int(row[code])
                }
            }
        }
        n = pass.n
        for d in driverN.indices {
            driverN[d] = pass.driverN.p[d]
            (driverScoreMoments[d], driverShareMoments[d]) = pass.driverMoments(d)
            importancePairs[d] = pass.importance.p[d].crossProducts
            for (p, id) in projectIDs.enumerated() where pass.driverProjectMoments.p[d * P + p].count > 0 {
                (driverProjectScore[d][id], driverProjectShare[d][id]) = pass.driverProjectMoments.p[d * P + p].split
            }
        }
        for (p, id) in projectIDs.enumerated() where pass.projectMoments.p[p].count > 0 {
            (projectScore[id], projectShareMoments[id]) = pass.projectMoments.p[p].split
        }
        (scoreMoments, shareMoments) = pass.scoreMoments
        for (a, d) in pass.plan.alphaDrivers.enumerated() { alphaItems[d] = pass.alphaItems(a) }
        relativeWeightData = pass.relativeWeights
        for c in pass.segments.indices {
            let seg = pass.segments[c]
            segmentValues[c] = seg.values
            segmentN[c] = (0..<seg.values.count).map { seg.n.p[$0] }
            segmentFlat[c] = seg.sums(pass.plan)
        }
        for id in 0..<pass.surveyorScore.count where pass.surveyorScore.p[id].count > 0 {
            surveyorScore[Int32(id)] = pass.surveyorScore.p[id]
        }
        unattributedScore = pass.unattributed
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

    /// The segment's question sums in the shape the aggregation takes.
    func segmentQuestionSums(_ c: Int, _ slot: Int) -> [QuestionSums] {
        let k = plan.scales.count
        return (0..<k).map { segmentFlat[c][slot * k + $0].questionSums(points: plan.scales[$0].points) }
    }
}
