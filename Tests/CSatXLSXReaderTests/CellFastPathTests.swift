import Foundation
import Testing

@testable import CSatXLSXReader

/// The scanner's short cuts give what the general rules give: numbers read without Foundation,
/// dates written digit by digit, and a cell's usual content read in one step (`quickCell`).
@Suite("XLSX fast paths")
struct CellFastPathTests {
    func parsed(_ text: String) -> Double? {
        Array(text.utf8).withUnsafeBufferPointer { CellText.parse($0) }
    }

    @Test("numbers read from their bytes are the doubles Double(String) reads")
    func numbers() {
        let texts = [
            "0", "7", "007", "120", "89.50", "0.1", "0.3", "46193.37508101852", "46190.37516203704", "0.4299884259",
            "9007199254740992", "9007199254740993", "1234567890123456789", "12345678901234567890", "0.0000000000000000000001",
            "1.00000000000000000000001", "3.141592653589793", "1.", ".5", ".", "-3.5", "-0", "1e3", "1.5E-3", " 42 ",
            "\t46193.5\r\n", "4.000", "1.2.3", "", " ", "12a", "+5", "1\u{00A0}", "\u{3000}8",
        ]
        for text in texts {
            // The rule the reader had before: Foundation's trim, then Double.
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            let expected = Double(trimmed).flatMap { $0.isFinite ? $0 : nil }
            #expect(parsed(text)?.bitPattern == expected?.bitPattern, "\(text.debugDescription)")
        }
    }

    @Test("serial dates with a time of day, written digit by digit")
    func dateTimes() throws {
        // Expected values from Python's datetime(1899, 12, 30) + timedelta(days=serial), to the second.
        let xml = sheet(
            #"<row r="1"><c s="1"><v>46193.37508101852</v></c><c s="1"><v>46190.37516203704</v></c><c s="1"><v>46194.99999</v></c><c s="1"><v>45000.5</v></c><c s="1"><v>2958465</v></c></row>"#
        )
        var texts: [String] = []
        try XLSXWorkbook.scanSheetXML(Array(xml.utf8), dateStyles: [false, true]) { r in
            texts = (0..<r.count).map { r.string($0) }
        }
        #expect(
            texts == ["2026-06-20 09:00:07", "2026-06-17 09:00:14", "2026-06-21 23:59:59", "2023-03-15 12:00:00", "9999-12-31"])
    }

    /// Each cell at every chunk size: whole (the quick path), one byte and seven bytes at a time (tokens).
    func cells(_ data: String) throws -> [[String]] {
        var first: [[String]]?
        for chunk in [1 << 16, 1, 7, 23] {
            var rows: [[String]] = []
            try XLSXWorkbook.scanSheetXML(Array(sheet(data).utf8), strings: ["共享"], chunk: chunk) { r in
                rows.append((0..<r.count).map { "\(r.kind($0)):\(r.string($0))" })
            }
            if let first { #expect(rows == first, "chunk \(chunk)") } else { first = rows }
        }
        return first ?? []
    }

    func sheet(_ data: String) -> String {
        #"<?xml version="1.0"?><worksheet><sheetData>"# + data + "</sheetData></worksheet>"
    }

    @Test("cells the quick path reads and cells it leaves to the tokens give the same text")
    func shapes() throws {
        let row =
            #"<row r="1"><c r="A1" t="inlineStr"><is><t>非常满意</t></is></c><c r="B1" t="inlineStr"><is><t>a &amp; b</t></is></c>"#
            + #"<c r="C1" t="inlineStr"><is><t xml:space="preserve"> x </t></is></c><c r="D1" t="s"><v>0</v></c><c r="E1"><v>89.50</v></c>"#
            + #"<c r="F1" t="str"><v><![CDATA[x<y]]></v></c><c r="G1" t="inlineStr"><is><t></t></is></c><c r="H1"><v></v></c>"#
            + #"<c r="I1" t="inlineStr"> <is><t>sp</t></is></c><c r="J1" t="str"><v></v></c><c r="K1" t="inlineStr"><is><t>末</t></is></c></row>"#
        #expect(
            try cells(row) == [
                [
                    "string:非常满意", "string:a & b", "string: x ", "string:共享", "number:89.5", "string:x<y", "empty:", "empty:",
                    "string:sp", "empty:", "string:末",
                ]
            ])
        // Start tags the quick path leaves to the tokens (`<c/>`, a prefix) and ones it reads (a `>`
        // inside a quoted value, a line break between attributes).
        let tags =
            #"<row r="2"><c r="A2"><v>1</v></c><c r="B2" s="0"/><c r="C2" t="inlineStr" x="a>b"><is><t>q</t></is></c>"#
            + "<c r=\"D2\"\n t=\"n\"><v>4</v></c><x:c r=\"E2\"><v>5</v></x:c><c r=\"F2\"><v>6</v></c></row>"
        #expect(try cells(tags) == [["number:1", "empty:", "string:q", "number:4", "number:5", "number:6"]])
        // Attributes in another order, a lower-case reference, one given twice (the last counts),
        // other attributes and single quotes (left to the tokens): each cell where its `r` puts it.
        let attributes =
            #"<row r="3"><c r="A3"><v>1</v></c><c t="inlineStr" r="B3"><is><t>b</t></is></c><c r="c3"><v>3</v></c>"#
            + #"<c r="D3" r="F3"><v>6</v></c><c r="G3" cm="1"><v>7</v></c><c r='H3'><v>8</v></c><c s="0"><v>9</v></c></row>"#
        #expect(
            try cells(attributes) == [
                ["number:1", "string:b", "number:3", "empty:", "empty:", "number:6", "number:7", "number:8", "number:9"]
            ])
    }

    @Test("a value or text left open in a broken cell: the next cell reads as the tokens read it")
    func leftOpen() throws {
        // `<v>` without `</v>`: the cell has no value; the open `<v>` keeps the next cell off the quick path.
        #expect(try cells(#"<row r="1"><c r="A1"><v>1</c><c r="B1"><v>2</v></c></row>"#) == [["empty:", "number:2"]])
        // `<t>` without `</t>`: an empty cell, and the next one's text is still its own.
        #expect(
            try cells(#"<row r="1"><c r="A1" t="inlineStr"><is><t>x</c><c r="B1" t="inlineStr"><is><t>y</t></is></c></row>"#)
                == [["empty:", "string:y"]])
    }

    @Test("errors in a quick cell still name the sheet, the row and the column")
    func errors() {
        // A shared-string index past the table (C4), cells listed backwards (B5 after C5).
        let cases: [(String, Int, Int?)] = [
            (#"<row r="4"><c r="A4" t="s"><v>0</v></c><c r="C4" t="s"><v>9</v></c></row>"#, 4, 3),
            (#"<row r="5"><c r="A5"><v>1</v></c><c r="C5"><v>2</v></c><c r="B5"><v>3</v></c></row>"#, 5, 2),
            // Past XFD: the limit error has the row, not a column.
            (#"<row r="6"><c r="A6"><v>1</v></c><c r="XFE6"><v>2</v></c></row>"#, 6, nil),
        ]
        for (data, row, column) in cases {
            for chunk in [1 << 16, 1] {
                do {
                    _ = try XLSXWorkbook.scanSheetXML(Array(sheet(data).utf8), strings: ["共享"], chunk: chunk) { _ in }
                    Issue.record("no error")
                } catch let e as XLSXError {
                    #expect(e.sheet == "Sheet1" && e.row == row && e.column == column, "\(e)")
                } catch {
                    Issue.record("\(error)")
                }
            }
        }
    }
}
