/// The survey definition (`--survey`): reading it, its JSON shape, each key's rule.
extension Message {
    // MARK: The file

    /// Before a reason the definition could not be read.
    package static let cannotReadDefinition = Message(zh: "无法读取问卷定义：", en: "cannot read the survey definition: ")

    /// A `--survey` file of megabytes.
    package static func definitionTooLarge(_ size: String) -> Message {
        Message(
            zh: "有 \(size)；问卷定义是几 KB 的 JSON：--survey 给的文件对吗？",
            en: "is \(size); a survey definition is a few kilobytes of JSON: is this the right file for --survey?")
    }

    /// After an error in a file given as `--survey` that looks like forms.
    package static let surveyLooksLikeForms = Message(
        zh: "；--survey 需要问卷定义（一个 JSON 对象，csat init 可生成）——这个文件看起来是问卷数据",
        en: "; --survey takes the survey definition (a JSON object; csat init writes one) — this file looks like response forms")

    /// After an error in a `--survey` file that is not JSON at all.
    package static let surveyIsResponseFile = Message(
        zh: "；--survey 需要问卷定义（一个 JSON 对象，csat init 可生成）——这是问卷数据文件吗？",
        en: "; --survey takes the survey definition (a JSON object; csat init writes one) — is this a response file?")

    // MARK: JSON shape (DefinitionDecoder)

    /// `an object`, `a string`, … in the language of the message.
    static func kind(_ kindName: String) -> Message {
        let zh = [
            "null": "null", "a boolean": "布尔值", "a number": "数字", "a string": "字符串", "an array": "数组",
            "an object": "对象",
        ]
        return Message(zh: zh[kindName] ?? kindName, en: kindName)
    }

    package static func expectedObject(found kindName: String) -> Message {
        expected(Message(zh: "对象", en: "an object"), found: kind(kindName))
    }

    package static func expectedArray(found kindName: String) -> Message {
        expected(Message(zh: "数组", en: "an array"), found: kind(kindName))
    }

    package static func expectedString(found kindName: String) -> Message {
        expected(Message(zh: "字符串", en: "a string"), found: kind(kindName))
    }

    package static func expectedNumber(found kindName: String) -> Message {
        expected(Message(zh: "数字", en: "a number"), found: kind(kindName))
    }

    package static func expectedBool(found kindName: String) -> Message {
        expected(Message(zh: "true 或 false", en: "true or false"), found: kind(kindName))
    }

    package static func expectedWholeNumber(found value: String) -> Message {
        expected(Message(zh: "整数", en: "a whole number"), found: .verbatim(value))
    }

    private static func expected(_ what: Message, found: Message) -> Message {
        Message(zh: "应为\(what.zh)，实际为 \(found.zh)", en: "expected \(what.en), found \(found.en)")
    }

    package static let mustNotBeEmpty = Message(zh: "不能为空", en: "must not be empty")

    /// A key the definition does not know here, with the nearest allowed one.
    package static func unknownKey(nearest: String?, allowed: [String]) -> Message {
        let list = allowed.joined(separator: ", ")
        return Message(
            zh: "未知的键\(nearest.map { "（是不是指 \"\($0)\"？）" } ?? "")；这里允许的键：\(list)",
            en: "unknown key\(nearest.map { " (did you mean \"\($0)\"?)" } ?? ""); allowed here: \(list)")
    }

    // MARK: Top level

    package static func missingRequiredKey(_ key: String) -> Message {
        Message(zh: "缺少必填键 \"\(key)\"", en: "missing required key \"\(key)\"")
    }

    /// The id or period would make an unsafe file name (FileNamePart).
    package enum NameProblem: Sendable {
        case empty, nul, control(String), bidi(String), invisible(String), forbidden, lookAlike(String), dot, leadingSpace
        case trailing
    }

    package static func fileNamePart(_ p: NameProblem) -> Message {
        let (zh, en): (String, String)
        switch p {
        case .empty: (zh, en) = ("不能为空", "must not be empty")
        case .nul: (zh, en) = ("不能含 NUL 字符", "must not contain a NUL character")
        case .control(let u): (zh, en) = ("不能含控制字符（U+\(u)）", "must not contain a control character (U+\(u))")
        case .bidi(let u):
            (zh, en) = ("不能含双向控制字符（U+\(u)）", "must not contain a bidirectional control character (U+\(u))")
        case .invisible(let u):
            (zh, en) = ("不能含不可见或未分配的字符（U+\(u)）", "must not contain an invisible or unassigned character (U+\(u))")
        case .forbidden: (zh, en) = ("不能含 / \\ : * ? \" < > |", "must not contain / \\ : * ? \" < > |")
        case .lookAlike(let u):
            (zh, en) = ("不能含形似 / 或 \\ 的字符（U+\(u)）", "must not contain a character that looks like / or \\ (U+\(u))")
        case .dot: (zh, en) = ("不能以点开头（文件会被隐藏）", "must not start with a dot (the files would be hidden)")
        case .leadingSpace: (zh, en) = ("不能以空格开头", "must not start with a space")
        case .trailing: (zh, en) = ("不能以点或空格结尾", "must not end with a dot or a space")
        }
        return Message(zh: zh + "（它用于输出文件名）", en: en + " (it names the output files)")
    }

    package static func idAndPeriodTooLong(_ max: Int) -> Message {
        Message(
            zh: "id 和 period 合起来超过 \(max) 字节：它们组成输出文件名，而文件系统限制为 255 字节",
            en: "the id and the period together are longer than \(max) bytes: they name the output files, which the file system limits to 255"
        )
    }

    package static func badLanguage(_ found: String) -> Message {
        Message(zh: "必须是 \"zh\" 或 \"en\"，实际为 \"\(found)\"", en: "must be \"zh\" or \"en\", found \"\(found)\"")
    }

    package static func badAggregate(_ found: String) -> Message {
        Message(
            zh: "必须是 population、respondents、projects 之一；实际为 \"\(found)\"",
            en: "must be one of population, respondents, projects; found \"\(found)\"")
    }

    package static let themesNotObject = Message(
        zh: "应为 主题 → 关键词 的对象", en: "expected an object of theme → keywords")

    // MARK: Scales

    package static let scalesNotObject = Message(
        zh: "应为 量表id → 量表 的对象", en: "expected an object of scale id → scale")
    package static let defineAScale = Message(zh: "请至少定义一个量表", en: "define at least one scale")

    package static func duplicateScale(_ id: String) -> Message {
        Message(zh: "量表 id \"\(id)\" 重复", en: "duplicate scale id \"\(id)\"")
    }

    package static let missingPoints = Message(
        zh: "缺少 \"points\"（5、7、10 或 11）", en: "missing \"points\" (5, 7, 10 or 11)")

    package static func badPoints(_ points: Int) -> Message {
        Message(zh: "必须是 5、7、10 或 11，实际为 \(points)", en: "must be 5, 7, 10 or 11, found \(points)")
    }

    package static let elevenPointMin = Message(
        zh: "11 级量表为 0–10：min 必须是 0", en: "an 11-point scale runs 0–10: min must be 0")

    package static func scaleStartsAtOne(_ points: Int) -> Message {
        Message(
            zh: "\(points) 级量表从 1 开始：min 必须是 1（只有 11 级的 0–10 量表从 0 开始）",
            en: "a \(points)-point scale starts at 1: min must be 1 (only the 11-point 0–10 scale starts at 0)")
    }

    package static func labelCount(_ labels: Int, points: Int) -> Message {
        Message(
            zh: "有 \(labels) 个标签，但量表有 \(points) 级（从低到高，每级一个）",
            en: "has \(labels) labels for \(points) points (lowest first, one per point)")
    }

    package static let labelsDistinct = Message(zh: "各标签必须互不相同", en: "labels must be different from each other")

    package static func badLabelsOrder(_ found: String) -> Message {
        Message(
            zh: "必须是 \"lowFirst\"（选项 1 是最低分，默认）或 \"highFirst\"（选项 1 是最高分，例如问卷把非常满意列在第一个），实际为 \"\(found)\"",
            en: "must be \"lowFirst\" (option 1 is the lowest point, the default) or \"highFirst\" (option 1 is the top point, as when the questionnaire lists 非常满意 first), found \"\(found)\""
        )
    }

    package static func satisfiedFromRange(_ low: Int, _ high: Int, found: Int) -> Message {
        Message(zh: "必须在 \(low)…\(high) 之间，实际为 \(found)", en: "must lie in \(low)…\(high), found \(found)")
    }

    package static func dissatisfiedToRange(_ low: Int, _ high: Int, found: Int) -> Message {
        Message(
            zh: "必须在 \(low)…\(high) 之间（低于 satisfiedFrom），实际为 \(found)",
            en: "must lie in \(low)…\(high) (below satisfiedFrom), found \(found)")
    }

    // MARK: Drivers and questions

    package static let defineADriver = Message(zh: "请至少定义一个驱动因素", en: "define at least one driver")
    package static let missingID = Message(zh: "缺少 \"id\"", en: "missing \"id\"")

    package static func duplicateDriver(_ id: String) -> Message {
        Message(zh: "驱动因素 id \"\(id)\" 重复", en: "duplicate driver id \"\(id)\"")
    }

    package static let missingWeight = Message(
        zh: "缺少 \"weight\"（相对权重，例如 25）", en: "missing \"weight\" (a relative weight, e.g. 25)")

    package static func negativeWeight(_ w: Double) -> Message {
        Message(zh: "不能为负数，实际为 \(w)", en: "must not be negative, found \(w)")
    }

    package static let driverWeightsZero = Message(
        zh: "驱动因素权重全为 0：请至少给一个驱动因素正的权重",
        en: "driver weights are all zero: give at least one driver a positive weight")

    package static func duplicateQuestion(_ id: String) -> Message {
        Message(zh: "题目 id \"\(id)\" 重复", en: "duplicate question id \"\(id)\"")
    }

    package static func questionIDIsRole(_ id: String) -> Message {
        Message(
            zh: "\"\(id)\" 是列角色名；请换一个题目 id", en: "\"\(id)\" is a column role name; choose another question id")
    }

    package static func badQuestionType(_ found: String) -> Message {
        Message(
            zh: "必须是 \"open\" 或 \"closed\"（默认），实际为 \"\(found)\"",
            en: "must be \"open\" or \"closed\" (the default), found \"\(found)\"")
    }

    package static func badRole(_ found: String) -> Message {
        Message(zh: "唯一的角色是 \"overall\"，实际为 \"\(found)\"", en: "the only role is \"overall\", found \"\(found)\"")
    }

    package static let oneOverall = Message(
        zh: "只能有一道题的 role 为 \"overall\"", en: "only one question may have role \"overall\"")

    package static func openQuestionHasNo(_ key: String) -> Message {
        Message(zh: "开放题没有 \(key)", en: "an open question has no \(key)")
    }

    package static let missingScale = Message(
        zh: "缺少 \"scale\"（或 \"type\": \"open\"）", en: "missing \"scale\" (or \"type\": \"open\")")

    package static func unknownScale(_ id: String, defined: [String]) -> Message {
        let list = defined.joined(separator: ", ")
        return Message(
            zh: "未知的量表 \"\(id)\"；已定义：\(list)", en: "unknown scale \"\(id)\"; defined: \(list)")
    }

    package static func unknownDriver(_ id: String, defined: [String]) -> Message {
        let list = defined.joined(separator: ", ")
        return Message(
            zh: "未知的驱动因素 \"\(id)\"；已定义：\(list)", en: "unknown driver \"\(id)\"; defined: \(list)")
    }

    package static let overallNotInDriver = Message(
        zh: "总体满意度题与各驱动因素并列，不属于某个驱动因素",
        en: "the overall question stands beside the drivers, not in one")

    package static func questionInNoDriver(_ id: String) -> Message {
        Message(
            zh: "题目 \"\(id)\" 不属于任何驱动因素：请加 \"driver\"，或 \"role\": \"overall\"，或 \"type\": \"open\"",
            en: "question \"\(id)\" is in no driver: add \"driver\", or \"role\": \"overall\", or \"type\": \"open\"")
    }

    package static let noQuestionInADriver = Message(
        zh: "没有任何题目属于驱动因素：无从计算", en: "no question belongs to a driver: nothing could be scored")

    package static func driverWithoutQuestions(_ id: String) -> Message {
        Message(zh: "驱动因素 \"\(id)\" 没有题目", en: "driver \"\(id)\" has no questions")
    }

    package static func driverQuestionsWeightZero(_ id: String) -> Message {
        Message(
            zh: "驱动因素 \"\(id)\" 的题目权重全为 0", en: "the questions of driver \"\(id)\" all have weight 0")
    }

    // MARK: Roster columns, validity, rules

    package static func rosterColumnsNotObject(found kindName: String) -> Message {
        Message(
            zh: "应为 花名册角色 → 表头 的对象，实际为 \(kind(kindName).zh)",
            en: "expected an object of roster role → header, found \(kindName)")
    }

    package static func formsRoleInRoster(_ key: String, roles: String) -> Message {
        Message(
            zh: "\(key) 是问卷数据的列，不是花名册的列；花名册角色：\(roles)（其他键表示分层列）",
            en: "\(key) is a column of the forms, not of the roster; roster roles: \(roles) (other keys name strata columns)")
    }

    package static func unknownRosterRole(nearest: String, roles: String) -> Message {
        Message(
            zh: "未知的花名册角色（是不是指 \"\(nearest)\"？）；花名册角色：\(roles)（其他键表示分层列）",
            en: "unknown roster role (did you mean \"\(nearest)\"?); roster roles: \(roles) (other keys name strata columns)")
    }

    package static func headerHasTwoRoles(_ header: String, other: String) -> Message {
        Message(
            zh: "\"\(header)\" 已经是 \(other) 的列；一列只能有一个角色",
            en: "\"\(header)\" is already the column of \(other); one column has one role")
    }

    package static func shareBetween0And1(_ found: Double, orNull: Bool = false) -> Message {
        Message(
            zh: "必须是 0 到 1 之间的比例\(orNull ? "（或 null）" : "")，实际为 \(found)",
            en: "must be a share between 0 and 1\(orNull ? " (or null)" : ""), found \(found)")
    }

    package static func shareAbove0(_ found: Double) -> Message {
        Message(
            zh: "必须是大于 0 且不超过 1 的比例，实际为 \(found)", en: "must be a share above 0 and at most 1, found \(found)")
    }

    package static let atLeastOne = Message(zh: "至少为 1", en: "must be at least 1")
}
