import Foundation
import Testing

@testable import CSatCSV

/// The scanner's fast paths: fields of every short length (copied without a loop), runs of
/// multi-byte characters, and the eight-byte skip that lands on the first byte to look at.
@Suite struct FieldCopyTests {
    /// A field of `n` characters cycling through ASCII, Chinese, two- and four-byte characters.
    static func field(_ n: Int, _ seed: Int) -> String {
        let pieces = ["a", "锦", "é", "😀", "程", "9", "×", "项"]
        return String((0..<n).map { Character(pieces[($0 * 3 + seed) % pieces.count]) })
    }

    @Test func fieldsOfEveryLengthArriveWhole() throws {
        var rows: [[String]] = [["h1", "h2", "h3"]]
        for n in 0...40 {
            rows.append([Self.field(n, n), String(repeating: "x", count: n), Self.field(40 - n, 2 * n)])
        }
        let text = rows.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
        for chunkSize in [4 << 20, 7, 1] {
            #expect(try parse(bytes(text), chunkSize: chunkSize).get().records == rows)
        }
    }

    @Test func rowViewGivesEveryFieldAtOnce() throws {
        var seen: [[String]] = []
        _ = try CSVReader(bytes: bytes("a,b,c\n1,,\"锦程\"\n,x,\n")).read(
            header: { _ in },
            record: { row in
                var start = 0
                var fields: [String] = []
                for end in row.fieldEnds {
                    fields.append(
                        String(decoding: UnsafeBufferPointer(start: row.fieldBytes + start, count: end - start), as: UTF8.self))
                    start = end
                }
                #expect(fields == row.strings())
                seen.append(fields)
            })
        #expect(seen == [["1", "", "锦程"], ["", "x", ""]])
    }

    @Test("a bad byte is found wherever it sits in an eight-byte word", arguments: 0..<16)
    func badByteAfterPlainText(offset: Int) {
        let plain = String(repeating: "ab,", count: 6)
        for (bad, expectedKind) in [([UInt8(0xFF)], CSVError.Kind.invalidText), ([0], .nulByte), ([0xE9, 0x94], .invalidText)] {
            let line = Array((plain + "锦程").utf8) + Array(repeating: UInt8(ascii: "z"), count: offset) + bad + bytes(",q\n")
            // Eight Chinese characters first, so that the file is taken for UTF-8 before the bad byte.
            let error = parse(bytes("h\n锦程项目锦程项目\n") + line).error
            #expect(error?.kind == expectedKind)
            #expect(error?.line == 3)
            #expect(error?.column == plain.count + 2 + offset + 1)
        }
    }

    @Test("spaces and tabs are seen wherever they sit", arguments: 0..<10)
    func spacesAfterPlainText(offset: Int) throws {
        let value = String(repeating: "v", count: offset) + " \"x"
        // A quote after a space in an unquoted field is a bare quote, at its column.
        let error = parse(bytes("h\n\(value)\n")).error
        #expect(error?.kind == .bareQuote)
        #expect(error?.column == offset + 2)
        let tabbed = String(repeating: "w", count: offset) + "\t1"
        #expect(try parse(bytes("h\n\(tabbed)\n")).get().records[1] == [tabbed])
    }
}
