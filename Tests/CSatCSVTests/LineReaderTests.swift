import Testing

@testable import CSatCSV

/// `CSVLineReader`: only the records on chosen lines, each with its line in the file.
@Suite struct LineReaderTests {
    /// Header (line 1) and the chosen records, as `parse` gives them.
    func select(_ bytes: [UInt8], lines: [Int], headerLine: Int = 1, format: CSVFormat? = nil, chunkSize: Int = 1 << 20)
        throws -> Parsed
    {
        let format = format ?? CSVFormat(encoding: .utf8, delimiter: UInt8(ascii: ","))
        var records: [[String]] = []
        var found: [Int] = []
        let collect = { (row: CSVRow) in
            records.append(row.strings())
            found.append(row.line)
        }
        try CSVLineReader(bytes: bytes, chunkSize: chunkSize).read(
            lines: [headerLine] + lines, format: format, header: collect, record: collect)
        return Parsed(records: records, lines: found, format: format)
    }

    /// Line 1 header; line 2 `a,b`; lines 3–4 a record whose quoted field holds a line break and a
    /// doubled quote; line 5 `d,e` after a CRLF; line 6 a lone-CR line `f,g`; line 7 `h,i` without a line end.
    static let text = bytes("h1,h2\na,b\n\"x\n\"\"y\",c\r\nd,e\rf,g\nh,i")

    @Test("the records on the chosen lines, in every chunk size", arguments: [1, 2, 3, 5, 8, 64, 1 << 20])
    func chosenLines(chunkSize: Int) throws {
        let got = try select(Self.text, lines: [3, 5, 7], chunkSize: chunkSize)
        #expect(got.records == [["h1", "h2"], ["x\n\"y", "c"], ["d", "e"], ["h", "i"]])
        #expect(got.lines == [1, 3, 5, 7])
        let crOnly = try select(Self.text, lines: [2, 6], chunkSize: chunkSize)
        #expect(crOnly.records == [["h1", "h2"], ["a", "b"], ["f", "g"]])
        #expect(crOnly.lines == [1, 2, 6])
    }

    @Test func noneChosenGivesTheHeaderOnly() throws {
        let got = try select(Self.text, lines: [])
        #expect(got.records == [["h1", "h2"]])
    }

    @Test func aLineInsideAChosenRecordIsPassed() throws {
        // Line 4 is the second line of the record on line 3: no record starts there.
        let got = try select(Self.text, lines: [3, 4, 5])
        #expect(got.records == [["h1", "h2"], ["x\n\"y", "c"], ["d", "e"]])
        #expect(got.lines == [1, 3, 5])
        // Alone, it is read as if a record started there (a file changed since the whole read): here
        // `""y",c` is not CSV, an error; the caller checks the records it gets in any case.
        #expect(throws: CSVError.self) { try select(Self.text, lines: [4]) }
    }

    @Test func blankLinesBeforeTheHeaderAndAByteOrderMark() throws {
        // BOM, then a blank line: the header is on line 2 (as the whole read says), the record on line 4.
        let text: [UInt8] = [0xEF, 0xBB, 0xBF] + bytes("\r\nid,v\n1,x\n2,y\n")
        #expect(try parse(text).get().lines == [2, 3, 4])
        let got = try select(text, lines: [4], headerLine: 2, format: CSVFormat(encoding: .utf8BOM, delimiter: 0x2C))
        #expect(got.records == [["id", "v"], ["2", "y"]])
        #expect(got.lines == [2, 4])
    }

    @Test func gb18030RecordsAreDecoded() throws {
        let format = CSVFormat(encoding: .gb18030, delimiter: 0x2C)
        for size in [1, 3, 7, 1 << 20] {
            let got = try select(EncodingTests.gb, lines: [4], format: format, chunkSize: size)
            #expect(got.records == [EncodingTests.records[0], EncodingTests.records[2]])
            #expect(got.lines == [1, 4])
            let quoted = try select(EncodingTests.gb, lines: [2], format: format, chunkSize: size)
            #expect(quoted.records == [EncodingTests.records[0], EncodingTests.records[1]])
        }
    }

    @Test("any choice of lines gives the whole read's records on them", arguments: [1, 4, 9, 4096])
    func agreesWithTheWholeRead(chunkSize: Int) throws {
        // Records of every kind, one to three lines each.
        var text = "project,unit,note\r\n"
        for i in 0..<60 {
            switch i % 4 {
            case 0: text += "p\(i % 3),u\(i),plain\r\n"
            case 1: text += "p\(i % 3),u\(i),\"two\r\nlines, \"\"quoted\"\"\"\r\n"
            case 2: text += "p\(i % 3),u\(i),\"三\n行\r文\"\n"
            default: text += "p\(i % 3),u\(i),\r"
            }
        }
        let whole = try parse(bytes(text)).get()
        // Twenty fixed patterns: every record whose index times a step falls in a window.
        for step in 1...20 {
            let chosen = (1..<whole.lines.count).filter { ($0 * step + chunkSize) % 7 < 3 }
            let got = try select(bytes(text), lines: chosen.map { whole.lines[$0] }, chunkSize: chunkSize)
            #expect(got.records == [whole.records[0]] + chosen.map { whole.records[$0] })
            #expect(got.lines == [1] + chosen.map { whole.lines[$0] })
        }
    }
}
