import Glibc
import Testing

@testable import CSatCSV

/// The table of two-byte characters must give exactly what iconv gives for the whole input in one
/// call (what the decoder did before the table): the same UTF-8, the same bytes used, the same
/// stop at a byte that is not GB18030 or at a character cut short.
@Suite struct GB18030DecoderTests {
    /// iconv over all of `input` in one call: the UTF-8 up to where it stopped, bytes used, whether it stopped at an invalid byte.
    static func reference(_ input: [UInt8]) -> (utf8: [UInt8], consumed: Int, invalid: Bool) {
        let converter = iconv_open("UTF-8", "GB18030")!
        defer { iconv_close(converter) }
        var input = input
        var out = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let outCount = out.count
        return input.withUnsafeMutableBufferPointer { i in
            out.withUnsafeMutableBufferPointer { o in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(i.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = i.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(o.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outCount
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                let failure = result == -1 ? errno : 0
                return (Array(o.prefix(outCount - outLeft)), i.count - inLeft, failure == EILSEQ)
            }
        }
    }

    static func decoded(_ input: [UInt8]) throws -> (utf8: [UInt8], consumed: Int, invalid: Bool) {
        let decoder = try GB18030Decoder()
        let (consumed, invalid) = input.withUnsafeBufferPointer { decoder.decode($0) }
        return (Array(decoder.decoded), consumed, invalid)
    }

    /// Python's `str.encode("gb18030")`: 非常满意, €, U+0080 and U+10000 (four bytes each).
    @Test func knownCharacters() throws {
        let input: [UInt8] = [
            0xB7, 0xC7, 0xB3, 0xA3, 0xC2, 0xFA, 0xD2, 0xE2, 0x2C, 0xA2, 0xE3, 0x81, 0x30, 0x81, 0x30, 0x90, 0x30, 0x81, 0x30,
        ]
        let (utf8, consumed, invalid) = try Self.decoded(input)
        #expect(String(decoding: utf8, as: UTF8.self) == "非常满意,€\u{80}\u{10000}")
        #expect(consumed == input.count)
        #expect(!invalid)
    }

    /// Every lead byte from 0x80 with every second byte, followed by ASCII, then cut after the
    /// lead byte alone: 32,768 cases, each as iconv decides it.
    @Test func everyPairAsIconvDecidesIt() throws {
        var differ: [String] = []
        for lead in 0x80...0xFF {
            for trail in 0x00...0xFF {
                let input: [UInt8] = [0x41, UInt8(lead), UInt8(trail), 0x42]
                let (got, want) = (try Self.decoded(input), Self.reference(input))
                if got != want { differ.append(String(format: "%02X %02X", lead, trail)) }
            }
            let cut: [UInt8] = [0x41, UInt8(lead)]
            if try Self.decoded(cut) != Self.reference(cut) { differ.append(String(format: "%02X cut", lead)) }
        }
        #expect(differ.isEmpty, "\(differ.prefix(20))")
    }

    /// Random mixes of ASCII runs, two- and four-byte characters and now and then a stray byte,
    /// cut at every length: the decoder agrees with iconv on each prefix.
    @Test func randomTextCutEverywhere() throws {
        var state: UInt64 = 0x2026_1207
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        for round in 0..<40 {
            var input: [UInt8] = []
            while input.count < 300 {
                switch next(10) {
                case 0...3: input += (0..<(1 + next(20))).map { _ in UInt8(0x20 + next(0x5F)) }
                case 4...7: input += [UInt8(0x81 + next(126)), UInt8([0x40 + next(63), 0x80 + next(127)][next(2)])]
                case 8: input += [UInt8(0x81 + next(126)), UInt8(0x30 + next(10)), UInt8(0x81 + next(126)), UInt8(0x30 + next(10))]
                default: if round % 4 == 0 { input.append([0x80, 0xFF, 0x81][next(3)]) }
                }
            }
            for length in stride(from: 1, through: input.count, by: 7) {
                let prefix = Array(input.prefix(length))
                let (got, want) = (try Self.decoded(prefix), Self.reference(prefix))
                #expect(got == want, "round \(round), \(length) bytes")
                if got != want { return }
            }
        }
    }
}
