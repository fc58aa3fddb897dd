import Foundation
import Testing

@testable import CSatXLSXReader

/// Workbooks by XlsxWriter, openpyxl, LibreOffice and by hand (`Tests/CSatCoreTests/Fixtures/xlsx`,
/// `make_xlsx.py`): expected cells from each writer's input, never from a reader.
@Suite("XLSX writers' fixtures")
struct WriterFixtureTests {
    static let folder = packageRoot.appendingPathComponent("Tests/CSatCoreTests/Fixtures/xlsx")
    static let readable = xlsxNames(in: folder).filter { !$0.hasPrefix("hostile-") }
    static let hostile = xlsxNames(in: folder).filter { $0.hasPrefix("hostile-") } + ["hostile-old.xls"]

    @Test("the fixtures are there")
    func present() {
        #expect(Self.readable.count >= 18)
        #expect(Self.hostile.count >= 11)
    }

    @Test("the workbook gives exactly the cells its writer was given", arguments: readable)
    func workbook(_ name: String) throws {
        let url = Self.folder.appendingPathComponent("expected/\(name).json")
        let expected = try expectedRows(url)
        let book = try XLSXWorkbook(path: Self.folder.appendingPathComponent("\(name).xlsx").path)
        #expect(book.sheetNames.contains(expected.sheet), "sheets \(book.sheetNames)")
        var rows = try readSheet(book, expected.sheet)
        while let last = rows.last, last.isEmpty { rows.removeLast() }
        #expect(rows.count == expected.rows.count)
        for (i, (got, want)) in zip(rows, expected.rows).enumerated() {
            #expect(got == want, "row \(i + 1)")
        }
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        if let merged = object?["merged"] as? [String] {
            let ranges = try #require(try book.mergedRanges(sheet: expected.sheet))
            #expect(ranges.map(\.reference).sorted() == merged.map { $0.contains(":") ? $0 : "\($0):\($0)" }.sorted())
        }
        if let date1904 = object?["date1904"] as? Bool { #expect(book.date1904 == date1904) }
        if let sheets = object?["sheets"] as? [[String: Any]] {
            #expect(book.sheets.map(\.name) == sheets.compactMap { $0["name"] as? String })
            #expect(book.sheets.map(\.hidden) == sheets.map { ($0["state"] as? String ?? "visible") != "visible" })
        }
    }

    /// What reading the whole of a hostile file gives: its error, or nil if it read.
    static func refusal(_ path: String) -> XLSXError? {
        do {
            let book = try XLSXWorkbook(path: path)
            for s in book.sheetNames { try book.readRows(sheet: s) { _ in } }
            return nil
        } catch let e as XLSXError {
            return e
        } catch {
            return XLSXError(message: .verbatim("not an XLSXError: \(error)"))
        }
    }

    @Test("a hostile file is refused with what to do", arguments: hostile)
    func hostileFile(_ name: String) throws {
        let file = name.hasSuffix(".xls") ? name : "\(name).xlsx"
        let e = try #require(Self.refusal(Self.folder.appendingPathComponent(file).path), "\(file) was read")
        let m = e.message.en
        switch name {
        case "hostile-old.xls", "hostile-old-renamed": #expect(e.kind == .oldFormat && m.contains("Save As"), "\(m)")
        case "hostile-encrypted", "hostile-zipcrypto": #expect(e.kind == .encrypted && m.contains("password"), "\(m)")
        case "hostile-billion-laughs", "hostile-xxe": #expect(m.contains("DOCTYPE"), "\(m)")
        case "hostile-text": #expect(m.contains("not a zip") && m.contains(".csv"), "\(m)")
        case "hostile-truncated": #expect(m.contains("damaged or cut off"), "\(m)")
        case "hostile-sst-index": #expect(m.contains("shared string 5") && e.row == 1 && e.column == 1, "\(m)")
        case "hostile-missing-sheet": #expect(m.contains("damaged"), "\(m)")
        case "hostile-malformed": #expect(m.contains("damaged") && e.row != nil, "\(m)")
        default: #expect(!m.isEmpty)
        }
        #expect(!m.contains("/etc/passwd") && !m.contains("root:"))
    }
}
