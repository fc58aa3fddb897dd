/// The deadline prefilled in every row of the plan (docs/ACTIONS.md "Deadline"): the last working day
/// before the next wave's hand-out.
///
/// The next hand-out is this wave's `wave.handOut` plus six months (the same day of the month, or the
/// month's last day when it has fewer). Without a `wave` block, a half-year period (`2026H1`) stands
/// for a hand-out on the 15th of its last month (15 June, 15 December). Neither: no deadline.
public enum ActionDeadline {
    public struct Result: Sendable, Equatable {
        public var date: CivilDate
        /// Whether it came from the `wave` block (else from the period).
        public var fromWave: Bool
    }

    public static func of(_ survey: Survey, calendar: HolidayCalendar) -> Result? {
        let handOut: CivilDate, fromWave: Bool
        if let wave = survey.wave {
            handOut = wave.handOut
            fromWave = true
        } else if let assumed = assumedHandOut(period: survey.period) {
            handOut = assumed
            fromWave = false
        } else {
            return nil
        }
        let next = addingMonths(6, to: handOut)
        return Result(date: calendar.workingDay(onOrBefore: next.adding(days: -1)), fromWave: fromWave)
    }

    /// `2026H1` → 2026-06-15, `2026H2` → 2026-12-15; nil for any other period.
    static func assumedHandOut(period: String) -> CivilDate? {
        let p = Array(period.uppercased())
        guard p.count == 6, p[4] == "H", let year = Int(String(p[0..<4])), p[5] == "1" || p[5] == "2" else { return nil }
        return CivilDate(year: year, month: p[5] == "1" ? 6 : 12, day: 15)
    }

    /// The same day `n` months later, or the last day of that month.
    static func addingMonths(_ n: Int, to d: CivilDate) -> CivilDate {
        let total = d.year * 12 + (d.month - 1) + n
        let year = total / 12, month = total % 12 + 1
        return CivilDate(year: year, month: month, day: min(d.day, CivilDate.daysIn(month: month, year: year)))!
    }
}
