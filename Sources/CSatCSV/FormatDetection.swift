/// Byte-order marks and the field delimiter, decided from the first bytes of a file.
///
/// Both work on the raw bytes, before decoding: every byte that matters here
/// (quote, comma, semicolon, tab, CR, LF) is below 0x30, and no GB18030 or
/// UTF-8 multi-byte character contains a byte below 0x30, so the answer is the
/// same whatever the encoding turns out to be.
enum FormatDetection {
    enum ByteOrderMark: Equatable {
        case utf8, gb18030
        /// UTF-16 / UTF-32, which csat does not read (`name` for the message).
        case unsupported(name: String)

        var length: Int {
            switch self {
            case .utf8: return 3
            case .gb18030: return 4
            case .unsupported: return 0
            }
        }
    }

    /// The byte-order mark `b` starts with. Needs the first 4 bytes (or the whole file if shorter).
    static func byteOrderMark(_ b: UnsafeBufferPointer<UInt8>) -> ByteOrderMark? {
        func starts(_ prefix: [UInt8]) -> Bool {
            b.count >= prefix.count && zip(b, prefix).allSatisfy { $0 == $1 }
        }
        // UTF-32LE's mark begins with UTF-16LE's: test the longer ones first.
        if starts([0xFF, 0xFE, 0x00, 0x00]) { return .unsupported(name: "UTF-32 (little-endian)") }
        if starts([0x00, 0x00, 0xFE, 0xFF]) { return .unsupported(name: "UTF-32 (big-endian)") }
        if starts([0xFF, 0xFE]) { return .unsupported(name: "UTF-16 (little-endian, Excel \"Unicode Text\")") }
        if starts([0xFE, 0xFF]) { return .unsupported(name: "UTF-16 (big-endian)") }
        if starts([0xEF, 0xBB, 0xBF]) { return .utf8 }
        if starts([0x84, 0x31, 0x95, 0x33]) { return .gb18030 }
        return nil
    }

    /// The delimiter of the header line: the most frequent of comma, semicolon and tab
    /// outside quotes (comma wins every tie, semicolon beats tab, no delimiter at all
    /// means one column, read as comma). `nil` when the header line is not complete in
    /// `b` and `final` is false: read more and ask again.
    static func delimiter(_ b: UnsafeBufferPointer<UInt8>, final: Bool) -> UInt8? {
        let comma = UInt8(ascii: ",")
        let semicolon = UInt8(ascii: ";")
        let tab = UInt8(ascii: "\t")
        var i = 0
        while i < b.count && (b[i] == 0x0A || b[i] == 0x0D) { i += 1 }  // blank lines before the header
        var counts = (comma: 0, semicolon: 0, tab: 0)
        var quoted = false
        var complete = false
        scan: while i < b.count {
            let c = b[i]
            i += 1
            if c == UInt8(ascii: "\"") {
                quoted.toggle()  // a doubled quote toggles twice
                continue
            }
            if quoted { continue }
            switch c {
            case 0x0A, 0x0D:
                complete = true
                break scan
            case comma: counts.comma += 1
            case semicolon: counts.semicolon += 1
            case tab: counts.tab += 1
            default: break
            }
        }
        if !complete && !final { return nil }
        if counts.comma >= counts.semicolon && counts.comma >= counts.tab { return comma }
        return counts.semicolon >= counts.tab ? semicolon : tab
    }
}
