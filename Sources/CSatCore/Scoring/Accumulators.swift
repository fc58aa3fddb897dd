/// Weighted sums for one closed question (SPEC.md "Scoring", question q).
struct QuestionSums {
    var weight = 0.0  // Σw
    var weightedValue = 0.0  // Σw·x
    var weightedSatisfied = 0.0  // Σw·[x ≥ satisfiedFrom]
    var weightedDissatisfied = 0.0  // Σw·[x ≤ dissatisfiedTo]
    var count = 0
    var distribution: [Int]

    init(points: Int) { distribution = Array(repeating: 0, count: points) }

    var mean: Double? { weight > 0 ? weightedValue / weight : nil }
    var rate: Double? { weight > 0 ? weightedSatisfied / weight : nil }
    var dissatisfied: Double? { weight > 0 ? weightedDissatisfied / weight : nil }

    func index(_ scale: Scale) -> Double? {
        mean.map { 100 * ($0 - Double(scale.min)) / Double(scale.max - scale.min) }
    }
}

/// A segment's sums for one question: what the aggregation needs, no distribution
/// (segments × values × questions of them are kept at once).
struct SegmentSums {
    var weight = 0.0
    var weightedValue = 0.0
    var weightedSatisfied = 0.0
    var count = 0

    mutating func merge(_ o: SegmentSums) {
        weight += o.weight
        weightedValue += o.weightedValue
        weightedSatisfied += o.weightedSatisfied
        count += o.count
    }

    func questionSums(points: Int) -> QuestionSums {
        var q = QuestionSums(points: points)
        q.weight = weight
        q.weightedValue = weightedValue
        q.weightedSatisfied = weightedSatisfied
        q.count = count
        return q
    }
}

/// Question → driver → overall aggregation (SPEC.md "Scoring"), shared by the
/// whole wave and by every segment so that both use the same formulas.
struct Aggregation {
    var driverIndex: [Double?]
    var driverRate: [Double?]
    var index: Double?
    var rate: Double?

    /// index_d = Σ v_q·index_q / Σ v_q over the driver's questions with answers;
    /// overall = Σ W_d·index_d / Σ W_d over drivers with answers; rates alike.
    init(survey: Survey, sums: [QuestionSums]) {
        let closed = survey.closedQuestionIndices
        var di = [Double?](repeating: nil, count: survey.drivers.count)
        var dr = [Double?](repeating: nil, count: survey.drivers.count)
        for d in survey.drivers.indices {
            var sv = 0.0, si = 0.0, sr = 0.0
            for (k, qi) in closed.enumerated() where survey.questions[qi].driverIndex == d {
                let q = survey.questions[qi]
                guard sums[k].count > 0, let index = sums[k].index(survey.scales[q.scaleIndex!]), let rate = sums[k].rate
                else { continue }
                sv += q.weight
                si += q.weight * index
                sr += q.weight * rate
            }
            if sv > 0 {
                di[d] = si / sv
                dr[d] = sr / sv
            }
        }
        var sw = 0.0, wi = 0.0, wr = 0.0
        for (d, driver) in survey.drivers.enumerated() {
            guard let i = di[d], let r = dr[d] else { continue }
            sw += driver.weight
            wi += driver.weight * i
            wr += driver.weight * r
        }
        driverIndex = di
        driverRate = dr
        index = sw > 0 ? wi / sw : nil
        rate = sw > 0 ? wr / sw : nil
    }
}

/// What scoring needs of the survey, precomputed once.
struct ScoringPlan {
    struct Item {
        var k: Int
        var scale: Scale
        var weight: Double
    }

    var scales: [Scale]  // per closed question k
    var driverItems: [[Item]]
    var driverWeights: [Double]
    var overallItem: (Int, Scale)?

    init(_ survey: Survey) {
        scales = survey.closedQuestionIndices.map { survey.scales[survey.questions[$0].scaleIndex!] }
        var items = [[Item]](repeating: [], count: survey.drivers.count)
        var overall: (Int, Scale)? = nil
        for (k, qi) in survey.closedQuestionIndices.enumerated() {
            let q = survey.questions[qi]
            if let d = q.driverIndex { items[d].append(Item(k: k, scale: scales[k], weight: q.weight)) }
            if q.role == .overall { overall = (k, scales[k]) }
        }
        driverItems = items
        driverWeights = survey.drivers.map(\.weight)
        overallItem = overall
    }
}
