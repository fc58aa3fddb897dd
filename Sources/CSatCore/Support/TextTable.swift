/// A plain-text table for the terminal that lines up Chinese text: East
/// Asian wide characters take two columns.
public struct TextTable {
    public enum Align { case left, right }
    public var header: [String]
    public var align: [Align]
    public var rows: [[String]] = []

    public init(header: [String], align: [Align]) {
        self.header = header
        self.align = align
    }

    public mutating func add(_ row: [String]) { rows.append(row) }

    public func render(indent: String = "  ") -> String {
        let all = [header] + rows
        var widths = [Int](repeating: 0, count: header.count)
        for row in all { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], Self.width(cell)) } }
        var out = ""
        for (r, row) in all.enumerated() {
            var line = indent
            for (i, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - Self.width(cell))
                line += align[i] == .left ? cell + pad : pad + cell
                if i < row.count - 1 { line += "  " }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
            if r == 0 {
                out += indent + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
            }
        }
        return out
    }

    /// Terminal columns: 2 for CJK and full-width characters, 1 otherwise.
    public static func width(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { n, u in
            let v = u.value
            if v < 0x300 { return n + 1 }  // Latin text: no wide characters, no combining marks
            let wide =
                (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            return n + (wide ? 2 : (u.properties.generalCategory == .nonspacingMark ? 0 : 1))
        }
    }
}
