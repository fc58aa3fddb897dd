/// `csat calendar`'s printout, in the definition's language (or `--lang`).
extension WaveTimetable {
    public func text(language lang: Language, title: String) -> String {
        func show(_ d: CivilDate) -> String { d.withWeekday.text(lang) }
        var t = TextTable(header: Message.timetableColumns.map { $0.text(lang) }, align: [.left, .left, .left])
        t.add([Message.timetableHandOut.text(lang), show(handOut), ""])
        t.add([
            Message.timetableCollection.text(lang), show(collectionDeadline),
            Message.timetableAfterHandOut(rules.collectionWorkingDays).text(lang),
        ])
        t.add([
            Message.timetableStatistics.text(lang), show(statisticsDeadline),
            Message.timetableAfterCollection(rules.statisticsWorkingDays).text(lang),
        ])
        t.add([Message.timetableReport.text(lang), show(reportDue), Message.timetableEndOfNextMonth.text(lang)])
        var out = title + "\n\n" + Message.timetableHeading.text(lang) + "\n"
        out += t.render()
        out += "\n"
        if holidays.isEmpty {
            out += Message.timetableNoHolidays.text(lang) + "\n"
        } else {
            out += Message.timetableHolidays.text(lang) + "\n"
            for h in holidays {
                out += "  \(h.name)  \(h.from)" + (h.to == h.from ? "" : " – \(h.to)") + "\n"
            }
        }
        out += "\n" + Message.timetableRules(
            handOut: Self.percent(rules.minHandOutRate), validReturn: Self.percent(rules.minValidReturnRate),
            late: rules.lateForms.rawValue
        ).text(lang) + "\n"
        out += Message.timetableCalendar(calendarSource.text(lang)).text(lang) + "\n"
        return out
    }

    static func percent(_ x: Double) -> String {
        let v = (x * 1000).rounded() / 10
        return v == v.rounded() ? "\(Int(v))%" : "\(v)%"
    }
}
