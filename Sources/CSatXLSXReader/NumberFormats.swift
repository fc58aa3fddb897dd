/// Which cell styles show a number as a date or time.
///
/// A date in a workbook is a number (days since 1899-12-30, or 1904-01-01)
/// whose style's number format is a date format: a built-in one (14–22, the
/// East Asian 27–36 and 50–58, 45–47) or a custom code with date or time
/// letters (`y`, `m`, `d`, `h`, `s`) outside quotes, escapes and brackets.
/// Elapsed-time codes (`[h]:mm`) are durations, not dates: they stay numbers.
enum NumberFormats {
    static let builtInDates: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// For each `cellXfs` entry, in order: its number format is a date format.
    static func dateStyles(_ styles: [UInt8]) throws(XLSXError) -> [Bool] {
        var custom: [Int: String] = [:]
        var xfFormats: [Int] = []
        var inCellXfs = false
        var depth = 0
        try XMLParts.scan(styles) { c, kind in
            switch kind {
            case .start, .empty:
                let tag = c.tag
                if c.isNamed("numFmt") {
                    if let id = XMLBytes.attribute(tag.baseAddress!, tag.count, "numFmtId").flatMap({ Int(XMLBytes.decodedString($0)) }),
                        let code = XMLBytes.attribute(tag.baseAddress!, tag.count, "formatCode")
                    {
                        custom[id] = XMLBytes.decodedString(code)
                    }
                } else if c.isNamed("cellXfs") {
                    inCellXfs = kind == .start
                    depth = 0
                } else if inCellXfs && depth == 0 && c.isNamed("xf") {
                    let id = XMLBytes.attribute(tag.baseAddress!, tag.count, "numFmtId").flatMap { Int(XMLBytes.decodedString($0)) }
                    xfFormats.append(id ?? 0)
                    if kind == .start { depth += 1 }
                } else if inCellXfs && kind == .start {
                    depth += 1
                }
            case .end:
                if c.isNamed("cellXfs") {
                    inCellXfs = false
                } else if inCellXfs && depth > 0 {
                    depth -= 1
                }
            case .cdata, .eof:
                break
            }
        }
        return xfFormats.map { id in
            if let code = custom[id] { return isDateCode(code) }
            return builtInDates.contains(id)
        }
    }

    /// The format code's first section shows a date or a time of day.
    static func isDateCode(_ code: String) -> Bool {
        var inQuote = false
        var escaped = false
        var inBracket = false
        var bracket = ""
        for ch in code {
            if escaped {
                escaped = false
                continue
            }
            if inQuote {
                if ch == "\"" { inQuote = false }
                continue
            }
            if inBracket {
                if ch == "]" {
                    inBracket = false
                    // [h], [mm], [ss]: elapsed time, a duration.
                    let b = bracket.lowercased()
                    if !b.isEmpty, b.allSatisfy({ $0 == "h" || $0 == "m" || $0 == "s" }) { return false }
                } else {
                    bracket.append(ch)
                }
                continue
            }
            switch ch {
            case "\"": inQuote = true
            case "\\", "_", "*": escaped = true  // `_x` pads as wide as x, `*x` repeats x: x is not a code
            case "[":
                inBracket = true
                bracket = ""
            case ";": return false  // only the first (positive numbers') section decides
            case "y", "Y", "m", "M", "d", "D", "h", "H", "s", "S", "e", "E":
                // `E+`/`e-` is scientific notation, not the era year.
                if ch == "e" || ch == "E" { continue }
                return true
            default: continue
            }
        }
        return false
    }
}
