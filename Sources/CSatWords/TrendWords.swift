/// The words of the Trend sheet, the report's trend section and the segment marks (SPEC.md
/// "Across waves"), zh and en side by side.
public struct TrendWords: Sendable {
    public var sheet, note, overall, drivers, projects, all, period, forms, valid, low, high, remark: String
    public var yearEarlier, current, kind, name, driver, project: String
    public var chartIndex, chartRate, chartDrivers, chartProjects, chartTrend: String
    /// Column heads of the segment table's change against each project's previous wave.
    public var vsPrevious: @Sendable (_ period: String) -> String
    public var rateVsPrevious: @Sendable (_ period: String) -> String
    public var marksNote: String
    public var changeSinceYearEarlier: @Sendable (_ from: String, _ to: String) -> String

    public static func of(_ language: String) -> TrendWords { language == "en" ? .en : .zh }

    public static let zh = TrendWords(
        sheet: "趋势",
        note: "历史文件中每一期与本期的满意度、满意率及其 95% 置信区间;同一季节去年的一期标为“去年同期”。",
        overall: "整体", drivers: "驱动因素满意度", projects: "项目满意度", all: "各期明细(含置信区间)",
        period: "期次", forms: "问卷", valid: "有效", low: "下限", high: "上限", remark: "备注",
        yearEarlier: "去年同期", current: "本期", kind: "类别", name: "名称", driver: "驱动因素", project: "项目",
        chartIndex: "总体满意度(95% 置信区间)", chartRate: "总体满意率(95% 置信区间)",
        chartDrivers: "驱动因素满意度", chartProjects: "项目满意度",
        chartTrend: "历次满意度:总体(含 95% 置信区间)与各项目",
        vsPrevious: { "较上期满意度(\($0))" }, rateVsPrevious: { "较上期满意率(\($0))" },
        marksNote: "▲/▼:项目与公司其余项目比(满意度、满意率、驱动因素格)或与本项目上期比(较上期列)差异显著(Welch t 检验,全表 Benjamini–Hochberg 校正后 q < 0.05)。",
        changeSinceYearEarlier: { "本期较去年同期(\($0) → \($1))" })

    public static let en = TrendWords(
        sheet: "Trend",
        note: "Every wave of the history with this one: index and rate with their 95% intervals; the same season a year earlier is marked.",
        overall: "Overall", drivers: "Driver index", projects: "Project index", all: "Every wave in detail (with intervals)",
        period: "Period", forms: "Forms", valid: "Valid", low: "Low", high: "High", remark: "Note",
        yearEarlier: "A year earlier", current: "This wave", kind: "Kind", name: "Name", driver: "Driver",
        project: "Project",
        chartIndex: "Overall index (95% interval)", chartRate: "Overall rate (95% interval)",
        chartDrivers: "Driver index", chartProjects: "Project index",
        chartTrend: "Index across waves: overall (with its 95% interval) and each project",
        vsPrevious: { "Index change (\($0))" }, rateVsPrevious: { "Rate change (\($0))" },
        marksNote: "▲/▼: the project differs significantly from the rest of the company (index, rate and driver cells) or from its own previous wave (change columns): Welch's t test, Benjamini–Hochberg across the table, q < 0.05.",
        changeSinceYearEarlier: { "This wave against a year earlier (\($0) → \($1))" })
}
