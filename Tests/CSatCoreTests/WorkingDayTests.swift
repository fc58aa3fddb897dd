import Testing

@testable import CSatCore

/// Working-day arithmetic on csat's built-in calendar, against the State Council's notices:
/// 2024 (国办发明电〔2023〕7号), 2025 (国办发明电〔2024〕12号), 2026 (notice of 2025-11-04).
/// Every expectation is counted by hand from the notice, day by day, in the comment beside it.
@Suite struct WorkingDayTests {
    static let calendar = try! HolidayCalendar.builtIn()
    static func day(_ s: String) -> CivilDate { CivilDate(iso: s)! }
    static func after(_ n: Int, _ s: String) -> String { calendar.workingDay(n, after: day(s)).description }

    @Test func civilDates() {
        #expect(CivilDate(iso: "1970-01-01")!.dayNumber == 0)
        #expect(CivilDate(iso: "1970-01-01")!.weekday == 4)  // a Thursday
        #expect(CivilDate(iso: "2026-06-15")!.weekday == 1)  // Monday 15 June 2026
        #expect(CivilDate(iso: "2024-02-29") != nil && CivilDate(iso: "2025-02-29") == nil && CivilDate(iso: "2026-6-15") == nil)
        #expect(CivilDate(dayNumber: CivilDate(iso: "2026-12-31")!.dayNumber + 1).description == "2027-01-01")
        #expect(CivilDate(iso: "2026-01-31")!.endOfNextMonth.description == "2026-02-28")
        #expect(CivilDate(iso: "2026-12-15")!.endOfNextMonth.description == "2027-01-31")
    }

    @Test func theJuneWave2026() {
        // Mon 15 June; 16 Tu 1, 17 W 2, 18 Th 3, 19–21 端午节 off, 22 M 4, 23 5, 24 6, 25 7, 26 F 8, 29 M 9, 30 Tu 10.
        #expect(Self.after(10, "2026-06-15") == "2026-06-30")
        // 1 July W 1, 2 Th 2, 3 F 3.
        #expect(Self.after(3, "2026-06-30") == "2026-07-03")
    }

    @Test func aFridayHandOutBeforeNationalDay2025() {
        // Fri 26 Sept 2025; 27 Sat off, 28 Sun 调休 work 1, 29 M 2, 30 Tu 3, 1–8 Oct 国庆中秋 off,
        // 9 Th 4, 10 F 5, 11 Sat 调休 work 6, 12 Sun off, 13 M 7, 14 Tu 8, 15 W 9, 16 Th 10.
        #expect(Self.after(10, "2025-09-26") == "2025-10-16")
        // 17 F 1, 18–19 weekend, 20 M 2, 21 Tu 3.
        #expect(Self.after(3, "2025-10-16") == "2025-10-21")
    }

    @Test func aFridayHandOutBeforeMidAutumnAndNationalDay2026() {
        // Fri 18 Sept 2026; 19 Sat off, 20 Sun 调休 work 1, 21 M 2, 22 Tu 3, 23 W 4, 24 Th 5, 25–27 中秋 off,
        // 28 M 6, 29 Tu 7, 30 W 8, 1–7 Oct 国庆 off, 8 Th 9, 9 F 10 (Sat 10 Oct is a working day, but after).
        #expect(Self.after(10, "2026-09-18") == "2026-10-09")
        #expect(Self.after(11, "2026-09-18") == "2026-10-10")
    }

    @Test func theDecemberWave2025RunsIntoNewYear2026() {
        // Mon 15 Dec 2025; 16 1, 17 2, 18 3, 19 4, 22 5, 23 6, 24 7, 25 8, 26 9, 29 M 10.
        #expect(Self.after(10, "2025-12-15") == "2025-12-29")
        // 30 Tu 1, 31 W 2, 1–3 Jan 2026 元旦 off, 4 Jan Sun 调休 work 3.
        #expect(Self.after(3, "2025-12-29") == "2026-01-04")
    }

    @Test func springFestival() {
        // 2026: Fri 13 Feb; Sat 14 Feb is a 调休 working day; 15–23 Feb 春节 off; Tue 24 Feb.
        #expect(Self.after(1, "2026-02-13") == "2026-02-14")
        #expect(Self.after(2, "2026-02-13") == "2026-02-24")
        // 2025: Fri 24 Jan; Sat 25 off, Sun 26 Jan 调休 work 1, M 27 2, 28 Jan–4 Feb off, W 5 Feb 3.
        #expect(Self.after(3, "2025-01-24") == "2025-02-05")
        // 2024: Fri 9 Feb (除夕, a working day by the notice); 10–17 off; Sun 18 Feb 调休 work.
        #expect(Self.calendar.isWorkingDay(Self.day("2024-02-09")))
        #expect(Self.after(1, "2024-02-09") == "2024-02-18")
    }

    @Test func labourDayAndQingming() {
        // 2025: Sun 27 Apr is a 调休 working day; 1–5 May off. From Fri 25 Apr: 27 Sun 1, 28 M 2, 29 Tu 3, 30 W 4, 6 May Tu 5.
        #expect(Self.after(5, "2025-04-25") == "2025-05-06")
        // 2026: Sat 9 May is a 调休 working day. From Thu 30 Apr: 1–5 May off, 6 W 1, 7 Th 2, 8 F 3, 9 Sat 4.
        #expect(Self.after(4, "2026-04-30") == "2026-05-09")
        // 2026 清明: 4–6 Apr off (Sat–Mon), no 调休. From Fri 3 Apr: 7 Apr Tu.
        #expect(Self.after(1, "2026-04-03") == "2026-04-07")
    }

    @Test func theTimetable() {
        var rules = WaveRules(handOut: Self.day("2026-06-15"))
        let t = WaveTimetable(rules, calendar: Self.calendar)
        #expect(t.collectionDeadline.description == "2026-06-30")
        #expect(t.statisticsDeadline.description == "2026-07-03")
        // The last working day of July 2026: Fri 31 July.
        #expect(t.reportDue.description == "2026-07-31")
        #expect(t.holidays.map(\.name) == ["端午节"])
        #expect(t.uncoveredYears.isEmpty)
        // December 2025: report due by the last working day of January 2026, Sat 31 Jan off → Fri 30 Jan.
        rules.handOut = Self.day("2025-12-15")
        let dec = WaveTimetable(rules, calendar: Self.calendar)
        #expect(dec.reportDue.description == "2026-01-30")
        #expect(dec.holidays.map(\.name) == ["元旦"])
        // December 2026 reaches 2027, which no notice covers yet.
        rules.handOut = Self.day("2026-12-15")
        #expect(WaveTimetable(rules, calendar: Self.calendar).uncoveredYears == [2027])
    }

    @Test func aUsersCalendarAddsAYearAndBadOnesAreRefused() throws {
        let text = #"{"years": {"2027": {"off": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}], "work": []}}}"#
        let c = try HolidayCalendar.parse(Array(text.utf8), file: "h.json")
        // Thu 31 Dec 2026 → 1–3 Jan 2027 off (Fri–Sun) → Mon 4 Jan.
        #expect(c.workingDay(1, after: Self.day("2026-12-31")).description == "2027-01-04")
        func error(_ json: String) -> String {
            do {
                _ = try HolidayCalendar.parse(Array(json.utf8), file: "h.json")
                return ""
            } catch { return error.text(.en) }
        }
        #expect(error(#"{"years": {"27": {}}}"#).contains("h.json: $.years[\"27\"]: \"27\" is not a year"))
        #expect(error(#"{"years": {"2027": {"work": ["2027-01-05"]}}}"#).contains("$.years[\"2027\"].work[0]: 2027-01-05 is not a Saturday or Sunday"))
        #expect(error(#"{"years": {"2027": {"off": [{"from": "2026-12-31"}]}}}"#).contains("2026-12-31 is not in 2027"))
        #expect(error(#"{"years": {"2027": {"off": [{"from": "2027-1-1"}]}}}"#).contains("\"2027-1-1\" is not a date"))
    }
}
