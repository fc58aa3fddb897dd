import CSatCore

/// One table for every segment column (project, building, …): the segment's
/// rank by index within its column, n, index, rate and each driver's index.
/// The driver columns of each segment are one heat map (a colour scale per
/// segment, so buildings are compared with buildings, not with projects).
enum SegmentsSheet {
    static func write(_ ctx: SheetContext, _ sheet: SheetWriter) throws(WorkbookFailure) {
        let l = ctx.labels, w = ctx.words, drivers = ctx.model.drivers
        let marks = ctx.model.significance, t = TrendWords.of(ctx.model.language)
        try ctx.begin(sheet, note: marks == nil ? w.segmentsNote : w.segmentsNote + " " + t.marksNote)
        let top = SheetContext.headerRow
        let previous = marks?.previousPeriod
        let changeHeads = previous.map { [t.vsPrevious($0), t.rateVsPrevious($0)] } ?? []
        try sheet.header(top, [w.segment, w.value, l.rank, l.n, l.index, l.rate] + drivers.map(\.name) + changeHeads)
        let firstDriver = 6
        let changeCol = firstDriver + drivers.count
        var r = top
        for segment in ctx.model.segments {
            let ranks = rank(segment.rows)
            let first = r + 1
            for (i, row) in segment.rows.enumerated() {
                r += 1
                try sheet.text(r, 0, segment.label)
                try sheet.text(r, 1, row.value)
                try sheet.integer(r, 2, ranks[i])
                try sheet.integer(r, 3, row.n)
                // The marks are the project table's only (SPEC.md "Across waves").
                let mark = segment.column == "project" ? marks?.row(row.value) : nil
                try sheet.index(r, 4, row.index, style(mark?.vsRest.index, .index, .indexUp, .indexDown))
                try sheet.rate(r, 5, row.rate, style(mark?.vsRest.rate, .rate, .rateUp, .rateDown))
                let byDriver = Dictionary(row.drivers.map { ($0.id, $0.index) }, uniquingKeysWith: { a, _ in a })
                for (k, d) in drivers.enumerated() {
                    try sheet.index(r, firstDriver + k, byDriver[d.id], style(mark?.vsRest.driver(d.id), .index, .indexUp, .indexDown))
                }
                if previous != nil, let mark, mark.vsPrevious != nil {
                    let change = Difference.of(row.index, mark.previousIndex)
                    let rateChange = Difference.of(row.rate, mark.previousRate)
                    try sheet.number(r, changeCol, change, style(mark.vsPrevious?.index, .change, .changeUp, .changeDown))
                    try sheet.number(
                        r, changeCol + 1, rateChange, style(mark.vsPrevious?.rate, .rateChange, .rateChangeUp, .rateChangeDown))
                }
            }
            guard r >= first else { continue }
            try sheet.colourScale(first, 4, r, 4)
            try sheet.colourScale(first, 5, r, 5)
            try sheet.colourScale(first, firstDriver, r, firstDriver + drivers.count - 1)
        }
        try sheet.table(headerRow: top, lastRow: r, lastCol: firstDriver + max(drivers.count, 1) - 1 + changeHeads.count)
        try sheet.fitColumns(min: 6, max: 30)
    }

    /// The cell's style: marked up or down where the test is significant.
    static func style(_ test: Significance.Test?, _ plain: Style, _ up: Style, _ down: Style) -> Style {
        guard let test, test.significant else { return plain }
        return test.difference > 0 ? up : down
    }

    /// 1 for the highest index; ties share the better rank; a segment without an index has none.
    static func rank(_ rows: [Figures.SegmentRow]) -> [Int?] {
        rows.map { row in
            guard let x = row.index else { return nil }
            return rows.filter { ($0.index ?? -.infinity) > x }.count + 1
        }
    }
}
