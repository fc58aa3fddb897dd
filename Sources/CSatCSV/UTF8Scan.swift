/// Byte-level UTF-8 checks used by encoding detection and the record scanner.
///
/// Hand-written rather than `String(validating:)` because they work on a window
/// of a larger buffer, report where a sequence breaks, and tell a character cut
/// by a chunk boundary (wait for more bytes) from a broken one.
enum UTF8Scan {
    /// Length (2–4) of the well-formed multi-byte sequence at `i`, or 0 if it is
    /// ill-formed or runs past `end`. RFC 3629: no overlongs, surrogates or values above U+10FFFF.
    @inline(__always)
    static func sequenceLength(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let b0 = p[i]
        @inline(__always) func cont(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            i + k < end && p[i + k] >= low && p[i + k] <= high
        }
        switch b0 {
        case 0xC2...0xDF:
            return cont(1) ? 2 : 0
        case 0xE0:
            return cont(1, 0xA0) && cont(2) ? 3 : 0
        case 0xED:
            return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
        case 0xE1...0xEF:
            return cont(1) && cont(2) ? 3 : 0
        case 0xF0:
            return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3:
            return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4:
            return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
        default:
            return 0
        }
    }

    /// 3 for a well-formed three-byte sequence at `i` whose lead byte puts no limit on the
    /// second byte (E1–EC, EE, EF: all of CJK), `nil` for anything else (ask `sequenceLength`).
    /// Chinese text is mostly these; the test is small enough to inline in the scanner's loop.
    @inline(__always)
    static func threeByteLength(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        let b0 = p[i]
        guard b0 &- 0xE1 < 0x0C || b0 &- 0xEE < 2, i &+ 2 < end else { return nil }
        return p[i &+ 1] & 0xC0 == 0x80 && p[i &+ 2] & 0xC0 == 0x80 ? 3 : nil
    }

    /// How many bytes at the end of `b` start a character that needs more bytes than are there
    /// (0–3). Those bytes are kept for the next chunk instead of being judged now.
    static func incompleteTail(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        let n = b.count
        var back = 1
        while back <= 3 && back <= n {
            let byte = b[n - back]
            if byte & 0xC0 != 0x80 {  // an ASCII or lead byte: the last character starts here
                let need = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                return need > back ? back : 0
            }
            back += 1
        }
        return 0
    }

    /// Whether `b` is well-formed UTF-8, and how many multi-byte characters it holds: the
    /// evidence for choosing UTF-8. Stops after `enough` of them, so that the decision rests on
    /// the file's first non-ASCII text only. A character cut at the end is left out of the
    /// judgement: at a chunk's end it is completed later, and at the file's end the UTF-8 check
    /// reports it where it is (a truncated UTF-8 file must not be taken for GB18030).
    static func evidence(_ b: UnsafeBufferPointer<UInt8>, enough: Int) -> (valid: Bool, multiByte: Int) {
        guard let p = b.baseAddress else { return (true, 0) }
        let end = b.count - incompleteTail(b)
        var i = 0
        var multiByte = 0
        while i < end {
            if p[i] < 0x80 {
                i += 1
                continue
            }
            let length = sequenceLength(p, i, end)
            if length == 0 { return (false, multiByte) }
            multiByte += 1
            if multiByte >= enough { break }
            i += length
        }
        return (true, multiByte)
    }

    /// Index of the first byte ≥ 0x80, eight bytes at a time.
    static func firstNonASCII(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let p = b.baseAddress else { return nil }
        var i = 0
        let raw = UnsafeRawPointer(p)
        while i + 8 <= b.count {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { break }
            i += 8
        }
        while i < b.count {
            if p[i] >= 0x80 { return i }
            i += 1
        }
        return nil
    }

    /// Characters in `count` bytes of UTF-8: bytes that are not continuation bytes (10xxxxxx).
    static func characterCount(_ p: UnsafePointer<UInt8>, _ count: Int) -> Int {
        var n = 0
        for i in 0..<max(0, count) where p[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }
}
