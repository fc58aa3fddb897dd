import Foundation
import Testing

@testable import CSatXLSXReader

/// `readRowsAhead` (the sheet scanned on a second thread) gives exactly `readRows`'s rows, and an
/// error on either side stops both without a hang.
@Suite("rows read ahead")
struct RowsAheadTests {
    static let wjx = packageRoot.appendingPathComponent("Tests/CSatCLITests/Fixtures/wjx/jincheng/text.xlsx").path

    func rows(_ read: (XLSXWorkbook, (XLSXRow) throws -> Void) throws -> Void) throws -> [[String]] {
        let book = try XLSXWorkbook(path: Self.wjx)
        var out: [[String]] = []
        try read(book) { r in out.append(["\(r.number)"] + (0..<r.count).map { "\(r.kind($0)):\(r.string($0))" }) }
        return out
    }

    @Test("the same rows, in the same order, as readRows")
    func same() throws {
        let plain = try rows { b, f in try b.readRows(sheet: "Sheet1", f) }
        let ahead = try rows { b, f in try b.readRowsAhead(sheet: "Sheet1", f) }
        #expect(plain.count == 132)  // the header and 131 forms (make_wjx.py)
        #expect(ahead == plain)
    }

    struct Stop: Error {}

    @Test("the caller's error stops the scanner and comes out as it is")
    func callerStops() throws {
        let book = try XLSXWorkbook(path: Self.wjx)
        var seen = 0
        #expect(throws: Stop.self) {
            try book.readRowsAhead(sheet: "Sheet1") { _ in
                seen += 1
                if seen == 3 { throw Stop() }
            }
        }
        #expect(seen == 3)
    }

    @Test("the scanner's error comes out after the rows before it")
    func scannerFails() throws {
        let bad = packageRoot.appendingPathComponent("Tests/CSatCLITests/Fixtures/workbooks/bad-xml.xlsx").path
        let book = try XLSXWorkbook(path: bad)
        var rows = 0
        do {
            try book.readRowsAhead(sheet: "问卷") { _ in rows += 1 }
            Issue.record("read a damaged sheet")
        } catch let e as XLSXError {
            #expect(e.row == 3 && e.message.en.contains("not closed"))
        }
        #expect(rows == 2)
    }
}
