/// Writes a `JSONValue` as text: keys in the order given, two-space indent,
/// numbers in Swift's shortest round-trip form, never NaN or infinity
/// (SPEC.md: figures that cannot be computed are absent or null, not invented).
public enum JSONWriter {
    public static func write(_ value: JSONValue, indent: Bool = true) -> String {
        String(decoding: utf8(value, indent: indent), as: UTF8.self)
    }

    /// The text of `write` as UTF-8 bytes, for output that goes straight to a file or stdout.
    public static func utf8(_ value: JSONValue, indent: Bool = true) -> [UInt8] {
        withUTF8(value, indent: indent) { Array($0) }
    }

    /// The text of `write` as UTF-8 bytes lent to `body`, not copied: a national wave's JSON
    /// is tens of megabytes, and an array and then a `Data` of it each cost that much again
    /// at the peak of `csat score --json`.
    public static func withUTF8<R>(_ value: JSONValue, indent: Bool = true,
                                   _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        var out = Bytes(capacity: 1 << 16)
        emit(value, indent ? 0 : nil, &out)
        if indent { out.append(0x0A) }
        return try out.withBuffer(body)
    }

    /// The text being written, as UTF-8 bytes: a national wave's JSON is tens of megabytes
    /// (every invalid form and comment) in millions of small pieces, so the buffer is a bare
    /// allocation that grows by doubling, without an array's checks on every append
    /// (docs/PERFORMANCE.md, "Fourth round").
    struct Bytes: ~Copyable {
        private var base: UnsafeMutablePointer<UInt8>
        private var capacity: Int
        private(set) var count = 0

        /// `capacity` bytes to begin with; the buffer doubles as it fills.
        init(capacity: Int) {
            self.capacity = max(capacity, 16)
            base = .allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }

        /// The bytes written, lent to `body` without a copy.
        func withBuffer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
            try body(UnsafeBufferPointer(start: base, count: count))
        }

        @inline(__always)
        private mutating func reserve(_ n: Int) {
            guard count + n > capacity else { return }
            var grown = capacity * 2
            while grown < count + n { grown *= 2 }
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            bigger.initialize(from: base, count: count)
            base.deallocate()
            base = bigger
            capacity = grown
        }

        @inline(__always)
        mutating func append(_ byte: UInt8) {
            reserve(1)
            base[count] = byte
            count += 1
        }

        @inline(__always)
        mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let from = bytes.baseAddress, !bytes.isEmpty else { return }
            reserve(bytes.count)
            (base + count).initialize(from: from, count: bytes.count)
            count += bytes.count
        }

        mutating func append(_ text: StaticString) {
            text.withUTF8Buffer { append($0) }
        }

        mutating func append(_ text: String) {
            var text = text
            text.withUTF8 { append($0) }
        }
    }

    static func emit(_ value: JSONValue, _ level: Int?, _ out: inout Bytes) {
        switch value {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .number(let d, let literal): if literal.isEmpty { out.append(number(d)) } else { out.append(literal) }
        case .string(let s): string(s, &out)
        case .array(let items):
            if items.isEmpty { out.append("[]"); return }
            // Arrays of plain numbers stay on one line: intervals read as [81.2, 83.4].
            let flat = items.allSatisfy { if case .number = $0 { return true } else { return false } }
            out.append(0x5B)
            for (i, item) in items.enumerated() {
                if i > 0 { if flat { out.append(", ") } else { out.append(0x2C) } }
                if !flat, let level { newline(level + 1, &out) }
                emit(item, flat ? nil : level.map { $0 + 1 }, &out)
            }
            if !flat, let level { newline(level, &out) }
            out.append(0x5D)
        case .object(let o):
            if o.members.isEmpty { out.append("{}"); return }
            out.append(0x7B)
            for (i, m) in o.members.enumerated() {
                if i > 0 { out.append(0x2C) }
                if let level { newline(level + 1, &out) }
                string(m.key, &out)
                if level == nil { out.append(0x3A) } else { out.append(": ") }
                emit(m.value, level.map { $0 + 1 }, &out)
            }
            if let level { newline(level, &out) }
            out.append(0x7D)
        }
    }

    /// Whole numbers without a fraction (`12`, not `12.0`). A non-finite value
    /// is written as null: the figure code never produces one (tests check it),
    /// and a crash would lose the whole output.
    public static func number(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded() && abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }

    /// A line break and the indent of `level` (two spaces a level).
    static func newline(_ level: Int, _ out: inout Bytes) {
        out.append(0x0A)
        for _ in 0..<level { out.append("  ") }
    }

    /// A JSON string literal, quotes included; control characters and DEL as `\\u00XX`.
    static func string(_ s: String, _ out: inout String) {
        var bytes = Bytes(capacity: s.utf8.count + 2)
        string(s, &bytes)
        bytes.withBuffer { out += String(decoding: $0, as: UTF8.self) }
    }

    static func string(_ s: String, _ out: inout Bytes) {
        var s = s
        s.withUTF8 { utf8 in
            out.append(0x22)
            // Most texts need no escape: appended whole. Only ASCII bytes are escaped, so the
            // bytes of a multi-byte character pass through unchanged.
            guard utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) else {
                out.append(utf8)
                out.append(0x22)
                return
            }
            for b in utf8 {
                switch b {
                case 0x22: out.append("\\\"")
                case 0x5C: out.append("\\\\")
                case 0x0A: out.append("\\n")
                case 0x0D: out.append("\\r")
                case 0x09: out.append("\\t")
                case 0..<0x20, 0x7F:
                    func hex(_ n: UInt8) -> UInt8 { n < 10 ? 0x30 + n : 0x37 + n }
                    out.append("\\u00")
                    out.append(hex(b >> 4))
                    out.append(hex(b & 0xF))
                default: out.append(b)
                }
            }
            out.append(0x22)
        }
    }
}

/// Building blocks for output JSON.
extension JSONValue {
    public static func num(_ d: Double) -> JSONValue { .number(d, literal: "") }
    public static func int(_ i: Int) -> JSONValue { .number(Double(i), literal: String(i)) }
    /// A number, or null when it could not be computed.
    public static func opt(_ d: Double?) -> JSONValue { d.map { .num($0) } ?? .null }
    public static func optInt(_ i: Int?) -> JSONValue { i.map { .int($0) } ?? .null }
    public static func obj(_ members: [(String, JSONValue)]) -> JSONValue {
        .object(JSONObject(members.map { (key: $0.0, value: $0.1) }))
    }
}
