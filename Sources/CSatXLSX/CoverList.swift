internal import CLibXLSXWriter
import CSatCore

/// The surveyors' cover lists, the first sheet of `csat print`'s workbook: per project and
/// surveyor, their households in walking order with a column to tick at hand-out and one at
/// collection; each round starts on a new page.
enum CoverList {
    static func write(
        _ rounds: [FieldList.Round], words: FieldWords, title: String, _ workbook: WorkbookHandle
    ) throws(WorkbookFailure) {
        let sheet = try workbook.addSheet(words.coverSheet, constantMemory: true)
        let ws = sheet.sheet
        func spec(_ size: Double, bold: Bool = false, box: Bool = false, fill: UInt32? = nil, align: FormatSpec.Align = .left)
            -> UnsafeMutablePointer<lxw_format>
        {
            var f = FormatSpec()
            f.size = size
            f.bold = bold
            f.box = box
            f.fill = fill
            f.align = align
            f.numFormat = "@"
            return workbook.format(f)
        }
        let heading = spec(12, bold: true), head = spec(10, bold: true, box: true, fill: Palette.headerFill, align: .center)
        let cell = spec(10, box: true), centre = spec(10, box: true, align: .center), note = spec(9)
        let widths: [Double] = [6, 18, 12, 14, 11, 11, 22]
        for (c, w) in widths.enumerated() {
            try workbook.check(worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), w, nil), "setting column widths")
        }
        let last = widths.count - 1
        var row = 0
        var breaks: [lxw_row_t] = []
        func put(_ c: Int, _ value: String, _ format: UnsafeMutablePointer<lxw_format>) throws(WorkbookFailure) {
            try workbook.check(
                worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(c), SheetWriter.clean(value), format),
                "writing row \(row + 1)")
        }
        for (k, round) in rounds.enumerated() {
            if k > 0 && breaks.count < 1022 { breaks.append(lxw_row_t(row)) }
            let who = round.surveyor.isEmpty ? words.noSurveyor : round.surveyor
            try workbook.check(worksheet_set_row(ws, lxw_row_t(row), 22, nil), "setting row \(row + 1)")
            try workbook.check(
                worksheet_merge_range(
                    ws, lxw_row_t(row), 0, lxw_row_t(row), lxw_col_t(last), SheetWriter.clean(words.coverTitle(round.project, who)),
                    heading), "merging row \(row + 1)")
            row += 1
            try put(0, title, note)
            row += 1
            for (c, h) in words.coverHeader.enumerated() { try put(c, h, head) }
            row += 1
            for (i, h) in round.households.enumerated() {
                try workbook.check(worksheet_set_row(ws, lxw_row_t(row), 20, nil), "setting row \(row + 1)")
                try put(0, String(i + 1), centre)
                try put(1, h.formID, cell)
                try put(2, h.building, cell)
                try put(3, h.unit, cell)
                for c in 4...last { try put(c, "", c == last ? cell : centre) }
                row += 1
            }
            try put(0, words.coverFoot, note)
            row += 2
        }
        worksheet_set_portrait(ws)
        worksheet_set_paper(ws, 9)
        worksheet_set_margins(ws, 0.5, 0.5, 0.6, 0.6)
        worksheet_fit_to_pages(ws, 1, 0)
        worksheet_center_horizontally(ws)
        if !breaks.isEmpty {
            breaks.append(0)
            try workbook.check(worksheet_set_h_pagebreaks(ws, &breaks), "setting the page breaks")
        }
    }
}
