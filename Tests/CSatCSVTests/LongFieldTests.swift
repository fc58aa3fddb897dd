import Foundation
import Testing

@testable import CSatCSV

/// A field longer than a spreadsheet cell (32,767 UTF-16 units, as Excel counts) keeps only that
/// much, cut at a character boundary, and the reader says where (docs/IMPORT.md, "Very long fields").
/// The expected lengths are worked out by hand: ASCII and Chinese characters are one unit each
/// (1 and 3 bytes), an emoji two units (4 bytes).
@Suite struct LongFieldTests {
    static func file(_ field: String) -> [UInt8] {
        Array("id,comment,score\r\nA1,\"\(field)\",5\r\nA2,ok,4\r\n".utf8)
    }

    @Test func asciiAndChineseAreCutAtTheLimit() throws {
        for (unit, bytesPerChar) in [("a", 1), ("电", 3)] {
            let field = String(repeating: unit, count: 40_000)
            for chunk in [nil, 4096, 7] as [Int?] {
                let parsed = try parse(Self.file(field), chunkSize: chunk).get()
                #expect(parsed.records[1][1] == String(repeating: unit, count: 32_767), "\(unit) chunk \(chunk ?? 0)")
                #expect(parsed.records[1][2] == "5")
                #expect(parsed.records[2] == ["A2", "ok", "4"])
                #expect(parsed.format.cutCellCount == 1)
                #expect(parsed.format.cutCells == [CutCell(line: 2, field: 2, bytes: 40_000 * bytesPerChar)])
            }
        }
    }

    @Test func exactlyTheLimitIsKeptWhole() throws {
        for unit in ["a", "电"] {
            let field = String(repeating: unit, count: 32_767)
            let parsed = try parse(Self.file(field)).get()
            #expect(parsed.records[1][1] == field)
            #expect(parsed.format.cutCellCount == 0 && parsed.format.cutCells.isEmpty)
        }
    }

    /// An emoji is two UTF-16 units: 16,383 of them are 32,766 units, one more ASCII letter makes
    /// 32,767 and the next letter is cut; an emoji that would straddle the limit is left out whole.
    @Test func surrogatePairsCountTwice() throws {
        let emoji = String(repeating: "😀", count: 16_383)
        let a = try parse(Self.file(emoji + "xy")).get()
        #expect(a.records[1][1] == emoji + "x")
        #expect(a.format.cutCells == [CutCell(line: 2, field: 2, bytes: 16_383 * 4 + 2)])
        let b = try parse(Self.file("x" + emoji + "😀")).get()
        #expect(b.records[1][1] == "x" + emoji)
        #expect(b.records[1][1].utf16.count == 32_767)
    }

    /// GB18030 text is transcoded before the cut: the limit is in characters, whatever the encoding.
    @Test func gb18030IsCutByCharacters() throws {
        // 物业 in GB18030 is CE EF D2 B5 (Python: "物业".encode("gb18030")).
        var gb = Array("id,comment,score\r\nA1,\"".utf8)
        for _ in 0..<20_000 { gb += [0xCE, 0xEF, 0xD2, 0xB5] }
        gb += Array("\",5\r\nA2,ok,4\r\n".utf8)
        let parsed = try parse(gb).get()
        #expect(parsed.format.encoding == .gb18030)
        #expect(parsed.records[1][1] == String(String(repeating: "物业", count: 20_000).prefix(32_767)))
        #expect(parsed.format.cutCells == [CutCell(line: 2, field: 2, bytes: 40_000 * 3)])
    }

    /// Several long fields: every one is counted, the first three are named with their lines.
    @Test func manyLongFields() throws {
        let long = String(repeating: "z", count: 33_000)
        var text = "id,comment,score\n"
        for i in 1...5 { text += "A\(i),\(long),\(long)\n" }
        let parsed = try parse(Array(text.utf8)).get()
        #expect(parsed.format.cutCellCount == 10)
        #expect(
            parsed.format.cutCells == [
                CutCell(line: 2, field: 2, bytes: 33_000), CutCell(line: 2, field: 3, bytes: 33_000),
                CutCell(line: 3, field: 2, bytes: 33_000),
            ])
        #expect(parsed.records.dropFirst().allSatisfy { $0[1].count == 32_767 && $0[2].count == 32_767 })
    }
}
