import Foundation
import Testing

/// The sample list CSV never holds a cell a spreadsheet would run (docs/SECURITY.md, "Spreadsheet
/// formulas"): `sample -o s.csv` used to write roster cells such as `=HYPERLINK(…)` as they were.
@Suite struct SpreadsheetFormulaTests {
    static let units = [
        "=HYPERLINK(\"http://x\",\"click\")", "=cmd|' /C calc'!A0", "+1-101", "-1-102", "@SUM(A1)", "'=1+1", "''x",
        "-12", "1-1-103", "1-1-104",
    ]

    /// A census of ten households whose units start with triggers: every such cell of the list is
    /// prefixed (read back with Python's csv module), plain numbers are not, and `sample --verify`
    /// re-draws the same list from the roster.
    @Test func sampleListIsSafeAndVerifies() throws {
        let dir = try CLI.scratch("formulas")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(
            at: CLI.packageRoot.appendingPathComponent("sample-data/survey.json"), to: dir.appendingPathComponent("survey.json"))
        var roster = "project,unit,building,propertyType,customerType,vacant,area\n"
        for u in Self.units {
            roster += "锦程花园,\"\(u.replacingOccurrences(of: "\"", with: "\"\""))\",=1号楼,住宅,@业主,0,-89.5\n"
        }
        try Data(roster.utf8).write(to: dir.appendingPathComponent("roster.csv"))
        let r = try CLI.run(
            ["sample", "--roster", "roster.csv", "--survey", "survey.json", "--seed", "x", "-o", "s.csv"], in: dir)
        try #require(r.status == 0, "\(r.stderr)")
        guard CLI.pythonCan("import csv", else: "python3 not found; the list is not read back") else { return }
        let py = try CLI.python("csv_cells.py", ["s.csv"], in: dir)
        try #require(py.status == 0, "\(py.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: py.stdout) as? [[String]])
        let header = try #require(rows.first)
        let unit = try #require(header.firstIndex(of: "unit")), area = try #require(header.firstIndex(of: "area"))
        #expect(rows.count == 11)
        let written = Set(rows.dropFirst().map { $0[unit] })
        // By hand, from the rule in docs/SECURITY.md.
        let expected: Set<String> = [
            "'=HYPERLINK(\"http://x\",\"click\")", "'=cmd|' /C calc'!A0", "'+1-101", "'-1-102", "'@SUM(A1)", "''=1+1",
            "'''x", "-12", "1-1-103", "1-1-104",
        ]
        #expect(written == expected)
        for row in rows.dropFirst() {
            for cell in row {
                if let f = cell.utf8.first, "=+-@\t\r".utf8.contains(f) {
                    #expect(cell == "-12" || cell == "-89.5", "\(cell) would run as a formula")
                }
            }
            #expect(row[area] == "-89.5", "numbers stay numbers")
        }
        let v = try CLI.run(["sample", "--verify", "s.csv", "--roster", "roster.csv"], in: dir)
        #expect(v.status == 0, "\(v.stdout)\(v.stderr)")
    }
}
