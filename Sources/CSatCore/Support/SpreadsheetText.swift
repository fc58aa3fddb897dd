/// Cells of the CSV files csat writes, kept from being run as formulas (docs/SECURITY.md,
/// "Spreadsheet formulas"; OWASP "CSV Injection").
///
/// Excel, WPS and LibreOffice run a cell that starts with `=`, `+`, `-` or `@` (and after a tab or
/// a carriage return) as a formula, quoted or not: a roster unit `=HYPERLINK("http://x","click")`
/// would become a live link in the surveyor's list. Such a cell gets one leading `'`, which the
/// spreadsheet shows and never runs. A plain number (`-12`, `+3.5`) is left alone, so numbers stay
/// numbers. To keep the rule reversible, a cell that already starts with `'` and then a trigger or
/// another `'` gets one more `'`; `restored` takes exactly one away from a cell that starts so.
public enum SpreadsheetText {
    static func isTrigger(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "=") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: "@")
            || b == 0x09 || b == 0x0D
    }

    /// `-12`, `+3.5`, `-0.25`: an optional sign, digits, at most one point with digits after it.
    static func isPlainNumber(_ s: Substring.UTF8View) -> Bool {
        var i = s.startIndex
        if i < s.endIndex, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") { i = s.index(after: i) }
        var digits = 0, point = false, after = 0
        while i < s.endIndex {
            let b = s[i]
            if b >= 0x30 && b <= 0x39 {
                digits += 1
                if point { after += 1 }
            } else if b == UInt8(ascii: "."), !point {
                point = true
            } else {
                return false
            }
            i = s.index(after: i)
        }
        return digits > 0 && (!point || after > 0)
    }

    /// Whether a cell that starts with `'` was escaped by `neutralised` (a trigger or `'` follows).
    static func escapedQuote(_ u: String.UTF8View) -> Bool {
        guard let first = u.first, first == UInt8(ascii: "'") else { return false }
        let next = u.dropFirst().first
        return next.map { isTrigger($0) || $0 == UInt8(ascii: "'") } ?? false
    }

    public static func neutralised(_ s: String) -> String {
        guard let first = s.utf8.first else { return s }
        if isTrigger(first) {
            return isPlainNumber(Substring(s).utf8) ? s : "'" + s
        }
        return escapedQuote(s.utf8) ? "'" + s : s
    }

    public static func restored(_ s: String) -> String {
        escapedQuote(s.utf8) ? String(s.dropFirst()) : s
    }
}
