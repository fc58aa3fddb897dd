/// The waves around the two that the tests were built on: 2024H1, 2024H2 and 2025H1 before
/// 2025H2, and the December 2026 wave under way after 2026H1, so that a history across six
/// waves has a shape to show. Each is drawn by `csat sample --seed jincheng-<period>` in a scratch
/// directory (as 2025H2 is) and kept as one forms.csv with its own survey.json.

/// Every wave, oldest first.
let wavePeriods = ["2024H1", "2024H2", "2025H1", "2025H2", "2026H1", "2026H2"]

/// The waves whose sample list is not kept (all but 2026H1), oldest first.
let scratchPeriods = wavePeriods.filter { $0 != "2026H1" }

/// What moves between waves, in the latent model's units (one point of the five-point scale is
/// 25 index points): per project, and 锦程花园's parking, each against the level of the wave the
/// shift is measured from (2025H2's model for the earlier waves, 2026H1's without 赵强 for 2026H2).
struct Drift {
    var period: String
    /// 翠湖苑 improves steadily; the shopping street swings; the tower dips in 2025H1.
    var projects: [String: Double]
    /// 锦程花园's parking, worse every wave (more cars than spaces); 2026H1's company-wide −0.30 comes on top.
    var gardenParking: Double
    /// The tower's repairs (工程维修) in 2025H1: the air conditioning plant failed in May 2025.
    var towerEngineering: Double = 0
}

let drifts: [Drift] = [
    Drift(
        period: "2024H1", projects: ["翠湖苑": -0.25, "锦程国际大厦": -0.1, "锦程商业街": 0.12], gardenParking: 0.45),
    Drift(
        period: "2024H2", projects: ["翠湖苑": -0.17, "锦程国际大厦": 0.03, "锦程商业街": -0.22], gardenParking: 0.3),
    Drift(
        period: "2025H1", projects: ["翠湖苑": -0.08, "锦程国际大厦": -0.15, "锦程商业街": 0.15], gardenParking: 0.15,
        towerEngineering: -0.45),
    Drift(
        period: "2026H2", projects: ["翠湖苑": 0.1, "锦程国际大厦": 0.08, "锦程商业街": -0.4], gardenParking: -0.3),
]

private func drifted(_ model: LatentModel, _ period: String) -> LatentModel {
    let d = drifts.first { $0.period == period }!
    return model.shifted(
        projects: d.projects, drivers: ["锦程花园": ["parking": d.gardenParking], "锦程国际大厦": ["engineering": d.towerEngineering]])
}

private let paper = AnswerStyle(naMarks: ["", "", "不适用"], labelShare: 0)

/// A wave of June (H1) or December (H2) whose list is not kept: seed `jincheng-<period>`, form
/// numbers `HY2406-001`, the answers of `model` moved by the period's drift.
private func halfYearWave(
    _ period: String, days: ClosedRange<Int>, model: LatentModel = previousModel(), plans: [String: ProjectPlan]
) -> WaveSpec {
    let month = period.hasSuffix("H1") ? 6 : 12
    return WaveSpec(
        period: period, year: Int(period.prefix(4))!, month: month, days: days, seed: "jincheng-" + period,
        tag: period.dropFirst(2).prefix(2) + two(month), model: drifted(model, period), plans: plans,
        withSampleList: false)
}

/// The specification of a wave whose sample list is drawn in a scratch directory.
func scratchWave(_ period: String) -> WaveSpec {
    switch period {
    case "2024H1": return wave2024H1()
    case "2024H2": return wave2024H2()
    case "2025H1": return wave2025H1()
    case "2025H2": return previousWave()
    case "2026H2": return wave2026H2()
    default: fatalError("no wave \(period)")
    }
}

/// June 2024: handed out on Friday 14 June (端午 was Monday 10 June), back by 25 June.
private func wave2024H1() -> WaveSpec {
    halfYearWave(
        "2024H1", days: 14...25,
        plans: [
            "锦程花园": ProjectPlan(
                replacements: ["拒访", "空置", "多次无人", "拒访", "拒访", "多次无人", "空置"],
                redone: [.missingSignature, .damaged], extras: [.duplicateSameDay],
                surveyors: [("王敏", 50), ("刘洋", 50)], style: paper),
            "翠湖苑": ProjectPlan(
                replacements: ["多次无人", "拒访", "空置"], redone: [.invalidPhone],
                surveyors: [("陈静", 70), ("孙磊", 30)], style: paper, invalidPhone: "139123456"),
            "锦程国际大厦": ProjectPlan(
                replacements: ["拒访", "多次无人", "拒访"], redone: [.missingPhone, .tooFewAnswers],
                surveyors: [("杨帆", 60), ("周婷", 40)], style: paper, landlineShare: 0.25),
            "锦程商业街": ProjectPlan(surveyors: [("周婷", 1)], style: paper, landlineShare: 0.3),
        ])
}

/// December 2024: handed out on Monday 16 December, back by 26 December.
private func wave2024H2() -> WaveSpec {
    halfYearWave(
        "2024H2", days: 16...26,
        plans: [
            "锦程花园": ProjectPlan(
                replacements: ["多次无人", "拒访", "拒访", "空置", "多次无人", "拒访", "多次无人", "拒访", "空置", "拒访"],
                redone: [.altered, .missingPhone], extras: [.duplicateEarlierInFile],
                surveyors: [("王敏", 45), ("刘洋", 35), ("孙磊", 20)], style: paper),
            "翠湖苑": ProjectPlan(
                replacements: ["拒访", "多次无人", "空置", "多次无人"], redone: [.missingSignature, .outOfRange],
                surveyors: [("陈静", 60), ("孙磊", 40)], style: paper, outOfRange: "0"),
            "锦程国际大厦": ProjectPlan(
                replacements: ["多次无人", "拒访"], extras: [.unknownUnit],
                surveyors: [("杨帆", 70), ("周婷", 30)], style: paper, unknownUnit: ("B-2501", "B座16-24层"),
                landlineShare: 0.25),
            "锦程商业街": ProjectPlan(
                redone: [.damaged], surveyors: [("杨帆", 1)], style: paper, landlineShare: 0.3),
        ])
}

/// June 2025: handed out on Monday 16 June, back by 26 June; the tower's air conditioning had failed in May.
private func wave2025H1() -> WaveSpec {
    halfYearWave(
        "2025H1", days: 16...26,
        plans: [
            "锦程花园": ProjectPlan(
                replacements: ["拒访", "多次无人", "空置", "拒访", "多次无人", "拒访", "拒访", "多次无人", "空置"],
                redone: [.tooFewAnswers, .missingSignature, .invalidPhone], extras: [.duplicateSameDay],
                surveyors: [("王敏", 50), ("刘洋", 30), ("孙磊", 20)], style: paper, invalidPhone: "1380013800"),
            "翠湖苑": ProjectPlan(
                replacements: ["空置", "拒访", "多次无人", "拒访", "多次无人", "拒访"], redone: [.damaged],
                surveyors: [("陈静", 60), ("孙磊", 40)], style: paper),
            "锦程国际大厦": ProjectPlan(
                replacements: ["拒访", "拒访", "多次无人"], redone: [.missingSignatureAndPhone], extras: [.unknownProject],
                surveyors: [("杨帆", 50), ("周婷", 50)], style: paper, unknownProject: "锦程国际中心", landlineShare: 0.25),
            "锦程商业街": ProjectPlan(surveyors: [("周婷", 1)], style: paper, landlineShare: 0.3),
        ])
}

/// December 2026, under way on Monday 7 December: handed out on Tuesday 1 December, forms back
/// from 1 to 4 December so far. 锦程花园 and the tower are still short (households not back yet,
/// a spoiled form not yet redone); 翠湖苑 and the street are complete. 赵强, flagged in June, was
/// retrained: no bias.
private func wave2026H2() -> WaveSpec {
    var model = LatentModel()
    model.base += 0.06
    var spec = halfYearWave(
        "2026H2", days: 1...4, model: model,
        plans: [
            "锦程花园": ProjectPlan(
                replacements: ["拒访", "空置", "多次无人", "拒访"], nonReturns: 8, lost: [.missingPhone],
                extras: [.duplicateSameDay], surveyors: [("王敏", 50), ("刘洋", 40), ("赵强", 10)], style: paper),
            "翠湖苑": ProjectPlan(
                replacements: ["多次无人", "拒访"], extras: [.duplicateSameDay],
                surveyors: [("陈静", 70), ("赵强", 30)], style: paper),
            "锦程国际大厦": ProjectPlan(
                replacements: ["拒访"], nonReturns: 3, lost: [.damaged],
                surveyors: [("周婷", 50), ("杨帆", 50)], style: paper, landlineShare: 0.25),
            "锦程商业街": ProjectPlan(surveyors: [("杨帆", 50), ("周婷", 50)], style: paper, landlineShare: 0.3),
        ])
    spec.underWay = true
    return spec
}
