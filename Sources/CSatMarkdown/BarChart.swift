import CSatCore

/// A horizontal bar chart on the 0–100 index scale, one bar a row with its
/// label on the left and its value at the end, and the overall index as a
/// dashed line: the driver chart and the project ranking.
///
/// The axis always starts at 0, so a bar's length is honest; the values are
/// written beside the bars for the differences that a length cannot show.
struct BarChart {
    struct Bar {
        var label: String
        var value: Double?
        var color: String
        /// Grey text after the value, e.g. `n=107`.
        var note: String = ""
    }

    var title: String
    var bars: [Bar]
    /// The overall index, drawn across all bars.
    var reference: (label: String, value: Double)?
    var legend: [(color: String, label: String)]
    var noData: String

    static let width = 760.0
    static let rowHeight = 30.0
    static let barHeight = 18.0

    var svg: String {
        let labelSize = 13.0
        let labelWidth = min(240, max(60, bars.map { SVG.textWidth($0.label, size: labelSize) }.max() ?? 0) + 14)
        let x0 = 16 + labelWidth
        let plotWidth = Self.width - x0 - 110
        let top = 70.0
        let plotHeight = max(1, Double(bars.count)) * Self.rowHeight
        let axisY = top + plotHeight
        let height = axisY + 34 + (legend.isEmpty ? 0 : 30) + 10
        var svg = SVG(width: Self.width, height: height, title: title)
        svg.text(title, x: 16, y: 28, size: 16, bold: true)
        func x(_ v: Double) -> Double { x0 + plotWidth * min(100, max(0, v)) / 100 }

        // Grid and axis.
        for tick in stride(from: 0.0, through: 100, by: 20) {
            svg.line(x1: x(tick), y1: top - 6, x2: x(tick), y2: axisY, stroke: tick == 0 ? "#888888" : "#e3e3e3")
            svg.text(SVG.n(tick), x: x(tick), y: axisY + 18, size: 11, anchor: .middle, fill: "#666666")
        }
        // The overall line goes under the bars and their values, which are drawn with a halo.
        if let reference {
            svg.line(
                x1: x(reference.value), y1: top - 10, x2: x(reference.value), y2: axisY, stroke: "#333333", width: 1.5,
                dash: "5 4")
            svg.text(
                "\(reference.label) \(Rounding.indexText(reference.value))", x: x(reference.value), y: top - 14, size: 12,
                anchor: .middle, fill: "#333333", bold: true)
        }
        if bars.isEmpty {
            svg.text(noData, x: x0 + plotWidth / 2, y: top + Self.rowHeight / 2 + 5, anchor: .middle, fill: "#666666")
        }
        for (i, bar) in bars.enumerated() {
            let rowTop = top + Double(i) * Self.rowHeight
            let mid = rowTop + Self.rowHeight / 2
            svg.text(
                SVG.fit(bar.label, width: labelWidth - 14, size: labelSize), x: x0 - 10, y: mid + 4.5, size: labelSize,
                anchor: .end)
            guard let value = bar.value else {
                svg.text("—", x: x0 + 6, y: mid + 4.5, size: 12, fill: "#666666")
                continue
            }
            svg.rect(x: x0, y: mid - Self.barHeight / 2, width: x(value) - x0, height: Self.barHeight, fill: bar.color)
            let valueText = Rounding.indexText(value)
            // A white card under the value and note, so the overall line never runs through the digits.
            let labelWidth = SVG.textWidth(valueText, size: 12) + (bar.note.isEmpty ? 0 : 4 + SVG.textWidth(bar.note, size: 11))
            svg.rect(x: x(value) + 3, y: mid - 8, width: labelWidth + 6, height: 16, fill: "#ffffff")
            svg.text(valueText, x: x(value) + 6, y: mid + 4.5, size: 12, bold: true, halo: true)
            if !bar.note.isEmpty {
                svg.text(
                    bar.note, x: x(value) + 10 + SVG.textWidth(valueText, size: 12), y: mid + 4.5, size: 11, fill: "#777777",
                    halo: true)
            }
        }
        // Legend: swatches and words, left to right.
        var lx = 16.0
        let ly = axisY + 44
        for item in legend {
            svg.rect(x: lx, y: ly - 10, width: 12, height: 12, fill: item.color)
            svg.text(item.label, x: lx + 17, y: ly, size: 12)
            lx += 17 + SVG.textWidth(item.label, size: 12) + 20
        }
        return svg.document
    }
}
