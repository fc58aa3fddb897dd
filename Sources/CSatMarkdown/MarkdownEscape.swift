import Foundation

/// Escapes text so that it reads as itself wherever a template puts it: in a
/// GFM table cell, a paragraph, a list item or a heading.
///
/// Every value in the report context passes through here once, so template
/// authors never escape anything (and the Mustache engine is set to escape
/// nothing; see `StrictRenderer`). What it guards against, in users' own words
/// from comment boxes and project names:
/// - `|` would split a table cell: `\|` (GFM reads it as a literal bar inside cells too);
/// - a line break would end the table row or the list item: `<br>`;
/// - HTML (`<b>`, `<script>`) would be rendered or stripped: `&lt;`, `&gt;`, `&amp;`;
/// - Markdown emphasis, code, links and strikethrough (`*`, `_`, `` ` ``, `[`, `]`, `~`)
///   and GitHub's `$` math would change the text: a backslash before each;
/// - a leading `#`, `+`, `-`, `=` or `1.` would start a heading or a list if the
///   template puts the value at the start of a line: a backslash before it.
public enum MarkdownEscape {
    /// Free text: names, comments, labels.
    public static func text(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        var pendingCR = false
        // Leading and trailing blanks would be dropped from a cell anyway, and at a line start they make a code block.
        for ch in s.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars {
            if pendingCR {
                pendingCR = false
                if ch == "\n" { continue }
            }
            switch ch {
            case "\r":
                out += "<br>"
                pendingCR = true
            case "\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": out += "<br>"
            case "\t": out += " "
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "|", "\\", "*", "_", "`", "[", "]", "~", "$":
                out += "\\"
                out.unicodeScalars.append(ch)
            default:
                // Other control characters have no reading form; they would also break the SVG's XML.
                if ch.value < 0x20 || ch.value == 0x7F { out += " " } else { out.unicodeScalars.append(ch) }
            }
        }
        return guardLineStart(out.trimmingCharacters(in: .whitespaces))
    }

    /// A figure already formatted by `Rounding` (`82.3`, `87.1%`, `<0.001`, `−2.1`): only HTML matters.
    public static func figure(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// A relative link target: every byte outside the URL's unreserved set percent-encoded,
    /// so a survey id with spaces, parentheses or Chinese still links to its chart.
    public static func linkTarget(_ s: String) -> String {
        var out = ""
        for byte in s.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80 && (c.isLetter || c.isNumber || "-._~".contains(c)) {
                out.append(c)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    /// Escapes a leading character that would start a block (heading, list, setext underline).
    static func guardLineStart(_ s: String) -> String {
        guard let first = s.first else { return s }
        if "#+-=".contains(first) { return "\\" + s }
        // An ordered-list marker: digits then `.` or `)` then a space or the end.
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let rest = s.dropFirst(digits.count)
            if let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first.map({ $0 == " " }) ?? true {
                return String(digits) + "\\" + String(rest)
            }
        }
        return s
    }
}
