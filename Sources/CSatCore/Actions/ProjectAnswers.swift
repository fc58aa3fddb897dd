/// Per project, per closed question: answered forms, the sum of their 0–100 scores and the dissatisfied
/// answers (x ≤ the scale's `dissatisfiedTo`), and per driver the forms with at least one dissatisfied
/// answer among its questions; valid forms only, every form counted once (docs/ACTIONS.md).
///
/// Within one project every valid form carries the same respondent weight (SPEC.md "Scoring":
/// w = P_h / n_h), so the project's question index is the plain mean of its scores and its driver
/// index Σ v_q·index_q / Σ v_q: the same figures as the Segments sheet's project rows.
struct ProjectAnswers {
    struct Counts {
        var answered: [Int]
        var scoreSum: [Double]
        var dissatisfied: [Int]
        /// Per driver: forms with a dissatisfied answer on one of its questions.
        var driverDissatisfiedForms: [Int]
    }

    /// Project names in the coverage table's order (roster, sample list, forms), those with valid forms only.
    var projects: [String] = []
    var counts: [Counts] = []
    /// The company: every project added up.
    var company: Counts

    init(wave: Wave) {
        let table = wave.table, survey = table.survey
        let k = table.closedCount, drivers = survey.drivers.count
        let empty = Counts(
            answered: .init(repeating: 0, count: k), scoreSum: .init(repeating: 0, count: k),
            dissatisfied: .init(repeating: 0, count: k), driverDissatisfiedForms: .init(repeating: 0, count: drivers))
        company = empty
        let order = Coverage.rows(table: table, validity: wave.validity, roster: wave.roster, sample: wave.sample).map(\.project)
        var slot: [String: Int] = [:]
        var byID: [Int32: Int] = [:]
        let scales = survey.closedQuestionIndices.map { survey.scales[survey.questions[$0].scaleIndex!] }
        let driverOf = survey.closedQuestionIndices.map { survey.questions[$0].driverIndex }
        var hit = [Bool](repeating: false, count: drivers)
        var raw: [Counts] = []
        var names: [String] = []
        for f in 0..<table.count where wave.validity.isValid(f) {
            let pid = table.records[f].project
            let p: Int
            if let s = byID[pid] {
                p = s
            } else {
                p = raw.count
                byID[pid] = p
                raw.append(empty)
                names.append(table.string(pid))
            }
            for d in 0..<drivers { hit[d] = false }
            for q in 0..<k {
                guard let x = AnswerCode.value(table.answer(f, q), scale: scales[q]) else { continue }
                raw[p].answered[q] += 1
                raw[p].scoreSum[q] += scales[q].score(x)
                if x <= scales[q].dissatisfiedTo {
                    raw[p].dissatisfied[q] += 1
                    if let d = driverOf[q] { hit[d] = true }
                }
            }
            for d in 0..<drivers where hit[d] { raw[p].driverDissatisfiedForms[d] += 1 }
        }
        for (i, n) in names.enumerated() { slot[n] = i }
        for name in order {
            guard let i = slot[name] else { continue }
            projects.append(name)
            counts.append(raw[i])
        }
        for c in counts {
            for q in 0..<k {
                company.answered[q] += c.answered[q]
                company.scoreSum[q] += c.scoreSum[q]
                company.dissatisfied[q] += c.dissatisfied[q]
            }
            for d in 0..<drivers { company.driverDissatisfiedForms[d] += c.driverDissatisfiedForms[d] }
        }
    }

    /// The index of closed question `q` (0–100), nil when nobody answered it.
    static func index(_ c: Counts, _ q: Int) -> Double? {
        c.answered[q] == 0 ? nil : c.scoreSum[q] / Double(c.answered[q])
    }

    /// A driver's index from its questions' indices and weights (SPEC.md "Scoring", driver d).
    static func driverIndex(_ c: Counts, _ d: Int, survey: Survey) -> Double? {
        var sum = 0.0, weights = 0.0
        for (q, qi) in survey.closedQuestionIndices.enumerated() where survey.questions[qi].driverIndex == d {
            guard let i = index(c, q) else { continue }
            sum += survey.questions[qi].weight * i
            weights += survey.questions[qi].weight
        }
        return weights > 0 ? sum / weights : nil
    }
}
