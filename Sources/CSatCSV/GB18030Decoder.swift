internal import Glibc

/// Streams GB18030 (and so GBK, its subset) to UTF-8 with Glibc's `iconv`.
///
/// iconv rather than Foundation: it converts a chunk in place into a reused
/// buffer, keeps a character cut at the chunk's end for the next call
/// (`EINVAL`), and stops exactly at the first byte that is not GB18030
/// (`EILSEQ`), which the reader turns into a line and column. About 6× faster
/// than `String.Encoding` GB18030 decoding (C-LIBRARIES.md).
final class GB18030Decoder {
    private let converter: iconv_t
    private var output: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// UTF-8 bytes produced by the last `decode` call.
    private(set) var produced = 0

    init() throws(CSVError) {
        let handle = iconv_open("UTF-8", "GB18030")
        guard let handle, handle != iconv_t(bitPattern: -1) else {
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
        guard let start = input.baseAddress, input.count > 0 else { return (0, false) }
        // GB18030 → UTF-8 grows at most 1.5× (2 bytes → 3); 2× leaves room.
        let needed = input.count * 2 + 16
        if capacity < needed {
            output.deallocate()
            capacity = needed
            output = .allocate(capacity: capacity)
        }
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: start)
            .assumingMemoryBound(to: CChar.self)
        var inLeft = input.count
        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(output)
            .assumingMemoryBound(to: CChar.self)
        var outLeft = capacity
        let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
        let failure = result == -1 ? errno : 0
        produced = capacity - outLeft
        return (input.count - inLeft, failure == EILSEQ)
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
