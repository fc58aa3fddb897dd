/// The words of the Markdown report and its charts that are not in
/// `ReportLabels`, and the `labels` object of the template context.
///
/// `labels` lets one table partial serve both languages (its headers come
/// from here), so the built-in partials work under a user's own template too.
public struct MarkdownLabels: Sendable {
    // Extra table headers.
    public var metric, thisWave, weakestDriver, share, returnRule, scale, points, range, satisfiedFrom, dissatisfiedTo: String
    public var scaleLabels, examples, comments: String
    // Words the context builder puts into values.
    public var percentagePoints, up, down, unchanged, listSeparator, none: String
    public var keepMeaning, improveMeaning, maintainMeaning, watchMeaning: String
    // Charts.
    public var driversChartTitle, quadrantsChartTitle, projectsChartTitle, overall, importanceAxis, indexAxis: String
    public var aboveOverall, belowOverall, noData: String

    public static func of(_ language: String) -> MarkdownLabels { language == "en" ? en : zh }

    /// The keys of `labels` in the context: these from `ReportLabels`, then the extra ones.
    public static let reportKeys: [(String, KeyPath<ReportLabels, String> & Sendable)] = [
        ("index", \.index), ("rate", \.rate), ("indexLong", \.indexLong), ("rateLong", \.rateLong), ("ci", \.ci),
        ("n", \.n), ("weight", \.weight), ("alpha", \.alpha), ("importance", \.importance),
        ("relativeWeight", \.relativeWeight), ("quadrant", \.quadrant), ("mean", \.mean), ("dissatisfied", \.dissatisfied),
        ("change", \.change), ("previous", \.previous), ("significant", \.significant),
        ("notSignificant", \.notSignificant), ("pValue", \.pValue), ("overallQuestion", \.overallQuestion),
        ("driver", \.driver), ("question", \.question), ("rank", \.rank), ("formsRead", \.formsRead),
        ("formsValid", \.formsValid), ("formsInvalid", \.formsInvalid), ("reason", \.reason), ("count", \.count),
        ("population", \.population), ("sampled", \.sampled), ("returned", \.returned), ("valid", \.valid),
        ("required", \.required), ("returnRate", \.returnRate), ("result", \.result), ("pass", \.pass),
        ("fail", \.fail), ("unknown", \.unknown), ("project", \.project), ("surveyor", \.surveyor),
        ("comment", \.comment), ("themes", \.themes), ("example", \.example), ("keep", \.keep), ("improve", \.improve),
        ("maintain", \.maintain), ("watch", \.watch), ("satisfactionDrivers", \.satisfactionDrivers),
        ("dissatisfactionDrivers", \.dissatisfactionDrivers),
    ]

    public static let extraKeys: [(String, KeyPath<MarkdownLabels, String> & Sendable)] = [
        ("metric", \.metric), ("thisWave", \.thisWave), ("weakestDriver", \.weakestDriver), ("share", \.share),
        ("returnRule", \.returnRule), ("scale", \.scale), ("points", \.points), ("range", \.range),
        ("satisfiedFrom", \.satisfiedFrom), ("dissatisfiedTo", \.dissatisfiedTo), ("scaleLabels", \.scaleLabels),
        ("examples", \.examples), ("comments", \.comments),
    ]

    public static let keys: [String] = reportKeys.map(\.0) + extraKeys.map(\.0)


    public static let zh = MarkdownLabels(
        metric: "指标", thisWave: "本期", weakestDriver: "最弱驱动因素", share: "占比", returnRule: "有效回收率要求",
        scale: "量表", points: "级数", range: "分值范围", satisfiedFrom: "满意(≥)", dissatisfiedTo: "不满意(≤)",
        scaleLabels: "选项", examples: "示例(已脱敏)", comments: "条数",
        percentagePoints: "个百分点", up: "上升", down: "下降", unchanged: "持平", listSeparator: "、", none: "无",
        keepMeaning: "重要性高、满意度高", improveMeaning: "重要性高、满意度低",
        maintainMeaning: "重要性低、满意度高", watchMeaning: "重要性低、满意度低",
        driversChartTitle: "各驱动因素满意度", quadrantsChartTitle: "重要性–满意度矩阵", projectsChartTitle: "各项目满意度排名",
        overall: "总体", importanceAxis: "重要性(与总体满意度的相关系数)", indexAxis: "满意度",
        aboveOverall: "不低于总体", belowOverall: "低于总体", noData: "无数据")

    public static let en = MarkdownLabels(
        metric: "Figure", thisWave: "This wave", weakestDriver: "Weakest driver", share: "Share",
        returnRule: "Return-rate rule", scale: "Scale", points: "Points", range: "Range", satisfiedFrom: "Satisfied from",
        dissatisfiedTo: "Dissatisfied up to", scaleLabels: "Labels", examples: "Examples (masked)", comments: "Comments",
        percentagePoints: "pp", up: "up", down: "down", unchanged: "unchanged", listSeparator: ", ", none: "none",
        keepMeaning: "high importance, high index", improveMeaning: "high importance, low index",
        maintainMeaning: "low importance, high index", watchMeaning: "low importance, low index",
        driversChartTitle: "Index by driver", quadrantsChartTitle: "Importance–performance matrix",
        projectsChartTitle: "Projects ranked by index", overall: "Overall",
        importanceAxis: "Importance (correlation with the overall question)", indexAxis: "Index",
        aboveOverall: "at or above overall", belowOverall: "below overall", noData: "no data")
}
