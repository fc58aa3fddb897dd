/// The history of waves (`csat history`, `--history`): its errors and its printouts.
extension Message {
    package static let historyNotSQLite = Message(
        zh: "不是 SQLite 数据库（文件损坏，或不是 csat 的历史文件）；csat 不会改写它",
        en: "not a SQLite database (damaged, or not a csat history); csat leaves it as it is")

    package static let historyForeign = Message(
        zh: "是 SQLite 数据库，但不是 csat 的历史文件（里面有别的表）；csat 不会改写它，请另给一个文件名",
        en: "a SQLite database, but not a csat history (it holds other tables); csat leaves it as it is: give another file name")

    package static func historyNewer(_ version: String) -> Message {
        Message(
            zh: "由更新版本的 csat 写入（结构 \(version)），这个版本读不了；请升级 csat",
            en: "written by a newer csat (schema \(version)) that this version cannot read: upgrade csat")
    }

    package static let historyMissing = Message(
        zh: "没有这个历史文件；先用 csat history add 存入一期",
        en: "no such history file; store a wave first with csat history add")

    package static func historyOtherSurvey(stored: String, given: String) -> Message {
        Message(
            zh: "这个历史文件存的是调查 \"\(stored)\"，而定义的 id 是 \"\(given)\"：一家公司的一个调查用一个历史文件",
            en: "this history holds the survey \"\(stored)\", the definition's id is \"\(given)\": one history file per survey")
    }

    package static func historyPeriodStored(_ period: String) -> Message {
        Message(
            zh: "\(period) 已经存过；要替换它，请加 --replace",
            en: "\(period) is stored already; add --replace to replace it")
    }

    package static func historyNoPeriod(_ period: String, stored: [String]) -> Message {
        let list = stored.isEmpty ? Message(zh: "（空）", en: "(none)") : .verbatim(stored.joined(separator: ", "))
        return Message(zh: "没有存过 \(period)；已存：\(list.zh)", en: "\(period) is not stored; stored: \(list.en)")
    }

    package static func historyFailed(_ text: String) -> Message {
        Message(zh: "读写历史文件失败：\(text)", en: "the history file could not be read or written: \(text)")
    }

    package static func historyAdded(_ period: String, forms: Int, replaced: Bool, path: String) -> Message {
        Message(
            zh: "\(replaced ? "已替换" : "已存入") \(period)（\(forms) 份有效问卷）→ \(path)",
            en: "\(replaced ? "replaced" : "stored") \(period) (\(forms) valid form\(forms == 1 ? "" : "s")) → \(path)")
    }

    package static func historyRemoved(_ period: String, path: String) -> Message {
        Message(zh: "已删除 \(period)（\(path)）", en: "removed \(period) from \(path)")
    }

    package static func historyPeriodMismatch(_ period: String, dates: String) -> Message {
        Message(
            zh: "定义的期次是 \(period)，而问卷的日期中位数在 \(dates)：这一期存为 \(period)；如果不对，请改定义的 \"period\" 或用 --period",
            en: "the definition's period is \(period) but the forms' median date falls in \(dates): stored as \(period); "
                + "if that is wrong, fix \"period\" in the definition or pass --period")
    }

    package static let historyEmptyList = Message(zh: "（还没有存任何一期）", en: "(no wave stored yet)")

    /// `csat history list`'s column heads.
    package static let historyListHeader = Message(
        zh: "期次\t问卷\t有效\t满意度\t95% 区间\t满意率\t存入时间",
        en: "period\tforms\tvalid\tindex\t95% interval\trate\tadded")
}
