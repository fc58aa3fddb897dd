import Foundation
import Testing

@testable import CSatXLSX

/// A table streamed in constant-memory mode (`streamTable`) must look exactly like the same
/// table written cell by cell and fitted afterwards (`text` + `fitColumns`): same column widths
/// and formats, same row heights, same cells and styles; only the strings are inline.
@Suite struct StreamedTableTests {
    static let titles = ["Form number", "Comment", "项目名称比较长的表头", "Codes"]
    static let rows: [[String]] = [
        ["F-001", "short", "锦程花园", "a, b"],
        ["", "line one\r\nline two\rline three", "翠湖苑", ""],
        ["F-003", String(repeating: "很长的意见内容,", count: 200), "锦程国际大厦", "=1+1"],
        ["F-004", String(repeating: "x\n", count: 40), "", "@SUM(A1)"],
        ["F-005", "tab\there\u{7}bell", "锦程商业街", "-5"],
    ]

    @Test func aStreamedTableLooksLikeAFittedOne() throws {
        let path = try Sample.scratch() + "/t.xlsx"
        try WorkbookHandle.write(to: path) { wb throws(WorkbookFailure) in
            let fitted = try wb.addSheet("fitted")
            try fitted.text(0, 0, "A title that overflows into its neighbours", .title)
            try fitted.header(3, Self.titles)
            for (i, row) in Self.rows.enumerated() {
                for (col, text) in row.enumerated() { try fitted.text(4 + i, col, text, col == 1 ? .wrap : .text) }
            }
            try fitted.table(headerRow: 3, lastRow: 3 + Self.rows.count, lastCol: Self.titles.count - 1)
            try fitted.fitColumns(min: 8, max: 60, wrap: [1])

            let streamed = try wb.addSheet("streamed", constantMemory: true)
            try streamed.text(0, 0, "A title that overflows into its neighbours", .title)
            try streamed.streamTable(at: 3, titles: Self.titles, count: Self.rows.count, wrap: [1], min: 8, max: 60) {
                Self.rows[$0]
            }
        }
        guard let normal = Sample.part("xl/worksheets/sheet1.xml", of: path),
            let streamed = Sample.part("xl/worksheets/sheet2.xml", of: path)
        else { return }  // no unzip: nothing to look at
        #expect(Self.layout(streamed) == Self.layout(normal))
        #expect(Self.layout(streamed).contains { $0.contains("ht=\"409\"") })  // 40 lines, capped at Excel's 409 points
        #expect(streamed.contains("t=\"inlineStr\""))
        #expect(!streamed.contains("<f>") && !streamed.contains("_x000D_") && !streamed.contains("\r"))
        #expect(streamed.contains("line one\nline two\nline three") && streamed.contains(">=1+1<"))
    }

    /// The sheet's columns, then each row's attributes (row spans aside: constant-memory mode leaves
    /// them out) followed by its cells' references and styles.
    static func layout(_ xml: String) -> [String] {
        let cols = xml.components(separatedBy: "<cols>").dropFirst().first?.components(separatedBy: "</cols>").first ?? ""
        let pattern = try! NSRegularExpression(pattern: "<row [^>]*>|<c r=\"[A-Z]+[0-9]+\"( s=\"[0-9]+\")?")
        let range = NSRange(xml.startIndex..., in: xml)
        let parts = pattern.matches(in: xml, range: range).map { String(xml[Range($0.range, in: xml)!]) }
        let spans = try! NSRegularExpression(pattern: " spans=\"[^\"]*\"")
        return [cols]
            + parts.map {
                spans.stringByReplacingMatches(in: $0, range: NSRange($0.startIndex..., in: $0), withTemplate: "")
            }
    }
}
