/// The two waves the tests were built on, June 2026 and December 2025: what happens in each project
/// (History.swift has the four others).

let sampleSeed = "jincheng-2026H1"
let previousSeed = "jincheng-2025H2"

/// June 2026: forms handed out on Monday 15 June, collected by Friday 26 June.
func currentWave() -> WaveSpec {
    var model = LatentModel()
    model.surveyorBias = ["赵强": 0.45]
    let paper = AnswerStyle(naMarks: ["", "", "", "不适用", "无法评价"], labelShare: 0)
    return WaveSpec(
        period: "2026H1", year: 2026, month: 6, days: 15...26, seed: sampleSeed, tag: "2606", model: model,
        plans: [
            "锦程花园": ProjectPlan(
                replacements: ["空置", "拒访", "多次无人", "拒访", "拒访", "多次无人", "空置", "拒访", "多次无人"],
                // The last batch came back on 1 and 2 July, after the collection deadline of 30 June.
                late: 4,
                redone: [
                    .damaged, .damaged, .altered, .missingSignature, .missingPhone, .invalidPhone, .tooFewAnswers,
                    .outOfRange,
                ],
                extras: [.duplicateSameDay, .duplicateEarlierInFile, .offSample, .unknownUnit],
                specials: [.phone, .idCard, .ownName, .pipe, .newline, .html, .formula, .quote],
                surveyors: [("王敏", 45), ("刘洋", 45), ("赵强", 10)], style: paper,
                invalidPhone: "1381234567", outOfRange: "6", unknownUnit: ("13-1-801", "13号楼")),
            // Short by 3: a household never reached and not replaced, and two spoiled forms
            // (an unknown label, too few answers) that nobody noticed in time to go back.
            "翠湖苑": ProjectPlan(
                replacements: ["多次无人", "空置", "拒访", "拒访"], nonReturns: 1,
                lost: [.tooFewAnswers, .outOfRange], redone: [.damaged, .missingSignatureAndPhone, .invalidPhone],
                extras: [.duplicateSameDay, .offSampleReserve],
                specials: [.phone, .ownName, .newline, .formula, .at],
                surveyors: [("陈静", 75), ("赵强", 25)],
                style: AnswerStyle(naMarks: ["", "", "无法评价"], labelShare: 0.05), dateStyle: .slash, no: "",
                invalidPhone: "12345", outOfRange: "还行"),
            // Three offices were never handed a form (closed for the 端午 week, no 发放 tick):
            // the hand-out rate is 35/38 = 92.1%, below the rule's 95%, and the unit count short.
            "锦程国际大厦": ProjectPlan(
                replacements: ["拒访", "多次无人"], nonReturns: 0, notHandedOut: 3,
                extras: [.duplicateSameDay, .unknownProject],
                specials: [.html, .idCard, .newline, .quote],
                // 王敏 helps out in the tower. The deal is chosen so that, as the README says, no
                // surveyor but 赵强 differs from the others at p < 0.01 (周婷 alone got the low forms).
                surveyors: [("周婷", 40), ("杨帆", 30), ("王敏", 30)],
                style: AnswerStyle(naMarks: ["", "无法评价"], labelShare: 0.85, numberShare: 0.7, json: true),
                dateStyle: .isoTime, signed: "是", unknownProject: "锦程国际中心", landlineShare: 0.25),
            // A census: every shop must return a valid form, and does.
            "锦程商业街": ProjectPlan(
                redone: [.missingSignature], specials: [.semicolon, .pipe],
                surveyors: [("杨帆", 50), ("周婷", 50)], style: AnswerStyle(naMarks: ["N/A", ""], labelShare: 0), no: "",
                landlineShare: 0.3),
        ],
        withSampleList: true)
}

/// The model of December 2025, which the earlier waves' drift is measured from.
func previousModel() -> LatentModel {
    var model = LatentModel().shifted(["cleaning": -0.35, "parking": 0.3])
    model.base += 0.06
    return model
}

/// December 2025 (its own sample, seed `jincheng-2025H2`, is drawn by csat in a scratch
/// directory and not kept; every visited household ended with a valid form):
/// cleaning was weaker (a new cleaning contractor started in 2026) and
/// parking a little better (before a new residents' car park rule), no surveyor bias.
/// Everything is 0.06 higher, which offsets what 赵强's bias adds to the 2026H1
/// means, so that only cleaning and parking change between the waves.
func previousWave() -> WaveSpec {
    let model = previousModel()
    let paper = AnswerStyle(naMarks: ["", "", "不适用"], labelShare: 0)
    return WaveSpec(
        period: "2025H2", year: 2025, month: 12, days: 15...26, seed: previousSeed, tag: "2512", model: model,
        plans: [
            "锦程花园": ProjectPlan(
                replacements: ["拒访", "多次无人", "拒访", "空置", "多次无人", "拒访", "拒访", "多次无人"],
                redone: [.missingSignature, .missingSignature, .damaged], extras: [.duplicateSameDay],
                surveyors: [("王敏", 50), ("刘洋", 30), ("孙磊", 20)], style: paper),
            "翠湖苑": ProjectPlan(
                replacements: ["空置", "拒访", "多次无人", "拒访", "多次无人"], redone: [.invalidPhone, .tooFewAnswers],
                surveyors: [("陈静", 60), ("孙磊", 40)], style: paper, invalidPhone: "021-555"),
            "锦程国际大厦": ProjectPlan(
                replacements: ["拒访", "多次无人"], redone: [.missingPhone], extras: [.unknownUnit],
                surveyors: [("杨帆", 70), ("周婷", 30)],
                style: paper, unknownUnit: ("A-3305", "A座25-32层"), landlineShare: 0.25),
            "锦程商业街": ProjectPlan(surveyors: [("周婷", 1)], style: paper, landlineShare: 0.3),
        ],
        withSampleList: false)
}
