internal import CLibXLSXWriter

/// A sheet of instructions in one wide column: the first line a title, the others wrapped
/// paragraphs, each row as tall as its text (no reader sizes rows by itself). The entry workbook and
/// the actions workbook carry one.
enum InstructionsSheet {
    static func write(_ name: String, lines: [String], _ workbook: WorkbookHandle) throws(WorkbookFailure) {
        let sheet = try workbook.addSheet(name)
        let ws = sheet.sheet
        var title = FormatSpec()
        title.size = 13
        title.bold = true
        var body = FormatSpec()
        body.wrap = true
        body.numFormat = "@"
        try workbook.check(worksheet_set_column(ws, 0, 0, 110, nil), "setting column widths")
        for (i, line) in lines.enumerated() {
            let format = workbook.format(i == 0 ? title : body)
            let n = max(1, Int((SheetWriter.displayWidth(line) / 105).rounded(.up)))
            try workbook.check(worksheet_set_row(ws, lxw_row_t(i), Double(n) * 15 + 4, nil), "setting row \(i + 1)")
            try workbook.check(worksheet_write_string(ws, lxw_row_t(i), 0, SheetWriter.clean(line), format), "writing row \(i + 1)")
        }
    }
}
