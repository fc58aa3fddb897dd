/// Words only the workbook needs (section titles, chart titles, notes), in
/// `zh` or `en`. The shared headings live in `ReportLabels` (CSatCore), so that
/// the workbook and the Markdown report name the same things alike.
public struct WorkbookWords: Sendable {
    public var keyFigures, figure, thisWave, significance, overall, atAGlance, worstProject: String
    public var driversByIndex, projectsRanked, invalidByReason, ciLow, ciHigh, id, segment, value: String
    public var chartDriverIndex, chartDriverRate, chartWave, chartProjects, chartMatrix: String
    public var splitLines, line, splitNote, vertical, horizontal, meanImportance, meanIndex, start, end: String
    public var coverageNote, questionsNote, segmentsNote, commentsNote, driversNote, codes, total: String
    public var scales, points, range, satisfiedFrom, dissatisfiedTo, scaleLabels, driverWeights, aggregation: String
    public var validityRule, sampleRule, sampleMethod, seed, notRecorded, formulas, warnings, privacy: String
    /// The Data sheet's privacy line, given the company key's fingerprint.
    public var privacyText: @Sendable (String) -> String
    public var unitsShown, noDataSheet: String
    public var subject: @Sendable (String) -> String
    public var page: String
    public var scorePoint: @Sendable (Int) -> String
    public var sampleRuleText: @Sendable (_ rate: String, _ min: Int) -> String
    public var returnRuleText: @Sendable (String) -> String
    public var worstProjectText: @Sendable (_ name: String, _ index: String, _ rate: String) -> String
    public var failedRule, smallSample: String
    public var failedRuleText: @Sendable (_ name: String, _ valid: Int, _ required: Int) -> String
    public var smallSampleText: @Sendable (_ name: String, _ n: Int) -> String

    public static func of(_ language: String) -> WorkbookWords { language == "en" ? .en : .zh }

    public static let zh = WorkbookWords(
        keyFigures: "核心指标", figure: "指标", thisWave: "本期", significance: "显著性", overall: "总体",
        atAGlance: "一览", worstProject: "满意度最低的项目", driversByIndex: "驱动因素(按满意度由低到高)",
        projectsRanked: "项目排名", invalidByReason: "无效问卷原因", ciLow: "下限", ciHigh: "上限", id: "编号",
        segment: "细分维度", value: "取值",
        chartDriverIndex: "各驱动因素满意度 (0–100)", chartDriverRate: "各驱动因素满意率", chartWave: "满意度:本期与上期",
        chartProjects: "各项目满意度排名", chartMatrix: "重要性–满意度矩阵",
        splitLines: "象限分界线(图表数据)", line: "分界线", splitNote: "分界线位于各驱动因素重要性均值与满意度均值处",
        vertical: "竖线", horizontal: "横线", meanImportance: "重要性均值", meanIndex: "满意度均值", start: "起点", end: "终点",
        coverageNote: "有效问卷数不低于应达数为达标(绿色);未达标为红色。",
        questionsNote: "分布为各分值的问卷份数(未加权);满意度、满意率按项目户数加权。",
        segmentsNote: "各细分的满意度、满意率和各驱动因素满意度;颜色越红越低,越绿越高。排名在同一细分维度内按满意度由高到低。",
        commentsNote: "意见内容中的电话、身份证号、电子邮箱和受访者姓名已遮蔽。", driversNote: "象限:以各驱动因素重要性均值与满意度均值划分;变化为与上期相比,p < 0.05 为显著。",
        codes: "原因代码", total: "合计",
        scales: "量表", points: "级数", range: "分值范围", satisfiedFrom: "满意起点", dissatisfiedTo: "不满意止点", scaleLabels: "标签",
        driverWeights: "驱动因素权重", aggregation: "汇总方式", validityRule: "有效问卷规则", sampleRule: "抽样规则",
        sampleMethod: "抽样方法", seed: "随机种子", notRecorded: "未提供样本清单的记录", formulas: "计算公式", warnings: "提示",
        privacy: "隐私", privacyText: { "数据表只含有效问卷,不含姓名和电话;房号以化名代替:以公司密钥计算的 HMAC-SHA-256(密钥指纹 \($0)),同一密钥下各期一致,无密钥无法由房号推算。" },
        unitsShown: "数据表显示真实房号(--show-units)。",
        noDataSheet: "未输出数据表(--no-data-sheet):工作簿不含逐份问卷的数据,不含姓名、电话和房号。",
        subject: { "业主满意度调查 \($0)" }, page: "第 &P 页,共 &N 页", scorePoint: { "\($0)分" },
        sampleRuleText: { "抽样规则:每个项目抽样比例不低于\($0),且不少于\($1)户;不足\($1)户的项目全部调查。" },
        returnRuleText: { "有效回收率(有效问卷/抽样户数)不低于\($0)。" },
        worstProjectText: { "\($0)(满意度 \($1),满意率 \($2))" },
        failedRule: "未达抽样规则的项目", smallSample: "样本不足 30 份的项目",
        failedRuleText: { "\($0)(有效 \($1) 份,应达 \($2) 份)" },
        smallSampleText: { "\($0)(\($1) 份,结论仅供参考)" })

    public static let en = WorkbookWords(
        keyFigures: "Key figures", figure: "Figure", thisWave: "This wave", significance: "Significance", overall: "Overall",
        atAGlance: "At a glance", worstProject: "Lowest project", driversByIndex: "Drivers, lowest index first",
        projectsRanked: "Projects ranked", invalidByReason: "Invalid forms by reason", ciLow: "low", ciHigh: "high", id: "ID",
        segment: "Segment", value: "Value",
        chartDriverIndex: "Driver index (0–100)", chartDriverRate: "Driver rate (share satisfied)",
        chartWave: "Index: this wave and the previous",
        chartProjects: "Projects by index", chartMatrix: "Importance × index",
        splitLines: "Quadrant split lines (chart data)", line: "Line",
        splitNote: "The lines sit at the drivers' mean importance and mean index",
        vertical: "vertical", horizontal: "horizontal", meanImportance: "mean importance", meanIndex: "mean index",
        start: "start", end: "end",
        coverageNote: "A project passes (green) when its valid forms reach the required number; red fails.",
        questionsNote: "The distribution counts forms at each score (unweighted); index and rate are weighted.",
        segmentsNote: "Index, rate and driver indices per segment; red is low, green is high. Rank is by index within a segment.",
        commentsNote: "Phone numbers, ID-card numbers, e-mail addresses and the respondent's own name are masked.",
        driversNote:
            "Quadrants split at the drivers' mean importance and mean index; change is against the previous wave, significant at p < 0.05.",
        codes: "Codes", total: "Total",
        scales: "Scales", points: "Points", range: "Range", satisfiedFrom: "Satisfied from", dissatisfiedTo: "Dissatisfied to",
        scaleLabels: "Labels",
        driverWeights: "Driver weights", aggregation: "Aggregation", validityRule: "Validity rule", sampleRule: "Sampling rule",
        sampleMethod: "Sampling method", seed: "Seed", notRecorded: "no sample manifest given", formulas: "Formulas",
        warnings: "Warnings",
        privacy: "Privacy",
        privacyText:
            {
                "The Data sheet holds valid forms only, without names or phones; units are pseudonyms: HMAC-SHA-256 under the company key (key fingerprint \($0)), the same in every wave under the same key, and not computable from the units without the key."
            },
        unitsShown: "The Data sheet shows real units (--show-units).",
        noDataSheet: "The Data sheet is left out (--no-data-sheet): the workbook holds no per-form rows, no names, phones or units.",
        subject: { "Owner satisfaction survey \($0)" }, page: "Page &P of &N", scorePoint: { "Score \($0)" },
        sampleRuleText: {
            "Sampling rule: at least \($0) of each project's households and never fewer than \($1); a project with fewer than \($1) is surveyed in full."
        },
        returnRuleText: { "Valid return rate (valid forms / sampled units) of at least \($0)." },
        worstProjectText: { "\($0) (index \($1), rate \($2))" },
        failedRule: "Projects below the sampling rule", smallSample: "Projects with fewer than 30 forms",
        failedRuleText: { "\($0) (\($1) valid, \($2) required)" },
        smallSampleText: { "\($0) (\($1) forms: indicative only)" })
}
