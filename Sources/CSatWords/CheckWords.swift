/// The words of `csat check`'s text report (standard output), in the report language.
public struct CheckWords: Sendable {
    public var files, formsUnit, invalidByReason, invalidForms, warnings: String
    public var reasonHeader: [String]
    public var invalidHeader: [String]
    public var coverageHeader: [String]
    public var returnRule, notInRoster, unknown, pass, fail: String
    /// The hand-out columns, when the sample list has the surveyor's ticks.
    public var handOutHeader: [String] = []
    public var noRosterNote: String
    /// "Forms: read 10, valid 8, invalid 2".
    public var formsLine: @Sendable (_ read: Int, _ valid: Int, _ invalid: Int) -> String
    /// The coverage heading with its rule (`20%`, `20`).
    public var coverageTitle: @Sendable (_ rate: String, _ min: Int) -> String

    public static func of(_ language: Language) -> CheckWords { language == .en ? .en : .zh }

    public static let zh = CheckWords(
        files: "文件:", formsUnit: "份", invalidByReason: "无效原因 (一份问卷可有多个原因):", invalidForms: "无效问卷清单:",
        warnings: "提示:", reasonHeader: ["原因", "代码", "份数"], invalidHeader: ["问卷编号", "项目", "位置", "原因"],
        coverageHeader: ["项目", "总户数", "抽样", "回收", "有效", "应达", "有效回收率", "结果"], returnRule: "回收率规则",
        notInRoster: "不在花名册", unknown: "无法判断", pass: "达标", fail: "未达标", handOutHeader: ["发放", "发放率"],
        noRosterNote: "  (无花名册和样本名单时无法判断覆盖规则: 请用 --roster 或 --sample)",
        formsLine: { "问卷: 回收 \($0) 份, 有效 \($1) 份, 无效 \($2) 份" },
        coverageTitle: { "样本覆盖 (规则: 每个项目抽样不低于\($0)且不少于\($1)户, 不足\($1)户全部调查):" })

    public static let en = CheckWords(
        files: "Files:", formsUnit: "forms", invalidByReason: "Invalid forms by reason (a form may have several):",
        invalidForms: "Invalid forms:", warnings: "Warnings:", reasonHeader: ["reason", "code", "forms"],
        invalidHeader: ["form", "project", "where", "reasons"],
        coverageHeader: ["project", "population", "sampled", "returned", "valid", "required", "valid/sampled", "result"],
        returnRule: "return rule", notInRoster: "not in roster", unknown: "unknown", pass: "pass", fail: "FAIL", handOutHeader: ["handed out", "hand-out rate"],
        noRosterNote: "  (coverage cannot be judged without a roster or sample list: pass --roster or --sample)",
        formsLine: { "Forms: read \($0), valid \($1), invalid \($2)" },
        coverageTitle: {
            "Coverage (rule: at least \($0) and at least \($1) households per project; census below \($1)):"
        })
}
