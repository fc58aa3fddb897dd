/// The company's survey definition (`sample-data/survey.json`): the residential
/// template's drivers and questions, used for all four projects.

struct DriverDef {
    var id: String
    var name: String
    var weight: Int
    var keywords: [String]
}

struct QuestionDef {
    enum Kind { case five, ten, open }
    var id: String
    var text: String
    var kind: Kind
    /// Driver id for five-point questions; nil for the overall and open questions.
    var driver: String?
    var weight: Int?
}

struct SurveyDef {
    var id: String
    var title: String
    var period: String
    /// The wave block's hand-out day (`wave.handOut`); the rest of the timetable is the rulebook's default.
    var handOut = "2026-06-15"
    var drivers: [DriverDef]
    var questions: [QuestionDef]
    var themes: [(String, [String])]

    /// Closed questions (five-point driver questions, then the overall one) in definition order.
    var closed: [QuestionDef] { questions.filter { $0.kind != .open } }
    var open: [QuestionDef] { questions.filter { $0.kind == .open } }
}

/// Metadata roles and their Chinese headers, in the order the files list them.
let columnHeaders: [(role: String, header: String)] = [
    ("form", "问卷编号"), ("project", "项目"), ("unit", "房号"), ("building", "楼栋"),
    ("propertyType", "物业类型"), ("customerType", "客户类型"), ("surveyor", "调查员"),
    ("date", "日期"), ("name", "姓名"), ("phone", "电话"), ("signed", "签名"),
    ("damaged", "损坏"), ("altered", "涂改"),
]

let fiveLabels = ["非常不满意", "不满意", "一般", "满意", "非常满意"]

/// Answers that mean "not answered" (SPEC "Survey definition").
let notAnsweredMarks: Set<String> = ["", "N/A", "不适用", "无法评价"]

func companySurvey() -> SurveyDef {
    let drivers = [
        DriverDef(id: "service", name: "客户服务", weight: 20, keywords: ["前台", "客服", "管家", "服务态度", "物业费"]),
        DriverDef(id: "security", name: "安全管理", weight: 18, keywords: ["保安", "门禁", "巡逻", "陌生人", "监控", "消防"]),
        DriverDef(id: "cleaning", name: "清洁绿化", weight: 15, keywords: ["保洁", "卫生", "垃圾", "清洁", "绿化", "草坪"]),
        DriverDef(id: "engineering", name: "工程维修", weight: 15, keywords: ["维修", "报修", "电梯", "漏水", "路灯", "设施"]),
        DriverDef(id: "parking", name: "停车管理", weight: 10, keywords: ["停车", "车位", "车库", "道闸", "充电"]),
        DriverDef(id: "renovation", name: "装修管理", weight: 7, keywords: ["装修", "噪音", "施工", "装修垃圾"]),
        DriverDef(id: "complaints", name: "投诉处理", weight: 10, keywords: ["投诉", "回访", "没人管", "解决"]),
        DriverDef(id: "community", name: "社区文化", weight: 5, keywords: ["活动", "社区", "邻里", "文化"]),
    ]
    let texts: [(String, String, Int?)] = [
        ("service", "前台接待人员的服务态度", nil),
        ("service", "物业服务人员的仪容仪表与礼貌用语", nil),
        ("service", "客服电话的接通与答复速度", nil),
        ("service", "物业收费及公共收益等信息公开的及时性", nil),
        ("security", "小区门禁管理（人员、车辆出入登记）", nil),
        ("security", "保安人员的夜间巡逻", nil),
        ("security", "保安人员的精神面貌与服务态度", nil),
        ("security", "消防设施与消防通道的管理", nil),
        ("cleaning", "小区公共区域的清洁程度", nil),
        ("cleaning", "楼道、电梯轿厢的卫生状况", nil),
        ("cleaning", "生活垃圾分类与清运的及时性", nil),
        ("cleaning", "绿化养护（草坪、树木修剪）的效果", nil),
        ("engineering", "报修处理的及时性", 2),
        ("engineering", "维修人员的技术水平与维修质量", nil),
        ("engineering", "电梯运行的稳定性", nil),
        ("engineering", "公共照明、门禁等公共设施的完好程度", nil),
        ("parking", "车位管理秩序", nil),
        ("parking", "车辆出入与停放的安全性", nil),
        ("parking", "非机动车（电动自行车）停放与充电管理", nil),
        ("renovation", "装修申请与审批手续的便捷性", nil),
        ("renovation", "装修施工时间与噪音的管控", nil),
        ("renovation", "装修垃圾的清运", nil),
        ("complaints", "投诉处理的及时性", nil),
        ("complaints", "投诉处理结果", nil),
        ("complaints", "投诉处理后的回访", nil),
        ("community", "社区文化活动的组织（节日活动、亲子活动等）", nil),
        ("community", "邻里和睦氛围的营造", nil),
    ]
    var questions = texts.enumerated().map { i, t in
        QuestionDef(id: "q\(i + 1)", text: t.1, kind: .five, driver: t.0, weight: t.2)
    }
    questions.append(QuestionDef(id: "overall", text: "总体而言，您对物业服务是否满意？", kind: .ten, driver: nil, weight: nil))
    questions.append(QuestionDef(id: "c1", text: "您对物业服务还有哪些意见和建议？", kind: .open, driver: nil, weight: nil))
    questions.append(QuestionDef(id: "c2", text: "您认为物业服务最需要改进的是哪一方面？", kind: .open, driver: nil, weight: nil))
    let themes: [(String, [String])] = [
        ("停车难", ["停车", "车位", "车库"]),
        ("治安与门禁", ["陌生人", "门禁", "保安", "巡逻", "被盗"]),
        ("电梯", ["电梯", "困人"]),
        ("环境卫生", ["垃圾", "卫生", "异味", "保洁"]),
        ("维修响应", ["报修", "维修", "漏水", "没人修"]),
        ("噪音", ["噪音", "吵", "装修"]),
        ("收费与公开", ["物业费", "收费", "公示", "公开"]),
        ("空调", ["空调", "太热", "温度"]),
        ("客流与经营", ["客流", "生意", "促销", "装卸"]),
        ("宠物", ["宠物", "狗", "遛狗"]),
        ("表扬", ["认真", "负责", "热情", "点赞", "感谢"]),
    ]
    return SurveyDef(
        id: "jincheng", title: "锦程物业2026年上半年业主满意度调查", period: "2026H1",
        drivers: drivers, questions: questions, themes: themes)
}

/// The definition a wave's folder carries: the quality manager copies survey.json each wave and
/// changes only `period` and `wave.handOut` (the title is left as it was, as in practice it often is).
func waveSurvey(_ spec: WaveSpec) -> SurveyDef {
    var def = companySurvey()
    def.period = spec.period
    def.handOut = spec.handOut
    return def
}

/// The definition as SPEC JSON; `aggregate` is left out so the SPEC default applies.
func surveyJSON(_ s: SurveyDef) -> String {
    let drivers: [JSON] = s.drivers.map {
        .object([
            ("id", .string($0.id)), ("name", .string($0.name)), ("weight", .int($0.weight)),
            ("keywords", .array($0.keywords.map { .string($0) })),
        ])
    }
    let questions: [JSON] = s.questions.map { q in
        var pairs: [(String, JSON)] = [("id", .string(q.id)), ("text", .string(q.text))]
        switch q.kind {
        case .five:
            pairs += [("scale", .string("five")), ("driver", .string(q.driver!))]
            if let w = q.weight { pairs.append(("weight", .int(w))) }
        case .ten:
            pairs += [("scale", .string("ten")), ("role", .string("overall"))]
        case .open:
            pairs.append(("type", .string("open")))
        }
        return .object(pairs)
    }
    let root: JSON = .object([
        ("id", .string(s.id)),
        ("title", .string(s.title)),
        ("period", .string(s.period)),
        ("language", .string("zh")),
        (
            "scales",
            .object([
                (
                    "five",
                    .object([
                        ("points", .int(5)), ("min", .int(1)), ("labels", .array(fiveLabels.map { .string($0) })),
                    ])
                ),
                ("ten", .object([("points", .int(10)), ("min", .int(1)), ("satisfiedFrom", .int(8))])),
            ])
        ),
        ("drivers", .array(drivers)),
        ("questions", .array(questions)),
        ("columns", .object(columnHeaders.map { ($0.role, .string($0.header)) })),
        (
            "validity",
            .object([
                ("minAnsweredShare", .number("0.8")), ("requireSignature", .bool(true)), ("requirePhone", .bool(true)),
            ])
        ),
        (
            "rules",
            .object([("minSampleRate", .number("0.2")), ("minSampleCount", .int(20)), ("minReturnRate", .null)])
        ),
        ("segments", .array(["project", "building", "propertyType", "customerType"].map { .string($0) })),
        // The wave's timetable (docs/CALENDAR.md): the June 2026 wave was handed out on Monday 15 June; the
        // rest are the rulebook's defaults (10 working days to collect, 3 for the statistics, late forms warned of).
        ("wave", .object([("handOut", .string(s.handOut))])),
        ("themes", .object(s.themes.map { ($0.0, .array($0.1.map { .string($0) })) })),
    ])
    return jsonPretty(root) + "\n"
}
