import CSatCore

/// The importance–performance scatter (SPEC.md "Scoring": quadrants): each
/// driver at its importance (x) and index (y), split at the drivers' mean
/// importance and mean index, the four quadrants tinted and named.
struct QuadrantChart {
    struct Point {
        var label: String
        var importance: Double
        var index: Double
        var color: String
    }

    var title: String
    var points: [Point]
    /// Quadrant names: keep (top right), improve (bottom right), maintain (top left), watch (bottom left).
    var keep, improve, maintain, watch: String
    var xAxis, yAxis, noData: String

    static let width = 760.0
    static let height = 540.0

    var svg: String {
        let (x0, y0, plotW, plotH) = (80.0, 56.0, 500.0, 410.0)
        var svg = SVG(width: Self.width, height: Self.height, title: title)
        svg.text(title, x: 16, y: 28, size: 16, bold: true)
        guard !points.isEmpty else {
            svg.rect(x: x0, y: y0, width: plotW, height: plotH, fill: "#f5f5f5")
            svg.text(noData, x: x0 + plotW / 2, y: y0 + plotH / 2, anchor: .middle, fill: "#666666")
            return svg.document
        }
        // Same means as the quadrants themselves (Inference.assignQuadrants).
        let meanX = points.map(\.importance).reduce(0, +) / Double(points.count)
        let meanY = points.map(\.index).reduce(0, +) / Double(points.count)
        let (xLo, xHi) = Self.range(points.map(\.importance) + [meanX], pad: 0.05, step: 0.05, limits: -1...1)
        let (yLo, yHi) = Self.range(points.map(\.index) + [meanY], pad: 2, step: 5, limits: 0...100)
        func px(_ v: Double) -> Double { x0 + plotW * (v - xLo) / (xHi - xLo) }
        func py(_ v: Double) -> Double { y0 + plotH * (1 - (v - yLo) / (yHi - yLo)) }
        let (mx, my) = (px(meanX), py(meanY))

        // Tinted quadrants and their names in the outer corners.
        svg.rect(x: mx, y: y0, width: x0 + plotW - mx, height: my - y0, fill: "#e8f5e9")
        svg.rect(x: mx, y: my, width: x0 + plotW - mx, height: y0 + plotH - my, fill: "#ffebee")
        svg.rect(x: x0, y: y0, width: mx - x0, height: my - y0, fill: "#e3f2fd")
        svg.rect(x: x0, y: my, width: mx - x0, height: y0 + plotH - my, fill: "#fff8e1")
        svg.text(keep, x: x0 + plotW - 8, y: y0 + 20, anchor: .end, fill: Colors.keep, bold: true)
        svg.text(improve, x: x0 + plotW - 8, y: y0 + plotH - 10, anchor: .end, fill: Colors.improve, bold: true)
        svg.text(maintain, x: x0 + 8, y: y0 + 20, fill: Colors.maintain, bold: true)
        svg.text(watch, x: x0 + 8, y: y0 + plotH - 10, fill: Colors.watch, bold: true)

        // Ticks and axes.
        // Ticks on round values: every 0.05 of a correlation (0.1 on a wide range).
        let xStep = xHi - xLo > 0.5 ? 0.1 : 0.05
        for i in 0...Int(((xHi - xLo) / xStep).rounded()) {
            let v = xLo + xStep * Double(i)
            svg.line(x1: px(v), y1: y0 + plotH, x2: px(v), y2: y0 + plotH + 5, stroke: "#888888")
            svg.text(Rounding.fixed(v, digits: 2), x: px(v), y: y0 + plotH + 19, size: 11, anchor: .middle, fill: "#666666")
        }
        for v in stride(from: yLo, through: yHi + 1e-9, by: 5) {
            svg.line(x1: x0 - 5, y1: py(v), x2: x0, y2: py(v), stroke: "#888888")
            svg.text(SVG.n(v), x: x0 - 8, y: py(v) + 4, size: 11, anchor: .end, fill: "#666666")
        }
        svg.line(x1: x0, y1: y0 + plotH, x2: x0 + plotW, y2: y0 + plotH, stroke: "#888888")
        svg.line(x1: x0, y1: y0, x2: x0, y2: y0 + plotH, stroke: "#888888")
        svg.line(x1: mx, y1: y0, x2: mx, y2: y0 + plotH, stroke: "#555555", dash: "5 4")
        svg.line(x1: x0, y1: my, x2: x0 + plotW, y2: my, stroke: "#555555", dash: "5 4")
        svg.text(xAxis, x: x0 + plotW / 2, y: y0 + plotH + 42, size: 12, anchor: .middle)
        svg.text(yAxis, x: 24, y: y0 + plotH / 2, size: 12, anchor: .middle, rotate: true)

        // Points, then each label at the first place around its point that covers no other label or point.
        let placed = points.map { (p: $0, x: px($0.importance), y: py($0.index)) }
            .sorted { ($0.y, $0.x, $0.p.label) < ($1.y, $1.x, $1.p.label) }
        for item in placed {
            svg.circle(cx: item.x, cy: item.y, r: 6, fill: item.p.color)
        }
        var boxes: [Box] = placed.map { Box(x: $0.x - 7, y: $0.y - 7, w: 14, h: 14) }
        for item in placed {
            let label = "\(item.p.label) \(Rounding.indexText(item.p.index))"
            let w = SVG.textWidth(label, size: 12)
            let (x, y) = (item.x, item.y)
            // Baseline positions: right, left, above, below, then the four diagonals further out.
            let candidates: [(Double, Double)] = [
                (x + 10, y + 4), (x - 10 - w, y + 4), (x - w / 2, y - 11), (x - w / 2, y + 20),
                (x + 8, y - 10), (x + 8, y + 18), (x - 8 - w, y - 10), (x - 8 - w, y + 18),
            ]
            let inside = Box(x: 2, y: y0, w: Self.width - 4, h: plotH + 14)
            let fits = candidates.map { Box(x: $0.0, y: $0.1 - 11, w: w, h: 14) }
                .first { b in inside.contains(b) && !boxes.contains { $0.overlaps(b) } }
            var box = fits ?? Box(x: x + 10, y: y + 4 - 11, w: w, h: 14)
            while fits == nil, boxes.contains(where: { $0.overlaps(box) }), box.y < y0 + plotH {
                box.y += 14
            }
            boxes.append(box)
            svg.text(label, x: box.x, y: box.y + 11, size: 12, halo: true)
        }
        return svg.document
    }

    /// An axis range around `values` padded and rounded out to `step`, within `limits`.
    static func range(_ values: [Double], pad: Double, step: Double, limits: ClosedRange<Double>) -> (Double, Double) {
        let lo = max(limits.lowerBound, ((values.min()! - pad) / step).rounded(.down) * step)
        var hi = min(limits.upperBound, ((values.max()! + pad) / step).rounded(.up) * step)
        if hi - lo < step { hi = lo + step }
        return (lo, hi)
    }
}

/// A label's or a point's rectangle, for keeping labels apart.
struct Box {
    var x, y, w, h: Double

    func overlaps(_ o: Box) -> Bool { x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h }
    func contains(_ o: Box) -> Bool { o.x >= x && o.y >= y && o.x + o.w <= x + w && o.y + o.h <= y + h }
}

/// Quadrant colours, shared by the charts so a driver has one colour everywhere.
enum Colors {
    static let keep = "#2e7d32"
    static let improve = "#c62828"
    static let maintain = "#1565c0"
    static let watch = "#e08600"
    static let none = "#9e9e9e"
    static let above = "#1565c0"
    static let below = "#ef6c00"

    static func of(_ q: Figures.Quadrant?) -> String {
        switch q {
        case .keep: return keep
        case .improve: return improve
        case .maintain: return maintain
        case .watch: return watch
        case nil: return none
        }
    }
}
