import Testing

@testable import CSatCSV

/// GB18030 decoding, and bytes that are text in no supported encoding.
@Suite struct EncodingTests {
    /// `项目,房号,意见\r\n锦程花园,1-101,"停车位不够，\r\n晚上很吵"\r\n锦程花园,1-102,满意😀\r\n`
    /// encoded by Python's `str.encode("gb18030")`; 😀 is the 4-byte sequence 94 39 FC 36.
    static let gb: [UInt8] = [
        0xCF, 0xEE, 0xC4, 0xBF, 0x2C, 0xB7, 0xBF, 0xBA, 0xC5, 0x2C, 0xD2, 0xE2, 0xBC, 0xFB, 0x0D, 0x0A,
        0xBD, 0xF5, 0xB3, 0xCC, 0xBB, 0xA8, 0xD4, 0xB0, 0x2C, 0x31, 0x2D, 0x31, 0x30, 0x31, 0x2C, 0x22,
        0xCD, 0xA3, 0xB3, 0xB5, 0xCE, 0xBB, 0xB2, 0xBB, 0xB9, 0xBB, 0xA3, 0xAC, 0x0D, 0x0A, 0xCD, 0xED,
        0xC9, 0xCF, 0xBA, 0xDC, 0xB3, 0xB3, 0x22, 0x0D, 0x0A, 0xBD, 0xF5, 0xB3, 0xCC, 0xBB, 0xA8, 0xD4,
        0xB0, 0x2C, 0x31, 0x2D, 0x31, 0x30, 0x32, 0x2C, 0xC2, 0xFA, 0xD2, 0xE2, 0x94, 0x39, 0xFC, 0x36,
        0x0D, 0x0A,
    ]
    static let records = [
        ["项目", "房号", "意见"], ["锦程花园", "1-101", "停车位不够，\r\n晚上很吵"], ["锦程花园", "1-102", "满意😀"],
    ]

    @Test func gb18030IsDecoded() throws {
        let parsed = try parse(Self.gb).get()
        #expect(parsed.format == CSVFormat(encoding: .gb18030, delimiter: UInt8(ascii: ",")))
        #expect(parsed.records == Self.records)
        #expect(parsed.lines == [1, 2, 4])
    }

    @Test("chunk boundaries inside GB18030 characters and the quoted field", arguments: 1...24)
    func gb18030InChunks(size: Int) throws {
        let parsed = try parse(Self.gb, chunkSize: size).get()
        #expect(parsed.records == Self.records)
        #expect(parsed.lines == [1, 2, 4])
    }

    @Test func gb18030AfterALongASCIIStart() throws {
        // 200 ASCII rows, then GBK 张三 (D5 C5 C8 FD): decided only at row 202, no row read twice.
        let ascii = "id,name\n" + (1...200).map { "\($0),x\n" }.joined()
        for size in [7, 64, 1 << 20] {
            let parsed = try parse(
                bytes(ascii) + [0x32, 0x30, 0x31, 0x2C, 0xD5, 0xC5, 0xC8, 0xFD, 0x0A], chunkSize: size
            ).get()
            #expect(parsed.format.encoding == .gb18030)
            #expect(parsed.records.count == 202)
            #expect(parsed.records.last == ["201", "张三"])
            #expect(parsed.lines.last == 202)
        }
    }

    @Test func gb18030ByteOrderMarkIsStripped() throws {
        let parsed = try parse([0x84, 0x31, 0x95, 0x33, 0x61, 0x0A, 0xD5, 0xC5, 0x0A]).get()
        #expect(parsed.records == [["a"], ["张"]])
        #expect(parsed.format.encoding == .gb18030)
    }

    @Test func bytesThatAreNoTextAtAll() {
        // 0x80 is neither UTF-8 nor GB18030: line 2, column 3.
        let error = parse(bytes("a,b\n1,") + [0x80] + bytes("\n")).error
        #expect(error?.kind == .invalidText)
        #expect(error?.line == 2)
        #expect(error?.column == 3)
        #expect(error?.message.en.contains("0x80") == true)
        // GBK 张 (D5 C5) cut by the end of the file.
        let cut = parse(bytes("a\n") + [0xD5, 0xC5, 0xD5]).error
        #expect(cut?.kind == .invalidText)
        #expect(cut?.line == 2)
        #expect(cut?.column == 2)
    }

    @Test func utf8FileWithAGBKRowIsRefusedWhereItBreaks() {
        // The first eight multi-byte characters (UTF-8) settle UTF-8, even when the whole file is
        // in the look-ahead window; row 3 then holds GBK 张三 at column 8.
        let input = bytes("项目,房号,意见,姓名,电话\n锦程,1,好,王,1\n锦程,2,好,") + [0xD5, 0xC5, 0xC8, 0xFD] + bytes(",2\n")
        for size in [3, 1 << 20] {
            let error = parse(input, chunkSize: size).error
            #expect(error?.kind == .invalidText)
            #expect(error?.line == 3)
            #expect(error?.column == 8)
            #expect(error?.message.en.contains("0xD5") == true)
            #expect(error?.message.en.contains("mixes encodings") == true)
        }
    }

    @Test func utf8CutShortAtTheEndIsNotTakenForGB18030() {
        // "a\n中" then the first two bytes of 文 (E6 96 87): UTF-8, broken at line 2, column 2.
        let error = parse(bytes("a\n中") + [0xE6, 0x96]).error
        #expect(error?.kind == .invalidText)
        #expect(error?.line == 2)
        #expect(error?.column == 2)
        #expect(error?.message.en.contains("0xE6 0x96") == true)
    }

    @Test func byteOrderMarkPromisesUTF8() {
        let error = parse([0xEF, 0xBB, 0xBF] + bytes("a\n") + [0xD5, 0xC5] + bytes("\n")).error
        #expect(error?.kind == .invalidText)
        #expect(error?.line == 2)
        #expect(error?.column == 1)
        #expect(error?.message.en.contains("byte-order mark") == true)
    }

    @Test("UTF-8 with chunk boundaries inside characters and quoted fields", arguments: 1...30)
    func utf8InChunks(size: Int) throws {
        let text = "项目,意见\n锦程花园,\"停车位\n不够，\"\"晚上\"\"很吵\"\n锦程,满意😀\n"
        let want = [["项目", "意见"], ["锦程花园", "停车位\n不够，\"晚上\"很吵"], ["锦程", "满意😀"]]
        for prefix: [UInt8] in [[], [0xEF, 0xBB, 0xBF]] {
            let parsed = try parse(prefix + bytes(text), chunkSize: size).get()
            #expect(parsed.records == want)
            #expect(parsed.lines == [1, 2, 4])
        }
    }
}
