/// Reading the forms' columns, rosters, sample lists and household lists.
extension Message {
    // MARK: Names inside messages

    /// A column role (`project`, `signed`, …) as a person says it.
    package static func role(_ role: String) -> Message {
        let zh = [
            "project": "项目", "unit": "房号", "building": "楼栋", "propertyType": "物业类型", "customerType": "客户类型",
            "surveyor": "调查员", "date": "日期", "form": "问卷编号", "signed": "签名", "phone": "联系电话",
            "name": "姓名", "damaged": "损坏", "altered": "涂改", "comment": "意见", "vacant": "空置", "area": "面积",
            "role": "类别", "stratum": "分层",
        ]
        return Message(zh: zh[role] ?? role, en: role)
    }

    /// `A, B and C` / `A、B 和 C`.
    package static func list(_ items: [String]) -> Message {
        guard items.count > 1 else { return .verbatim(items.first ?? "") }
        return Message(
            zh: items.dropLast().joined(separator: "、") + " 和 " + items.last!,
            en: items.dropLast().joined(separator: ", ") + " and " + items.last!)
    }

    /// `; did you mean "A" or "B"?` at the end of a message; empty when nothing is near.
    package static func didYouMean(_ near: [String]) -> Message {
        guard !near.isEmpty else { return .verbatim("") }
        let q = near.map { "\"\($0)\"" }
        return Message(zh: "；是不是指 \(q.joined(separator: " 或 "))？", en: "; did you mean \(q.joined(separator: " or "))?")
    }

    /// ` (did you mean "A" or "B"?)` inside a message.
    package static func didYouMeanAside(_ near: [String]) -> Message {
        guard !near.isEmpty else { return .verbatim("") }
        let q = near.map { "\"\($0)\"" }
        return Message(zh: "（是不是指 \(q.joined(separator: " 或 "))？）", en: " (did you mean \(q.joined(separator: " or "))?)")
    }

    /// What a column of the forms holds, for a clash.
    package enum ColumnTarget: Sendable {
        case role(String), question(String), segment(String), nothing
    }

    static func target(_ t: ColumnTarget) -> Message {
        switch t {
        case .role(let r): Message(zh: "\(role(r).zh)列", en: "the \(r) column")
        case .question(let id): Message(zh: "题目 \(id)", en: "question \(id)")
        case .segment(let c): Message(zh: "细分列 \(c)", en: "segment column \(c)")
        case .nothing: Message(zh: "无", en: "nothing")
        }
    }

    // MARK: The forms' columns (ColumnMapping)

    package static func twoColumnsHold(
        _ first: Int, _ firstName: String, _ second: Int, _ secondName: String, _ t: ColumnTarget
    ) -> Message {
        let what = target(t)
        return Message(
            zh: "第 \(first) 列（\"\(firstName)\"）和第 \(second) 列（\"\(secondName)\"）都是\(what.zh)；请删除或重命名其中一列",
            en: "columns \(first) (\"\(firstName)\") and \(second) (\"\(secondName)\") both hold \(what.en); remove or rename one")
    }

    private static let matching = Message(
        zh: "列按题目 id、完整题目文字、\"3、\" 这类题号之后的文字，或矩阵题的 \"第3题(…)\" 匹配",
        en: "Columns are matched by question id, exact text, text after a number such as \"3、\", or a matrix row \"第3题(…)\"")

    /// `"保洁" for q3 (保洁服务)`.
    package static func nearestFor(header: String, question: String, text: String) -> Message {
        Message(zh: "\"\(header)\" 对应 \(question)（\(text)）", en: "\"\(header)\" for \(question) (\(text))")
    }

    package static func noQuestionColumns(ids: [String]) -> Message {
        let list = ids.joined(separator: ", ")
        return Message(
            zh: "这个文件里没有问卷定义中任何题目（\(list)…）的列，也没有表头像这些题目的文字；--survey 是这份问卷的定义吗？\(matching.zh)",
            en: "none of the survey's questions (\(list)…) has a column in this file, and no header resembles their texts; is --survey the definition of this questionnaire? \(matching.en)"
        )
    }

    package static func noQuestionColumns(nearest: [Message]) -> Message {
        Message(
            zh: "这个文件里没有问卷定义中任何题目的列；最接近的：\(nearest.map(\.zh).joined(separator: "，"))，…；请改正问卷定义中的题目文字（或表头），或确认 --survey 是这份问卷的定义。\(matching.zh)",
            en: "none of the survey's questions has a column in this file; nearest: \(nearest.map(\.en).joined(separator: ", ")), …; correct the question texts in the definition (or the headers), or check that --survey is the definition of this questionnaire. \(matching.en)"
        )
    }

    package static func mappedColumnMissing(
        wanted: String, role r: String, near: [String], required: Bool
    ) -> Message {
        let name = role(r), mean = didYouMeanAside(near)
        return Message(
            zh: "没有 \(name.zh) 的列 \"\(wanted)\"（问卷定义的 \"columns\" 把它映射到这一列）\(mean.zh)；请改文件中的表头，或改正映射\(required ? "" : "（或删掉这项映射：\(name.zh)可以没有）")",
            en: "no column \"\(wanted)\" for \(r), which \"columns\" in the survey definition maps to it\(mean.en); rename the header in the file, or correct the mapping\(required ? "" : " (or remove it: \(r) is optional)")"
        )
    }

    package static func noKeyColumn(role r: String, expected: String, near: [String]) -> Message {
        let mean = didYouMean(near)
        return Message(
            zh: "没有\(role(r).zh)列（应有表头 \"\(expected)\"）；请在问卷定义的 \"columns\" 中映射\(mean.zh)",
            en: "no column for \(r) (expected a header \"\(expected)\"); map it under \"columns\" in the survey definition\(mean.en)")
    }

    package static func noSignatureColumn(_ header: String, near: [String]) -> Message {
        let mean = didYouMean(near)
        return Message(
            zh: "没有签名列 \"\(header)\"，而问卷要求业主签名；请加上这一列，或把 validity.requireSignature 设为 false\(mean.zh)",
            en: "no signature column \"\(header)\", and the survey requires a signature; add the column or set validity.requireSignature to false\(mean.en)"
        )
    }

    package static func noPhoneColumn(_ header: String, near: [String]) -> Message {
        let mean = didYouMean(near)
        return Message(
            zh: "没有联系电话列 \"\(header)\"，而问卷要求联系电话；请加上这一列，或把 validity.requirePhone 设为 false\(mean.zh)",
            en: "no phone column \"\(header)\", and the survey requires a phone number; add the column or set validity.requirePhone to false\(mean.en)"
        )
    }

    // MARK: The forms' cells (FormImporter)

    package static let noSuchFile = Message(zh: "文件不存在", en: "no such file")
    package static let cannotBeRead = Message(zh: "无法读取（请检查文件权限）", en: "cannot be read (check its permissions)")

    package static func notADate(_ text: String, column: String) -> Message {
        Message(
            zh: "\(column) 列的 \"\(text)\" 不是日期；请写成 2026-06-18",
            en: "\"\(text)\" in column \(column) is not a date; write it as 2026-06-18")
    }

    package static let emptyResponseFile = Message(
        zh: "文件是空的：应有一行表头，之后每行一份问卷", en: "the file is empty: expected a header row and one form per row")

    package static func emptyKeyCell(column: String, role r: String) -> Message {
        Message(
            zh: "\(column) 单元格为空；每份问卷都需要\(role(r).zh)（请补上，如果这一行不是问卷就删掉）",
            en: "the \(column) cell is empty; every form needs its \(r) (fill it in, or remove the row if it is not a form)")
    }

    // MARK: Rosters, sample lists, household lists (RosterHeader)

    /// What kind of table a header belongs to.
    package enum TableKind: Sendable {
        case roster, sampleList, householdList

        var name: Message {
            switch self {
            case .roster: Message(zh: "花名册", en: "roster")
            case .sampleList: Message(zh: "样本名单", en: "sample list")
            case .householdList: Message(zh: "住户名单", en: "household list")
            }
        }
    }

    package static func twoColumnsCouldBe(
        role r: String, _ a: String, _ first: Int, _ b: String, _ second: Int
    ) -> Message {
        Message(
            zh: "有两列都可能是\(role(r).zh)：\"\(a)\"（第 \(first) 列）和 \"\(b)\"（第 \(second) 列）；请在问卷定义的 rosterColumns 中指明（\"\(r)\": \"\(a)\"）",
            en: "two columns could be the \(r): \"\(a)\" (column \(first)) and \"\(b)\" (column \(second)); say which in the survey's rosterColumns (\"\(r)\": \"\(a)\")"
        )
    }

    package static func tableNeedsColumns(
        _ kind: TableKind, needs: [String], found: String, role r: String, lookedFor: [String], near: [String]
    ) -> Message {
        let list = Message.list(needs), zhList = Message.list(needs.map { role($0).zh }), mean = didYouMean(near)
        let looked = lookedFor.joined(separator: ", ")
        return Message(
            zh: "\(kind.name.zh)需要\(zhList.zh)列（\(list.en)，或问卷定义中的对应表头）；找到的是 \(found)——没有\(role(r).zh)列（查找了 \(looked)；请在问卷定义的 rosterColumns 中映射你的列名）\(mean.zh)",
            en: "a \(kind.name.en) needs the columns \(list.en) (or the survey's headers for them); found \(found) — none is the \(r) (looked for \(looked); map yours in the survey's rosterColumns)\(mean.en)"
        )
    }

    package static func noStrataColumn(_ name: String, nor others: [String], found: String, near: [String]) -> Message {
        let also = others.joined(separator: ", "), mean = didYouMean(near)
        return Message(
            zh: "没有分层列 \"\(name)\"\(others.isEmpty ? "" : "（也没有 \(also)）")；花名册的列有 \(found)（--strata 请给花名册的列名，或用 --strata \"\" 不分层）\(mean.zh)",
            en: "no column \"\(name)\" for the strata\(others.isEmpty ? "" : " (nor \(also))"); the roster has \(found) (pass --strata with its column names, or --strata \"\" for none)\(mean.en)"
        )
    }

    package static func rosterLacksDrawnColumns(_ project: String, _ unit: String, found: String, near: [String]) -> Message {
        let mean = didYouMean(near)
        return Message(
            zh: "花名册需要抽样时的 \(project) 和 \(unit) 列；找到的是 \(found)\(mean.zh)",
            en: "a roster needs the columns \(project) and \(unit), as when the sample was drawn; found \(found)\(mean.en)")
    }

    package static func rosterLacksDrawnStratum(_ name: String, found: String, near: [String]) -> Message {
        let mean = didYouMean(near)
        return Message(
            zh: "没有抽样时的分层列 \"\(name)\"；找到的是 \(found)\(mean.zh)",
            en: "no column \"\(name)\" for the strata, as when the sample was drawn; found \(found)\(mean.en)")
    }

    package static func rosterLacksDrawnVacant(_ name: String, near: [String]) -> Message {
        let mean = didYouMean(near)
        return Message(
            zh: "没有抽样时的空置列 \"\(name)\"\(mean.zh)", en: "no column \"\(name)\" (vacant) as when the sample was drawn\(mean.en)")
    }

    package static func headedTwice(_ first: Int, _ second: Int, name: String, role r: String) -> Message {
        Message(
            zh: "第 \(first) 列和第 \(second) 列的表头都是 \"\(name)\"，\(role(r).zh)列无法确定；请重命名其中一列",
            en: "columns \(first) and \(second) are both headed \"\(name)\", so the \(r) is ambiguous; rename one of them")
    }

    package static func rosterColumnsMapMissing(
        key: String, header: String, kind: TableKind, found: String, near: [String]
    ) -> Message {
        let mean = didYouMean(near)
        return Message(
            zh: "问卷定义的 rosterColumns 把 \(key) 映射到 \"\(header)\"，但\(kind.name.zh)中没有这一列（它有 \(found)）\(mean.zh)",
            en: "the survey's rosterColumns maps \(key) to \"\(header)\", but the \(kind.name.en) has no such column (it has \(found))\(mean.en)"
        )
    }

    // MARK: Roster rows, sample list rows

    package static func householdListedTwice(project: String, unit: String) -> Message {
        Message(
            zh: "住户 \(project) \(unit) 出现了两次；花名册中每户只列一次",
            en: "household \(project) \(unit) is listed twice; a roster lists each household once")
    }

    package static let sampleListNeedsColumns = Message(
        zh: "样本名单需要 project、unit 和 role 列（即 csat sample 写出的列，或工作簿中的 项目、房号、类别）",
        en: "a sample list needs the columns project, unit and role (as csat sample writes them)")

    package static func replacementWithoutReason(reserve: String, replaces: String) -> Message {
        Message(
            zh: "备选户 \(reserve) 替换了 \(replaces)，但没有写替换原因；请在 reason 列写明原因（空置、拒访、无人）",
            en: "reserve \(reserve) replaces \(replaces) but gives no reason; write the cause (空置, 拒访, 无人) in reason")
    }

    package static func alreadyReplaced(_ unit: String, by other: String, line: Int) -> Message {
        Message(
            zh: "\(unit) 已在第 \(line) 行被 \(other) 替换", en: "\(unit) is already replaced by \(other) on line \(line)")
    }

    package static func badSampleRole(_ found: String) -> Message {
        Message(
            zh: "类别必须是 sample（样本）或 reserve（备选），实际为 \"\(found)\"",
            en: "role must be sample or reserve, found \"\(found)\"")
    }

    package static func replacesUnsampled(reserve: String) -> Message {
        Message(
            zh: "备选户 \(reserve) 替换的房号不在样本中", en: "reserve \(reserve) replaces a unit that is not in the sample")
    }
}

extension Message {
    /// A folder given where a file belongs.
    package static let isAFolder = Message(zh: "是一个文件夹；请给出其中的文件", en: "is a folder; name the files inside it")
}
