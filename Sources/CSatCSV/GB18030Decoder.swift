internal import Glibc

/// Streams GB18030 (and so GBK, its subset) to UTF-8 with Glibc's `iconv`.
///
/// iconv rather than Foundation: it keeps a character cut at the chunk's end for the next call
/// (`EINVAL`) and stops exactly at the first byte that is not GB18030 (`EILSEQ`), which the reader
/// turns into a line and column. About 6× faster than `String.Encoding` GB18030 decoding
/// (C-LIBRARIES.md) but still about 160 MB/s here, a second of CPU on a 1M-form download, so the
/// common characters go through `GB18030Pairs`, iconv's own answers for every two-byte character
/// asked once: ASCII is copied eight bytes at a time, a two-byte character is one table lookup, and
/// only the rest (four-byte characters, bytes that are not GB18030, a character cut by the end of
/// the input) is handed to iconv, one character at a time (docs/PERFORMANCE.md, "Fifth round").
final class GB18030Decoder {
    private let converter: iconv_t
    private let pairs = GB18030Pairs.shared
    private var output: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// UTF-8 bytes produced by the last `decode` call.
    private(set) var produced = 0

    init() throws(CSVError) {
        guard let handle = GB18030Pairs.open() else {
            throw CSVError(kind: .unsupportedEncoding, message: .noGB18030)
        }
        converter = handle
        capacity = 1 << 16
        output = .allocate(capacity: capacity)
    }

    deinit {
        iconv_close(converter)
        output.deallocate()
    }

    var decoded: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: output, count: produced) }

    /// Converts as much of `input` as possible into `decoded`.
    /// - Returns: bytes of `input` used, and whether conversion stopped at an invalid byte
    ///   (the first unused byte). Unused bytes without `invalid` are a character cut short.
    func decode(_ input: UnsafeBufferPointer<UInt8>) -> (consumed: Int, invalid: Bool) {
        produced = 0
        guard let from = input.baseAddress, input.count > 0 else { return (0, false) }
        // GB18030 → UTF-8 grows at most 1.5× (2 bytes → 3); 2× leaves room, and the slack of 16
        // lets a table entry be stored as one 4-byte word.
        let needed = input.count * 2 + 16
        if capacity < needed {
            output.deallocate()
            capacity = needed
            output = .allocate(capacity: capacity)
        }
        let n = input.count
        let to = output
        let table = pairs.table
        var i = 0, o = 0
        defer { produced = o }
        while i < n {
            while i + 8 <= n {
                let word = UnsafeRawPointer(from + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                UnsafeMutableRawPointer(to + o).storeBytes(of: word, as: UInt64.self)
                i += 8
                o += 8
            }
            if i == n { break }
            let lead = from[i]
            if lead < 0x80 {
                to[o] = lead
                i += 1
                o += 1
                continue
            }
            if i + 1 < n, let slot = GB18030Pairs.slot(lead, from[i + 1]) {
                let entry = table[slot]
                if entry != 0 {
                    UnsafeMutableRawPointer(to + o).storeBytes(of: entry & 0xFF_FFFF, as: UInt32.self)
                    i += 2
                    o += Int(entry >> 24)
                    continue
                }
            }
            // One character by iconv: four bytes, or what is left of the input.
            let step = GB18030Pairs.convert(converter, from + i, min(4, n - i), into: to + o, room: capacity - o)
            if step.used == 0 { return (i, step.invalid) }
            i += step.used
            o += step.made
        }
        return (i, false)
    }
}

/// iconv's UTF-8 for every two-byte GB18030 character (lead 0x81–0xFE, trail 0x40–0x7E or
/// 0x80–0xFE), asked once a process (about 24,000 small calls, a few milliseconds): an entry
/// holds the UTF-8 bytes in its low three bytes and their count in the top one, 0 where iconv
/// refused the pair or gave more than three bytes (then `GB18030Decoder` asks iconv itself).
/// Written once, in `init`, and only read after: shared by every decoder of the process.
final class GB18030Pairs: @unchecked Sendable {
    static let shared = GB18030Pairs()
    static let trails = 0xFE - 0x40 + 1

    /// 126 × 191 entries, never freed (one table a process, 96 KB).
    let table: UnsafePointer<UInt32>

    static func open() -> iconv_t? {
        let handle = iconv_open("UTF-8", "GB18030")
        guard let handle, handle != iconv_t(bitPattern: -1) else { return nil }
        return handle
    }

    /// One iconv call from the `count` bytes at `input` into at most `room` bytes at `output`:
    /// bytes used, bytes made, and whether it stopped at a byte that is not GB18030 (`EILSEQ`;
    /// otherwise unused bytes are a character cut short).
    static func convert(
        _ converter: iconv_t, _ input: UnsafePointer<UInt8>, _ count: Int,
        into output: UnsafeMutablePointer<UInt8>, room: Int
    ) -> (used: Int, made: Int, invalid: Bool) {
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: input)
            .assumingMemoryBound(to: CChar.self)
        var inLeft = count
        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(output)
            .assumingMemoryBound(to: CChar.self)
        var outLeft = room
        let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
        let failure = result == -1 ? errno : 0
        return (count - inLeft, room - outLeft, failure == EILSEQ)
    }

    @inline(__always)
    static func slot(_ lead: UInt8, _ trail: UInt8) -> Int? {
        guard lead >= 0x81, lead <= 0xFE, trail >= 0x40, trail <= 0xFE, trail != 0x7F else { return nil }
        return Int(lead - 0x81) * trails + Int(trail - 0x40)
    }

    private init() {
        let table = UnsafeMutablePointer<UInt32>.allocate(capacity: 126 * Self.trails)
        table.initialize(repeating: 0, count: 126 * Self.trails)
        if let converter = Self.open() {
            defer { iconv_close(converter) }
            let pair = UnsafeMutablePointer<UInt8>.allocate(capacity: 2)
            let utf8 = UnsafeMutablePointer<UInt8>.allocate(capacity: 8)
            defer { pair.deallocate(); utf8.deallocate() }
            for lead in UInt8(0x81)...0xFE {
                for trail in UInt8(0x40)...0xFE where trail != 0x7F {
                    pair[0] = lead
                    pair[1] = trail
                    let step = Self.convert(converter, pair, 2, into: utf8, room: 8)
                    // Back to the initial state for the next pair, whatever happened.
                    iconv(converter, nil, nil, nil, nil)
                    guard step.used == 2, (1...3).contains(step.made) else { continue }
                    var entry = UInt32(step.made) << 24
                    for k in 0..<step.made { entry |= UInt32(utf8[k]) << (8 * k) }
                    table[Self.slot(lead, trail)!] = entry
                }
            }
        }
        self.table = UnsafePointer(table)
    }
}

/// GB18030 text decoded to UTF-8 a piece at a time on its own thread, for the reader to scan
/// and parse on its own (`CSVReader.read`).
final class DecodedText {
    /// At most this many bytes of the file a piece: about 1.5 MB of UTF-8 for Chinese text.
    static let pieceBytes = 1 << 20
    static let ring = 4

    private(set) var bytes: [UInt8] = []
    /// The first bytes that are not GB18030 (or a character cut short by the end of the file),
    /// right after `bytes`: the file's text ends here with an error.
    private(set) var stop: [UInt8]?

    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer(body)
    }

    /// Decodes the rest of `input` (from its unused bytes on) on another thread.
    static func start(_ input: ChunkedInput, _ decoder: GB18030Decoder) -> HandOver<DecodedText, Void> {
        let source = Source(input: input, decoder: decoder)
        return HandOver(ring: ring, make: DecodedText.init) { pipe in
            let (input, decoder) = (source.input, source.decoder)
            while true {
                while input.count > 0 {
                    let piece = UnsafeBufferPointer(rebasing: input.view.prefix(pieceBytes))
                    let (used, invalid) = decoder.decode(piece)
                    let text = pipe.filling
                    text.bytes.removeAll(keepingCapacity: true)
                    text.stop = nil
                    text.bytes.append(contentsOf: decoder.decoded)
                    input.consume(used)
                    // `used` is 0 only for a piece of less than a character: the whole rest of the buffer.
                    if invalid || (input.atEnd && used == 0) {
                        text.stop = Array(input.view.prefix(4))
                        try pipe.handOver()
                        return
                    }
                    if !text.bytes.isEmpty { try pipe.handOver() }
                    if used == 0 { break }  // a character cut by the chunk end: read on
                }
                if input.atEnd { return }
                try input.readChunk()
            }
        }
    }

    /// The input and decoder, owned by the decoding thread from `start` on.
    private struct Source: @unchecked Sendable {
        let input: ChunkedInput
        let decoder: GB18030Decoder
    }
}
