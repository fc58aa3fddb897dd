/// `csat actions`: the departments map of the definition, the output, and reading last wave's plan back.
extension Message {
    package static let departmentsNotObject = Message(
        zh: "应为 部门 → 关键词 的对象，例如 {\"秩序维护部\": [\"安保\", \"门禁\"]}",
        en: "expected an object of department → keys, such as {\"Security\": [\"guard\", \"gate\"]}")

    package static let departmentNeedsKeys = Message(
        zh: "部门至少要有一个关键词（意见主题名或其关键词中出现该词即分派到此部门）",
        en: "a department needs at least one key (a theme whose name or keywords hold it goes to this department)")

    package static let departmentNameEmpty = Message(
        zh: "部门名称不能为空", en: "a department's name must not be empty")

    public static let actionsOutputNotXLSX = Message(
        zh: "输出须是 .xlsx 工作簿（例如 -o 整改.xlsx）", en: "the output must be an .xlsx workbook (such as -o actions.xlsx)")

    public static let actionsExists = Message(
        zh: "已存在；各部门可能已在其中填写了责任人和状态，不会被覆盖——确要覆盖请加 --force",
        en: "already exists; the departments may have filled in owners and statuses there, so it is not written over — pass --force to overwrite it")

    public static func wroteActions(_ path: String, actions: Int, replies: Int) -> Message {
        Message(
            zh: "csat：已写入 \(path)（整改计划 \(actions) 项，意见回复 \(replies) 户；意见回复表含房号，仅供客服部使用）",
            en: "csat: wrote \(path) (\(actions) actions, \(replies) households to reply to; the reply list holds units: customer service only)")
    }

    /// `--history` holds no wave before this one: the plan shows no earlier indices.
    public static func actionsNoEarlierWave(_ path: String, period: String) -> Message {
        Message(
            zh: "\(path) 中没有 \(period) 之前的调查，整改计划不列上期指数",
            en: "\(path) holds no wave before \(period): the plan shows no earlier indices")
    }

    /// `--previous-actions` names a workbook with no plan sheet.
    package static func notActionsWorkbook(sheets: String) -> Message {
        Message(
            zh: "不是 csat actions 写的整改工作簿：没有“整改计划”或“Improvement plan”工作表（工作表有：\(sheets)）",
            en: "is not a workbook that csat actions wrote: it has no sheet \"Improvement plan\" or \"整改计划\" (its sheets: \(sheets))")
    }

    package static let previousActionsNotWorkbook = Message(
        zh: "不是 .xlsx 工作簿：--previous-actions 要的是 csat actions 写出、各部门填好的整改工作簿",
        en: "is not an .xlsx workbook: --previous-actions takes the workbook csat actions wrote, as the departments filled it in")

    /// The plan sheet lacks a column csat reads back.
    package static func actionsColumnMissing(_ column: String, found: String) -> Message {
        Message(
            zh: "整改计划表缺少“\(column)”列（表头在前 32 行中未找到；找到的表头：\(found)）；请用 csat actions 写出的工作簿，不要删改表头",
            en: "the plan sheet has no column \"\(column)\" (no such header in its first 32 rows; headers found: \(found)); give the workbook csat actions wrote, with its headers as they were")
    }

    /// A status typed by hand that is none of the dropdown's words: the action counts as not done.
    package static func unknownActionStatus(place: (zh: String, en: String), value: String, allowed: [String]) -> Message {
        Message(
            zh: "\(place.zh)：状态“\(value)”不是 \(allowed.map { "“\($0)”" }.joined(separator: "、")) 之一，按未完成计",
            en: "\(place.en): status \"\(value)\" is none of \(allowed.map { "\"\($0)\"" }.joined(separator: ", ")); counted as not done")
    }

    package static let previousActionsEmpty = Message(
        zh: "整改计划表中没有任何事项", en: "the plan sheet holds no actions")
}
