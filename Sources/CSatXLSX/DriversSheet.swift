import CSatCore

/// Every driver's figures in the definition's order, then the
/// importance–performance matrix: a scatter chart with each driver as its own
/// series (so its label names it) and the quadrant split lines as two-point
/// series whose end points are written under the table, labelled.
enum DriversSheet {
    static func write(_ ctx: SheetContext, _ sheet: SheetWriter) throws(WorkbookFailure) {
        let m = ctx.model, l = ctx.labels, w = ctx.words
        try ctx.begin(sheet, note: w.driversNote)
        let top = SheetContext.headerRow
        let indexCI = l.index + " " + l.ci, rateCI = l.rate + " " + l.ci
        let compared = m.headline.previousPeriod != nil
        try sheet.header(
            top,
            [
                w.id, l.driver, l.weight, l.index, "\(indexCI) \(w.ciLow)", "\(indexCI) \(w.ciHigh)", l.rate,
                "\(rateCI) \(w.ciLow)",
                "\(rateCI) \(w.ciHigh)", l.n, l.alpha, l.importance, l.relativeWeight, l.quadrant,
            ] + (compared ? [l.previous, l.change, l.pValue, w.significance] : []))
        var r = top
        for d in m.drivers {
            r += 1
            try sheet.text(r, 0, d.id)
            try sheet.text(r, 1, d.name)
            try sheet.rate(r, 2, d.weight)
            try sheet.index(r, 3, d.index)
            try sheet.index(r, 4, d.indexCI?.low)
            try sheet.index(r, 5, d.indexCI?.high)
            try sheet.rate(r, 6, d.rate)
            try sheet.rate(r, 7, d.rateCI?.low)
            try sheet.rate(r, 8, d.rateCI?.high)
            try sheet.integer(r, 9, d.n)
            try sheet.coefficient(r, 10, d.alpha)
            try sheet.coefficient(r, 11, d.importance)
            try sheet.rate(r, 12, d.relativeWeight)
            let (q, qs) = ctx.quadrant(d)
            try sheet.text(r, 13, q, qs)
            if compared {
                try sheet.index(r, 14, d.previousIndex)
                try sheet.index(r, 15, d.change?.indexChange, .change)
                try ctx.pValue(sheet, r, 16, d.change?.p)
                let (t, s) = ctx.significance(d.change?.indexChange, d.change?.significant)
                try sheet.text(r, 17, t, s)
            }
        }
        let last = r
        try sheet.table(headerRow: top, lastRow: last, lastCol: compared ? 17 : 13)
        try sheet.colourScale(top + 1, 3, last, 3)
        try sheet.colourScale(top + 1, 6, last, 6)
        try matrix(ctx, sheet, firstRow: top + 1, at: last + 2)
        try sheet.fitColumns(min: 7, max: 30)
    }

    /// The split lines' end points under the table, then the chart under them.
    static func matrix(_ ctx: SheetContext, _ sheet: SheetWriter, firstRow: Int, at start: Int) throws(WorkbookFailure) {
        let l = ctx.labels, w = ctx.words
        let placed = ctx.model.drivers.enumerated().compactMap {
            i, d -> (row: Int, d: ReportModel.DriverRow, x: Double, y: Double)? in
            guard let x = d.importance, let y = d.index, x.isFinite, y.isFinite else { return nil }
            return (firstRow + i, d, Rounding.coefficient(x), Rounding.index(y))
        }
        guard !placed.isEmpty else { return }
        let meanX = Rounding.coefficient(placed.map { $0.d.importance! }.reduce(0, +) / Double(placed.count))
        let meanY = Rounding.index(placed.map { $0.d.index! }.reduce(0, +) / Double(placed.count))
        let xRange = ChartMaker.axisRange(placed.map(\.x) + [meanX], step: 0.05, limits: -1...1)
        let yRange = ChartMaker.axisRange(placed.map(\.y) + [meanY], step: 5, limits: 0...100)

        // Columns B (importance) and C (index) of the block, as in the table's own order of x then y.
        try sheet.text(start, 0, w.splitLines, .section)
        try sheet.text(start, 4, w.splitNote, .note)
        try sheet.header(start + 1, [w.line, l.importance, l.index])
        let vertical = start + 2, horizontal = start + 4
        let rows: [(String, Double, Double)] = [
            ("\(w.vertical) · \(w.start) (\(w.meanImportance))", meanX, yRange.0),
            ("\(w.vertical) · \(w.end)", meanX, yRange.1),
            ("\(w.horizontal) · \(w.start) (\(w.meanIndex))", xRange.0, meanY),
            ("\(w.horizontal) · \(w.end)", xRange.1, meanY),
        ]
        for (i, row) in rows.enumerated() {
            try sheet.text(vertical + i, 0, row.0)
            try sheet.number(vertical + i, 1, row.1, .coefficient)
            try sheet.number(vertical + i, 2, row.2, .index)
        }
        // The chart reads the table's importance (column L) and index (column D) for each driver.
        // The plot inside the 720 × 440 chart, less its title, axis titles and numbers (measured on LibreOffice's drawing).
        let positions = ChartMaker.labelPositions(
            placed.map { ($0.x, $0.y, $0.d.name) }, xRange: xRange, yRange: yRange, plot: (620, 340))
        let points = zip(placed, positions).map { p, position in
            ChartMaker.MatrixPoint(
                nameCell: (p.row, 1), row: p.row,
                colour: p.d.quadrant == .improve ? Palette.improve : p.d.quadrant == .keep ? Palette.keep : Palette.other,
                labelPosition: position)
        }
        let chart = try ChartMaker(workbook: ctx.workbook).matrix(
            title: w.chartMatrix, sheet: sheet.name, points: points, xCol: 11, yCol: 3,
            lines: (vertical, horizontal, 1, 2), xRange: xRange, yRange: yRange, xTitle: l.importance, yTitle: l.indexLong)
        try sheet.insertChart(chart, row: horizontal + 3, col: 0, width: 720, height: 440, description: w.chartMatrix)
    }
}
