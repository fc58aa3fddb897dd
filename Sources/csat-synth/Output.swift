import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

struct SynthError: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

/// Appends bytes to a file through a 1 MiB buffer, so that a million-row CSV
/// never exists as one string in memory.
final class ByteSink {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let limit = 1 << 20

    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw SynthError("cannot create \(path)")
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        buffer.reserveCapacity(limit + 4096)
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= limit { flush() }
    }

    func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= limit { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        flush()
        try handle.close()
    }
}

/// Writes a whole small file at once.
func writeFile(_ path: String, bytes: [UInt8]) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
}

func writeFile(_ path: String, text: String) throws {
    try writeFile(path, bytes: Array(text.utf8))
}

// MARK: - CSV

/// One CSV field, quoted per RFC 4180 when it holds the delimiter, a quote or a line break.
func csvField(_ value: String, delimiter: Character = ",") -> String {
    var needsQuotes = false
    for ch in value where ch == delimiter || ch == "\"" || ch == "\n" || ch == "\r" || ch == "\r\n" {
        needsQuotes = true
        break
    }
    guard needsQuotes else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}

func csvLine(_ fields: [String], delimiter: Character = ",", newline: String = "\n") -> String {
    fields.map { csvField($0, delimiter: delimiter) }.joined(separator: String(delimiter)) + newline
}

// MARK: - GB18030

/// Converts UTF-8 text to GB18030 bytes with iconv, as Excel on Chinese Windows saves a CSV.
func gb18030Bytes(_ text: String) throws -> [UInt8] {
    guard let cd = iconv_open("GB18030", "UTF-8"), cd != iconv_t(bitPattern: -1) else {
        throw SynthError("iconv cannot convert UTF-8 to GB18030 on this system")
    }
    defer { iconv_close(cd) }
    var input = Array(text.utf8)
    var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
    let produced: Int = try input.withUnsafeMutableBufferPointer { inBuf in
        try output.withUnsafeMutableBufferPointer { outBuf in
            var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!)
                .assumingMemoryBound(to: CChar.self)
            var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!)
                .assumingMemoryBound(to: CChar.self)
            var inLeft = inBuf.count
            var outLeft = outBuf.count
            if iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1 || inLeft != 0 {
                throw SynthError("iconv failed converting to GB18030 (errno \(errno))")
            }
            return outBuf.count - outLeft
        }
    }
    return Array(output.prefix(produced))
}

// MARK: - JSON with keys in a fixed order

indirect enum JSON {
    case null
    case bool(Bool)
    case int(Int)
    /// A number written exactly as given (`0.2`, `0.95`).
    case number(String)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }
}

func jsonQuoted(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
        switch u {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if u.value < 0x20 {
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(u)
            }
        }
    }
    return out + "\""
}

/// One line; `tight` drops the spaces after `:` and `,` (as survey platforms export).
func jsonCompact(_ v: JSON, tight: Bool = false) -> String {
    let comma = tight ? "," : ", "
    let colon = tight ? ":" : ": "
    switch v {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .number(let s): return s
    case .string(let s): return jsonQuoted(s)
    case .array(let items): return "[" + items.map { jsonCompact($0, tight: tight) }.joined(separator: comma) + "]"
    case .object(let pairs):
        return "{" + pairs.map { jsonQuoted($0.0) + colon + jsonCompact($0.1, tight: tight) }.joined(separator: comma)
            + "}"
    }
}

/// Pretty layout: a container stays on one line when it fits in `width` characters,
/// otherwise each member gets its own line.
func jsonPretty(_ v: JSON, indent: String = "", width: Int = 120) -> String {
    let flat = jsonCompact(v)
    if v.isScalar || (indent.count + flat.count <= width && !indent.isEmpty) { return flat }
    let inner = indent + "  "
    switch v {
    case .array(let items):
        if items.isEmpty { return "[]" }
        return "[\n" + items.map { inner + jsonPretty($0, indent: inner, width: width) }.joined(separator: ",\n")
            + "\n" + indent + "]"
    case .object(let pairs):
        if pairs.isEmpty { return "{}" }
        return "{\n"
            + pairs.map { inner + jsonQuoted($0.0) + ": " + jsonPretty($0.1, indent: inner, width: width) }
            .joined(separator: ",\n") + "\n" + indent + "}"
    default:
        return flat
    }
}
