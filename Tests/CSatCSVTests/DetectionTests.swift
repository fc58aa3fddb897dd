import Testing

@testable import CSatCSV

/// Delimiter and encoding detection (SPEC.md "Responses": detected, caller may force).
@Suite struct DetectionTests {
    let comma = UInt8(ascii: ","), semicolon = UInt8(ascii: ";"), tab = UInt8(ascii: "\t")

    @Test func semicolonWithBOM() throws {
        let input = [0xEF, 0xBB, 0xBF] + bytes("名称;分数\r\n\"a;b\";5\r\n锦程;4,5\r\n")
        let parsed = try parse(input).get()
        #expect(parsed.format == CSVFormat(encoding: .utf8BOM, delimiter: semicolon))
        #expect(parsed.records == [["名称", "分数"], ["a;b", "5"], ["锦程", "4,5"]])
    }

    @Test func tabDelimited() throws {
        let parsed = try parse(bytes("a\tb,c\td\n1\t2\t3\n")).get()
        #expect(parsed.format.delimiter == tab)
        #expect(parsed.records == [["a", "b,c", "d"], ["1", "2", "3"]])
    }

    @Test func commaWinsTiesAndQuotedDelimitersDoNotCount() throws {
        #expect(try parse(bytes("a,b;c\n1,2;3\n")).get().records == [["a", "b;c"], ["1", "2;3"]])
        let quoted = try parse(bytes("\"x;y;z\",w\n1,2\n")).get()
        #expect(quoted.format.delimiter == comma)
        #expect(quoted.records == [["x;y;z", "w"], ["1", "2"]])
        #expect(try parse(bytes("a;b\tc\n")).get().format.delimiter == semicolon)
        #expect(try parse(bytes("single\nvalue\n")).get().format.delimiter == comma)
    }

    @Test func headerAfterBlankLinesAndLongerThanAChunk() throws {
        let input = bytes("\r\n\n" + (1...40).map { "column\($0)" }.joined(separator: ";") + "\n")
        let parsed = try parse(input, chunkSize: 5).get()
        #expect(parsed.format.delimiter == semicolon)
        #expect(parsed.records.first?.count == 40)
        #expect(parsed.lines == [3])
    }

    @Test func forcedDelimiter() throws {
        let parsed = try parse(bytes("a;b,c\n1;2,3\n"), delimiter: semicolon).get()
        #expect(parsed.records == [["a", "b,c"], ["1", "2,3"]])
        #expect(try parse(bytes("a;b\n"), delimiter: comma).get().records == [["a;b"]])
    }

    @Test func pureASCIIIsUTF8() throws {
        #expect(try parse(bytes("a,b\n1,2\n")).get().format.encoding == .utf8)
    }

    @Test func utf16AndUTF32ByteOrderMarksAreRefused() {
        for mark: [UInt8] in [[0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0x00, 0x00], [0x00, 0x00, 0xFE, 0xFF]] {
            let error = parse(mark + [0x61, 0x00, 0x0A, 0x00]).error
            #expect(error?.kind == .unsupportedEncoding)
            #expect(error?.line == 1)
            #expect(error?.message.en.contains("UTF-8") == true)
        }
        #expect(parse([0xFF, 0xFE, 0x00, 0x00]).error?.message.en.contains("UTF-32") == true)
    }

    @Test func utf16WithoutMarkIsANulByte() {
        // "ab\n" in UTF-16LE: the first NUL is the 2nd byte, line 1 column 2.
        let error = parse([0x61, 0x00, 0x62, 0x00, 0x0A, 0x00]).error
        #expect(error?.kind == .nulByte)
        #expect(error?.line == 1)
        #expect(error?.column == 2)
    }
}
