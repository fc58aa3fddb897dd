/// What `csat init --from` prints about the definition it drafted from a download (and writes under
/// `_draft`): what it guessed, and what the quality manager must still decide.
extension Message {
    // Guessed.

    package static func draftDriver(_ id: String, name: String, weight: String, questions: String) -> Message {
        Message(
            zh: "驱动因素 \(id)（\(name)），权重 \(weight)：\(questions)",
            en: "driver \(id) (\(name)), weight \(weight): \(questions)")
    }

    package static func draftOverall(_ id: String, text: String) -> Message {
        Message(zh: "总体题：\(id) \(text)", en: "overall question: \(id) \(text)")
    }

    package static func draftScale(_ id: String, shape: Message, count: Int, questions: String) -> Message {
        Message(
            zh: "量表 \(id)：\(shape.zh)，\(count) 道题 \(questions)",
            en: "scale \(id): \(shape.en), \(count == 1 ? "question" : "\(count) questions") \(questions)")
    }

    package static func draftLabelledShape(points: Int, labels: String) -> Message {
        Message(zh: "\(points) 级，标签 \(labels)", en: "\(points) points, labels \(labels)")
    }

    package static func draftNumberShape(min: Int, max: Int, seen: (Int, Int)?, highFirst: Bool) -> Message {
        let s = seen.map { ($0.0, $0.1) }
        return Message(
            zh: "数字 \(min)–\(max)" + (s.map { "，实际答案 \($0.0)–\($0.1)" } ?? "") + (highFirst ? "，labelsOrder highFirst" : ""),
            en: "numbers \(min)–\(max)" + (s.map { ", answered \($0.0)–\($0.1)" } ?? "")
                + (highFirst ? ", labelsOrder highFirst" : ""))
    }

    package static func draftOpen(_ id: String, text: String, reason: Message) -> Message {
        Message(zh: "开放题 \(id) \(text)：\(reason.zh)", en: "open question \(id) \(text): \(reason.en)")
    }

    package static let draftFreeText = Message(zh: "自由填写的文字", en: "free text")

    package static func draftWordsNotAScale(_ words: String) -> Message {
        Message(
            zh: "它的答案（\(words)……）不是 csat 认识的量表", en: "its answers (\(words), …) are not a scale csat knows")
    }

    package static let draftNumbersNotAScale = Message(
        zh: "它的数字不是 1–5、1–7、1–10 或 0–10", en: "its numbers are not 1–5, 1–7, 1–10 or 0–10")
    package static let draftNoAnswers = Message(
        zh: "还没有答案；如果它是量表题，请给它一个量表", en: "no answers yet; give it a scale if it is a scale question")

    package static func draftColumns(_ list: String) -> Message {
        Message(zh: "列：\(list)", en: "columns: \(list)")
    }

    package static func draftDateFromSubmitted(_ column: String) -> Message {
        Message(
            zh: "日期：\(column)（没有列写日期时，csat 把它当作问卷的日期）",
            en: "date: \(column) (csat takes it as the form's date when no column holds one)")
    }

    package static func draftPlatformColumns(_ list: String) -> Message {
        Message(zh: "平台自带的列（已识别，不需要）：\(list)", en: "platform columns, known and not needed: \(list)")
    }

    package static func draftOffScaleValue(_ value: String, forms: Int) -> Message {
        Message(zh: "\"\(value)\"（\(forms) 份）", en: "\"\(value)\" (\(forms) form\(forms == 1 ? "" : "s"))")
    }

    package static func draftOffScale(_ id: String, values: Message) -> Message {
        Message(
            zh: "\(id) 中量表以外的答案：\(values.zh)；csat check 会把这样的问卷列为 out_of_range:\(id)",
            en: "off the scale in \(id): \(values.en); csat check lists such a form as out_of_range:\(id)")
    }

    package static func draftLeftOut(_ header: String, reason: Message) -> Message {
        Message(zh: "未采用：\(header)：\(reason.zh)", en: "left out: \(header): \(reason.en)")
    }

    package static func draftSecondColumn(role: String, used: String) -> Message {
        Message(zh: "第二个 \(role) 列（采用的是 \(used)）", en: "a second \(role) column (\(used) is used)")
    }

    package static let draftMultipleChoice = Message(
        zh: "只有 0 和 1：是多选题的一个选项", en: "only 0 and 1: an option of a multiple-choice question")

    package static func draftPeriod(_ period: String, fromDates: Bool) -> Message {
        fromDates
            ? Message(zh: "调查期 \(period)，来自问卷的日期", en: "period \(period) from the forms' dates")
            : Message(
                zh: "调查期 \(period)，来自今天的日期（下载文件中没有日期）",
                en: "period \(period) from today's date (the download holds no dates)")
    }

    // Still to decide.

    package static func draftOneDriver(questions: Int, id: String) -> Message {
        Message(
            zh: "驱动因素：全部 \(questions) 道量表题都在同一个驱动因素 \"\(id)\" 中；请按问卷把它们分成驱动因素（客户服务、安全管理……），并给每个驱动因素权重",
            en: "drivers: all \(questions) scale questions are in one driver \"\(id)\"; group them into the questionnaire's "
                + "drivers (客户服务, 安全管理, …) and give each driver its weight")
    }

    package static func draftMatrixDrivers(_ ids: String) -> Message {
        Message(
            zh: "驱动因素：每道矩阵题一个（\(ids)），权重按题目数；请把它们改成问卷的驱动因素，并给每个驱动因素权重",
            en: "drivers: one per matrix question (\(ids)), each weighted by its number of questions; make them the "
                + "questionnaire's drivers and give each its weight")
    }

    package static let draftEqualWeights = Message(
        zh: "在此之前每道题同样重要：指数是各题指数的简单平均；驱动因素内的题目权重都是 1",
        en: "until then every question counts the same: the index is the plain mean of the question indices; "
            + "question weights inside a driver are 1")

    package static func draftOverallTaken(_ id: String) -> Message {
        Message(
            zh: "根据题目文字，\(id) 被当作总体题（role overall，不属于任何驱动因素）；如果不是，请去掉 \"role\" 并给它一个驱动因素",
            en: "\(id) is taken as the overall question (role overall, in no driver) because of its text; remove \"role\" "
                + "and give it a driver if it is not")
    }

    package static let draftNoOverall = Message(
        zh: "没有找到总体题（文字含\"总体\"或\"整体\"）：如果问卷有，请把它标为 \"role\": \"overall\"；重要性和相对权重要用它",
        en: "no overall question found (a text with 总体 or 整体): mark it \"role\": \"overall\" if the questionnaire "
            + "has one; importance and relative weights use it")

    package static func draftTenPoints(_ id: String) -> Message {
        Message(
            zh: "量表 \(id) 是 1–10，因为没有人答 0；如果这道题有 0 分，请写成 \"points\": 11, \"min\": 0",
            en: "scale \(id) runs 1–10 because no 0 was answered; if the question offers 0, make it \"points\": 11, \"min\": 0")
    }

    package static let draftSatisfiedFrom = Message(
        zh: "每个量表的 satisfiedFrom 都是 csat 的默认值（5 级取 4，7 级取 6，10 级和 0–10 取 8）：如果贵公司另有算\"满意\"的办法，请修改",
        en: "satisfiedFrom is csat's default on every scale (4 of 5, 6 of 7, 8 of 10 and of 0–10): change it if your "
            + "company counts satisfied answers otherwise")

    package static func draftNoKeyColumn(role: String) -> Message {
        let what = role == "unit" ? Message(zh: "房号", en: "unit (房号)") : Message(zh: "项目", en: "project")
        return Message(
            zh: "没有识别出\(what.zh)列：csat check 要求每份问卷都有；请在 \"columns\" 下写明（\"\(role)\": \"表头\"）",
            en: "no column for the \(what.en) was recognised: csat check needs one in every form; map it under \"columns\" "
                + "(\"\(role)\": \"the header\")")
    }

    package static func draftValidity(signature: Bool, phone: Bool) -> Message {
        let none = !signature && !phone
        return Message(
            zh: "有效性：requireSignature \(signature)、requirePhone \(phone)（"
                + (none ? "下载文件中没有签名列和电话列" : "根据下载文件中有的列")
                + "），minAnsweredShare 0.8：按公司的规定决定",
            en: "validity: requireSignature \(signature) and requirePhone \(phone) ("
                + (none ? "the download has no signature or phone column" : "from the columns the download has")
                + "), minAnsweredShare 0.8: the company's rules decide them")
    }

    package static func draftNames(id: String, title: String, period: String) -> Message {
        Message(
            zh: "id、title 和 period：\"\(id)\"、\"\(title)\"、\"\(period)\"；按输出文件应有的名字来写",
            en: "id, title and period: \"\(id)\", \"\(title)\", \"\(period)\"; name them as the outputs should be named")
    }

    package static let draftThemes = Message(
        zh: "主题和驱动因素关键词：还没有；加上它们才能给意见分类",
        en: "themes and driver keywords: none yet; add them to tag the comments")

    /// `order`: "lowFirst"/"highFirst"; `r`: the correlation, formatted.
    package static func draftOrderKnown(
        _ id: String, order: String, highFirst: Bool, anchor: Message, r: String, forms: Int
    ) -> Message {
        Message(
            zh: "量表 \(id) 记的是选项序号：\(order)（选项 1 是\(highFirst ? "最高" : "最低")分），因为它们随 \(anchor.zh) 升高而"
                + "\(highFirst ? "下降" : "上升")（r = \(r)，\(forms) 份问卷）；请对照问卷核对",
            en: "scale \(id) holds option numbers: \(order) (option 1 is the \(highFirst ? "top" : "lowest") point) because they "
                + "\(highFirst ? "fall" : "rise") as \(anchor.en) rises (r = \(r) over \(forms) forms); check it against the questionnaire")
    }

    package static let draftTheOverallQuestion = Message(zh: "总体题", en: "the overall question")
    package static let draftNoAnchor = Message(
        zh: "没有 10 分或 11 分的题目可以和选项序号比较", en: "no 10- or 11-point question to compare the option numbers with")

    package static func draftWeakAnchor(_ anchor: Message, r: String, forms: Int) -> Message {
        Message(
            zh: "选项序号与 \(anchor.zh) 几乎没有关系（r = \(r)，\(forms) 份问卷）",
            en: "the option numbers hardly follow \(anchor.en) (r = \(r) over \(forms) forms)")
    }

    package static func draftOrderUnknown(_ id: String, why: Message) -> Message {
        Message(
            zh: "量表 \(id) 记的是选项序号，从下载文件看不出选项 1 是最低分还是最高分（\(why.zh)）；暂按 lowFirst：如果问卷把\"非常满意\"列在第一，请设 \"labelsOrder\": \"highFirst\"",
            en: "scale \(id) holds option numbers, and the download cannot tell whether option 1 is the lowest or the top "
                + "point (\(why.en)); lowFirst is assumed: set \"labelsOrder\": \"highFirst\" if the questionnaire lists 非常满意 first")
    }

    // The printout.

    package static func draftWrote(_ output: String, from file: String, forms: Int, columns: Int) -> Message {
        Message(
            zh: "csat：已根据 \(file) 起草 \(output)：\(forms) 份问卷，\(columns) 列",
            en: "csat: drafted \(output) from \(file): \(forms) form\(forms == 1 ? "" : "s"), \(columns) columns")
    }

    package static let draftGuessed = Message(zh: "推断：", en: "guessed:")
    package static let draftStillToDecide = Message(
        zh: "还需要决定（文件中 \"_draft\" 下也有）：", en: "still to decide (also under \"_draft\" in the file):")
}
