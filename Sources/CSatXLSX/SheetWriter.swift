internal import CLibXLSXWriter
import CSatCore

/// Writes the cells of one worksheet, checking every return code, and
/// remembers how wide each column's text is so that columns fit Chinese text
/// (libxlsxwriter 1.1.4 has no `worksheet_autofit`).
///
/// Two rules live here so that no sheet can forget them:
/// - text is always written with `worksheet_write_string`, never as a formula,
///   line ends normalised (a bare CR would be stored as `_x000D_`) and capped at
///   Excel's 32,767 characters with "…";
/// - a number that is nil, NaN or infinite is never written (libxlsxwriter
///   accepts them and writes a file openpyxl cannot read): the cell shows "—".
final class SheetWriter {
    let sheet: UnsafeMutablePointer<lxw_worksheet>
    let name: String
    let workbook: WorkbookHandle
    private(set) var widths: [Int: Double] = [:]
    /// Off for the Data sheet and streamed tables, whose widths are set up front (constant-memory rows cannot be measured later).
    var tracksWidths = true
    /// Column widths as set, and the header cells, to size the header rows (a wrapped header
    /// in a row of default height is cut off in LibreOffice and in Excel).
    private(set) var columnWidths: [Int: Double] = [:]
    private var headers: [Int: [(col: Int, text: String)]] = [:]
    /// Wrapped text cells: their rows too need a height, as no reader sizes them on opening.
    private var wrapped: [Int: [(col: Int, text: String)]] = [:]

    static let maxCellCharacters = 32_767
    /// Excel refuses a taller row (File format limits: row height 409 points).
    static let maxRowHeight = 409.0
    static let missing = "—"

    init(sheet: UnsafeMutablePointer<lxw_worksheet>, name: String, workbook: WorkbookHandle) {
        self.sheet = sheet
        self.name = name
        self.workbook = workbook
    }

    private func at(_ row: Int, _ col: Int) -> String { "\(name)!R\(row + 1)C\(col + 1)" }

    // MARK: cells

    /// A text cell. Empty text leaves the cell blank. `fit: false` lets a long text overflow into
    /// empty cells to its right instead of widening its column.
    func text(_ row: Int, _ col: Int, _ value: String, _ style: Style = .text, fit: Bool = true) throws(WorkbookFailure) {
        let cell = Self.clean(value)
        if cell.isEmpty { return }
        try write(row, col, cleaned: cell, style)
        guard fit, tracksWidths, let width = Self.measure(cell, style) else { return }
        track(col, width)
        switch style {
        case .wrap: wrapped[row, default: []].append((col, cell))
        case .header: headers[row, default: []].append((col, cell))
        default: break
        }
    }

    /// Writes text that has been through `clean` and is not empty (`text` checks both).
    func write(_ row: Int, _ col: Int, cleaned cell: String, _ style: Style) throws(WorkbookFailure) {
        try workbook.check(
            worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(col), cell, workbook.format(style)), "writing \(at(row, col))"
        )
    }

    /// A number already rounded for reading; nil or non-finite shows `missing` ("—", or blank when nil).
    func number(_ row: Int, _ col: Int, _ value: Double?, _ style: Style, missing: String? = SheetWriter.missing)
        throws(WorkbookFailure)
    {
        guard let value, value.isFinite else {
            if let missing { try text(row, col, missing, .neutral) }
            return
        }
        let v = value == 0 ? 0 : value  // no "-0"
        try workbook.check(
            worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(col), v, workbook.format(style)), "writing \(at(row, col))")
        if tracksWidths { track(col, Self.numberWidth(v, style) * (style.size / 10)) }
    }

    func integer(_ row: Int, _ col: Int, _ value: Int?, _ style: Style = .integer) throws(WorkbookFailure) {
        try number(row, col, value.map(Double.init), style)
    }

    /// An index (1 decimal), a rate (0.1%) or a coefficient (3 decimals), rounded by `Rounding` as both exporters do.
    func index(_ row: Int, _ col: Int, _ value: Double?, _ style: Style = .index) throws(WorkbookFailure) {
        try number(row, col, value.map(Rounding.index), style)
    }

    func rate(_ row: Int, _ col: Int, _ value: Double?, _ style: Style = .rate) throws(WorkbookFailure) {
        try number(row, col, value.map(Rounding.rate), style)
    }

    func coefficient(_ row: Int, _ col: Int, _ value: Double?) throws(WorkbookFailure) {
        try number(row, col, value.map(Rounding.coefficient), .coefficient)
    }

    /// Long text wrapped across columns `c0...c1` (merged), its row made tall enough for it:
    /// neither Excel nor LibreOffice sizes a merged row by itself. `width` is the columns' total width.
    func paragraph(_ row: Int, _ c0: Int, _ c1: Int, _ value: String, width: Double) throws(WorkbookFailure) {
        let cell = Self.clean(value)
        let f = workbook.format(Style.wrap)
        try workbook.check(
            worksheet_merge_range(sheet, lxw_row_t(row), lxw_col_t(c0), lxw_row_t(row), lxw_col_t(c1), cell, f),
            "writing \(at(row, c0))")
        let lines = cell.split(separator: "\n", omittingEmptySubsequences: false)
            .map { Swift.max(1, Int((Self.displayWidth(String($0)) / Swift.max(width - 2, 1)).rounded(.up))) }.reduce(0, +)
        try setHeight(row, lines: lines)
    }

    /// A header row of a table.
    func header(_ row: Int, _ titles: [String], from col: Int = 0) throws(WorkbookFailure) {
        for (i, t) in titles.enumerated() { try text(row, col + i, t, .header) }
    }

    // MARK: layout

    func track(_ col: Int, _ width: Double) {
        widths[col] = max(widths[col] ?? 0, width)
    }

    /// Sets each used column to its widest text plus padding, within limits, then the heights of
    /// the rows with a header or wrapped text.
    func fitColumns(min lower: Double = 6, max upper: Double = 60, wrap wrapColumns: Set<Int> = []) throws(WorkbookFailure) {
        try setTrackedWidths(min: lower, max: upper, wrap: wrapColumns)
        try fitRowHeights()
    }

    /// Sets each column measured so far (`track`) to its widest text plus padding, within limits;
    /// `wrap` columns get the wrapping format for cells typed into them later.
    func setTrackedWidths(min lower: Double, max upper: Double, wrap wrapColumns: Set<Int>) throws(WorkbookFailure) {
        for col in widths.keys.sorted() {
            let w = Swift.min(Swift.max(widths[col]! + 1.5, lower), upper)
            let format = wrapColumns.contains(col) ? workbook.format(Style.wrap) : nil
            try workbook.check(
                worksheet_set_column(sheet, lxw_col_t(col), lxw_col_t(col), w, format),
                "setting the width of \(name) column \(col + 1)")
            columnWidths[col] = w
        }
    }

    func setColumn(_ col: Int, width: Double) throws(WorkbookFailure) {
        try workbook.check(
            worksheet_set_column(sheet, lxw_col_t(col), lxw_col_t(col), width, nil),
            "setting the width of \(name) column \(col + 1)")
        columnWidths[col] = width
    }

    /// Makes each row with a header or wrapped text tall enough for its most wrapped cell
    /// (about 14 points a line at 10 points). In constant-memory mode call it before the next row is written.
    func fitRowHeights() throws(WorkbookFailure) {
        var lines: [Int: Int] = [:]
        for (row, cells) in headers.merging(wrapped, uniquingKeysWith: +) {
            lines[row] = cells.map { lineCount($0.text, in: $0.col) }.max() ?? 1
        }
        for row in lines.keys.sorted() { try setHeight(row, lines: lines[row]!) }
    }

    /// How many lines a cell's text takes when its column wraps it (8.43, Excel's default, for a column not set).
    func lineCount(_ text: String, in col: Int) -> Int {
        let width = Swift.max((columnWidths[col] ?? 8.43) - 1, 1)
        if !text.utf8.contains(UInt8(ascii: "\n")) { return Swift.max(1, Int((Self.displayWidth(text) / width).rounded(.up))) }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { Swift.max(1, Int((Self.displayWidth(String($0)) / width).rounded(.up))) }.reduce(0, +)
    }

    /// Makes a row tall enough for `lines` lines (14 points a line), at most Excel's largest row
    /// height of 409 points (29 lines); a single line keeps the default height.
    func setHeight(_ row: Int, lines: Int) throws(WorkbookFailure) {
        guard lines > 1 else { return }
        let height = Swift.min(Double(lines) * 14 + 3, Self.maxRowHeight)
        try workbook.check(
            worksheet_set_row(sheet, lxw_row_t(row), height, nil), "setting the height of \(name) row \(row + 1)")
    }

    /// A table's header row: frozen on screen, repeated on paper, with an autofilter over the table.
    func table(headerRow: Int, lastRow: Int, lastCol: Int) throws(WorkbookFailure) {
        worksheet_freeze_panes(sheet, lxw_row_t(headerRow + 1), 0)
        try workbook.check(
            worksheet_repeat_rows(sheet, lxw_row_t(headerRow), lxw_row_t(headerRow)), "setting the print titles of \(name)")
        try workbook.check(
            worksheet_autofilter(sheet, lxw_row_t(headerRow), 0, lxw_row_t(max(lastRow, headerRow)), lxw_col_t(lastCol)),
            "adding the autofilter of \(name)")
    }

    /// An autofilter on a list lower down a sheet (no frozen panes, no print titles).
    func autofilter(headerRow: Int, lastRow: Int, lastCol: Int) throws(WorkbookFailure) {
        try workbook.check(
            worksheet_autofilter(sheet, lxw_row_t(headerRow), 0, lxw_row_t(max(lastRow, headerRow)), lxw_col_t(lastCol)),
            "adding the autofilter of \(name)")
    }

    /// Landscape A4, one page wide (and `onePage`: one page tall too), a footer with the survey and the page number.
    func printSetup(footer: String, onePage: Bool = false) throws(WorkbookFailure) {
        worksheet_set_landscape(sheet)
        worksheet_set_paper(sheet, 9)  // A4
        worksheet_fit_to_pages(sheet, 1, onePage ? 1 : 0)
        worksheet_set_margins(sheet, 0.5, 0.5, 0.6, 0.7)
        try workbook.check(worksheet_set_footer(sheet, footer), "setting the footer of \(name)")
    }

    /// Excel's red–yellow–green scale over a range (lowest red), numbers only; text cells ("—") keep no colour.
    func colourScale(_ r0: Int, _ c0: Int, _ r1: Int, _ c1: Int) throws(WorkbookFailure) {
        guard r1 >= r0, c1 >= c0 else { return }
        var cf = lxw_conditional_format()
        cf.type = UInt8(LXW_CONDITIONAL_3_COLOR_SCALE.rawValue)
        cf.min_rule_type = UInt8(LXW_CONDITIONAL_RULE_TYPE_MINIMUM.rawValue)
        cf.min_color = Palette.scaleLow
        cf.mid_rule_type = UInt8(LXW_CONDITIONAL_RULE_TYPE_PERCENTILE.rawValue)
        cf.mid_value = 50
        cf.mid_color = Palette.scaleMid
        cf.max_rule_type = UInt8(LXW_CONDITIONAL_RULE_TYPE_MAXIMUM.rawValue)
        cf.max_color = Palette.scaleHigh
        try workbook.check(
            worksheet_conditional_format_range(sheet, lxw_row_t(r0), lxw_col_t(c0), lxw_row_t(r1), lxw_col_t(c1), &cf),
            "adding a colour scale to \(name)")
    }

    func insertChart(
        _ chart: UnsafeMutablePointer<lxw_chart>, row: Int, col: Int, width: Double = 480, height: Double = 288,
        description: String
    ) throws(WorkbookFailure) {
        var options = lxw_chart_options()
        options.x_scale = width / 480
        options.y_scale = height / 288
        options.x_offset = 4
        options.y_offset = 4
        options.description = workbook.cString(description)
        try workbook.check(
            worksheet_insert_chart_opt(sheet, lxw_row_t(row), lxw_col_t(col), chart, &options), "placing a chart on \(name)")
    }

    // MARK: text rules

    /// Line ends as LF, other control characters dropped, at most 32,767 UTF-16 units (Excel's limit) with "…".
    static func clean(_ value: String) -> String {
        var s = value
        // Control characters are single bytes in UTF-8, and a text has no more UTF-16 units than
        // bytes: both tests read the bytes (the long sheets clean a million cells).
        if s.utf8.contains(where: { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 }) {
            var out = String.UnicodeScalarView()
            var afterCR = false
            for u in s.unicodeScalars {
                defer { afterCR = u == "\r" }
                if u == "\r" { out.append("\n"); continue }
                if u == "\n" { if !afterCR { out.append(u) }; continue }
                if u.value < 0x20 && u != "\t" { continue }
                out.append(u)
            }
            s = String(out)
        }
        guard s.utf8.count > maxCellCharacters, s.utf16.count > maxCellCharacters else { return s }
        var kept = String.UnicodeScalarView()
        var units = 0
        for u in s.unicodeScalars {
            units += u.utf16.count
            if units > maxCellCharacters - 1 { break }
            kept.append(u)
        }
        return String(kept) + "…"
    }

    /// Width in Excel's units (the width of "0" in the default font): CJK and
    /// full-width characters take two; Latin in YaHei is a little wider than one.
    static func displayWidth(_ s: String) -> Double {
        var widest = 0.0, line = 0.0
        for u in s.unicodeScalars {
            if u == "\n" { widest = max(widest, line); line = 0; continue }
            line += isWide(u) ? 2.0 : 1.1
        }
        return max(widest, line)
    }

    /// How wide a column must be for a cleaned text in this style: a header wraps (`headerWidth`),
    /// wrapped text asks for at most 60, other text for its width at its font size. Nil for titles
    /// and notes, which overflow into empty neighbours.
    static func measure(_ cell: String, _ style: Style) -> Double? {
        switch style {
        case .title, .subtitle, .section, .note: return nil
        case .wrap: return min(displayWidth(cell), 60)
        case .header: return headerWidth(cell)
        default: return displayWidth(cell) * (style.size / 10)
        }
    }

    /// A header wraps: it needs only about half its length, but never less than its longest word.
    static func headerWidth(_ s: String) -> Double {
        let words = s.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { displayWidth(String($0)) }
        let total = displayWidth(s)
        let longestWord = words.max() ?? total
        let hasCJK = s.unicodeScalars.contains(where: isWide)
        return hasCJK ? max(min(total, 8), total / 2) : max(longestWord, min(total, 10))
    }

    static func numberWidth(_ v: Double, _ style: Style) -> Double {
        switch style {
        case .rate, .bigRate, .rateChange: return Double(Rounding.fixed(v * 100, digits: 1).count + 2)
        case .coefficient, .pValue: return Double(Rounding.fixed(v, digits: 3).count + 1)
        case .mean: return Double(Rounding.fixed(v, digits: 2).count + 1)
        case .integer, .bigInteger: return Double(Rounding.fixed(v, digits: 0).count + 1)
        default: return Double(Rounding.fixed(v, digits: 1).count + 1)
        }
    }

    static func isWide(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default: return false
        }
    }
}
