import Testing

@testable import CSatCore

/// The byte rules of the CSV hot path (`ByteText`) give what the `String` rules of
/// `CellValues` give, cell for cell: the importer relies on it to skip the `String`.
struct ByteTextTests {
    let five = Scale(id: "five", points: 5, min: 1, labels: nil, satisfiedFrom: nil, dissatisfiedTo: nil)
    let eleven = Scale(id: "nps", points: 11, min: 0, labels: nil, satisfiedFrom: nil, dissatisfiedTo: nil)

    func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        Array(s.utf8).withUnsafeBufferPointer(body)
    }

    /// Cells with the spaces `CellValues.trim` knows on either side, and characters that only look like them.
    static let padded: [String] = [
        "", " ", "a", " a", "a ", "\ta\r\n", "\u{3000}住宅\u{3000}", "\u{85}x\u{85}", "\u{2028}y\u{2029}", "√", "否",
        "住宅", "宅\u{85}", "\u{80}", "x\u{80}", "\u{2000}z\u{2000}", "\u{A0}n\u{A0}", "\u{3000}", " \u{3000} \t",
        "a\u{2027}", "\u{E000}", "楼 ", " 楼", "\u{2029}", "\u{C2}", "ab\u{2028}\u{2028}", "\u{3001}",
    ]

    @Test func trimMatchesTheStringRule() {
        for s in Self.padded {
            let trimmed = withBytes(s) { String(decoding: ByteText.trim($0), as: UTF8.self) }
            #expect(trimmed == CellValues.trim(s), "\(Array(s.unicodeScalars))")
        }
    }

    @Test func flagMatchesTheStringRule() {
        let words = CellValues.falsy.union(CellValues.truthy).union([
            "FALSE", "No", "N", "F", " no ", "有折痕", "张伟", "falsey", "nO", "\u{3000}否", "0.0", "00", "12345678", "Ｎ",
        ])
        for w in words {
            let byBytes = withBytes(w) { ByteText.flag(ByteText.trim($0)) }
            #expect(byBytes == CellValues.flag(w), "\(w)")
        }
    }

    @Test func phoneMatchesTheStringRule() {
        let phones = [
            "", "13812345678", "138 1234 5678", "138-1234-5678", "+8613812345678", "8613812345678", "+86 138 1234 5678",
            "02155551234", "021-5555 1234", "0755-12345678", "12345", "23812345678", "1381234567", "138123456789",
            "+8623812345678", "+86", "+", "1381234567a", "1+3812345678", "010-1234567", "0101234567890", "1381234567８",
            "1381234５678", "--", "  ",
        ]
        for p in phones {
            let byBytes = withBytes(p) { ByteText.phone(ByteText.trim($0)) }
            if let byBytes {
                #expect(byBytes == CellValues.phone(p), "\(p)")
            } else {
                #expect(p.unicodeScalars.contains { !$0.isASCII }, "\(p): only non-ASCII text may fall back")
            }
        }
    }

    @Test func allDigits() {
        for s in [
            "", "0", "9", "0123456789", "012345678901234567", "01234567/", "0123456:", "01234567\u{80}", "a1234567",
            "1234567\u{BA}", "12345678\u{B9}1", "99999999", "/0000000", "::::::::",
        ] {
            #expect(withBytes(s) { ByteText.allDigits($0) } == s.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }, "\(s)")
        }
    }

    @Test func isoDateMatchesTheStringRule() {
        let dates = [
            "2026-06-18", "2026/06/18", "2026-6-18", "2024-02-29", "2026-02-29", "2026-02-30", "2026-04-31",
            "2026-13-01", "2026-00-10", "1899-12-31", "2200-12-31", "2201-01-01", "2026-06/18", "2026.06.18",
            "20a6-06-18", "2026-06-1x",
        ]
        for d in dates {
            guard let byBytes = withBytes(d, ByteText.isoDate) else { continue }
            #expect(byBytes == CellValues.date(d), "\(d)")
        }
        #expect(withBytes("2026-06-18", ByteText.isoDate) == 20_260_618)
        #expect(withBytes("2026-02-30", ByteText.isoDate) == nil)
    }

    @Test func answerCodesMatchTheStringRule() {
        for scale in [five, eleven] {
            for v in 0..<100 {
                for text in [String(v), v < 10 ? "0\(v)" : String(v)] {
                    let byBytes = withBytes(text) { ByteText.answerCode($0, min: scale.min, max: scale.max) }
                    #expect(byBytes == CellValues.answerCode(text, scale: scale), "\(text) on \(scale.id)")
                }
            }
            #expect(withBytes("") { ByteText.answerCode($0, scale: scale) } == AnswerCode.notAnswered)
            #expect(withBytes("4.0") { ByteText.answerCode($0, scale: scale) } == nil)
            #expect(withBytes("４") { ByteText.answerCode($0, scale: scale) } == nil)
        }
    }
}
