internal import CLibXLSXWriter
import CSatCore

/// The first sheet, for the general manager's minute: the index and the rate
/// against the last wave, the drivers to keep and to fix, the lowest project,
/// then the drivers and projects as small tables with their charts beside them.
///
/// Columns A–H hold the tables; the charts stand in one column to the right
/// (column J), beside the figures they draw, and read from these tables. One
/// column of charts keeps the printed page at about full size (fit to one
/// page wide); two would shrink every figure to two thirds.
enum SummarySheet {
    static let chartCol = 9

    /// Below this many valid forms a project's figures are marked as indicative only.
    static let smallSample = 30

    static func write(_ ctx: SheetContext, _ sheet: SheetWriter) throws(WorkbookFailure) {
        let m = ctx.model, l = ctx.labels, w = ctx.words, h = m.headline
        try sheet.text(0, 0, m.title, .title)
        var sub = [m.period]
        if let p = ctx.previousName, p != l.previous { sub.append("\(l.previous) \(p)") }
        sub.append("\(l.formsValid) \(h.formsValid) / \(l.formsRead) \(h.formsRead)")
        try sheet.text(1, 0, sub.joined(separator: " · "), .subtitle)
        try sheet.printSetup(footer: ctx.footer, onePage: true)

        // Key figures.
        var r = 3
        try sheet.text(r, 0, w.keyFigures, .section)
        r += 1
        let compared = h.previousPeriod != nil
        try sheet.header(r, [w.figure, w.thisWave, l.ci] + (compared ? [l.previous, l.change, l.pValue, w.significance] : []))
        r += 1
        let c = h.change
        try sheet.text(r, 0, l.indexLong, .label)
        try sheet.index(r, 1, h.index, .bigIndex)
        try sheet.text(r, 2, ctx.intervalText(h.indexCI, rate: false))
        if h.previousPeriod != nil {
            try sheet.index(r, 3, h.previousIndex)
            try sheet.index(r, 4, c?.indexChange, .change)
            try ctx.pValue(sheet, r, 5, c?.p)
            let (t, s) = ctx.significance(c?.indexChange, c?.significant)
            try sheet.text(r, 6, t, s)
        }
        r += 1
        try sheet.text(r, 0, l.rateLong, .label)
        try sheet.rate(r, 1, h.rate, .bigRate)
        try sheet.text(r, 2, ctx.intervalText(h.rateCI, rate: true))
        if h.previousPeriod != nil {
            try sheet.rate(r, 3, h.previousRate)
            try sheet.rate(r, 4, c?.rateChange, .rateChange)
            try ctx.pValue(sheet, r, 5, c?.rateP)
            let (t, s) = ctx.significance(c?.rateChange, c?.rateSignificant)
            try sheet.text(r, 6, t, s)
        }
        r += 1
        try sheet.text(r, 0, l.n, .label)
        try sheet.integer(r, 1, h.n, .bigInteger)
        r += 1
        if h.overallQuestionIndex != nil || h.overallQuestionRate != nil {
            try sheet.text(r, 0, "\(l.overallQuestion) · \(l.index)", .label)
            try sheet.index(r, 1, h.overallQuestionIndex)
            try sheet.text(r + 1, 0, "\(l.overallQuestion) · \(l.rate)", .label)
            try sheet.rate(r + 1, 1, h.overallQuestionRate)
            r += 2
        }
        for (label, value) in [(l.formsRead, h.formsRead), (l.formsValid, h.formsValid), (l.formsInvalid, h.formsInvalid)] {
            try sheet.text(r, 0, label, .label)
            try sheet.integer(r, 1, value)
            r += 1
        }

        // At a glance: what to keep, what to fix, where.
        r += 1
        try sheet.text(r, 0, w.atAGlance, .section)
        r += 1
        let none = SheetWriter.missing
        try sheet.text(r, 0, "\(l.satisfactionDrivers) (\(l.keep))", .label)
        try sheet.text(
            r, 1, m.satisfactionDrivers.isEmpty ? none : m.satisfactionDrivers.joined(separator: "、"), .good, fit: false)
        r += 1
        try sheet.text(r, 0, "\(l.dissatisfactionDrivers) (\(l.improve))", .label)
        try sheet.text(
            r, 1, m.dissatisfactionDrivers.isEmpty ? none : m.dissatisfactionDrivers.joined(separator: "、"), .bad, fit: false)
        r += 1
        if let worst = m.projectsRanked.last {
            try sheet.text(r, 0, w.worstProject, .label)
            try sheet.text(
                r, 1, w.worstProjectText(worst.value, Rounding.indexText(worst.index), Rounding.rateText(worst.rate)), .bad,
                fit: false)
            r += 1
        }
        // What the figures cannot bear: a project below the sampling rule, a project on a small sample.
        let failed = m.coverage.filter { $0.pass == false }.map { w.failedRuleText($0.project, $0.valid, $0.required ?? 0) }
        let small = m.projectsRanked.filter { $0.n < Self.smallSample }.map { w.smallSampleText($0.value, $0.n) }
        for (label, items) in [(w.failedRule, failed), (w.smallSample, small)] where !items.isEmpty {
            try sheet.text(r, 0, label, .label)
            try sheet.text(r, 1, items.joined(separator: "、"), .bad, fit: false)
            r += 1
        }

        r += 1
        let drivers = try driverTable(ctx, sheet, at: r)
        r = drivers.end + 1
        let projects = try projectTable(ctx, sheet, at: r)
        r = projects.end + 1
        try reasonTable(ctx, sheet, at: r)
        try sheet.fitColumns(min: 8, max: 40)
        try sheet.setColumn(chartCol - 1, width: 2)
        try charts(ctx, sheet, drivers: drivers, projects: projects)
    }

    /// Rows of a table written on this sheet, for the charts: the overall row, the first and last data rows.
    struct Rows {
        var overall: Int
        var first: Int
        var last: Int
        var end: Int
    }

    /// Overall, then drivers from the lowest index up; with the previous wave's index for the wave chart.
    static func driverTable(_ ctx: SheetContext, _ sheet: SheetWriter, at start: Int) throws(WorkbookFailure) -> Rows {
        let m = ctx.model, l = ctx.labels, h = m.headline
        try sheet.text(start, 0, ctx.words.driversByIndex, .section)
        let compared = h.previousPeriod != nil
        try sheet.header(
            start + 1,
            [l.driver, l.index, l.rate, l.n, l.quadrant] + (compared ? [l.previous, l.change, ctx.words.significance] : []))
        var r = start + 2
        let overall = r
        try sheet.text(r, 0, ctx.words.overall, .label)
        try sheet.index(r, 1, h.index)
        try sheet.rate(r, 2, h.rate)
        try sheet.integer(r, 3, h.n)
        try sheet.text(r, 4, SheetWriter.missing, .neutral)
        try sheet.number(r, 5, h.previousIndex.map(Rounding.index), .index, missing: nil)
        try sheet.number(r, 6, h.change?.indexChange.map(Rounding.index), .change, missing: nil)
        let (t, s) = ctx.significance(h.change?.indexChange, h.change?.significant)
        if h.previousPeriod != nil { try sheet.text(r, 7, t, s) }
        let sorted = m.drivers.enumerated().sorted { a, b in
            (a.element.index ?? .infinity, a.offset) < (b.element.index ?? .infinity, b.offset)
        }.map(\.element)
        for d in sorted {
            r += 1
            try sheet.text(r, 0, d.name)
            try sheet.number(r, 1, d.index.map(Rounding.index), .index, missing: nil)
            try sheet.number(r, 2, d.rate.map(Rounding.rate), .rate, missing: nil)
            try sheet.integer(r, 3, d.n)
            let (q, qs) = ctx.quadrant(d)
            try sheet.text(r, 4, q, qs)
            try sheet.number(r, 5, d.previousIndex.map(Rounding.index), .index, missing: nil)
            try sheet.number(r, 6, d.change?.indexChange.map(Rounding.index), .change, missing: nil)
            if h.previousPeriod != nil {
                let (t, s) = ctx.significance(d.change?.indexChange, d.change?.significant)
                try sheet.text(r, 7, t, s)
            }
        }
        try sheet.colourScale(overall + 1, 1, r, 1)
        return Rows(overall: overall, first: overall + 1, last: r, end: r + 1)
    }

    /// Projects from the highest index down, with their rank: the last row is the lowest project.
    static func projectTable(_ ctx: SheetContext, _ sheet: SheetWriter, at start: Int) throws(WorkbookFailure) -> Rows {
        let l = ctx.labels
        let ranked = ctx.model.projectsRanked
        guard !ranked.isEmpty else { return Rows(overall: start, first: start, last: start - 1, end: start) }
        try sheet.text(start, 0, ctx.words.projectsRanked, .section)
        try sheet.header(start + 1, [l.project, l.rank, l.index, l.rate, l.n])
        var r = start + 1
        for (i, p) in ranked.enumerated() {
            r += 1
            try sheet.text(r, 0, p.value, i == ranked.count - 1 && ranked.count > 1 ? .bad : .text)
            try sheet.integer(r, 1, i + 1)
            try sheet.number(r, 2, p.index.map(Rounding.index), .index, missing: nil)
            try sheet.number(r, 3, p.rate.map(Rounding.rate), .rate, missing: nil)
            try sheet.integer(r, 4, p.n)
        }
        try sheet.colourScale(start + 2, 2, r, 2)
        return Rows(overall: start + 1, first: start + 2, last: r, end: r + 1)
    }

    static func reasonTable(_ ctx: SheetContext, _ sheet: SheetWriter, at start: Int) throws(WorkbookFailure) {
        let reasons = ctx.model.invalidByReason
        guard !reasons.isEmpty else { return }
        try sheet.text(start, 0, ctx.words.invalidByReason, .section)
        try sheet.header(start + 1, [ctx.labels.reason, ctx.labels.count])
        for (i, reason) in reasons.enumerated() {
            try sheet.text(start + 2 + i, 0, reason.label)
            try sheet.integer(start + 2 + i, 1, reason.count)
        }
    }

    static func charts(_ ctx: SheetContext, _ sheet: SheetWriter, drivers: Rows, projects: Rows) throws(WorkbookFailure) {
        let m = ctx.model, w = ctx.words, name = sheet.name
        let charts = ChartMaker(workbook: ctx.workbook)
        var row = 3
        let height = 300.0, rowsPerChart = 16
        if drivers.last >= drivers.first {
            let sorted = m.drivers.sorted { ($0.index ?? .infinity) < ($1.index ?? .infinity) }
            let colours = sorted.map {
                $0.quadrant == .improve ? Palette.improve : $0.quadrant == .keep ? Palette.keep : Palette.other
            }
            let cats = ChartMaker.Range(sheet: name, first: drivers.first, last: drivers.last, col: 0)
            let index = try charts.bars(
                title: w.chartDriverIndex, categories: cats,
                values: .init(sheet: name, first: drivers.first, last: drivers.last, col: 1),
                colours: colours, min: 0, max: 100, numFormat: "0.0")
            try sheet.insertChart(index, row: row, col: chartCol, width: 480, height: height, description: w.chartDriverIndex)
            let rate = try charts.bars(
                title: w.chartDriverRate, categories: cats,
                values: .init(sheet: name, first: drivers.first, last: drivers.last, col: 2),
                colours: colours, min: 0, max: 1, numFormat: "0.0%")
            row += rowsPerChart
            try sheet.insertChart(rate, row: row, col: chartCol, width: 480, height: height, description: w.chartDriverRate)
            row += rowsPerChart
        }
        if let previous = ctx.previousName {
            let values = ([m.headline.index, m.headline.previousIndex] + m.drivers.flatMap { [$0.index, $0.previousIndex] })
                .compactMap { $0 }
            let (lo, hi) = ChartMaker.axisRange(values, step: 10, limits: 0...100)
            let chart = try charts.waves(
                title: w.chartWave, categories: .init(sheet: name, first: drivers.overall, last: drivers.last, col: 0),
                previous: .init(sheet: name, first: drivers.overall, last: drivers.last, col: 5), previousName: previous,
                current: .init(sheet: name, first: drivers.overall, last: drivers.last, col: 1),
                currentName: previous == ctx.labels.previous ? w.thisWave : m.period, min: lo, max: hi)
            try sheet.insertChart(chart, row: row, col: chartCol, width: 480, height: height, description: w.chartWave)
            row += rowsPerChart
        }
        if projects.last >= projects.first {
            // The fourth chart would straddle the first printed page's end: it starts the second.
            if row > 3 + 2 * rowsPerChart {
                var breaks: [lxw_row_t] = [lxw_row_t(row), 0]
                try ctx.workbook.check(worksheet_set_h_pagebreaks(sheet.sheet, &breaks), "setting a page break on \(name)")
            }
            let count = projects.last - projects.first + 1
            let colours = (0..<count).map { $0 == count - 1 && count > 1 ? Palette.improve : Palette.bar }
            let values = m.projectsRanked.compactMap(\.index)
            let (lo, hi) = ChartMaker.axisRange(values, step: 10, limits: 0...100)
            let chart = try charts.bars(
                title: w.chartProjects, categories: .init(sheet: name, first: projects.first, last: projects.last, col: 0),
                values: .init(sheet: name, first: projects.first, last: projects.last, col: 2), colours: colours, min: lo,
                max: hi, numFormat: "0.0")
            try sheet.insertChart(chart, row: row, col: chartCol, width: 480, height: height, description: w.chartProjects)
        }
    }
}
