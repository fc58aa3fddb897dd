import Foundation

/// The timetable of a checked wave with whether each date was kept (SPEC.md "Field work and the wave
/// calendar"): the collection deadline is kept when no form is dated after it; the statistics
/// deadline when the check runs on or before it; the report is due by its date.
public struct WaveSchedule: Sendable {
    public var timetable: WaveTimetable
    /// The latest date on a form of this wave, nil when no form is dated.
    public var lastFormDate: CivilDate?
    /// The day of the run: `CSAT_TODAY` (YYYY-MM-DD) when set, else the machine's date.
    public var today: CivilDate

    public init(_ timetable: WaveTimetable, table: FormTable, today: CivilDate = WaveSchedule.today()) {
        self.timetable = timetable
        var last: Int32 = 0
        for r in table.records where r.date > last { last = r.date }
        lastFormDate = last == 0 ? nil : CivilDate(year: Int(last / 10000), month: Int(last / 100 % 100), day: Int(last % 100))
        self.today = today
    }

    /// nil when no form is dated.
    public var collectionKept: Bool? { lastFormDate.map { $0 <= timetable.collectionDeadline } }
    public var statisticsKept: Bool { today <= timetable.statisticsDeadline }
    public var reportOverdue: Bool { today > timetable.reportDue }

    public static func today() -> CivilDate {
        if let s = ProcessInfo.processInfo.environment["CSAT_TODAY"], let d = CivilDate(iso: s) { return d }
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        return CivilDate(year: c.year!, month: c.month!, day: c.day!)!
    }

    public var json: JSONValue {
        let t = timetable
        return .obj([
            ("handOut", .string(t.handOut.description)), ("collectionDeadline", .string(t.collectionDeadline.description)),
            ("statisticsDeadline", .string(t.statisticsDeadline.description)), ("reportDue", .string(t.reportDue.description)),
            ("lastFormDate", lastFormDate.map { .string($0.description) } ?? .null),
            ("collectionKept", collectionKept.map { .bool($0) } ?? .null), ("statisticsKept", .bool(statisticsKept)),
            ("today", .string(today.description)),
        ])
    }

    /// Step, date (with its weekday) and status, in `lang`: check's text and the workbook's Method sheet.
    public func rows(_ lang: Language) -> [(step: String, date: String, status: String)] {
        let t = timetable
        func show(_ d: CivilDate) -> String { d.withWeekday.text(lang) }
        return [
            (Message.timetableHandOut.text(lang), show(t.handOut), ""),
            (
                Message.timetableCollection.text(lang), show(t.collectionDeadline),
                Message.collectionStatus(kept: collectionKept, last: lastFormDate?.description).text(lang)
            ),
            (
                Message.timetableStatistics.text(lang), show(t.statisticsDeadline),
                Message.statisticsStatus(kept: statisticsKept, today: today.description).text(lang)
            ),
            (Message.timetableReport.text(lang), show(t.reportDue), Message.reportStatus(overdue: reportOverdue).text(lang)),
        ]
    }

    /// The section of `check`'s text report.
    public func text(_ lang: Language) -> String {
        var table = TextTable(header: Message.scheduleColumns.map { $0.text(lang) }, align: [.left, .left, .left])
        for r in rows(lang) { table.add([r.step, r.date, r.status]) }
        return Message.scheduleHeading.text(lang) + "\n" + table.render()
    }
}
