import CSatCore

/// The Trend sheet (SPEC.md "Across waves"): every wave of the history with this one, oldest
/// first. Tables on the left — the overall index and rate with their intervals per wave, the
/// drivers' and the projects' index per wave (a column each, so that each is one line of a
/// chart), then every wave of every driver and project with its intervals in one filterable
/// list — and native line charts on the right.
enum TrendSheet {
    static func write(_ ctx: SheetContext, _ sheet: SheetWriter, _ trend: Trend) throws(WorkbookFailure) {
        let l = ctx.labels, t = TrendWords.of(ctx.model.language)
        try ctx.begin(sheet, note: t.note)
        let periods = trend.periods, last = periods.count - 1
        let charts = ChartMaker(workbook: ctx.workbook)
        let chartCol = 12

        // The overall figures, a row per wave.
        var r = SheetContext.headerRow
        try sheet.text(r, 0, t.overall, .section)
        r += 1
        let head = r
        try sheet.header(head, [t.period, t.forms, t.valid, l.n, l.index, t.low, t.high, l.rate, t.low, t.high, t.remark])
        for (i, p) in periods.enumerated() {
            let row = head + 1 + i, o = trend.overall[i]
            try sheet.text(row, 0, p)
            try sheet.integer(row, 1, trend.forms[i].read)
            try sheet.integer(row, 2, trend.forms[i].valid)
            try point(sheet, row, 3, o)
            if i == last { try sheet.text(row, 10, t.current, .label) }
            if i == trend.yearEarlier { try sheet.text(row, 10, t.yearEarlier, .label) }
        }
        r = head + periods.count + 1
        if let y = trend.yearEarlier {
            let now = trend.overall[last], then = trend.overall[y]
            try sheet.text(r, 0, t.changeSinceYearEarlier(periods[y], periods[last]), .label, fit: false)
            try sheet.number(r, 4, Difference.of(now.index, then.index), .change)
            try sheet.number(r, 7, Difference.of(now.rate, then.rate), .rateChange)
            r += 1
        }
        let categories = ChartMaker.Range(sheet: sheet.name, first: head + 1, last: head + periods.count, col: 0)
        func column(_ c: Int, first: Int = head + 1) -> ChartMaker.Range {
            .init(sheet: sheet.name, first: first, last: first + periods.count - 1, col: c)
        }
        let indexValues = trend.overall.flatMap { [$0.index, $0.indexCI?.low, $0.indexCI?.high] }.compactMap { $0 }
        let (lo, hi) = ChartMaker.axisRange(indexValues, step: 5, limits: 0...100)
        let indexChart = try charts.lines(
            title: t.chartIndex, categories: categories,
            [
                .init(values: column(4), name: l.index, colour: Palette.bar),
                .init(values: column(5), name: t.low, colour: Palette.previous, bound: true),
                .init(values: column(6), name: t.high, colour: Palette.previous, bound: true),
            ], min: lo, max: hi, numFormat: "0")
        try sheet.insertChart(indexChart, row: SheetContext.headerRow, col: chartCol, description: t.chartIndex)
        let rateValues = trend.overall.flatMap { [$0.rate, $0.rateCI?.low, $0.rateCI?.high] }.compactMap { $0 }
        let (rlo, rhi) = ChartMaker.axisRange(rateValues.map { $0 * 100 }, step: 5, limits: 0...100)
        let rateChart = try charts.lines(
            title: t.chartRate, categories: categories,
            [
                .init(values: column(7), name: l.rate, colour: Palette.keep),
                .init(values: column(8), name: t.low, colour: Palette.previous, bound: true),
                .init(values: column(9), name: t.high, colour: Palette.previous, bound: true),
            ], min: rlo / 100, max: rhi / 100, numFormat: "0%")
        try sheet.insertChart(rateChart, row: SheetContext.headerRow + 16, col: chartCol, description: t.chartRate)

        // Drivers, then projects: a column each, a row per wave.
        var chartRow = SheetContext.headerRow + 32
        for (title, chartTitle, series) in [(t.drivers, t.chartDrivers, trend.drivers), (t.projects, t.chartProjects, trend.projects)]
        where !series.isEmpty {
            r += 1
            try sheet.text(r, 0, title, .section)
            r += 1
            let top = r
            try sheet.header(top, [t.period] + series.map(\.name))
            for (i, p) in periods.enumerated() {
                try sheet.text(top + 1 + i, 0, p)
                for (k, s) in series.enumerated() { try sheet.index(top + 1 + i, 1 + k, s.points[i]?.index) }
            }
            try sheet.colourScale(top + 1, 1, top + periods.count, series.count)
            r = top + periods.count
            let values = series.flatMap { $0.points.compactMap { $0?.index } }
            let (slo, shi) = ChartMaker.axisRange(values, step: 5, limits: 0...100)
            let chart = try charts.lines(
                title: chartTitle, categories: .init(sheet: sheet.name, first: top + 1, last: r, col: 0),
                series.enumerated().map { k, s in
                    .init(
                        values: column(1 + k, first: top + 1), name: s.name,
                        colour: ChartMaker.seriesColours[k % ChartMaker.seriesColours.count])
                }, min: slo, max: shi, numFormat: "0")
            try sheet.insertChart(chart, row: chartRow, col: chartCol, height: 320, description: chartTitle)
            chartRow += 17
        }

        // Every wave of every driver and project, with its intervals: one list to filter.
        r += 2
        try sheet.text(r, 0, t.all, .section)
        r += 1
        let listHead = r
        try sheet.header(listHead, [t.kind, t.name, t.period, l.n, l.index, t.low, t.high, l.rate, t.low, t.high])
        for (kind, series) in [(t.driver, trend.drivers), (t.project, trend.projects)] {
            for s in series {
                for (i, p) in periods.enumerated() {
                    guard let point = s.points[i] else { continue }
                    r += 1
                    try sheet.text(r, 0, kind)
                    try sheet.text(r, 1, s.name)
                    try sheet.text(r, 2, p)
                    try Self.point(sheet, r, 3, point)
                }
            }
        }
        try sheet.autofilter(headerRow: listHead, lastRow: r, lastCol: 9)
        try sheet.fitColumns(min: 7, max: 24)
    }

    /// n, index with its interval, rate with its interval, from `col` on.
    static func point(_ sheet: SheetWriter, _ row: Int, _ col: Int, _ p: WaveRecord.Point) throws(WorkbookFailure) {
        try sheet.integer(row, col, p.n)
        try sheet.index(row, col + 1, p.index)
        try sheet.index(row, col + 2, p.indexCI?.low)
        try sheet.index(row, col + 3, p.indexCI?.high)
        try sheet.rate(row, col + 4, p.rate)
        try sheet.rate(row, col + 5, p.rateCI?.low)
        try sheet.rate(row, col + 6, p.rateCI?.high)
    }
}

/// The change between two figures that may be missing (the Segments and Trend sheets).
enum Difference {
    static func of(_ now: Double?, _ before: Double?) -> Double? {
        guard let now, let before else { return nil }
        return now - before
    }
}
