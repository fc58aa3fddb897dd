import Foundation
import Testing

@testable import CSatCSV

/// Records, line numbers, strictness and the `CSVRow` view.
@Suite struct ParsingTests {
    @Test func linesAfterQuotedNewlines() throws {
        // Records start on lines 1, 2, 5 (after "x\ny\nz"), 7 (blank line 6), 9 ("p\r\nq": CRLF is one line
        // end), 11 ("r\rs": a lone CR is a line end too).
        let text = "a,b\n1,\"x\ny\nz\"\n2,w\n\n3,\"p\r\nq\"\r\n4,\"r\rs\"\r5,t"
        let parsed = try parse(bytes(text)).get()
        #expect(parsed.lines == [1, 2, 5, 7, 9, 11])
        #expect(parsed.records[2...].map { $0[1] } == ["w", "p\r\nq", "r\rs", "t"])
        #expect(parsed.lines == (try parse(bytes(text), chunkSize: 1).get().lines))
    }

    @Test func errorsAfterQuotedNewlinesNameTheRightLine() {
        let count = parse(bytes("a,b\n1,\"x\ny\"\n2,3,4\n")).error
        #expect(count?.kind == .fieldCount)
        #expect(count?.line == 4)
        #expect(count?.message.en.hasPrefix("expected 2 fields, found 3") == true)
        // `y" z,1` on line 3: a space after the closing quote, column 3.
        let junk = parse(bytes("a,b\n\"x\ny\" z,1\n")).error
        #expect(junk?.kind == .extraneousQuote)
        #expect(junk?.line == 3)
        #expect(junk?.column == 3)
        // Columns count characters, not bytes: the quote after 锦程 is column 5.
        let bare = parse(bytes("名,注\n1,锦程\"x\n")).error
        #expect(bare?.kind == .bareQuote)
        #expect(bare?.line == 2)
        #expect(bare?.column == 5)
    }

    @Test func unterminatedQuoteNamesTheLineWhereItOpens() {
        // Record starts on line 2; its first quoted field closes on line 3, where the second one opens.
        let error = parse(bytes("a,b\n\"x\ny\",\"open\nmore\n")).error
        #expect(error?.kind == .unterminatedQuote)
        #expect(error?.line == 3)
        #expect(error?.column == 4)  // y",  then the quote that never closes
        let last = parse(bytes("a,b\n1,\"open")).error
        #expect(last?.line == 2 && last?.column == 3)
        // Characters, not bytes; quotes inside the open field come in pairs; every chunk size agrees.
        let input = bytes("项目,意见\n甲苑,\"x\"\"y,\"\"z\nmore\n")
        for size in 1...9 {
            let e = parse(input, chunkSize: size).error
            #expect(
                e?.kind == .unterminatedQuote && e?.line == 2 && e?.column == 4, "chunk size \(size): \(String(describing: e))")
        }
        // A quoted field that closed, then one that opens on the same line.
        let two = parse(bytes("a,b,c\n\"ok\",\"\"\"\",\"open\n")).error
        #expect(two?.line == 2 && two?.column == 11, "\(String(describing: two))")
    }

    @Test func valuesAreKeptExactly() throws {
        // No trimming: spaces around unquoted values stay; a space after a closing quote is an error.
        let parsed = try parse(bytes(" a , b\n 1 ,\" 2 \"\n")).get()
        #expect(parsed.records == [[" a ", " b"], [" 1 ", " 2 "]])
        #expect(parse(bytes("a,b\n\"1\" ,2\n")).error?.kind == .extraneousQuote)
    }

    @Test func nulByte() {
        let error = parse(bytes("a,b\n1,\"x\0y\"\n")).error
        #expect(error?.kind == .nulByte)
        #expect(error?.line == 2)
        #expect(error?.column == 5)
    }

    @Test func headerRules() throws {
        let duplicate = parse(bytes("id,name, id \n1,2,3\n")).error
        #expect(duplicate?.kind == .duplicateColumn)
        #expect(duplicate?.line == 1)
        #expect(duplicate?.message.en.contains("\"id\": column 1 (A) and column 3 (C)") == true)
        // Several empty names (unused spreadsheet columns) are allowed.
        #expect(try parse(bytes("a,,\n1,2,3\n")).get().records == [["a", "", ""], ["1", "2", "3"]])
        #expect(parse(bytes("\r\n\n\r")).error == .emptyInput)
        #expect(parse([]).error?.line == nil)
    }

    @Test func rowView() throws {
        var seen: [String] = []
        _ = try CSVReader(bytes: bytes("a,b,c\n1,,\"x\"\"y\"\n")).read(
            header: { row in
                #expect(row.line == 1)
                #expect(row.strings() == ["a", "b", "c"])
            },
            record: { row in
                #expect(row.count == 3)
                #expect(row.isEmpty(1))
                #expect(row.withField(2) { Array($0) } == Array("x\"y".utf8))
                seen.append(row.string(0))
            })
        #expect(seen == ["1"])
    }

    @Test func callbackErrorsPassThrough() {
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            _ = try CSVReader(bytes: bytes("a\n1\n2\n")).read(header: { _ in }, record: { _ in throw Stop() })
        }
    }

    @Test func readsFilesByPath() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csatcsv-\(UUID().uuidString).csv")
        try Data(bytes("a;b\r\n1;2\r\n")).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var rows: [[String]] = []
        let format = try CSVReader(path: url.path).read(
            header: { rows.append($0.strings()) }, record: { rows.append($0.strings()) })
        #expect(rows == [["a", "b"], ["1", "2"]])
        #expect(format.delimiter == UInt8(ascii: ";"))

        #expect(throws: CSVError.self) {
            _ = try CSVReader(path: url.path + ".missing").read(header: { _ in }, record: { _ in })
        }
    }

    @Test func errorDescription() {
        #expect(CSVError(kind: .bareQuote, line: 2, column: 8, message: .verbatim("m")).description == "2:8: m")
        #expect(CSVError(kind: .fieldCount, line: 3, message: .verbatim("m")).description == "3: m")
        #expect(
            CSVError.columnLetters(0) == "A" && CSVError.columnLetters(25) == "Z" && CSVError.columnLetters(26) == "AA")
    }
}
