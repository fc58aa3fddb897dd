import Foundation
import Testing

@testable import CSatCore

/// docs/ACTIONS.md on a wave of six forms whose plan and reply list are worked out by hand.
///
/// Scores on 1–5 are 25·(x − 1). Project A (A1–A3), project B (B1, B2 valid; B3 damaged):
///
/// | form | q1 保安巡逻 | q2 楼道卫生 | q3 前台接待态度 | q4 电话答复速度 | overall | comment |
/// |---|---|---|---|---|---|---|
/// | A1 | 5 | 4 | 2 | 3 | 6 | 停车难，电梯也常坏 |
/// | A2 | 4 | 1 | 3 | 4 | 5 | 无 |
/// | A3 | 5 | 2 | 1 | 2 | 3 | 停车位不够 |
/// | B1 | 3 | 5 | 5 | 5 | 9 | |
/// | B2 | 2 | 4 | 4 | 5 | 8 | 电梯很好 |
/// | B3 (damaged) | 1 | 3 | 3 | 3 | 5 | 门禁坏了 |
///
/// Importance (Pearson of driver score and overall score over the five valid forms): security
/// −0.787, cleaning 0.816, service 0.922; mean 0.317 — cleaning and service are important.
struct ActionPlanTests {
    static let survey = """
        {"id": "t", "title": "测试", "period": "2026H1", "language": "zh",
         "scales": {"five": {"points": 5, "min": 1, "labels": ["非常不满意", "不满意", "一般", "满意", "非常满意"]},
                    "ten": {"points": 10, "min": 1}},
         "drivers": [{"id": "sec", "name": "安全管理", "weight": 1, "keywords": ["门禁"]},
                     {"id": "clean", "name": "清洁绿化", "weight": 1},
                     {"id": "svc", "name": "客户服务", "weight": 1, "keywords": ["前台"]}],
         "questions": [{"id": "q1", "text": "保安巡逻", "scale": "five", "driver": "sec"},
                       {"id": "q2", "text": "楼道卫生", "scale": "five", "driver": "clean"},
                       {"id": "q3", "text": "前台接待态度", "scale": "five", "driver": "svc"},
                       {"id": "q4", "text": "电话答复速度", "scale": "five", "driver": "svc"},
                       {"id": "overall", "text": "总体满意度", "scale": "ten", "role": "overall"},
                       {"id": "c1", "text": "意见", "type": "open"}],
         "validity": {"requireSignature": false, "requirePhone": false, "minAnsweredShare": 0.5},
         "wave": {"handOut": "2026-06-15"},
         "themes": {"停车难": ["停车"], "电梯": ["电梯"]}
         DEPARTMENTS}
        """

    static let forms = [
        #"{"form": "A1", "project": "A", "building": "10号楼", "unit": "10-101", "q1": 5, "q2": 4, "q3": 2, "q4": 3, "overall": 6, "c1": "停车难，电梯也常坏"}"#,
        #"{"form": "A2", "project": "A", "building": "2号楼", "unit": "2-101", "q1": 4, "q2": 1, "q3": 3, "q4": 4, "overall": 5, "c1": "无"}"#,
        #"{"form": "A3", "project": "A", "building": "2号楼", "unit": "2-102", "q1": 5, "q2": 2, "q3": 1, "q4": 2, "overall": 3, "c1": "停车位不够"}"#,
        #"{"form": "B1", "project": "B", "building": "1号楼", "unit": "1-203", "q1": 3, "q2": 5, "q3": 5, "q4": 5, "overall": 9}"#,
        #"{"form": "B2", "project": "B", "building": "1号楼", "unit": "1-202", "q1": 2, "q2": 4, "q3": 4, "q4": 5, "overall": 8, "c1": "电梯很好"}"#,
        #"{"form": "B3", "project": "B", "building": "1号楼", "unit": "1-201", "damaged": "是", "q1": 1, "q2": 3, "q3": 3, "q4": 3, "overall": 5, "c1": "门禁坏了"}"#,
    ].joined(separator: "\n")

    func plan(departments: String = "", language: Language = .zh) throws -> ActionPlan {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csat-actions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = Self.survey.replacingOccurrences(of: "DEPARTMENTS", with: departments)
        try s.write(to: dir.appendingPathComponent("s.json"), atomically: true, encoding: .utf8)
        try Self.forms.write(to: dir.appendingPathComponent("f.jsonl"), atomically: true, encoding: .utf8)
        let wave = try Wave.load(
            survey: dir.appendingPathComponent("s.json").path, responses: [dir.appendingPathComponent("f.jsonl").path],
            roster: nil, sample: nil)
        return ActionPlan.build(wave: wave, figures: try Scorer.figures(wave: wave), language: language, calendar: try .builtIn())
    }

    struct Row: Equatable, CustomStringConvertible {
        var id: String, kind: ActionPlan.Kind, item: String, index: Double?, dissatisfied: Int?, comments: Int?, department: String
        var description: String { "\(id) \(kind) \(item) \(index.map { "\($0)" } ?? "-") \(dissatisfied ?? -1) \(comments ?? -1) \(department)" }
    }

    func rows(_ p: ActionPlan) -> [Row] {
        p.actions.map {
            Row(
                id: $0.id, kind: $0.kind, item: $0.item, index: $0.index.map { ($0 * 1000).rounded() / 1000 },
                dissatisfied: $0.dissatisfied, comments: $0.comments, department: $0.department)
        }
    }

    @Test func planRowsWorkedOutByHand() throws {
        let p = try plan()
        let expected: [Row] = [
            // Company: drivers security 70, cleaning 55, service 60 (mean 61.7): cleaning and service are low and
            // important. Forms with a dissatisfied answer: cleaning A2, A3; service A1 (q3), A3 (q3, q4).
            Row(id: "2026H1-全公司-01", kind: .driver, item: "清洁绿化", index: 55, dissatisfied: 2, comments: nil, department: "环境部"),
            Row(id: "2026H1-全公司-02", kind: .driver, item: "客户服务", index: 60, dissatisfied: 2, comments: nil, department: "客服部"),
            // Questions: q3 50, q2 55, then q1 and q4 at 70 (q1 first, by definition order).
            Row(id: "2026H1-全公司-03", kind: .question, item: "前台接待态度", index: 50, dissatisfied: 2, comments: nil, department: "客服部"),
            Row(id: "2026H1-全公司-04", kind: .question, item: "楼道卫生", index: 55, dissatisfied: 2, comments: nil, department: "环境部"),
            Row(id: "2026H1-全公司-05", kind: .question, item: "保安巡逻", index: 70, dissatisfied: 1, comments: nil, department: "秩序维护部"),
            // Themes of valid forms: 停车难 A1, A3; 电梯 A1, B2 (a tie: definition order). A2's 无 is no comment.
            Row(id: "2026H1-全公司-06", kind: .theme, item: "停车难", index: nil, dissatisfied: nil, comments: 2, department: "秩序维护部"),
            Row(id: "2026H1-全公司-07", kind: .theme, item: "电梯", index: nil, dissatisfied: nil, comments: 2, department: "工程部"),
            // A: security 91.7, cleaning 33.3, service 37.5 (mean 54.2).
            Row(id: "2026H1-A-01", kind: .driver, item: "清洁绿化", index: 33.333, dissatisfied: 2, comments: nil, department: "环境部"),
            Row(id: "2026H1-A-02", kind: .driver, item: "客户服务", index: 37.5, dissatisfied: 2, comments: nil, department: "客服部"),
            Row(id: "2026H1-A-03", kind: .question, item: "前台接待态度", index: 25, dissatisfied: 2, comments: nil, department: "客服部"),
            Row(id: "2026H1-A-04", kind: .question, item: "楼道卫生", index: 33.333, dissatisfied: 2, comments: nil, department: "环境部"),
            // q4 names no key: it goes where its driver goes (客户服务's keyword 前台).
            Row(id: "2026H1-A-05", kind: .question, item: "电话答复速度", index: 50, dissatisfied: 1, comments: nil, department: "客服部"),
            Row(id: "2026H1-A-06", kind: .theme, item: "停车难", index: nil, dissatisfied: nil, comments: 2, department: "秩序维护部"),
            Row(id: "2026H1-A-07", kind: .theme, item: "电梯", index: nil, dissatisfied: nil, comments: 1, department: "工程部"),
            // B: security 37.5 is its only low driver, and it is not important: no driver row. B3 is invalid.
            Row(id: "2026H1-B-01", kind: .question, item: "保安巡逻", index: 37.5, dissatisfied: 1, comments: nil, department: "秩序维护部"),
            Row(id: "2026H1-B-02", kind: .question, item: "楼道卫生", index: 87.5, dissatisfied: 0, comments: nil, department: "环境部"),
            Row(id: "2026H1-B-03", kind: .question, item: "前台接待态度", index: 87.5, dissatisfied: 0, comments: nil, department: "客服部"),
            Row(id: "2026H1-B-04", kind: .theme, item: "电梯", index: nil, dissatisfied: nil, comments: 1, department: "工程部"),
        ]
        #expect(rows(p) == expected)
        #expect(p.actions[5].detail == "“停车难，电梯也常坏”\n“停车位不够”")
        // The next hand-out 2026-12-15 is a Tuesday: the deadline is Monday 14 December.
        #expect(p.deadline == ActionDeadline.Result(date: CivilDate(year: 2026, month: 12, day: 14)!, fromWave: true))
    }

    @Test func replyListWorkedOutByHand() throws {
        let p = try plan()
        // B1 has no comment and no answer at or below 2 (nor overall ≤ 3): not listed. Order: A before B;
        // 2号楼 before 10号楼; B3's unit 1-201 before B2's 1-202. The damaged B3 is listed with its reason.
        #expect(p.replies.map(\.form) == ["A2", "A3", "A1", "B3", "B2"])
        let byForm = Dictionary(uniqueKeysWithValues: p.replies.map { ($0.form, $0) })
        #expect(byForm["A2"]!.comments == [])
        #expect(byForm["A2"]!.lowAnswers.map { "\($0.question)=\($0.answer)" } == ["楼道卫生=非常不满意（1）"])
        #expect(byForm["A2"]!.departments == ["环境部"])
        #expect(
            byForm["A3"]!.lowAnswers.map { "\($0.question)=\($0.answer)" }
                == ["楼道卫生=不满意（2）", "前台接待态度=非常不满意（1）", "电话答复速度=不满意（2）", "总体满意度=3/10"])
        // The comment's department first, then the questions'; the overall question goes to the quality department.
        #expect(byForm["A3"]!.departments == ["秩序维护部", "环境部", "客服部", "品质管理部（待分派）"])
        #expect(byForm["A1"]!.themes == ["停车难", "电梯"])
        #expect(byForm["A1"]!.departments == ["秩序维护部", "工程部", "客服部"])
        #expect(byForm["A1"]!.unit == "10-101" && byForm["A1"]!.building == "10号楼")
        // 门禁坏了 names no theme but the security driver's keyword: 秩序维护部.
        #expect(byForm["B3"]!.reasons == ["damaged"] && byForm["B3"]!.departments == ["秩序维护部"])
        #expect(byForm["B2"]!.departments == ["工程部", "秩序维护部"])
        #expect(p.replies.allSatisfy { $0.form != "A2" || $0.reasons.isEmpty })
    }

    @Test func definitionDepartmentsAndEnglish() throws {
        let p = try plan(departments: #", "departments": {"Lift team": ["电梯"], "Gardeners": ["清洁"]}"#, language: .en)
        let items = p.actions.filter { $0.project == "Company" }.map { "\($0.item)→\($0.department)" }
        #expect(
            items == [
                "清洁绿化→Gardeners", "客户服务→Quality dept (to assign)", "前台接待态度→Quality dept (to assign)",
                "楼道卫生→Gardeners", "保安巡逻→Quality dept (to assign)", "停车难→Quality dept (to assign)", "电梯→Lift team",
            ])
        #expect(p.actions.first?.id == "2026H1-Company-01")
    }
}

/// The routing rule and the deadline rule on their own.
struct ActionRulesTests {
    @Test func nameBeforeKeywordsAndCaseIgnored() {
        let r = Routing(
            departments: [Department(name: "环境部", keys: ["垃圾"]), Department(name: "客服部", keys: ["装修", "Fee"])],
            unrouted: "Q")
        // 装修管理's name holds 装修 (客服部) although its keyword 装修垃圾 holds 垃圾 (环境部, listed first).
        #expect(r.route(name: "装修管理", keywords: ["装修垃圾"]) == "客服部")
        #expect(r.route(name: "杂项", keywords: ["装修垃圾"]) == "环境部")
        #expect(r.route(name: "Property FEES") == "客服部")
        #expect(r.route(name: "宠物", keywords: ["狗"]) == "Q")
    }

    @Test func builtInDepartmentsOfTheSampleThemes() {
        var survey = Survey(
            id: "t", title: "t", period: "2026H1", language: "zh", scales: [], drivers: [], questions: [], columns: ColumnMap(),
            validity: ValidityRules(), rules: SamplingRules(), segments: [], aggregate: nil, themes: [])
        let zh = Routing(survey: survey, words: .zh)
        #expect(zh.route(name: "治安与门禁", keywords: ["陌生人"]) == "秩序维护部")
        #expect(zh.route(name: "环境卫生") == "环境部")
        #expect(zh.route(name: "维修响应") == "工程部")
        #expect(zh.route(name: "收费与公开", keywords: ["物业费"]) == "客服部")
        #expect(zh.route(name: "停车难") == "秩序维护部")
        #expect(zh.route(name: "宠物", keywords: ["狗"]) == "品质管理部（待分派）")
        survey.language = "en"
        #expect(Routing(survey: survey, words: .en).route(name: "Lift breakdowns") == "Engineering")
    }

    @Test func deadlines() throws {
        let calendar = try HolidayCalendar.builtIn()
        func deadline(_ period: String, handOut: String?) -> String? {
            var s = Survey(
                id: "t", title: "t", period: period, language: "zh", scales: [], drivers: [], questions: [], columns: ColumnMap(),
                validity: ValidityRules(), rules: SamplingRules(), segments: [], aggregate: nil, themes: [])
            s.wave = handOut.map { WaveRules(handOut: CivilDate(iso: $0)!) }
            return ActionDeadline.of(s, calendar: calendar).map(\.date.description)
        }
        // Next hand-out 2026-10-02, inside the National Day holiday (1–7 October 2026): the last working day before it.
        #expect(deadline("2026H1", handOut: "2026-04-02") == "2026-09-30")
        // 31 August + 6 months is 28 February 2027, a Sunday: Friday 26 February.
        #expect(deadline("2026H2", handOut: "2026-08-31") == "2027-02-26")
        // No wave block: 2026H2 stands for a hand-out on 15 December; next 15 June 2027 (Tuesday) → Monday 14 June.
        #expect(deadline("2026H2", handOut: nil) == "2027-06-14")
        #expect(deadline("spring", handOut: nil) == nil)
    }

    @Test func nothingSaid() {
        for t in ["无", " 没有。", "暂无！", "None", "n/a", "/"] { #expect(NothingSaid.isNothing(t), "\(t)") }
        for t in ["无人管", "没有车位", "都挺好"] { #expect(!NothingSaid.isNothing(t), "\(t)") }
    }
}
