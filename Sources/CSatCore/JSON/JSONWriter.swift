/// Writes a `JSONValue` as text: keys in the order given, two-space indent,
/// numbers in Swift's shortest round-trip form, never NaN or infinity
/// (SPEC.md: figures that cannot be computed are absent or null, not invented).
public enum JSONWriter {
    public static func write(_ value: JSONValue, indent: Bool = true) -> String {
        var out = ""
        emit(value, indent ? 0 : nil, &out)
        if indent { out += "\n" }
        return out
    }

    static func emit(_ value: JSONValue, _ level: Int?, _ out: inout String) {
        let nl = level.map { newline($0 + 1) } ?? ""
        let close = level.map { newline($0) } ?? ""
        let next = level.map { $0 + 1 }
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let d, let literal): out += literal.isEmpty ? number(d) : literal
        case .string(let s): string(s, &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            // Arrays of plain numbers stay on one line: intervals read as [81.2, 83.4].
            let flat = items.allSatisfy { if case .number = $0 { return true } else { return false } }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += flat ? ", " : "," }
                if !flat { out += nl }
                emit(item, flat ? nil : next, &out)
            }
            out += flat ? "]" : close + "]"
        case .object(let o):
            if o.members.isEmpty { out += "{}"; return }
            out += "{"
            for (i, m) in o.members.enumerated() {
                if i > 0 { out += "," }
                out += nl
                string(m.key, &out)
                out += level == nil ? ":" : ": "
                emit(m.value, next, &out)
            }
            out += close + "}"
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

    /// A line break and the indent of `level`, made once per level (a national wave's
    /// comments and invalid forms are hundreds of thousands of objects).
    static func newline(_ level: Int) -> String {
        level < indents.count ? indents[level] : "\n" + String(repeating: "  ", count: level)
    }

    private static let indents = (0..<16).map { "\n" + String(repeating: "  ", count: $0) }

    /// A JSON string literal, quotes included; control characters and DEL as `\\u00XX`.
    static func string(_ s: String, _ out: inout String) {
        out += "\""
        // Most texts need no escape: appended whole, not scalar by scalar.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) {
            out += s
            out += "\""
            return
        }
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{0}"..."\u{1F}", "\u{7F}":
                let hex = String(u.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
        out += "\""
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
