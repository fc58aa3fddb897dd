/// The words of `csat sample`: the plan it prints, and the surveyor's workbook (`-o sample.xlsx`).
///
/// The CSV list keeps its column names and role codes (`sample`, `reserve`) in English in every
/// language: `--verify` and `--sample` read it, and so may the company's own scripts.
public struct SampleWords: Sendable {
    public var seedGenerated, none, vacantNotFoundStart, vacantNotFoundEnd, census, total, blank: String
    public var seedLine: @Sendable (String) -> String
    public var rulesLine: @Sendable (_ rate: String, _ min: Int, _ reserves: String, _ strata: String) -> String
    public var vacantFrom: @Sendable (String) -> String
    public var grewFrom: @Sendable (Int) -> String
    public var projectLine: @Sendable (_ name: String, _ eligible: Int, _ sampled: Int, _ reserves: Int) -> String
    public var overviewHeader, strataHeader: [String]
    /// The surveyor's workbook: its sheet, the names of the list's own columns, the roles.
    public var sheet: String
    public var columns: [String: String]
    public var roles: [String: String]

    public static func of(_ language: Language) -> SampleWords { language == .en ? .en : .zh }

    public static let zh = SampleWords(
        seedGenerated: "（随机选取；已写入抽样清单(manifest)——请与名单一起保存）", none: "无",
        vacantNotFoundStart: "空置：花名册中没有空置列（查找了 ",
        vacantNotFoundEnd: "），因此没有住户按空置处理；如果花名册用别的列名，请在问卷定义的 rosterColumns 中映射",
        census: "全部调查", total: "合计", blank: "（空白）",
        seedLine: { "随机种子：\($0)" },
        rulesLine: { "规则：抽样比例 \($0)，至少 \($1) 户，N ≤ \($1) 时全部调查；备选户为 n 的 \($2)；分层：\($3)" },
        vacantFrom: { "空置：取自列 \"\($0)\"" },
        grewFrom: { "n 由 \($0) 增加（含必调住户）" },
        projectLine: { "\($0)：N = \($1)，n = \($2)，备选 = \($3)" },
        overviewHeader: ["项目", "名单", "空置", "排除", "N", "n", "备选", "分层数", "说明"],
        strataHeader: ["分层", "N_h", "必调", "样本", "备选", "比例"],
        sheet: "样本名单",
        columns: [
            "project": "项目", "stratum": "分层", "unit": "房号", "role": "类别", "order": "顺序", "replaces": "替换",
            "reason": "替换原因",
        ],
        roles: ["sample": "样本", "reserve": "备选"])

    public static let en = SampleWords(
        seedGenerated: " (chosen at random; it is in the manifest — keep both with the list)", none: "none",
        vacantNotFoundStart: "vacant: no vacant column in the roster (looked for ",
        vacantNotFoundEnd:
            "), so no household counts as vacant; if it has one under another name, map it in the survey's rosterColumns",
        census: "census", total: "total", blank: "(blank)",
        seedLine: { "seed: \($0)" },
        rulesLine: { "rules: rate \($0), at least \($1), census when N ≤ \($1); reserves \($2) of n; strata: \($3)" },
        vacantFrom: { "vacant: read from the column \"\($0)\"" },
        grewFrom: { "n grew from \($0) (included households)" },
        projectLine: { "\($0): N = \($1), n = \($2), reserves = \($3)" },
        overviewHeader: ["project", "listed", "vacant", "excluded", "N", "n", "reserves", "strata", "note"],
        strataHeader: ["stratum", "N_h", "included", "sample", "reserve", "share"],
        sheet: "sample",
        columns: [:],
        roles: [:])
}
