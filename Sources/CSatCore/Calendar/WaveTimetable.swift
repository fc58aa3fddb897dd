/// The definition's `wave` block (SPEC.md "Field work and the wave calendar"): when the forms go
/// out and the rules of the field work. Defaults are the customer-service manual's.
public struct WaveRules: Equatable, Sendable {
    public enum LateForms: String, Sendable { case warn, invalid }

    public var handOut: CivilDate
    /// Forms are collected within this many working days of the hand-out.
    public var collectionWorkingDays = 10
    /// The statistics are done within this many working days of the collection deadline.
    public var statisticsWorkingDays = 3
    public static let defaultMinHandOutRate = 0.95
    public var minHandOutRate = WaveRules.defaultMinHandOutRate
    public var minValidReturnRate = 0.95
    public var lateForms = LateForms.warn

    public init(handOut: CivilDate) { self.handOut = handOut }
}

/// The wave's dates, worked out on a holiday calendar.
///
/// - collection deadline: the `collectionWorkingDays`-th working day after the hand-out day (the
///   hand-out day itself is not counted, as "within 10 working days" is read in the manual);
/// - statistics deadline: the `statisticsWorkingDays`-th working day after the collection deadline;
/// - report due: the last working day of the month after the hand-out ("the following month").
public struct WaveTimetable: Sendable {
    public var rules: WaveRules
    public var handOut: CivilDate { rules.handOut }
    public var collectionDeadline: CivilDate
    public var statisticsDeadline: CivilDate
    public var reportDue: CivilDate
    /// Years the dates touch that the calendar has no notice for (weekends only there).
    public var uncoveredYears: [Int]
    /// The holidays between the hand-out and the report, for the printout.
    public var holidays: [HolidayCalendar.Holiday]
    public var calendarSource: Message

    public init(_ rules: WaveRules, calendar: HolidayCalendar) {
        self.rules = rules
        collectionDeadline = calendar.workingDay(rules.collectionWorkingDays, after: rules.handOut)
        statisticsDeadline = calendar.workingDay(rules.statisticsWorkingDays, after: collectionDeadline)
        reportDue = calendar.workingDay(onOrBefore: rules.handOut.endOfNextMonth)
        let span = Set([rules.handOut.year, collectionDeadline.year, statisticsDeadline.year, reportDue.year])
        uncoveredYears = span.filter { !calendar.covers($0) }.sorted()
        let first = rules.handOut, last = max(reportDue, statisticsDeadline)
        holidays = span.sorted().flatMap { calendar.years[$0]?.off ?? [] }.filter { $0.to >= first && $0.from <= last }
        calendarSource = calendar.source
    }
}
