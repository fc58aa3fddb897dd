/// The two waves of 锦程物业's survey: what happens in each project.

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
                replacements: ["空置", "拒访", "多次无人", "拒访"], nonReturns: 5,
                lost: [
                    .damaged, .altered, .missingSignature, .missingPhone, .invalidPhone, .tooFewAnswers, .outOfRange,
                ],
                extras: [.duplicateSameDay, .duplicateEarlierInFile, .damagedThenRedone, .offSample, .unknownUnit],
                specials: [.phone, .idCard, .ownName, .pipe, .newline, .html, .formula, .quote],
                surveyors: [("王敏", 45), ("刘洋", 45), ("赵强", 10)], style: paper,
                invalidPhone: "1381234567", outOfRange: "6", unknownUnit: ("13-1-801", "13号楼")),
            "翠湖苑": ProjectPlan(
                replacements: ["多次无人", "空置", "拒访"], nonReturns: 5,
                lost: [.damaged, .missingSignatureAndPhone, .invalidPhone, .tooFewAnswers, .outOfRange],
                extras: [.duplicateSameDay, .offSampleReserve],
                specials: [.phone, .ownName, .newline, .formula, .at],
                surveyors: [("陈静", 75), ("赵强", 25)],
                style: AnswerStyle(naMarks: ["", "", "无法评价"], labelShare: 0.05), dateStyle: .slash, no: "",
                invalidPhone: "12345", outOfRange: "还行"),
            "锦程国际大厦": ProjectPlan(
                replacements: ["拒访", "多次无人"], nonReturns: 0,
                extras: [.duplicateSameDay, .unknownProject],
                specials: [.html, .idCard, .newline, .quote],
                surveyors: [("杨帆", 50), ("周婷", 50)],
                style: AnswerStyle(naMarks: ["", "无法评价"], labelShare: 0.85, numberShare: 0.7, json: true),
                dateStyle: .isoTime, signed: "是", unknownProject: "锦程国际中心", landlineShare: 0.25),
            "锦程商业街": ProjectPlan(
                nonReturns: 1, lost: [.missingSignature], specials: [.semicolon, .pipe],
                surveyors: [("杨帆", 50), ("周婷", 50)], style: AnswerStyle(naMarks: ["N/A", ""], labelShare: 0), no: "",
                landlineShare: 0.3),
        ],
        withSampleList: true)
}

/// December 2025: cleaning was weaker (a new cleaning contractor started in 2026) and
/// parking a little better (before a new residents' car park rule), no surveyor bias.
/// Everything is 0.06 higher, which offsets what 赵强's bias adds to the 2026H1
/// means, so that only cleaning and parking change between the waves.
func previousWave() -> WaveSpec {
    var model = LatentModel().shifted(["cleaning": -0.35, "parking": 0.3])
    model.base += 0.06
    let paper = AnswerStyle(naMarks: ["", "", "不适用"], labelShare: 0)
    return WaveSpec(
        period: "2025H2", year: 2025, month: 12, days: 15...26, seed: previousSeed, tag: "2512", model: model,
        plans: [
            "锦程花园": ProjectPlan(
                replacements: ["拒访", "多次无人"], nonReturns: 6,
                lost: [.missingSignature, .missingSignature, .damaged], extras: [.duplicateSameDay],
                surveyors: [("王敏", 50), ("刘洋", 30), ("孙磊", 20)], style: paper),
            "翠湖苑": ProjectPlan(
                replacements: ["空置"], nonReturns: 4, lost: [.invalidPhone, .tooFewAnswers],
                surveyors: [("陈静", 60), ("孙磊", 40)], style: paper, invalidPhone: "021-555"),
            "锦程国际大厦": ProjectPlan(
                nonReturns: 2, lost: [.missingPhone], extras: [.unknownUnit], surveyors: [("杨帆", 70), ("周婷", 30)],
                style: paper, unknownUnit: ("A-3305", "A座25-32层"), landlineShare: 0.25),
            "锦程商业街": ProjectPlan(
                nonReturns: 1, surveyors: [("周婷", 1)], style: paper, landlineShare: 0.3),
        ],
        withSampleList: false)
}
