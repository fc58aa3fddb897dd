import CSatCore
import Testing

/// The form id printed on each paper questionnaire: `{period}-{row in the sample list}-{Luhn digit}`.
/// Each check digit below is worked by hand (ISO/IEC 7812-1): from the right, double every
/// digit in an odd place (the rightmost is place 1), subtract 9 from a double above 9, add all,
/// and the check digit is what brings the sum to a multiple of 10.
@Suite struct PrintedFormIDTests {
    @Test func checkDigitsWorkedByHand() {
        let ids = PrintedFormID(period: "2026H1", count: 267)
        // 0002: 2×2 = 4; sum 4 → 6.
        #expect(ids.id(2) == "2026H1-0002-6")
        // 0012: 2×2 = 4, 1 → 5; sum 5 → 5.
        #expect(ids.id(12) == "2026H1-0012-5")
        // 0009: 9×2 = 18 → 9; sum 9 → 1.
        #expect(ids.id(9) == "2026H1-0009-1")
        // 0267: 7×2 = 14 → 5, 6, 2×2 = 4, 0; sum 15 → 5.
        #expect(ids.id(267) == "2026H1-0267-5")
        // A list of 12,345 rows widens the serial to five digits: 00001: 1×2 = 2 → 8.
        #expect(PrintedFormID(period: "2026H2", count: 12_345).id(1) == "2026H2-00001-8")
    }

    @Test func aSlipOfTheClerkIsNotAnotherHouseholdsID() {
        #expect(PrintedFormID.serial(of: "2026H1-0012-5", period: "2026H1") == 12)
        // One wrong digit: 0013 would need 3×2 = 6, 1 → 7 → 3.
        #expect(PrintedFormID.serial(of: "2026H1-0013-5", period: "2026H1") == nil)
        #expect(PrintedFormID.serial(of: "2026H1-0013-3", period: "2026H1") == 13)
        // Neighbours swapped: 0021: 1×2 = 2, 2 → 4 → 6; so 0021 with 0012's digit 5 fails.
        #expect(PrintedFormID.serial(of: "2026H1-0021-5", period: "2026H1") == nil)
        #expect(PrintedFormID.serial(of: "2026H1-0021-6", period: "2026H1") == 21)
        // Another wave's form, a missing part, letters, row 0.
        #expect(PrintedFormID.serial(of: "2025H2-0012-5", period: "2026H1") == nil)
        #expect(PrintedFormID.serial(of: "2026H1-0012", period: "2026H1") == nil)
        #expect(PrintedFormID.serial(of: "2026H1-00a2-6", period: "2026H1") == nil)
        #expect(PrintedFormID.serial(of: "2026H1-0000-0", period: "2026H1") == nil)
    }
}
