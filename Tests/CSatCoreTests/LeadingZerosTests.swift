import Testing

@testable import CSatCore

/// Units that differ from a roster unit only in the leading zeros of their numbers (docs/VALIDITY.md).
@Suite struct LeadingZerosTests {
    static func roster(_ units: [String], project: String = "甲苑") -> RosterSummary {
        var r = RosterSummary(path: "r.csv")
        for u in units { r.units.insert(UnitKey(project: project, unit: u)) }
        return r
    }

    @Test func findsTheRosterSpellingBothWays() {
        let r = Self.roster(["0101", "01-01-0101", "2-3", "A栋-0005", "0"])
        #expect(LeadingZeros.rosterSpelling(of: "101", project: "甲苑", in: r) == "0101")
        #expect(LeadingZeros.rosterSpelling(of: "1-1-101", project: "甲苑", in: r) == "01-01-0101")
        #expect(LeadingZeros.rosterSpelling(of: "02-003", project: "甲苑", in: r) == "2-3")
        #expect(LeadingZeros.rosterSpelling(of: "A栋-5", project: "甲苑", in: r) == "A栋-0005")
        #expect(LeadingZeros.rosterSpelling(of: "000", project: "甲苑", in: r) == "0")
    }

    @Test func noMatchForOtherUnitsProjectsOrTooManyNumbers() {
        let r = Self.roster(["0101", "01-01-01-01-01"])
        #expect(LeadingZeros.rosterSpelling(of: "102", project: "甲苑", in: r) == nil)
        #expect(LeadingZeros.rosterSpelling(of: "101", project: "乙苑", in: r) == nil)
        #expect(LeadingZeros.rosterSpelling(of: "1-1-1-1-1", project: "甲苑", in: r) == nil)
        #expect(LeadingZeros.rosterSpelling(of: "0101", project: "甲苑", in: r) == nil)
        #expect(LeadingZeros.rosterSpelling(of: "A-B", project: "甲苑", in: r) == nil)
        #expect(LeadingZeros.rosterSpelling(of: "00000101", project: "甲苑", in: r) == "0101")
    }
}
