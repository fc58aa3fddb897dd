/// The paper workflow: `csat print`, `csat entry`, and reading the filled entry workbook back.
extension Message {
    public static let fieldOutputNotXLSX = Message(
        zh: "输出须是 .xlsx 工作簿（例如 -o 问卷.xlsx）", en: "the output must be an .xlsx workbook (such as -o questionnaires.xlsx)")

    public static let entryExists = Message(
        zh: "已存在；它可能已录入了问卷，不会被覆盖——确要覆盖请加 --force",
        en: "already exists; it may hold typed forms and is not written over — pass --force to overwrite it")

    public static let fieldNoHouseholds = Message(
        zh: "抽样名单里没有住户", en: "the sample list holds no households")

    public static func wroteQuestionnaires(_ path: String, pages: Int, rounds: Int) -> Message {
        Message(
            zh: "csat：已写入 \(path)（\(pages) 份问卷，每户一页 A4；\(rounds) 份发放回收登记表）",
            en: "csat: wrote \(path) (\(pages) questionnaires, one A4 page each; \(rounds) hand-out lists)")
    }

    public static func wroteEntry(_ path: String, rows: Int) -> Message {
        Message(
            zh: "csat：已写入 \(path)（\(rows) 行，每户一行）；录完后用 csat check 直接读取",
            en: "csat: wrote \(path) (\(rows) rows, one per household); give it to csat check as it is once typed")
    }

    /// check's note per entry workbook: rows left empty count as forms not returned, not as invalid forms.
    public static func entryRowsNotTyped(_ file: String, count: Int) -> Message {
        Message(
            zh: "\(file)：\(count) 行只有预填的住户信息，未录入答案，按未回收计（不算无效问卷）",
            en: "\(file): \(count) rows hold only the prefilled household and nothing typed; counted as not returned (not as invalid forms)")
    }
}
