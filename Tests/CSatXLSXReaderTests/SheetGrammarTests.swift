import Foundation
import Testing

@testable import CSatXLSXReader

/// Worksheet XML as other writers and hand-made files have it (ECMA-376 Part 1 §18.3.1), scanned
/// whole and one byte at a time (every token on a chunk boundary).
@Suite("SpreadsheetML grammar")
struct SheetGrammarTests {
    /// Rows as [row number: cells], each cell as the expected files write it.
    func scan(
        _ xml: String, strings: [String] = [], dates: [Bool] = [], date1904: Bool = false
    ) throws -> [Int: [Cell]] {
        var whole: [Int: [Cell]] = [:]
        for chunk in [1 << 16, 1, 7] {
            var rows: [Int: [Cell]] = [:]
            try XLSXWorkbook.scanSheetXML(Array(xml.utf8), strings: strings, dateStyles: dates, date1904: date1904, chunk: chunk) { r in
                rows[r.number] = (0..<r.count).map { Cell(r, $0) }
            }
            if chunk == 1 << 16 {
                whole = rows
            } else {
                #expect(rows == whole, "chunk \(chunk)")
            }
        }
        return whole
    }

    func sheet(_ data: String, prefix: String = "") -> String {
        let p = prefix.isEmpty ? "" : "\(prefix):"
        let ns = prefix.isEmpty ? "xmlns" : "xmlns:\(prefix)"
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <\(p)worksheet \(ns)="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><\(p)sheetData>\(data)</\(p)sheetData></\(p)worksheet>
            """
    }

    @Test("namespace prefixes on every element")
    func prefixes() throws {
        let xml = sheet(#"<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1"><x:v>5</x:v></x:c></x:row>"#, prefix: "x")
        #expect(try scan(xml, strings: ["项目"]) == [1: [.string("项目"), .empty, .number(5)]])
    }

    @Test("rows and cells without r follow the previous one")
    func noReferences() throws {
        let xml = sheet(#"<row><c><v>1</v></c><c t="inlineStr"><is><t>a</t></is></c></row><row r="4"><c r="B4"><v>2</v></c><c><v>3</v></c></row><row><c><v>4</v></c></row>"#)
        #expect(try scan(xml) == [1: [.number(1), .string("a")], 4: [.empty, .number(2), .number(3)], 5: [.number(4)]])
    }

    @Test("rich inline text joins its runs; phonetic guides are left out")
    func richText() throws {
        let xml = sheet(#"<row r="1"><c r="A1" t="inlineStr"><is><r><t>维修</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 很及时 </t></r><rPh sb="0" eb="1"><t>いしゅう</t></rPh></is></c></row>"#)
        #expect(try scan(xml) == [1: [.string("维修 很及时 ")]])
    }

    @Test("entities, character references, _xHHHH_ escapes and CDATA")
    func escapes() throws {
        let xml = sheet(#"<row r="1"><c r="A1" t="inlineStr"><is><t>a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#x27; _x0041__x005F_x0042_ 1_x000D_&#10;2</t></is></c><c r="B1" t="str"><f>A1</f><v><![CDATA[x<y]]></v></c></row>"#)
        #expect(try scan(xml) == [1: [.string("a & b <c> \"d\" 'e' A_x0042_ 1\r\n2"), .string("x<y")]])
    }

    @Test("every cell type: shared, inline, str, b, e, d, n with an exponent, dates by style")
    func types() throws {
        let xml = sheet(
            #"<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="b"><v>0</v></c><c r="C2" t="e"><v>#DIV/0!</v></c><c r="D2" t="d"><v>2026-12-16T10:23:11</v></c><c r="E2"><v>1.5E-3</v></c><c r="F2"><v>1.3912345678E10</v></c><c r="G2" s="1"><v>46357.5</v></c><c r="H2" s="1"><v>46357</v></c><c r="I2"><v>89.50</v></c><c r="J2" t="n"><v>-0</v></c></row>"#
        )
        #expect(
            try scan(xml, dates: [false, true])
                == [
                    2: [
                        .bool(true), .bool(false), .error("#DIV/0!"), .date("2026-12-16T10:23:11"), .number(0.0015), .number(13_912_345_678),
                        .date("2026-12-01T12:00:00"), .date("2026-12-01T00:00:00"), .number(89.5), .number(0),
                    ]
                ])
    }

    @Test("the number text a person reads: no exponent, no trailing zeros")
    func numberText() throws {
        var texts: [String] = []
        let xml = sheet(#"<row r="1"><c><v>1.3912345678E10</v></c><c><v>89.50</v></c><c><v>120</v></c><c><v>1.5E-3</v></c><c><v>-4.0</v></c></row>"#)
        try XLSXWorkbook.scanSheetXML(Array(xml.utf8)) { r in texts = (0..<r.count).map { r.string($0) } }
        #expect(texts == ["13912345678", "89.5", "120", "0.0015", "-4"])
    }

    /// What Excel shows of each value (its formula bar, 15 significant digits), typed by hand from Excel's
    /// behaviour and Python's `'%.15g' % float(v)`: a clerk's 面积 that a formula made 96.40000000000001.
    @Test("fractions beyond 15 significant digits read as Excel shows them")
    func fifteenDigits() throws {
        var texts: [String] = []
        let values = [
            "96.40000000000001", "0.30000000000000004", "-0.30000000000000004", "46193.37508101852", "9.6400000000000006E1",
            "89.500000000000000000", "1234567890123456.5", "0.000012345678901234567", "110101199001011234", "3.14159265358979",
        ]
        let xml = sheet(#"<row r="1">"# + values.map { "<c><v>\($0)</v></c>" }.joined() + "</row>")
        try XLSXWorkbook.scanSheetXML(Array(xml.utf8)) { r in texts = (0..<r.count).map { r.string($0) } }
        #expect(
            texts == [
                "96.4", "0.3", "-0.3", "46193.3750810185", "96.4",
                // Where 15 digits would take an exponent (from 10¹⁵, below 10⁻⁴) the digits as saved; an
                // integer keeps its digits (an 18-digit id typed as a number).
                "89.5", "1234567890123456.5", "0.000012345678901234567", "110101199001011234", "3.14159265358979",
            ])
    }

    @Test("serial dates in the 1900 system (with its phantom 1900-02-29) and the 1904 system")
    func serials() throws {
        let xml = sheet(#"<row r="1"><c s="1"><v>1</v></c><c s="1"><v>59</v></c><c s="1"><v>60</v></c><c s="1"><v>61</v></c><c s="1"><v>0.4299884259</v></c></row>"#)
        #expect(
            try scan(xml, dates: [false, true])
                == [1: [.date("1900-01-01T00:00:00"), .date("1900-02-28T00:00:00"), .date("1900-02-29T00:00:00"), .date("1900-03-01T00:00:00"), .date("1899-12-30T10:19:11")]])
        // 1904: serial 0 is 1904-01-01; 44,000 is 2024-06-19 (1,462 days after the 1900 system's 44,000, 2020-06-18).
        let xml1904 = sheet(#"<row r="1"><c s="1"><v>0</v></c><c s="1"><v>44000</v></c></row>"#)
        #expect(try scan(xml1904, dates: [false, true], date1904: true) == [1: [.date("1904-01-01T00:00:00"), .date("2024-06-19T00:00:00")]])
    }

    @Test("formulas: the cached value, and formulas without one are counted")
    func formulas() throws {
        let xml = sheet(#"<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f t="shared" si="0" ref="B1:B2"/><v>3</v></c><c r="C1"><f>A1*2</f></c></row>"#)
        var summary = XLSXSheetSummary()
        summary = try XLSXWorkbook.scanSheetXML(Array(xml.utf8)) { _ in }
        #expect(try scan(xml) == [1: [.number(2), .number(3)]])
        #expect(summary.uncachedFormulas == 1)
        #expect(summary.firstUncachedFormula?.row == 1 && summary.firstUncachedFormula?.column == 3)
    }

    @Test("merged ranges after the data are reported")
    func merged() throws {
        let xml = """
            <worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>title</t></is></c></row></sheetData><mergeCells count="2"><mergeCell ref="A1:D1"/><mergeCell ref="B3:B7"/></mergeCells></worksheet>
            """
        let s = try XLSXWorkbook.scanSheetXML(Array(xml.utf8)) { _ in }
        #expect(s.merged == [XLSXMergedRange(firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 4), XLSXMergedRange(firstRow: 3, firstColumn: 2, lastRow: 7, lastColumn: 2)])
    }

    /// The message of the error the XML gives.
    func failure(_ xml: String) -> XLSXError? {
        do {
            _ = try XLSXWorkbook.scanSheetXML(Array(xml.utf8)) { _ in }
            return nil
        } catch let e as XLSXError {
            return e
        } catch {
            return XLSXError(message: .verbatim("not an XLSXError: \(error)"))
        }
    }

    @Test("a DOCTYPE is refused, so no entity is declared or expanded")
    func doctype() throws {
        let laughs = #"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><worksheet><sheetData><row><c t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>"#
        #expect(failure(laughs)?.message.en.contains("DOCTYPE") == true)
        let external = #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet/>"#
        #expect(failure(external)?.message.en.contains("DOCTYPE") == true)
        // An entity that is not XML's own is refused too, not left as text.
        let undeclared = sheet(#"<row><c t="inlineStr"><is><t>&xxe;</t></is></c></row>"#)
        #expect(failure(undeclared)?.message.en.contains("&xxe;") == true)
    }

    @Test("damaged XML stops with the sheet and the row")
    func damaged() throws {
        let cut = String(sheet(#"<row r="1"><c><v>1</v></c></row><row r="2"><c><v>2</v></c></row>"#).prefix(120))
        let e = try #require(failure(cut))
        #expect(e.sheet == "Sheet1")
        #expect(e.message.en.contains("cut off"))
        let backwards = try #require(failure(sheet(#"<row r="3"><c><v>1</v></c></row><row r="2"><c><v>2</v></c></row>"#)))
        #expect(backwards.message.en.contains("row 2 after row 3"))
        let cellBack = try #require(failure(sheet(#"<row r="1"><c r="C1"><v>1</v></c><c r="B1"><v>2</v></c></row>"#)))
        #expect(cellBack.message.en.contains("B1 after C1") && cellBack.column == 2)
        let unclosed = try #require(failure(sheet(#"<row r="1"><c r="A1"><v>1</v></row>"#)))
        #expect(unclosed.message.en.contains("not closed") && unclosed.row == 1)
        let badIndex = try #require(failure(sheet(#"<row r="1"><c r="A1" t="s"><v>7</v></c></row>"#)))
        #expect(badIndex.message.en.contains("shared string 7"))
        let wide = try #require(failure(sheet(#"<row r="1"><c r="XFE1"><v>1</v></c></row>"#)))
        #expect(wide.kind == .limit)
        #expect(failure(sheet(#"<row r="1"><c r="A1"><v>1</v></c></row>"#) + "<") != nil)
    }
}
