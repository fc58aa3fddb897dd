/// The words of `csat actions`: the improvement plan (整改计划), the reply list (意见回复), last
/// wave's actions, the instructions sheet, and the built-in departments that comment themes go to.
public struct ActionsWords: Sendable {
    public var planSheet, repliesSheet, previousSheet, instructionsSheet: String
    public var planTitle: @Sendable (_ survey: String) -> String
    public var repliesTitle: @Sendable (_ survey: String) -> String
    public var previousTitle: @Sendable (_ file: String) -> String
    public var planNote, repliesNote: String
    /// Plan columns, in order: id, project, kind, item, index, dissatisfied, comments, detail,
    /// department, owner, deadline, status, follow-up.
    public var planColumns: [String]
    /// Reply columns: form, project, building, unit, validity, comments, low answers, themes,
    /// department, reply, reply date.
    public var replyColumns: [String]
    /// The rows of the whole company, before the projects; also the project part of their ids.
    public var company: String
    public var kindDriver, kindQuestion, kindTheme: String
    /// The row for comments that no theme names.
    public var otherComments: String
    /// Status words in dropdown order: not started, in progress, done, cannot be done.
    public var statuses: [String]
    /// Where a theme that no department's key names goes: the quality department assigns it.
    public var unrouted: String
    /// A driver row's details: the company's importance and its mean, the block's mean driver index.
    public var driverDetail: @Sendable (_ importance: String, _ meanImportance: String, _ meanIndex: String) -> String
    /// A question row's details: its driver and how many valid forms answered it.
    public var questionDetail: @Sendable (_ driver: String, _ answered: Int) -> String
    public var valid: String
    public var invalid: @Sendable (_ reasons: String) -> String
    /// Last wave's actions: the tables and their columns.
    public var byDepartment, byProject, openItems: String
    public var shareColumns: [String]
    public var openColumns: [String]
    public var noDepartment: String
    public var noOpenItems: String
    public var instructions: @Sendable (_ title: String, _ actions: Int, _ replies: Int, _ deadline: String) -> [String]
    /// The deadline rule, said on the instructions sheet (the date, or why there is none).
    public var deadlineRule: @Sendable (_ date: String, _ fromWave: Bool) -> String
    public var noDeadline: String
    /// With `--history`: the two columns after the index (the stored wave before, the change) and what the
    /// instructions sheet says of them.
    public var previousIndexColumn: @Sendable (_ period: String) -> String
    public var changeColumn: String
    public var previousIndexRule: @Sendable (_ period: String) -> String
    /// The built-in departments (docs/ACTIONS.md "Routing"): name and the keys that send a theme there.
    public var departments: [(name: String, keys: [String])]

    public static func of(_ language: Language) -> ActionsWords { language == .en ? .en : .zh }

    /// Keys in both languages: a definition written in English may still hold Chinese keywords.
    static let securityKeys = ["安保", "门禁", "治安", "保安", "巡逻", "停车", "车位", "security", "guard", "gate", "patrol", "parking"]
    static let environmentKeys = ["保洁", "绿化", "卫生", "垃圾", "清洁", "cleaning", "clean", "green", "garden", "hygiene", "garbage", "rubbish", "litter"]
    static let engineeringKeys = ["电梯", "维修", "水电", "报修", "漏水", "lift", "elevator", "repair", "maintenance", "plumbing", "electric", "leak"]
    static let serviceKeys = ["前台", "客服", "收费", "物业费", "投诉", "装修", "reception", "front desk", "customer service", "fees", "charge", "complaint", "renovation"]

    public static let zh = ActionsWords(
        planSheet: "整改计划", repliesSheet: "意见回复", previousSheet: "上期整改", instructionsSheet: "说明",
        planTitle: { "\($0)　整改计划" },
        repliesTitle: { "\($0)　意见回复清单（客服部专用）" },
        previousTitle: { "上期整改完成情况（\($0)）" },
        planNote: "每行一项整改事项，已分派到责任部门：请填写责任人，按期限完成后在“状态”中选择，并记录回访结果。下期调查时用 --previous-actions 读回本表。",
        repliesNote: "每位提出意见或给出不满意评价的业主都须逐户回复（不得以集体通知代替）。本表含房号，仅供客服部使用，不得进入管理报告或外发。",
        planColumns: ["编号", "项目", "类别", "事项", "指数", "不满意份数", "意见条数", "说明", "责任部门", "责任人", "完成期限", "状态", "回访结果"],
        replyColumns: ["问卷编号", "项目", "楼栋", "房号", "有效性", "意见（已遮蔽）", "低分题目（答案）", "意见主题", "责任部门", "回复内容", "回复日期"],
        company: "全公司",
        kindDriver: "驱动因素", kindQuestion: "题目", kindTheme: "意见主题",
        otherComments: "其他意见（未归类）",
        statuses: ["未开始", "进行中", "已完成", "无法完成"],
        unrouted: "品质管理部（待分派）",
        driverDetail: { "重点改进：重要性 \($0)（公司均值 \($1)），指数低于各驱动因素均值 \($2)" },
        questionDetail: { "所属：\($0)；作答 \($1) 份" },
        valid: "有效", invalid: { "无效：\($0)" },
        byDepartment: "按部门", byProject: "按项目", openItems: "未完成事项",
        shareColumns: ["", "事项数", "已完成", "无法完成", "未完成", "完成率"],
        openColumns: ["编号", "项目", "事项", "责任部门", "责任人", "状态", "回访结果"],
        noDepartment: "（未填部门）",
        noOpenItems: "上期事项已全部完成。",
        instructions: { title, actions, replies, deadline in
            [
                title,
                "本工作簿由 csat actions 生成：“整改计划”\(actions) 项，“意见回复”\(replies) 户。",
                "1. 整改计划：每个项目列出重点改进的驱动因素（公司重要性高于均值、本项目指数低于本项目均值）、指数最低的 3 道题（附不满意份数）和业主意见的各个主题（附条数和例句），每行已按意见主题分派到责任部门；分派不了的写作“品质管理部（待分派）”，由品质管理部指定。第一块是全公司的事项。",
                "2. 请各部门填写“责任人”，按“完成期限”完成；“状态”从下拉列表中选择（未开始、进行中、已完成、无法完成），回访后填写“回访结果”。编号不要改动：下期运行 csat actions --previous-actions 本文件，即统计各部门、各项目的完成率。",
                "3. \(deadline)",
                "4. 意见回复：每一份写了意见或对任何一题给出不满意评价（不高于量表的不满意上限）的问卷都列在这里，包括无效问卷（其原因写在“有效性”中）：业主的意见不因问卷无效而不回复。请逐户回复，填写“回复内容”和“回复日期”。",
                "5. 隐私：意见中的电话、证件号、邮箱和业主姓名已遮蔽；姓名和电话本来就不进入 csat。“意见回复”表含真实房号，只供客服部使用，不属于管理报告，不得转发或附入报告。",
            ]
        },
        deadlineRule: { date, fromWave in
            fromWave
                ? "完成期限预填为 \(date)：下期发放日（本期 wave.handOut 加六个月）之前的最后一个工作日，可逐项修改。"
                : "完成期限预填为 \(date)：定义没有 wave 块，按本期半年末加六个月之前的最后一个工作日计算，可逐项修改。"
        },
        noDeadline: "定义既没有 wave 块，期数也不是 2026H1 这样的半年期，完成期限留空，请自行填写。",
        previousIndexColumn: { "上期指数（\($0)）" },
        changeColumn: "较上期",
        previousIndexRule: {
            "“上期指数（\($0)）”是历史文件（--history）中 \($0) 那一期同一项目（或全公司）这个驱动因素的指数，“较上期”是本期减上期（未舍入的指数相减后保留一位小数）；上期没有这个项目或驱动因素时留空。题目和意见主题没有上期值：历史文件只存驱动因素和项目的指数，不存意见。"
        },
        departments: [
            ("秩序维护部", securityKeys), ("环境部", environmentKeys), ("工程部", engineeringKeys), ("客服部", serviceKeys),
        ])

    public static let en = ActionsWords(
        planSheet: "Improvement plan", repliesSheet: "Replies", previousSheet: "Last wave's actions",
        instructionsSheet: "Instructions",
        planTitle: { "\($0) — improvement plan" },
        repliesTitle: { "\($0) — replies to owners (customer service only)" },
        previousTitle: { "Last wave's actions (\($0))" },
        planNote: "One action a row, routed to a department: fill in the owner, pick the status when it is done by the deadline, and write down the follow-up visit. Next wave, give this file back with --previous-actions.",
        repliesNote: "Every owner who commented or gave a dissatisfied answer gets a personal reply (never a collective notice). This sheet holds units: for customer service only, never part of the management reports.",
        planColumns: [
            "Action id", "Project", "Kind", "Item", "Index", "Dissatisfied", "Comments", "Details", "Department", "Owner",
            "Deadline", "Status", "Follow-up result",
        ],
        replyColumns: [
            "Form id", "Project", "Building", "Unit", "Validity", "Comments (masked)", "Low-scored questions (answer)",
            "Themes", "Department", "Reply", "Reply date",
        ],
        company: "Company",
        kindDriver: "Driver", kindQuestion: "Question", kindTheme: "Comment theme",
        otherComments: "Other comments (no theme)",
        statuses: ["Not started", "In progress", "Done", "Cannot be done"],
        unrouted: "Quality dept (to assign)",
        driverDetail: { "Improve: importance \($0) (company mean \($1)), index below the drivers' mean \($2)" },
        questionDetail: { "Driver: \($0); answered by \($1) forms" },
        valid: "valid", invalid: { "invalid: \($0)" },
        byDepartment: "By department", byProject: "By project", openItems: "Items not done",
        shareColumns: ["", "Actions", "Done", "Cannot be done", "Open", "Share done"],
        openColumns: ["Action id", "Project", "Item", "Department", "Owner", "Status", "Follow-up result"],
        noDepartment: "(no department)",
        noOpenItems: "Every action of last wave is done.",
        instructions: { title, actions, replies, deadline in
            [
                title,
                "Written by csat actions: \(actions) actions in the improvement plan, \(replies) households in the reply list.",
                "1. Improvement plan: for each project, the drivers to improve (company importance at or above its mean, the project's index below the project's mean), the 3 questions with the lowest index (with the number of dissatisfied answers) and every theme of the owners' comments (with the count and examples), each routed to a department by its theme; what no department's key names goes to the quality department to assign. The first block is the whole company's.",
                "2. Departments fill in the owner and finish by the deadline; pick the status from the dropdown (Not started, In progress, Done, Cannot be done) and write down the result of the follow-up visit. Keep the action ids: next wave, csat actions --previous-actions with this file counts the share done per department and per project.",
                "3. \(deadline)",
                "4. Replies: every form with a comment or a dissatisfied answer on any question (at or below the scale's dissatisfiedTo) is listed, invalid forms too (their reasons under Validity): an owner's complaint is answered whether or not the form counts. Reply to each household and fill in the reply and its date.",
                "5. Privacy: phones, ID numbers, e-mail addresses and the owner's own name are masked in the comments; names and phones never enter csat. The Replies sheet holds real units: it is customer service's list, not part of the management reports; do not forward it or attach it to a report.",
            ]
        },
        deadlineRule: { date, fromWave in
            fromWave
                ? "The deadline is prefilled as \(date): the last working day before the next wave's hand-out (this wave's wave.handOut plus six months); change it per action as needed."
                : "The deadline is prefilled as \(date): the definition has no wave block, so it is the last working day before the end of this half-year plus six months; change it per action as needed."
        },
        noDeadline: "The definition has no wave block and its period is not a half-year such as 2026H1: the deadline is left blank to fill in.",
        previousIndexColumn: { "Index \($0)" },
        changeColumn: "Change",
        previousIndexRule: {
            "Index \($0) is the same driver's index in the same project (or the company) in the stored wave \($0) of the history file (--history); Change is this wave's minus that one (unrounded indices, the difference rounded to 0.1). Blank where that wave had no such project or driver. Questions and comment themes have no earlier value: the history keeps the drivers' and projects' indices, not the comments."
        },
        departments: [
            ("Security", securityKeys), ("Environment", environmentKeys), ("Engineering", engineeringKeys),
            ("Customer service", serviceKeys),
        ])
}
