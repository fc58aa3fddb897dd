import Foundation
import Testing

@testable import CSatXLSXReader

/// `../shared/conformance/xlsx`: workbooks by XlsxWriter, openpyxl and LibreOffice, each with the cells a reader must give.
@Suite("XLSX conformance")
struct XLSXConformanceTests {
    static let folder = packageRoot.appendingPathComponent("../shared/conformance/xlsx").standardizedFileURL
    static let cases = xlsxNames(in: folder)

    @Test("the suite is present", .enabled(if: onCI || !cases.isEmpty, "../shared/conformance/xlsx is absent: skipped"))
    func present() {
        #expect(Self.cases.count >= 5, "../shared/conformance/xlsx must hold the five conformance workbooks")
    }

    @Test("the workbook gives exactly the expected cells", arguments: cases)
    func workbook(_ name: String) throws {
        let expected = try expectedRows(Self.folder.appendingPathComponent("expected/\(name).json"))
        let book = try XLSXWorkbook(path: Self.folder.appendingPathComponent("\(name).xlsx").path)
        #expect(book.sheetNames.contains(expected.sheet))
        let rows = try readSheet(book, expected.sheet)
        #expect(rows.count == expected.rows.count)
        for (i, (got, want)) in zip(rows, expected.rows).enumerated() {
            #expect(got == want, "row \(i + 1)")
        }
    }
}
