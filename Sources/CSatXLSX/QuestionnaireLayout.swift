internal import CLibXLSXWriter
import CSatCore

extension QuestionnaireWorkbook {
    /// One household's page as rows of fixed height, laid out once from the definition.
    ///
    /// Columns: A the question number, B its text, then `grid` narrow columns that the scale
    /// points span, then the not-applicable box.
    struct Layout {
        enum Line {
            case title, introduction, ids1, ids2
            /// The labels of a scale above the questions that use it.
            case scaleHeader(scale: Int)
            case closed(question: Int, number: Int)
            case openText(question: Int, number: Int)
            case openSpace, gap, signature, date, footer
        }

        let lines: [(line: Line, height: Double)]
        let grid: Int
        let introduction: String
        let words: FieldWords
        var lastColumn: Int { grid + 2 }
        /// Percent, so that one block fills at most one page.
        let scale: Int

        static let numberPx = 30, textPx = 250, gridPx = 300, notApplicablePx = 46
        /// Pixels of one unit of `SheetWriter.displayWidth` at 9 points (7 px at 11 points).
        static let pxPerUnit9 = 6.6

        init(survey: Survey, words: FieldWords) {
            self.words = words
            introduction = survey.introduction ?? words.introduction
            let used = Set(survey.closedQuestionIndices.map { survey.questions[$0].scaleIndex! })
            let points = used.sorted().map { survey.scales[$0].points }
            var g = points.reduce(1) { Self.lcm($0, $1) }
            if g > 60 { g = points.max() ?? 5 }
            grid = max(g, 1)
            let totalPx = Double(Self.numberPx + Self.textPx + Self.gridPx + Self.notApplicablePx)
            func height(_ text: String, px: Double, lineHeight: Double, minimum: Double) -> Double {
                let lines = (SheetWriter.displayWidth(text) * Self.pxPerUnit9 / (px - 8)).rounded(.up)
                return max(minimum, lines * lineHeight + 5)
            }
            var lines: [(Line, Double)] = [
                (.title, 28), (.introduction, height(introduction, px: totalPx, lineHeight: 12, minimum: 18)), (.gap, 6),
                (.ids1, 20), (.ids2, 20), (.gap, 6),
            ]
            var lastScale: Int? = nil
            for (i, q) in survey.questions.enumerated() {
                let number = i + 1
                if let s = q.scaleIndex {
                    if s != lastScale { lines.append((.scaleHeader(scale: s), 24)) }
                    lastScale = s
                    lines.append(
                        (.closed(question: i, number: number), height(q.text, px: Double(Self.textPx), lineHeight: 12, minimum: 18)))
                } else {
                    lastScale = nil
                    lines.append((.openText(question: i, number: number), height(q.text, px: totalPx, lineHeight: 12, minimum: 18)))
                    lines.append((.openSpace, 44))
                }
            }
            lines += [(.gap, 8), (.signature, 34), (.date, 20), (.footer, 14)]
            self.lines = lines
            let total = lines.reduce(0) { $0 + $1.1 }
            scale = total <= QuestionnaireWorkbook.pageHeight ? 100 : max(10, Int(95 * QuestionnaireWorkbook.pageHeight / total))
        }

        static func lcm(_ a: Int, _ b: Int) -> Int {
            func gcd(_ x: Int, _ y: Int) -> Int { y == 0 ? x : gcd(y, x % y) }
            return a / gcd(a, b) * b
        }

        /// The scale's points in the questionnaire's order (`labelsOrder`), each with its label.
        static func points(_ s: Scale) -> [String] {
            let values = Array(s.min...s.max)
            let shown = s.labelsOrder == .highFirst ? values.reversed() : values
            return shown.map { x in s.labels.map { $0[x - s.min] } ?? String(x) }
        }

        /// Writes one block per household, a page break between blocks, and the page set-up.
        func write(
            _ households: [FieldList.Household], survey: Survey, sheet: SheetWriter, workbook: WorkbookHandle
        ) throws(WorkbookFailure) {
            let ws = sheet.sheet
            func spec(_ size: Double, bold: Bool = false, wrap: Bool = false, align: FormatSpec.Align = .left, box: Bool = false,
                fill: UInt32? = nil, color: UInt32? = nil) -> FormatSpec {
                var f = FormatSpec()
                f.size = size
                f.bold = bold
                f.wrap = wrap
                f.align = align
                f.box = box
                f.fill = fill
                f.fontColor = color
                f.numFormat = "@"
                return f
            }
            let title = spec(15, bold: true, align: .centerAcross), intro = spec(9, wrap: true)
            let ids = spec(10.5, bold: true, box: true), label = spec(8, wrap: true, align: .center, box: true, fill: Palette.headerFill)
            let number = spec(9, align: .center, box: true), text = spec(9, wrap: true, box: true)
            let tick = spec(12, align: .centerAcross, box: true), openText = spec(9, bold: true, wrap: true)
            let space = spec(9, box: true), small = spec(7.5, color: Palette.muted), plain = spec(9)

            try workbook.check(worksheet_set_column_pixels(ws, 0, 0, UInt32(Self.numberPx), nil), "setting column widths")
            try workbook.check(worksheet_set_column_pixels(ws, 1, 1, UInt32(Self.textPx), nil), "setting column widths")
            let cell = Self.gridPx / grid
            try workbook.check(
                worksheet_set_column_pixels(ws, 2, lxw_col_t(grid + 1), UInt32(cell), nil), "setting column widths")
            try workbook.check(
                worksheet_set_column_pixels(ws, lxw_col_t(grid + 2), lxw_col_t(grid + 2), UInt32(Self.notApplicablePx), nil),
                "setting column widths")

            var row = 0
            func write(_ c: Int, _ value: String, _ format: FormatSpec) throws(WorkbookFailure) {
                try workbook.check(
                    worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(c), SheetWriter.clean(value), workbook.format(format)),
                    "writing row \(row + 1)")
            }
            // Wrapped text that spans columns needs a merged range; everything else spans without one: a merged
            // range is kept in memory until the workbook closes, and a national print has 200,000 pages.
            func merged(_ c0: Int, _ c1: Int, _ value: String, _ format: FormatSpec) throws(WorkbookFailure) {
                if c0 == c1 { return try write(c0, value, format) }
                try workbook.check(
                    worksheet_merge_range(
                        ws, lxw_row_t(row), lxw_col_t(c0), lxw_row_t(row), lxw_col_t(c1), SheetWriter.clean(value),
                        workbook.format(format)), "merging row \(row + 1)")
            }
            // A box over columns c0…c1: the text in the first cell (it runs on over the empty ones, or is centred
            // across them), each cell with its part of the border.
            func put(_ c0: Int, _ c1: Int, _ value: String, _ format: FormatSpec) throws(WorkbookFailure) {
                if c0 == c1 { return try write(c0, value, format) }
                for c in c0...c1 {
                    var f = format
                    if f.box {
                        f.box = false
                        f.sides = FormatSpec.Sides.top | FormatSpec.Sides.bottom
                        if c == c0 { f.sides |= FormatSpec.Sides.left }
                        if c == c1 { f.sides |= FormatSpec.Sides.right }
                    }
                    if c == c0 {
                        try write(c, value, f)
                    } else {
                        try workbook.check(
                            worksheet_write_blank(ws, lxw_row_t(row), lxw_col_t(c), workbook.format(f)), "writing row \(row + 1)")
                    }
                }
            }
            let last = lastColumn, na = grid + 2
            var breaks: [lxw_row_t] = []
            for (k, h) in households.enumerated() {
                if k > 0 { breaks.append(lxw_row_t(row)) }
                for (line, height) in lines {
                    try workbook.check(worksheet_set_row(ws, lxw_row_t(row), height, nil), "setting row \(row + 1)")
                    switch line {
                    case .title: try put(0, last, survey.title, title)
                    case .introduction: try merged(0, last, introduction, intro)
                    case .ids1:
                        try put(0, 1, "\(words.project)：\(h.project)", ids)
                        try put(2, last, "\(words.building)：\(h.building)", ids)
                    case .ids2:
                        try put(0, 1, "\(words.unit)：\(h.unit)", ids)
                        try put(2, last, "\(words.formID)：\(h.formID)", ids)
                    case .scaleHeader(let s):
                        try merged(0, 1, "", label)
                        let labels = Self.points(survey.scales[s])
                        for (i, l) in labels.enumerated() {
                            let (a, b) = span(i, of: labels.count)
                            try merged(a, b, l, label)
                        }
                        try put(na, na, words.notApplicable, label)
                    case .closed(let q, let n):
                        try put(0, 0, String(n), number)
                        try put(1, 1, survey.questions[q].text, text)
                        let count = survey.scales[survey.questions[q].scaleIndex!].points
                        for i in 0..<count {
                            let (a, b) = span(i, of: count)
                            try put(a, b, words.tick, tick)
                        }
                        try put(na, na, words.tick, tick)
                    case .openText(let q, let n): try merged(0, last, "\(n). \(survey.questions[q].text)", openText)
                    case .openSpace: try put(0, last, "", space)
                    case .gap: break
                    case .signature:
                        try put(0, 1, "\(words.signature)：", space)
                        try put(2, last, "\(words.phone)：", space)
                    case .date:
                        try write(0, words.date, plain)
                        try write(2, words.thanks, plain)
                    case .footer: try write(0, words.footer(h.formID), small)
                    }
                    row += 1
                }
            }
            worksheet_set_portrait(ws)
            worksheet_set_paper(ws, 9)  // A4
            worksheet_set_margins(ws, 0.45, 0.45, 0.5, 0.5)
            worksheet_center_horizontally(ws)
            worksheet_gridlines(ws, UInt8(LXW_HIDE_ALL_GRIDLINES.rawValue))
            // Fit to the page's width: LibreOffice's column widths come out a little wider than Excel's. A block
            // taller than a page (a long questionnaire) sets the scale from its height instead.
            if scale == 100 { worksheet_fit_to_pages(ws, 1, 0) } else { worksheet_set_print_scale(ws, UInt16(scale)) }
            if row > 0 {
                try workbook.check(
                    worksheet_print_area(ws, 0, 0, lxw_row_t(row - 1), lxw_col_t(last)), "setting the print area")
            }
            if !breaks.isEmpty {
                breaks.append(0)  // the list ends with 0
                try workbook.check(worksheet_set_h_pagebreaks(ws, &breaks), "setting the page breaks")
            }
        }

        /// The grid columns point `i` of `count` spans: equal shares when `count` divides the grid.
        func span(_ i: Int, of count: Int) -> (Int, Int) {
            let a = i * grid / count, b = (i + 1) * grid / count - 1
            return (2 + a, 2 + max(a, b))
        }
    }
}
