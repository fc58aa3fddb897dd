import Foundation

/// The latent answer model: what a respondent ticks on each question.
///
/// On the five-point scale a respondent's latent score for a question is
///   base + project + driver + question + surveyor bias + respondent
///   + respondent×driver + noise,
/// rounded and clamped to 1…5. The overall ten-point answer follows the
/// respondent's driver means weighted by how much each driver matters to owners:
/// 1 + (weighted mean − 1)·9/4 + 0.5 + noise.

/// A cell as written to the file: JSON keeps numbers and strings apart, CSV writes both as text.
enum Cell {
    case text(String)
    case number(Int)

    var text: String {
        switch self {
        case .text(let s): return s
        case .number(let n): return String(n)
        }
    }
}

/// How a file spells answers.
struct AnswerStyle {
    /// Spellings of "not answered", chosen uniformly.
    var naMarks: [String]
    /// Share of five-point answers written as their label (`满意`).
    var labelShare: Double
    /// JSON only: share of numbers written as JSON numbers (the rest as strings, `"4"`).
    var numberShare: Double = 1
    var json = false
}

struct LatentModel {
    var base = 4.05
    var project: [String: Double] = ["锦程花园": 0.05, "翠湖苑": 0.12, "锦程国际大厦": 0.0, "锦程商业街": -0.05]
    /// A driver that moves in one project only (锦程花园's parking over the waves), on top of `driver`.
    var projectDriver: [String: [String: Double]] = [:]
    var driver: [String: Double] = [
        "service": 0.1, "security": 0.35, "cleaning": 0.05, "engineering": -0.45,
        "parking": -0.6, "renovation": -0.05, "complaints": -0.15, "community": 0.05,
    ]
    /// Fixed per question (elevators and night patrols a little below their drivers).
    var question: [String: Double] = ["q6": -0.12, "q15": -0.25, "q13": -0.1, "q19": -0.15, "q25": -0.1, "q7": 0.1]
    /// What the overall answer rests on: repairs, parking and security matter most.
    var importance: [String: Double] = [
        "service": 1.5, "security": 2, "cleaning": 1, "engineering": 3,
        "parking": 2.5, "renovation": 0.3, "complaints": 1, "community": 0.3,
    ]
    var surveyorBias: [String: Double] = [:]
    var respondentSD = 0.4
    /// A respondent's own view of one driver (the same for all its questions).
    var driverSD = 0.4
    var noiseSD = 0.55

    /// The same model with driver effects moved (an earlier wave).
    func shifted(_ shift: [String: Double]) -> LatentModel {
        var m = self
        for (k, v) in shift { m.driver[k, default: 0] += v }
        return m
    }

    /// The same model with project effects moved, and drivers moved in single projects.
    func shifted(projects: [String: Double], drivers: [String: [String: Double]] = [:]) -> LatentModel {
        var m = self
        for (k, v) in projects { m.project[k, default: 0] += v }
        for (p, shift) in drivers {
            for (d, v) in shift { m.projectDriver[p, default: [:]][d, default: 0] += v }
        }
        return m
    }
}

struct Answered {
    var cells: [Cell]
    /// Mean latent score per driver, for choosing a comment.
    var driverMeans: [(String, Double)]
    var mean: Double
}

/// Questions that a kind of project cannot answer (an office or shop has no 社区文化 to rate).
func structurallyNotApplicable(_ q: QuestionDef, kind: Project.Kind) -> Bool {
    kind != .estate && q.driver == "community"
}

func answerForm(
    _ def: SurveyDef, model: LatentModel, project: Project, surveyor: String, style: AnswerStyle, rng: inout Rng
) -> Answered {
    let closed = def.closed
    let personal = rng.normal(model.respondentSD) + (model.surveyorBias[surveyor] ?? 0)
    let projectEffect = model.project[project.name] ?? 0
    var values: [Int] = []
    var latentSum = 0.0
    var byDriver: [String: (Double, Int)] = [:]
    var own: [String: Double] = [:]
    for d in def.drivers { own[d.id] = rng.normal(model.driverSD) }
    for q in closed where q.kind == .five {
        let d = q.driver!
        let y =
            model.base + projectEffect + (model.driver[d] ?? 0) + (model.question[q.id] ?? 0) + personal
            + own[d]! + rng.normal(model.noiseSD) + (model.projectDriver[project.name]?[d] ?? 0)
        let yc = min(max(y, 1), 5)
        latentSum += yc
        byDriver[d, default: (0, 0)].0 += yc
        byDriver[d, default: (0, 0)].1 += 1
        values.append(clamp(roundToInt(y), 1, 5))
    }
    let mean = latentSum / Double(values.count)
    var weighted = 0.0
    var weights = 0.0
    for d in def.drivers {
        let (sum, n) = byDriver[d.id]!
        weighted += (model.importance[d.id] ?? 1) * sum / Double(n)
        weights += model.importance[d.id] ?? 1
    }
    values.append(clamp(roundToInt(1 + (weighted / weights - 1) * 9 / 4 + 0.5 + rng.normal(0.6)), 1, 10))

    // Not answered: structural (fixed), renovation and parking blocks, and stray blanks.
    var structural = Set<Int>()
    var optional = Set<Int>()
    let noRenovation = rng.chance(project.kind == .estate ? 0.2 : 0.15)
    let noCar = project.kind == .estate && rng.chance(0.1)
    for (i, q) in closed.enumerated() {
        if structurallyNotApplicable(q, kind: project.kind) {
            structural.insert(i)
        } else if (q.driver == "renovation" && noRenovation) || (q.driver == "parking" && noCar) {
            optional.insert(i)
        } else if rng.chance(q.kind == .ten ? 0.01 : 0.025) {
            optional.insert(i)
        }
    }
    // Keep every ordinary form at or above the 80% answered share: at most 5 of 28 unanswered.
    let maxUnanswered = closed.count - (closed.count * 4 + 4) / 5
    var extra = optional.sorted()
    while structural.count + extra.count > maxUnanswered {
        extra.remove(at: rng.below(extra.count))
    }
    let blank = structural.union(extra)

    var cells: [Cell] = []
    for (i, q) in closed.enumerated() {
        if blank.contains(i) {
            cells.append(.text(structural.contains(i) ? "不适用" : rng.pick(style.naMarks)))
            continue
        }
        let v = values[i]
        if q.kind == .five && rng.chance(style.labelShare) {
            cells.append(.text(fiveLabels[v - 1]))
        } else if style.json && !rng.chance(style.numberShare) {
            cells.append(.text(String(v)))
        } else {
            cells.append(.number(v))
        }
    }
    let means = def.drivers.compactMap { d in byDriver[d.id].map { (d.id, $0.0 / Double($0.1)) } }
    return Answered(cells: cells, driverMeans: means, mean: mean)
}

/// Closed questions answered on their scale (labels or numbers in range).
func answeredCount(_ cells: [Cell], _ def: SurveyDef) -> Int {
    zip(cells, def.closed).filter { scaleValue($0.text, $1) != nil }.count
}

/// The value of an answer on its question's scale, or nil when not answered or off the scale.
func scaleValue(_ raw: String, _ q: QuestionDef) -> Int? {
    let t = raw.trimmingCharacters(in: .whitespaces)
    if q.kind == .five, let i = fiveLabels.firstIndex(of: t) { return i + 1 }
    guard let v = Int(t) else { return nil }
    let top = q.kind == .five ? 5 : 10
    return (1...top).contains(v) ? v : nil
}
