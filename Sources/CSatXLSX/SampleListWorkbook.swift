internal import CLibXLSXWriter
import CSatCore
import Foundation

/// The surveyor's sample list as an .xlsx (`csat sample -o sample.xlsx`), the
/// same table as the CSV beside it.
///
/// Why this shape (STYLE.md habits 4 and 5, C-LIBRARIES.md):
/// - every cell but `order` is written with `worksheet_write_string` under a
///   text number format (`@`): a unit such as `1-2` or `=A1` stays text, both as
///   written and when the surveyor types into the `replaces` column;
/// - every libxlsxwriter return code is checked and reported with `lxw_strerror`;
/// - a fixed creation date makes the file byte-identical for the same draw;
/// - the file is written beside the target and renamed, because a failed
///   `workbook_close` (full disk) leaves a truncated file.
public enum SampleListWorkbook {
    /// 2000-01-01T00:00:00Z: any fixed date will do, as long as it never changes.
    static let fixedCreationDate = 946_684_800
    /// Excel's limit is 1,048,576 rows, one of them the header.
    static let maxRows = 1_048_575
    static let maxCellCharacters = 32_767

    public static func write(_ table: SampleListTable, to path: String) throws(InputError) {
        guard table.count <= maxRows else {
            throw InputError(file: path, message: "\(table.count) rows do not fit in one Excel sheet (at most \(maxRows)); write the list as .csv")
        }
        let temp = OutputFile.temporaryPath(beside: path)
        do {
            try build(table, at: temp)
        } catch {
            unlink(temp)
            throw InputError(file: path, message: "cannot write the workbook: \(error.message)")
        }
        try OutputFile.commit(temp, to: path)
    }

    struct Failure: Error {
        var message: String
    }

    private static func check(_ code: lxw_error, _ what: String) throws(Failure) {
        guard code == LXW_NO_ERROR else {
            throw Failure(message: "\(what): \(String(cString: lxw_strerror(code)))")
        }
    }

    private static func build(_ table: SampleListTable, at path: String) throws(Failure) {
        var options = lxw_workbook_options()
        options.constant_memory = 1  // rows are written in order; memory stays flat for big lists
        guard let workbook = workbook_new_opt(path, &options) else {
            throw Failure(message: "libxlsxwriter could not start a workbook at \(path)")
        }
        var closed = false
        defer { if !closed { _ = workbook_close(workbook) } }

        var properties = lxw_doc_properties()
        properties.created = time_t(fixedCreationDate)
        try check(workbook_set_properties(workbook, &properties), "setting the document properties")

        guard let sheet = workbook_add_worksheet(workbook, "sample"), let text = workbook_add_format(workbook),
            let bold = workbook_add_format(workbook)
        else {
            throw Failure(message: "libxlsxwriter could not add the sheet")
        }
        format_set_num_format(text, "@")
        format_set_num_format(bold, "@")
        format_set_bold(bold)

        let columns = table.header.count
        try check(worksheet_set_column(sheet, 0, lxw_col_t(columns - 1), 14, text), "setting column widths")
        worksheet_freeze_panes(sheet, 1, 0)
        worksheet_set_landscape(sheet)
        worksheet_fit_to_pages(sheet, 1, 0)
        try check(worksheet_repeat_rows(sheet, 0, 0), "setting the print titles")
        try check(worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.count), lxw_col_t(columns - 1)), "adding the autofilter")

        for (c, name) in table.header.enumerated() {
            try writeText(sheet, 0, c, name, bold)
        }
        for i in 0..<table.count {
            let row = i + 1
            for (c, cell) in table.cells(i).enumerated() {
                if c == SampleListTable.orderColumn, let n = Int(cell) {
                    try check(worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(c), Double(n), nil),
                              "writing row \(row + 1)")
                } else {
                    try writeText(sheet, row, c, cell, text)
                }
            }
        }
        closed = true
        try check(workbook_close(workbook), "saving")
    }

    private static func writeText(
        _ sheet: UnsafeMutablePointer<lxw_worksheet>, _ row: Int, _ col: Int, _ value: String,
        _ format: UnsafeMutablePointer<lxw_format>
    ) throws(Failure) {
        // A bare CR would be stored as `_x000D_`: line ends become LF.
        let cell = value.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        guard cell.count <= maxCellCharacters else {
            throw Failure(message: "row \(row + 1), column \(col + 1) holds more than \(maxCellCharacters) characters, Excel's limit")
        }
        if cell.isEmpty { return }  // constant-memory mode: an empty string cell is skipped anyway
        try check(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(col), cell, format),
                  "writing row \(row + 1), column \(col + 1)")
    }
}
