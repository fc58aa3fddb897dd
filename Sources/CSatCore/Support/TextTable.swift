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

    /// The table as lines: columns padded to their widest cell, two spaces between them, no
    /// spaces at a line's end, a rule of dashes under the header. Written as bytes with each
    /// cell's width worked out once: `csat check` lists every invalid form of a national wave
    /// (50,000 lines of 1M forms took 0.3 s as `String` appends).
    public func render(indent: String = "  ") -> String {
        let columns = header.count
        var widths = [Int](repeating: 0, count: columns)
        // Each cell's width, row by row (the header first), so that padding needs no second count.
        var cellWidths: [Int] = []
        cellWidths.reserveCapacity((rows.count + 1) * columns)
        var bytes = 0
        func measure(_ row: [String]) {
            for (i, cell) in row.enumerated() {
                let w = Self.width(cell)
                cellWidths.append(w)
                widths[i] = max(widths[i], w)
                bytes += cell.utf8.count
            }
        }
        measure(header)
        for row in rows { measure(row) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes + (rows.count + 2) * (indent.utf8.count + widths.reduce(2 * columns, +)))
        func spaces(_ n: Int) { for _ in 0..<max(n, 0) { out.append(0x20) } }
        var k = 0
        func line(_ row: [String]) {
            let start = out.count
            out.append(contentsOf: indent.utf8)
            for (i, cell) in row.enumerated() {
                let pad = widths[i] - cellWidths[k]
                k += 1
                if align[i] == .left {
                    out.append(contentsOf: cell.utf8)
                    spaces(pad)
                } else {
                    spaces(pad)
                    out.append(contentsOf: cell.utf8)
                }
                if i < row.count - 1 { spaces(2) }
            }
            while out.count > start && out[out.count - 1] == 0x20 { out.removeLast() }
            out.append(0x0A)
        }
        line(header)
        out.append(contentsOf: indent.utf8)
        for (i, w) in widths.enumerated() {
            if i > 0 { spaces(2) }
            for _ in 0..<w { out.append(0x2D) }
        }
        out.append(0x0A)
        for row in rows { line(row) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Terminal columns: 2 for CJK and full-width characters, 1 otherwise.
    public static func width(_ s: String) -> Int {
        // Text of scalars below U+0300 only (UTF-8 lead bytes below 0xCC): one column a scalar.
        var n = 0
        for b in s.utf8 {
            if b >= 0xCC { return wideWidth(s) }
            if b & 0xC0 != 0x80 { n += 1 }
        }
        return n
    }

    static func wideWidth(_ s: String) -> Int {
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
