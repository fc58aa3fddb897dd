/// The wave calendar: the holiday file's errors, the `wave` block's, and `csat calendar`'s printout.
extension Message {
    package static func calendarBadYear(_ key: String) -> Message {
        Message(zh: "\"\(key)\" 不是年份：键应是四位数的年份，例如 \"2027\"", en: "\"\(key)\" is not a year: the keys are four-digit years, such as \"2027\"")
    }

    package static func calendarBadDate(_ s: String) -> Message {
        Message(zh: "\"\(s)\" 不是日期：请写成 YYYY-MM-DD，例如 2026-06-15", en: "\"\(s)\" is not a date: write it as YYYY-MM-DD, such as 2026-06-15")
    }

    package static func calendarWrongYear(_ s: String, year: Int) -> Message {
        Message(zh: "\(s) 不在 \(year) 年里：每个日期放在它自己年份下", en: "\(s) is not in \(year): each date goes under its own year")
    }

    package static func calendarEndsBeforeStart(_ from: String, _ to: String) -> Message {
        Message(zh: "假期在开始（\(from)）之前就结束了（\(to)）", en: "the holiday ends (\(to)) before it starts (\(from))")
    }

    package static func calendarWorkdayNotWeekend(_ s: String) -> Message {
        Message(
            zh: "\(s) 不是周六或周日：\"work\" 只列调休上班的周末", en: "\(s) is not a Saturday or Sunday: \"work\" lists only the weekend days made working days")
    }

    package static func calendarWorkdayIsOff(_ s: String) -> Message {
        Message(zh: "\(s) 同时列为放假和上班", en: "\(s) is listed both as a day off and as a working day")
    }

    package static func builtInCalendar(first: Int, last: Int) -> Message {
        Message(zh: "csat 内置（\(first)–\(last) 年）", en: "built into csat (\(first)–\(last))")
    }

    package static func formsEarly(_ n: Int, handOut: String, first: Message) -> Message {
        Message(
            zh: "\(n) 份问卷的日期早于发放日 \(handOut)（第一份：\(first.zh)）；如果这些问卷应判为无效，请在 \"wave\" 中设 \"lateForms\": \"invalid\"",
            en: "\(n) form\(n == 1 ? " is" : "s are") dated before the hand-out day \(handOut) (the first: \(first.en)); "
                + "set \"lateForms\": \"invalid\" in \"wave\" if such forms do not count")
    }

    package static func formsLate(_ n: Int, deadline: String, first: Message) -> Message {
        Message(
            zh: "\(n) 份问卷的日期晚于回收截止日 \(deadline)（第一份：\(first.zh)）；如果这些问卷应判为无效，请在 \"wave\" 中设 \"lateForms\": \"invalid\"",
            en: "\(n) form\(n == 1 ? " is" : "s are") dated after the collection deadline \(deadline) (the first: \(first.en)); "
                + "set \"lateForms\": \"invalid\" in \"wave\" if such forms do not count")
    }

    package static let waveNeedsHandOut = Message(
        zh: "\"wave\" 需要 \"handOut\"：问卷发放的日期，例如 \"2026-06-15\"",
        en: "\"wave\" needs \"handOut\": the day the forms are handed out, such as \"2026-06-15\"")

    package static func waveBadLateForms(_ s: String) -> Message {
        Message(zh: "\"lateForms\" 应是 \"warn\" 或 \"invalid\"，实际为 \"\(s)\"", en: "\"lateForms\" must be \"warn\" or \"invalid\"; it is \"\(s)\"")
    }

    package static func waveWorkingDays(_ n: Int) -> Message {
        Message(zh: "应是 1 到 60 之间的工作日数，实际为 \(n)", en: "must be a number of working days from 1 to 60; it is \(n)")
    }

    package static let calendarNeedsWave = Message(
        zh: "问卷定义没有 \"wave\" 块，所以没有日程：请加上 \"wave\": {\"handOut\": \"2026-06-15\"}（其余各项有默认值）",
        en: "the survey definition has no \"wave\" block, so there is no timetable: add \"wave\": {\"handOut\": \"2026-06-15\"} "
            + "(the other keys have defaults)")

    package static func calendarUncovered(_ years: [Int], source: String) -> Message {
        let list = years.map(String.init).joined(separator: ", ")
        return Message(
            zh: "节假日日历（\(source)）没有 \(list) 年的放假安排，这些年份只扣除周末；国务院公布后请用 --holidays FILE 补上",
            en: "the holiday calendar (\(source)) has no arrangement for \(list), so only weekends are skipped there; "
                + "once the State Council publishes it, add it with --holidays FILE")
    }

    package static func handOutNotWorkingDay(_ day: String, holiday: String?) -> Message {
        let zhWhy = holiday.map { "是\($0)假期" } ?? "是周末"
        let enWhy = holiday.map { "falls in \($0)" } ?? "is a weekend day"
        return Message(
            zh: "发放日 \(day) \(zhWhy)，不是工作日；回收期从下一个工作日算起",
            en: "the hand-out day \(day) \(enWhy), not a working day; the collection period counts from the next working day")
    }
}

/// `csat calendar`'s printout.
extension Message {
    package static func weekdayName(_ w: Int) -> Message {
        let zh = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
        let en = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        return Message(zh: zh[(w - 1) % 7], en: en[(w - 1) % 7])
    }

    /// `2026-06-15（周一）` / `2026-06-15 (Mon)`: a date with its weekday, in the timetables.
    package static func dateWithWeekday(_ iso: String, weekday: Int) -> Message {
        let w = weekdayName(weekday)
        return Message(zh: "\(iso)（\(w.zh)）", en: "\(iso) (\(w.en))")
    }

    package static let timetableHeading = Message(
        zh: "日程（工作日不含周末和法定节假日，含调休上班日）：",
        en: "Timetable (working days skip weekends and public holidays and count make-up working days):")
    package static let timetableColumns = [
        Message(zh: "环节", en: "step"), Message(zh: "日期", en: "date"), Message(zh: "依据", en: "rule"),
    ]
    package static let timetableHandOut = Message(zh: "发放问卷", en: "hand-out")
    package static let timetableCollection = Message(zh: "回收截止", en: "collection deadline")
    package static let timetableStatistics = Message(zh: "统计完成", en: "statistics deadline")
    package static let timetableReport = Message(zh: "报告提交", en: "report due")

    package static func timetableAfterHandOut(_ n: Int) -> Message {
        Message(zh: "发放日后第 \(n) 个工作日", en: "working day \(n) after the hand-out")
    }

    package static func timetableAfterCollection(_ n: Int) -> Message {
        Message(zh: "回收截止后第 \(n) 个工作日", en: "working day \(n) after the collection deadline")
    }

    package static let timetableEndOfNextMonth = Message(
        zh: "次月最后一个工作日", en: "the last working day of the following month")

    package static let timetableHolidays = Message(zh: "期间的节假日：", en: "Holidays in this time:")
    package static let timetableNoHolidays = Message(zh: "期间没有节假日", en: "No holidays in this time")

    package static func timetableRules(handOut: String, validReturn: String, late: String) -> Message {
        Message(
            zh: "规则：发放率不低于 \(handOut)，有效回收率不低于 \(validReturn)；回收截止后的问卷\(late == "invalid" ? "判为无效（late）" : "给出提示（late）")",
            en: "rules: hand-out rate at least \(handOut), valid return rate at least \(validReturn); forms after the "
                + "collection deadline \(late == "invalid" ? "are invalid (late)" : "are warned about (late)")")
    }

    package static func timetableCalendar(_ source: String) -> Message {
        Message(zh: "节假日日历：\(source)", en: "holiday calendar: \(source)")
    }
}

/// The timetable in `check`, with whether each date was kept.
extension Message {
    package static let scheduleHeading = Message(zh: "日程：", en: "Timetable:")
    package static let timetableTitle = Message(zh: "日程", en: "Timetable")
    package static let scheduleColumns = [
        Message(zh: "环节", en: "step"), Message(zh: "日期", en: "date"), Message(zh: "情况", en: "status"),
    ]

    package static func collectionStatus(kept: Bool?, last: String?) -> Message {
        guard let kept, let last else { return Message(zh: "问卷都没有日期，无法判断", en: "no form is dated: cannot tell") }
        return kept
            ? Message(zh: "按时（最晚的问卷 \(last)）", en: "kept (the latest form \(last))")
            : Message(zh: "超期（最晚的问卷 \(last)）", en: "missed (the latest form \(last))")
    }

    package static func statisticsStatus(kept: Bool, today: String) -> Message {
        kept
            ? Message(zh: "按时（今天 \(today)）", en: "on time (today \(today))")
            : Message(zh: "已过期（今天 \(today)）", en: "past (today \(today))")
    }

    package static func reportStatus(overdue: Bool) -> Message {
        overdue ? Message(zh: "已过期", en: "past due") : Message(zh: "未到期", en: "not yet due")
    }
}
