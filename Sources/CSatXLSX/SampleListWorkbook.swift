internal import CLibXLSXWriter
import CSatCore

/// The surveyor's sample list as an .xlsx (`csat sample -o sample.xlsx`), the
/// same table as the CSV beside it.
///
/// Why this shape (STYLE.md habits 4 and 5, C-LIBRARIES.md):
/// - every cell but `order` is written with `worksheet_write_string` under a
///   text number format (`@`): a unit such as `1-2` or `=A1` stays text, both as
///   written and when the surveyor types into the `replaces` column;
/// - `WorkbookHandle` checks every return code, fixes the creation date (the
///   same draw gives the same bytes) and writes beside the target, renaming only
///   a finished file;
/// - a cell longer than Excel's limit is an error here, not cut: a unit or a
///   reason must never change on its way to the surveyor.
public enum SampleListWorkbook {
    /// Excel's limit is 1,048,576 rows, one of them the header.
    static let maxRows = 1_048_575

    /// The list's own columns and its roles in `language` (the roster's columns keep their names);
    /// `--sample` reads them back in either language.
    public static func write(_ table: SampleListTable, to path: String, language: Language = .en) throws(InputError) {
        guard table.count <= maxRows else {
            throw InputError(
                file: path,
                message: .tooManyRowsForSheet(table.count, max: maxRows))
        }
        // Constant memory: rows are written in order; memory stays flat for big lists.
        try WorkbookHandle.write(to: path, constantMemory: true) { workbook throws(WorkbookFailure) in
            try build(table, workbook, SampleWords.of(language))
        }
    }

    private static func build(
        _ table: SampleListTable, _ workbook: WorkbookHandle, _ words: SampleWords
    ) throws(WorkbookFailure) {
        try workbook.setProperties(created: FixedDate.epoch2000)
        let sheet = try workbook.addSheet(words.sheet)
        var textSpec = FormatSpec()
        textSpec.numFormat = "@"
        var boldSpec = textSpec
        boldSpec.bold = true
        let text = workbook.format(textSpec), bold = workbook.format(boldSpec)

        let columns = table.header.count
        try workbook.check(worksheet_set_column(sheet.sheet, 0, lxw_col_t(columns - 1), 14, text), "setting column widths")
        worksheet_freeze_panes(sheet.sheet, 1, 0)
        worksheet_set_landscape(sheet.sheet)
        worksheet_fit_to_pages(sheet.sheet, 1, 0)
        try workbook.check(worksheet_repeat_rows(sheet.sheet, 0, 0), "setting the print titles")
        try workbook.check(
            worksheet_autofilter(sheet.sheet, 0, 0, lxw_row_t(table.count), lxw_col_t(columns - 1)), "adding the autofilter")

        func write(_ row: Int, _ col: Int, _ value: String, _ format: UnsafeMutablePointer<lxw_format>) throws(WorkbookFailure) {
            guard value.utf16.count <= SheetWriter.maxCellCharacters else {
                throw WorkbookFailure(
                    message: .cellTooLong(row: row + 1, column: col + 1, limit: SheetWriter.maxCellCharacters))
            }
            let cell = SheetWriter.clean(value)  // line ends as LF
            if cell.isEmpty { return }  // constant-memory mode: an empty string cell is skipped anyway
            try workbook.check(
                worksheet_write_string(sheet.sheet, lxw_row_t(row), lxw_col_t(col), cell, format),
                "writing row \(row + 1), column \(col + 1)")
        }
        // csat's own columns in the report language, unless the roster has a column of that name.
        let own = SampleListTable.leading.count, rosterNames = Set(table.header.dropFirst(own))
        for (c, name) in table.header.enumerated() {
            let shown = c < own ? words.columns[name].flatMap { rosterNames.contains($0) ? nil : $0 } ?? name : name
            try write(0, c, shown, bold)
        }
        let roleColumn = SampleListTable.leading.firstIndex(of: "role")!
        for i in 0..<table.count {
            let row = i + 1
            for (c, cell) in table.cells(i).enumerated() {
                if c == SampleListTable.orderColumn, let n = Int(cell) {
                    try workbook.check(
                        worksheet_write_number(sheet.sheet, lxw_row_t(row), lxw_col_t(c), Double(n), nil),
                        "writing row \(row + 1)")
                } else if c == roleColumn {
                    try write(row, c, words.roles[cell] ?? cell, text)
                } else {
                    try write(row, c, cell, text)
                }
            }
        }
    }
}
