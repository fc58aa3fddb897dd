import CSatCore

/// The report's trend chart (SPEC.md "Across waves"): waves along the x axis, the overall index
/// as a bold line over its 95% interval band, each project as a thin line; a project missing
/// from a wave leaves a gap.
struct TrendChart {
    var title: String
    var periods: [String]
    var overall: (label: String, points: [WaveRecord.Point?])
    var series: [(label: String, points: [WaveRecord.Point?])]
    var noData: String

    static let width = 760.0
    static let colours = ["#ED7D31", "#70AD47", "#FFC000", "#5B9BD5", "#A5A5A5", "#264478", "#9E480E", "#997300"]

    var svg: String {
        let legendRows = Double((series.count + 1 + 2) / 3)
        let height = 330 + legendRows * 20
        var s = SVG(width: Self.width, height: height, title: title)
        s.text(title, x: 20, y: 28, size: 16, bold: true)
        let values = ([overall.points] + series.map(\.points)).flatMap { $0 }.compactMap { $0 }
            .flatMap { [$0.index, $0.indexCI?.low, $0.indexCI?.high] }.compactMap { $0 }
        guard !values.isEmpty, !periods.isEmpty else {
            s.text(noData, x: Self.width / 2, y: height / 2, anchor: .middle, fill: "#666666")
            return s.document
        }
        var lo = (values.min()! / 5).rounded(.down) * 5, hi = (values.max()! / 5).rounded(.up) * 5
        if hi - lo < 10 { (lo, hi) = (max(0, lo - 5), min(100, hi + 5)) }
        let left = 60.0, right = Self.width - 30, top = 50.0, bottom = 290.0
        func x(_ i: Int) -> Double {
            periods.count == 1 ? (left + right) / 2 : left + (right - left) * Double(i) / Double(periods.count - 1)
        }
        func y(_ v: Double) -> Double { bottom - (bottom - top) * (v - lo) / (hi - lo) }
        var tick = lo
        while tick <= hi + 1e-9 {
            s.line(x1: left, y1: y(tick), x2: right, y2: y(tick), stroke: "#e5e7eb")
            s.text(SVG.n(tick), x: left - 8, y: y(tick) + 4, size: 11, anchor: .end, fill: "#666666")
            tick += 5
        }
        for (i, p) in periods.enumerated() {
            s.text(p, x: x(i), y: bottom + 20, size: 12, anchor: .middle, fill: "#444444")
        }
        // The band: upper bounds left to right, lower bounds back.
        let band = overall.points.enumerated().compactMap { i, p in p?.indexCI.map { (i, $0) } }
        if band.count >= 2 {
            s.polyline(
                band.map { (x($0.0), y($0.1.high)) } + band.reversed().map { (x($0.0), y($0.1.low)) }, stroke: nil,
                fill: "#4472C4", opacity: 0.15)
        }
        func draw(_ points: [WaveRecord.Point?], colour: String, width: Double, radius: Double) {
            var run: [(Double, Double)] = []
            for (i, p) in points.enumerated() {
                if let v = p?.index {
                    run.append((x(i), y(v)))
                } else {
                    if run.count >= 2 { s.polyline(run, stroke: colour, width: width) }
                    run = []
                }
            }
            if run.count >= 2 { s.polyline(run, stroke: colour, width: width) }
            for (i, p) in points.enumerated() { if let v = p?.index { s.circle(cx: x(i), cy: y(v), r: radius, fill: colour) } }
        }
        for (k, line) in series.enumerated() { draw(line.points, colour: Self.colours[k % Self.colours.count], width: 1.5, radius: 3) }
        draw(overall.points, colour: "#4472C4", width: 3, radius: 4.5)
        if let last = overall.points.last??.index {
            s.text(Rounding.indexText(last), x: x(periods.count - 1), y: y(last) - 10, size: 12, anchor: .middle,
                   fill: "#1F4E79", bold: true, halo: true)
        }
        // Legend, three to a row.
        let entries = [(overall.label, "#4472C4")] + series.enumerated().map { ($1.label, Self.colours[$0 % Self.colours.count]) }
        for (k, e) in entries.enumerated() {
            let lx = left + Double(k % 3) * 230, ly = bottom + 48 + Double(k / 3) * 20
            s.line(x1: lx, y1: ly - 4, x2: lx + 22, y2: ly - 4, stroke: e.1, width: k == 0 ? 3 : 1.5)
            s.text(SVG.fit(e.0, width: 190, size: 12), x: lx + 28, y: ly, size: 12)
        }
        return s.document
    }
}
