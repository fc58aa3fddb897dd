import CSatCore

/// The chart files written beside the report: `<base>-drivers.svg`,
/// `<base>-quadrants.svg`, `<base>-projects.svg` (names only; the report
/// links them relatively, so the folder can be moved or committed whole).
public struct ChartFiles: Sendable {
    public var drivers: String
    public var quadrants: String
    public var projects: String
    /// Written only when the report has a history (`--history`).
    public var trend: String

    public init(base: String) {
        drivers = base + "-drivers.svg"
        quadrants = base + "-quadrants.svg"
        projects = base + "-projects.svg"
        trend = base + "-trend.svg"
    }
}

/// Draws the report's three charts from the report model, with the same
/// figures as its tables.
enum SVGCharts {
    /// File name and SVG text of each chart, in the order of `ChartFiles`.
    static func render(_ model: ReportModel, files: ChartFiles) -> [(name: String, svg: String)] {
        let words = MarkdownLabels.of(model.language)
        let labels = model.labels
        let overall = model.headline.index.map { (words.overall, $0) }

        // Drivers by index, best first; a driver without answers last.
        let drivers = model.drivers.sorted { a, b in
            switch (a.index, b.index) {
            case let (x?, y?): return x != y ? x > y : a.id < b.id
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return a.id < b.id
            }
        }
        let present: [Figures.Quadrant] = [.keep, .improve, .maintain, .watch].filter { q in drivers.contains { $0.quadrant == q }
        }
        let driverChart = BarChart(
            title: words.driversChartTitle,
            bars: drivers.map { .init(label: $0.name, value: $0.index, color: Colors.of($0.quadrant), note: "n=\($0.n)") },
            reference: overall,
            legend: present.map { (Colors.of($0), labels.quadrantLabel($0)) },
            noData: words.noData)

        let quadrantChart = QuadrantChart(
            title: words.quadrantsChartTitle,
            points: model.drivers.compactMap { d in
                guard let importance = d.importance, let index = d.index else { return nil }
                return .init(label: d.name, importance: importance, index: index, color: Colors.of(d.quadrant))
            },
            keep: labels.keep, improve: labels.improve, maintain: labels.maintain, watch: labels.watch,
            xAxis: words.importanceAxis, yAxis: words.indexAxis, noData: words.noData)

        let projectChart = BarChart(
            title: words.projectsChartTitle,
            bars: model.projectsRanked.map { row in
                // Compared as shown, so a bar labelled like the overall line is not called below it.
                let below = Rounding.index(row.index ?? 0) < Rounding.index(model.headline.index ?? 0)
                return .init(label: row.value, value: row.index, color: below ? Colors.below : Colors.above, note: "n=\(row.n)")
            },
            reference: overall,
            legend: overall == nil ? [] : [(Colors.above, words.aboveOverall), (Colors.below, words.belowOverall)],
            noData: words.noData)

        var charts = [(files.drivers, driverChart.svg), (files.quadrants, quadrantChart.svg), (files.projects, projectChart.svg)]
        if let trend = model.trend {
            let chart = TrendChart(
                title: TrendWords.of(model.language).chartTrend, periods: trend.periods, overall: (words.overall, trend.overall.map { $0 }),
                series: trend.projects.map { ($0.name, $0.points) }, noData: words.noData)
            charts.append((files.trend, chart.svg))
        }
        return charts
    }
}
