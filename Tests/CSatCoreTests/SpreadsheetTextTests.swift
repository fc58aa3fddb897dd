import Testing

@testable import CSatCore

/// docs/SECURITY.md, "Spreadsheet formulas in the CSV files csat writes": the table of cases.
@Suite struct SpreadsheetTextTests {
    /// Worked out by hand from OWASP's rule: a trigger first gets one `'`, unless the cell is a plain
    /// number; a `'` followed by a trigger or a `'` gets one more, so that the reverse is exact.
    static let table: [(String, String)] = [
        ("=HYPERLINK(\"http://x\",\"click\")", "'=HYPERLINK(\"http://x\",\"click\")"),
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("+1-101", "'+1-101"), ("-1-102", "'-1-102"), ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"), ("\r=1", "'\r=1"),
        ("'=1+1", "''=1+1"), ("''x", "'''x"), ("'x", "'x"), ("'", "'"),
        ("-12", "-12"), ("+3.5", "+3.5"), ("-0.25", "-0.25"), ("-", "'-"), ("-.5", "-.5"), ("-1.", "'-1."),
        ("1-1-101", "1-1-101"), ("锦程花园", "锦程花园"), ("", ""),
    ]

    @Test func neutraliseAndRestore() {
        for (cell, written) in Self.table {
            #expect(SpreadsheetText.neutralised(cell) == written, "\(cell.debugDescription)")
            #expect(SpreadsheetText.restored(written) == cell, "\(written.debugDescription)")
        }
    }

}
