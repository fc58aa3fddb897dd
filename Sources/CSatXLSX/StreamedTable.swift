/// A table of text rows that goes straight to disk: the long lists (Invalid forms, Comments) are
/// written in libxlsxwriter's constant-memory mode, so their cells never sit in the in-memory tree
/// or the shared-string table (at a million forms: some 145,000 rows, 115 MB and a second).
///
/// Constant-memory rows cannot be measured after they are written, nor their heights set once a
/// later row is out. So the rows are read twice: first to measure every column with the rules of
/// `SheetWriter.text` and `fitColumns`, then to write them, each wrapped row's height set just
/// before its cells with the rule of `fitRowHeights`. The sheet looks as a normal-mode one would.
extension SheetWriter {
    /// Writes a header row at `top` and `count` rows of text under it, with the table's frozen
    /// header, print titles and autofilter. `cells(i)` gives row `i`'s texts, column by column; it is
    /// called twice per row. Columns in `wrap` wrap their text; all others are plain text.
    /// The rows above `top` must already be written.
    func streamTable(
        at top: Int, titles: [String], count: Int, wrap: Set<Int> = [], min lower: Double, max upper: Double,
        cells: (Int) -> [String]
    ) throws(WorkbookFailure) {
        func style(_ col: Int) -> Style { wrap.contains(col) ? .wrap : .text }
        try table(headerRow: top, lastRow: top + count, lastCol: titles.count - 1)

        for (col, title) in titles.enumerated() { widen(col, Self.clean(title), .header) }
        for i in 0..<count {
            for (col, text) in cells(i).enumerated() { widen(col, Self.clean(text), style(col)) }
        }
        try setTrackedWidths(min: lower, max: upper, wrap: wrap)
        tracksWidths = false

        try setHeight(top, lines: titles.enumerated().map { lineCount(Self.clean($1), in: $0) }.max() ?? 1)
        try header(top, titles)
        for i in 0..<count {
            let row = top + 1 + i
            let texts = cells(i).map(Self.clean)
            let lines = texts.indices.filter { wrap.contains($0) && !texts[$0].isEmpty }.map { lineCount(texts[$0], in: $0) }
            try setHeight(row, lines: lines.max() ?? 1)
            for (col, text) in texts.enumerated() where !text.isEmpty { try write(row, col, cleaned: text, style(col)) }
        }
    }

    /// Widens a column for a cleaned text as `text` would (empty text takes no room).
    private func widen(_ col: Int, _ cell: String, _ style: Style) {
        guard !cell.isEmpty, let width = Self.measure(cell, style) else { return }
        track(col, width)
    }
}
