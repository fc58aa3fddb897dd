/// The words of the paper workflow: the printed questionnaire and the surveyor's cover list
/// (`csat print`), and the clerks' entry workbook (`csat entry`).
public struct FieldWords: Sendable {
    /// The letter under the title when the definition has no `introduction`.
    public var introduction: String
    public var formID, project, building, unit, surveyor: String
    /// The box beside each closed question for "does not apply" (typed as 不适用, read as not answered).
    public var notApplicable: String
    public var tick: String
    public var signature, phone, date, thanks: String
    /// The line at the foot of each page: the form id again, for a page that comes loose.
    public var footer: @Sendable (_ formID: String) -> String
    /// Cover list.
    public var coverSheet: String
    public var coverTitle: @Sendable (_ project: String, _ surveyor: String) -> String
    public var coverHeader: [String]
    public var coverFoot: String
    public var noSurveyor: String
    /// Entry workbook.
    public var entrySheet, instructionsSheet, handedOut, paperID, yes, no: String
    /// The warning of a dropdown when the clerk types something off its list (kept: csat judges it).
    public var offListTitle, offListMessage: String
    public var instructions: @Sendable (_ title: String, _ count: Int) -> [String]

    public static func of(_ language: Language) -> FieldWords { language == .en ? .en : .zh }

    public static let zh = FieldWords(
        introduction:
            "尊敬的业主/住户：您好！为了解您对我们物业服务的评价，持续改进服务质量，我们开展本次满意度调查。请在每题对应的方框内打“√”，"
            + "不了解或不适用的请勾选“不适用”。您的意见仅用于改进服务，我们将严格保密。感谢您的支持与配合！",
        formID: "问卷编号", project: "项目", building: "楼栋", unit: "房号", surveyor: "调查员",
        notApplicable: "不适用", tick: "□",
        signature: "业主签名", phone: "联系电话", date: "填写日期：　　　年　　月　　日", thanks: "感谢您的支持！",
        footer: { "问卷编号 \($0)　本问卷编号与房号对应，请勿转交他户" },
        coverSheet: "发放回收登记",
        coverTitle: { "发放回收登记表　\($0)　调查员：\($1)" },
        coverHeader: ["序号", "问卷编号", "楼栋", "房号", "已发放 √", "已回收 √", "备注"],
        coverFoot: "发放时在“已发放”栏打 √，回收时在“已回收”栏打 √；未能发放的请在备注中写明原因。",
        noSurveyor: "＿＿＿＿＿＿",
        entrySheet: "录入", instructionsSheet: "说明", handedOut: "已发放", paperID: "核对编号", yes: "是", no: "否",
        offListTitle: "不在下拉列表中",
        offListMessage: "纸质问卷上就是这样写的，请点“是”照录；csat check 会把量表外的答案列为 out_of_range。否则点“否”重选。",
        instructions: { title, count in
            [
                title,
                "本工作簿由 csat entry 生成，共 \(count) 行，每行对应样本名单中的一户。",
                "1. 在“录入”表中找到问卷编号与纸质问卷相同的行，逐题从下拉列表中选择答案；未作答的题留空，勾选“不适用”的选“不适用”。",
                "2. 在“核对编号”栏照抄纸质问卷上印的问卷编号：csat 据此发现录入到别户行的问卷（wrong_household）和不是本次印制的问卷编号（unknown_form）。",
                "3. 签名、损坏、涂改、已发放从下拉列表选“是”或“否”；电话、姓名、日期照抄（日期写成 2026-06-18）。",
                "4. 灰色的问卷编号、项目、楼栋、房号、调查员已锁定，不能修改；未收回的问卷整行不填，csat check 把它算作未回收，而不是无效问卷。",
                "5. 表末的白色空行留给没有对应行的问卷（同一户的第二份、替补户）：照抄问卷编号、项目、楼栋、房号后录入。",
                "6. 录完后直接用 csat check 读取本文件（--sample 给出抽样名单），不要另存为 CSV。",
            ]
        })

    public static let en = FieldWords(
        introduction:
            "Dear owner or resident: to learn how you rate our property services and keep improving them, we are running this "
            + "satisfaction survey. Please tick (√) one box for each question, or \"does not apply\" where you cannot judge. "
            + "Your answers are used only to improve our service and are kept confidential. Thank you!",
        formID: "Form id", project: "Project", building: "Building", unit: "Unit", surveyor: "Surveyor",
        notApplicable: "N/A", tick: "□",
        signature: "Owner's signature", phone: "Phone", date: "Date:  ____ / ____ / ______", thanks: "Thank you!",
        footer: { "Form \($0) — this form belongs to this unit only; please do not pass it on" },
        coverSheet: "Hand-out list",
        coverTitle: { "Hand-out and collection list — \($0) — surveyor: \($1)" },
        coverHeader: ["No.", "Form id", "Building", "Unit", "Handed out √", "Collected √", "Note"],
        coverFoot: "Tick \"handed out\" when you hand the form over and \"collected\" when it comes back; note why a form could not be handed out.",
        noSurveyor: "__________",
        entrySheet: "Entry", instructionsSheet: "Instructions", handedOut: "handedOut", paperID: "paperFormID", yes: "yes",
        no: "no",
        offListTitle: "Not in the list",
        offListMessage: "If the paper form says so, click Yes to keep it: csat check lists an answer off the scale as out_of_range. Otherwise click No and pick again.",
        instructions: { title, count in
            [
                title,
                "Written by csat entry: \(count) rows, one per household of the sample list.",
                "1. In the Entry sheet, find the row whose form id is the one printed on the paper form; pick each answer from the dropdown; leave a question that was not answered empty, and pick N/A where the owner ticked it.",
                "2. Copy the form id printed on the paper into paperFormID: csat finds a form typed into another household's row (wrong_household) and an id it never printed (unknown_form).",
                "3. Pick yes or no for signed, damaged, altered and handedOut; copy the phone, name and date (write dates as 2026-06-18).",
                "4. The grey columns (form id, project, building, unit, surveyor) are locked. Leave the row of a form that did not come back empty: csat check counts it as not returned, not as an invalid form.",
                "5. The white rows under the list are for forms without a row of their own (a household's second form, a reserve's): copy the form id, project, building and unit, then type the form.",
                "6. When done, give this file to csat check as it is (with --sample), without saving it as CSV.",
            ]
        })
}
