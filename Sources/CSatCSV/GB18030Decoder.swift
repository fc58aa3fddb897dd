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
