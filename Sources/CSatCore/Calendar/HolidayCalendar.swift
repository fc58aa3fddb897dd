/// China's public holidays and make-up working days (调休) by year, from `templates/calendar/
/// holidays-cn.json` (built into csat) or the user's `--holidays FILE` of the same shape.
///
/// A working day is a Monday to Friday that is not a day off, or a Saturday or Sunday that the
/// notice makes a working day. A year the calendar does not list counts weekends only: `covers`
/// says so, and the timetable warns (SPEC.md "Field work and the wave calendar").
public struct HolidayCalendar: Sendable {
    public struct Holiday: Sendable, Equatable {
        public var name: String
        public var from: CivilDate
        public var to: CivilDate
    }

    public struct Year: Sendable {
        public var notice: String
        public var off: [Holiday]
        public var work: [CivilDate]
    }

    public private(set) var years: [Int: Year] = [:]
    /// Where it was read from, for messages and the timetable: a file, or csat's own with its years.
    public var source: Message
    private var offDays: Set<Int> = []
    private var workDays: Set<Int> = []

    public init(years: [Int: Year], source: Message) {
        self.years = years
        self.source = source
        for (_, y) in years {
            for h in y.off { for n in h.from.dayNumber...h.to.dayNumber { offDays.insert(n) } }
            for d in y.work { workDays.insert(d.dayNumber) }
        }
    }

    public static let builtInPath = "calendar/holidays-cn.json"

    /// The calendar built into csat.
    public static func builtIn() throws(InputError) -> HolidayCalendar {
        let name = Templates.builtInName(builtInPath)
        guard let text = Templates.builtIn(builtInPath) else {
            throw InputError(file: name, message: .noSuchTemplate("calendar", language: "zh"))
        }
        var c = try parse(Array(text.utf8), file: name)
        let ys = c.years.keys.sorted()
        c.source = .builtInCalendar(first: ys.first ?? 0, last: ys.last ?? 0)
        return c
    }

    /// `--holidays FILE`.
    public static func read(_ path: String) throws(InputError) -> HolidayCalendar {
        try parse(try FileBytes.read(path), file: path)
    }

    public static func parse(_ bytes: [UInt8], file: String) throws(InputError) -> HolidayCalendar {
        let d = DefinitionDecoder(file: file)
        let top = try d.object(try JSONParser.parse(bytes, file: file), "$", allowed: ["years"])
        guard let yv = top["years"] else { throw d.fail("$", .missingRequiredKey("years")) }
        guard let yo = yv.objectValue else { throw d.fail("$.years", .expectedObject(found: yv.kindName)) }
        var years: [Int: Year] = [:]
        for (key, value) in yo.members where !key.hasPrefix("_") {
            let path = JSONPath.key("$.years", key)
            guard key.count == 4, let year = Int(key), year >= 1900 else { throw d.fail(path, .calendarBadYear(key)) }
            let o = try d.object(value, path, allowed: ["notice", "off", "work"])
            let notice = try o["notice"].map { v throws(InputError) in try d.string(v, path + ".notice") } ?? ""
            func date(_ v: JSONValue, _ p: String) throws(InputError) -> CivilDate {
                let s = try d.string(v, p)
                guard let c = CivilDate(iso: s) else { throw d.fail(p, .calendarBadDate(s)) }
                guard c.year == year else { throw d.fail(p, .calendarWrongYear(s, year: year)) }
                return c
            }
            var off: [Holiday] = []
            for (i, item) in try d.array(o["off"] ?? .array([]), path + ".off").enumerated() {
                let p = JSONPath.index(path + ".off", i)
                let h = try d.object(item, p, allowed: ["name", "from", "to"])
                guard let fv = h["from"] else { throw d.fail(p, .missingRequiredKey("from")) }
                let from = try date(fv, p + ".from")
                let to = try h["to"].map { v throws(InputError) in try date(v, p + ".to") } ?? from
                guard from <= to else { throw d.fail(p + ".to", .calendarEndsBeforeStart(from.description, to.description)) }
                let name = try h["name"].map { v throws(InputError) in try d.string(v, p + ".name") } ?? ""
                off.append(Holiday(name: name, from: from, to: to))
            }
            var work: [CivilDate] = []
            for (i, item) in try d.array(o["work"] ?? .array([]), path + ".work").enumerated() {
                let p = JSONPath.index(path + ".work", i)
                let day = try date(item, p)
                guard day.isWeekend else { throw d.fail(p, .calendarWorkdayNotWeekend(day.description)) }
                if off.contains(where: { $0.from <= day && day <= $0.to }) {
                    throw d.fail(p, .calendarWorkdayIsOff(day.description))
                }
                work.append(day)
            }
            years[year] = Year(notice: notice, off: off, work: work)
        }
        return HolidayCalendar(years: years, source: .verbatim(file))
    }

    public func covers(_ year: Int) -> Bool { years[year] != nil }

    public func isWorkingDay(_ d: CivilDate) -> Bool {
        let n = d.dayNumber
        if workDays.contains(n) { return true }
        if offDays.contains(n) { return false }
        return !d.isWeekend
    }

    /// The holiday `d` falls in, if any.
    public func holiday(on d: CivilDate) -> Holiday? {
        years[d.year]?.off.first { $0.from <= d && d <= $0.to }
    }

    /// The `n`-th working day after `start` (`start` itself not counted, whatever it is): the
    /// deadline of "within n working days". `n` = 0 gives `start`.
    public func workingDay(_ n: Int, after start: CivilDate) -> CivilDate {
        var d = start, left = n
        while left > 0 {
            d = d.adding(days: 1)
            if isWorkingDay(d) { left -= 1 }
        }
        return d
    }

    /// The last working day on or before `d`.
    public func workingDay(onOrBefore d: CivilDate) -> CivilDate {
        var x = d
        while !isWorkingDay(x) { x = x.adding(days: -1) }
        return x
    }

    /// Working days after `a` up to and including `b` (0 when `b` ≤ `a`).
    public func workingDays(after a: CivilDate, through b: CivilDate) -> Int {
        guard b > a else { return 0 }
        var n = 0, d = a
        while d < b {
            d = d.adding(days: 1)
            if isWorkingDay(d) { n += 1 }
        }
        return n
    }
}
