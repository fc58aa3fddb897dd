import CSatCore
import Testing

/// What the fuzz targets found (docs/FUZZING.md, "Findings"), pinned in-process; the inputs
/// themselves are replayed from Tests/fuzz-regressions by the CLI tests.
@Suite struct FuzzFindingsTests {
    /// json target: a date whose month ran into the day ("2026-0202606186-15") overflowed Int32 and
    /// stopped csat; "2026-0-131" was read as January 31st.
    @Test func dateParts_areCheckedBeforeTheyAreCombined() {
        #expect(CellValues.date("2026-0202606186-15 09:22:44") == nil)
        #expect(CellValues.date("2026-99999999999999999999-1") == nil)
        #expect(CellValues.date("2026-0-131") == nil)
        #expect(CellValues.date("2026-1-100") == nil)
        #expect(CellValues.date("2026-13-01") == nil)
        #expect(CellValues.date("2026-6-18") == 20260618)
    }
}
