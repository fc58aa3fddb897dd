import Testing

@testable import CSatCSV

/// The UTF-8 checks against the Unicode Standard's table of well-formed byte sequences (§3.9, Table 3-7).
@Suite struct UTF8ScanTests {
    func length(_ b: [UInt8]) -> Int {
        b.withUnsafeBufferPointer { UTF8Scan.sequenceLength($0.baseAddress!, 0, b.count) }
    }

    @Test func wellFormedEdges() {
        #expect(length([0xC2, 0x80]) == 2)  // U+0080
        #expect(length([0xDF, 0xBF]) == 2)  // U+07FF
        #expect(length([0xE0, 0xA0, 0x80]) == 3)  // U+0800
        #expect(length([0xED, 0x9F, 0xBF]) == 3)  // U+D7FF
        #expect(length([0xEE, 0x80, 0x80]) == 3)  // U+E000
        #expect(length([0xEF, 0xBF, 0xBF]) == 3)  // U+FFFF
        #expect(length([0xF0, 0x90, 0x80, 0x80]) == 4)  // U+10000
        #expect(length([0xF4, 0x8F, 0xBF, 0xBF]) == 4)  // U+10FFFF
    }

    @Test func illFormed() {
        #expect(length([0x80]) == 0)  // lone continuation byte
        #expect(length([0xC0, 0x80]) == 0)  // overlong NUL
        #expect(length([0xC1, 0xBF]) == 0)  // overlong
        #expect(length([0xE0, 0x9F, 0xBF]) == 0)  // overlong U+07FF
        #expect(length([0xED, 0xA0, 0x80]) == 0)  // surrogate U+D800
        #expect(length([0xF0, 0x8F, 0xBF, 0xBF]) == 0)  // overlong U+FFFF
        #expect(length([0xF4, 0x90, 0x80, 0x80]) == 0)  // U+110000
        #expect(length([0xF5, 0x80, 0x80, 0x80]) == 0)
        #expect(length([0xE4, 0xB8]) == 0)  // cut short
        #expect(length([0xD5, 0xC5]) == 0)  // GBK 张
    }

    @Test func incompleteTail() {
        func tail(_ b: [UInt8]) -> Int { b.withUnsafeBufferPointer { UTF8Scan.incompleteTail($0) } }
        #expect(tail(Array("ab".utf8)) == 0)
        #expect(tail(Array("a中".utf8)) == 0)
        #expect(tail([0x61, 0xE4]) == 1)
        #expect(tail([0x61, 0xE4, 0xB8]) == 2)
        #expect(tail([0x61, 0xF0, 0x9F, 0x98]) == 3)
        #expect(tail([0xE4]) == 1)
    }

    @Test func characterCountAndFirstNonASCII() {
        let text = Array("ab中😀c".utf8)
        #expect(text.withUnsafeBufferPointer { UTF8Scan.characterCount($0.baseAddress!, $0.count) } == 5)
        #expect(text.withUnsafeBufferPointer { UTF8Scan.firstNonASCII($0) } == 2)
        let ascii = Array(String(repeating: "x", count: 21).utf8)
        #expect(ascii.withUnsafeBufferPointer { UTF8Scan.firstNonASCII($0) } == nil)
        #expect((ascii + [0xC3, 0xA9]).withUnsafeBufferPointer { UTF8Scan.firstNonASCII($0) } == 21)
    }
}
