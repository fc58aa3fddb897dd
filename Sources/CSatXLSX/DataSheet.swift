import CSatCore

/// The valid forms, one a row, streamed from `DataRows.forEach` into sheets in
/// libxlsxwriter's constant-memory mode (rows strictly in order; a million
/// forms in flat memory). Past Excel's 1,048,576 rows the data continues on
/// "Data (2)", "Data (3)", … each with its own header row.
///
/// Names and phones are not in `DataRows`; units are pseudonyms unless the
/// user passed `--show-units`. Every text goes through `SheetWriter.text`, so
/// a cell that begins with `=`, `+`, `-` or `@` stays text.
enum DataSheet {
    /// Data rows a sheet holds under its header row (Excel: 1,048,576 rows in all).
    static let maxRows = 1_048_575

    /// How many sheets `count` forms need (at least one, for the header).
    static func sheetCount(forms count: Int, rowsPerSheet: Int) -> Int {
        max(1, (count + rowsPerSheet - 1) / rowsPerSheet)
    }

    /// "数据", "数据 (2)", …
    static func sheetName(_ base: String, part: Int) -> String {
        part == 1 ? base : "\(base) (\(part))"
    }

    static func write(
        _ ctx: SheetContext, _ sheets: [SheetWriter], rowsPerSheet: Int, progress: ProgressHandler? = nil
    ) throws(WorkbookFailure) {
        let data = ctx.model.data
        let header = data.header
        let answerColumns = 8..<(header.count - 1)
        for sheet in sheets {
            try begin(
                ctx, sheet, header: header, rows: rowsPerSheet, total: data.count, part: sheets.firstIndex { $0 === sheet }!)
        }
        var sheetIndex = 0, row = 0, written = 0
        let label = ctx.labels.sheetData
        do {
            try data.forEach { cells in
                if row == rowsPerSheet {
                    sheetIndex += 1
                    row = 0
                }
                row += 1
                written += 1
                if let progress, written & 16383 == 0 { progress(label, written, data.count) }
                let sheet = sheets[sheetIndex]
                for (col, cell) in cells.enumerated() {
                    switch cell {
                    case .empty: break
                    case .text(let s): try sheet.text(row, col, s)
                    case .number(let x):
                        if answerColumns.contains(col) {
                            try sheet.number(row, col, x, .integer, missing: nil)
                        } else {
                            try sheet.number(row, col, Rounding.index(x), .index, missing: nil)
                        }
                    }
                }
            }
        } catch let failure as WorkbookFailure {
            throw failure
        } catch {
            throw WorkbookFailure(message: .verbatim("\(error)"))
        }
    }

    /// Header row, frozen and repeated, filter over the rows this sheet will hold, widths from the header
    /// and the usual content (constant-memory rows cannot be measured after they are written).
    static func begin(_ ctx: SheetContext, _ sheet: SheetWriter, header: [String], rows: Int, total: Int, part: Int)
        throws(WorkbookFailure)
    {
        try sheet.header(0, header)
        let here = min(rows, max(0, total - part * rows))
        try sheet.table(headerRow: 0, lastRow: here, lastCol: header.count - 1)
        try sheet.printSetup(footer: ctx.footer)
        let widths: [Double] = [13, 12, 9, 13, 9, 9, 8, 11]
        for (col, title) in header.enumerated() {
            let base = col < widths.count ? widths[col] : col == header.count - 1 ? 9 : 5
            let project = col == 1 ? (ctx.model.coverage.map { SheetWriter.displayWidth($0.project) }.max() ?? 0) + 1.5 : 0
            try sheet.setColumn(col, width: max(base, project, min(SheetWriter.headerWidth(title) + 1.5, 16)))
        }
        try sheet.fitRowHeights()
        sheet.tracksWidths = false
    }
}
