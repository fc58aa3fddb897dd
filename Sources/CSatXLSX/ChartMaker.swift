internal import CLibXLSXWriter

/// Native Excel charts over ranges of the report's own sheets (never pictures:
/// the reader can restyle them, and they follow the cells).
///
/// libxlsxwriter 1.1.4 has no combined charts and no secondary axis, so a
/// driver's index (0–100) and rate (0–100%) are two bar charts side by side
/// rather than two series on one axis.
struct ChartMaker {
    let workbook: WorkbookHandle

    /// A column of cells: `sheet`, rows `first...last`, column `col`.
    struct Range {
        var sheet: String
        var first: Int
        var last: Int
        var col: Int
    }

    private func font(size: Double, bold: Bool = false, color: UInt32 = Palette.ink) -> lxw_chart_font {
        var f = lxw_chart_font()
        f.name = workbook.cString(FormatSpec.fontName)
        f.size = size
        f.bold = bold ? 1 : 0
        f.color = color
        return f
    }

    fileprivate func titled(_ chart: UnsafeMutablePointer<lxw_chart>, _ title: String) {
        chart_title_set_name(chart, title)
        var f = font(size: 11, bold: true)
        chart_title_set_name_font(chart, &f)
        var axisFont = font(size: 9)
        chart_axis_set_num_font(chart.pointee.x_axis, &axisFont)
        chart_axis_set_num_font(chart.pointee.y_axis, &axisFont)
        var legendFont = font(size: 9)
        chart_legend_set_font(chart, &legendFont)
    }

    fileprivate func add(_ chart: UnsafeMutablePointer<lxw_chart>, categories: Range, values: Range) throws(WorkbookFailure)
        -> UnsafeMutablePointer<lxw_chart_series>
    {
        guard let series = chart_add_series(chart, nil, nil) else {
            throw WorkbookFailure(message: .workbookStep("libxlsxwriter could not add a chart series"))
        }
        chart_series_set_categories(
            series, categories.sheet, lxw_row_t(categories.first), lxw_col_t(categories.col),
            lxw_row_t(categories.last), lxw_col_t(categories.col))
        chart_series_set_values(
            series, values.sheet, lxw_row_t(values.first), lxw_col_t(values.col),
            lxw_row_t(values.last), lxw_col_t(values.col))
        return series
    }

    private func fill(_ series: UnsafeMutablePointer<lxw_chart_series>, _ color: UInt32) {
        var f = lxw_chart_fill()
        f.color = color
        chart_series_set_fill(series, &f)
    }

    /// One colour per bar (the drivers to improve in red, say).
    private func colourPoints(_ series: UnsafeMutablePointer<lxw_chart_series>, _ colours: [UInt32]) throws(WorkbookFailure) {
        guard !colours.isEmpty else { return }
        let fills = UnsafeMutablePointer<lxw_chart_fill>.allocate(capacity: colours.count)
        let points = UnsafeMutablePointer<lxw_chart_point>.allocate(capacity: colours.count)
        let list = UnsafeMutablePointer<UnsafeMutablePointer<lxw_chart_point>?>.allocate(capacity: colours.count + 1)
        defer { fills.deallocate(); points.deallocate(); list.deallocate() }
        for (i, c) in colours.enumerated() {
            var f = lxw_chart_fill()
            f.color = c
            (fills + i).initialize(to: f)
            var p = lxw_chart_point()
            p.fill = fills + i
            (points + i).initialize(to: p)
            list[i] = points + i
        }
        list[colours.count] = nil
        try workbook.check(chart_series_set_points(series, list), "colouring chart points")
    }

    private func labels(_ series: UnsafeMutablePointer<lxw_chart_series>, numFormat: String) {
        chart_series_set_labels(series)
        chart_series_set_labels_num_format(series, numFormat)
        var f = font(size: 8, color: Palette.muted)
        chart_series_set_labels_font(series, &f)
    }

    /// Horizontal bars, first category on top, one colour per bar, value labels.
    func bars(
        title: String, categories: Range, values: Range, colours: [UInt32], min: Double, max: Double,
        numFormat: String
    ) throws(WorkbookFailure) -> UnsafeMutablePointer<lxw_chart> {
        let chart = try workbook.addChart(LXW_CHART_BAR)
        let series = try add(chart, categories: categories, values: values)
        fill(series, Palette.bar)
        try colourPoints(series, colours)
        labels(series, numFormat: numFormat)
        chart_set_series_gap(chart, 60)
        titled(chart, title)
        chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_NONE.rawValue))
        // In a bar chart libxlsxwriter's y_axis is the (vertical) category axis, x_axis the values.
        chart_axis_set_reverse(chart.pointee.y_axis)  // the table's first row at the top
        chart_axis_set_crossing_max(chart.pointee.y_axis)  // and the value axis stays at the bottom
        chart_axis_set_min(chart.pointee.x_axis, min)
        chart_axis_set_max(chart.pointee.x_axis, max)
        chart_axis_set_num_format(chart.pointee.x_axis, numFormat == "0.0%" ? "0%" : "0")
        return chart
    }

    /// Columns of two waves side by side: the previous in grey, this one in blue.
    func waves(
        title: String, categories: Range, previous: Range, previousName: String, current: Range, currentName: String,
        min: Double, max: Double
    ) throws(WorkbookFailure) -> UnsafeMutablePointer<lxw_chart> {
        let chart = try workbook.addChart(LXW_CHART_COLUMN)
        let old = try add(chart, categories: categories, values: previous)
        chart_series_set_name(old, previousName)
        fill(old, Palette.previous)
        let new = try add(chart, categories: categories, values: current)
        chart_series_set_name(new, currentName)
        fill(new, Palette.bar)
        labels(new, numFormat: "0.0")
        titled(chart, title)
        chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
        chart_axis_set_min(chart.pointee.y_axis, min)
        chart_axis_set_max(chart.pointee.y_axis, max)
        chart_axis_set_num_format(chart.pointee.y_axis, "0")
        return chart
    }

    /// A point of the importance–performance matrix: one series per driver, so its label names it.
    struct MatrixPoint {
        var nameCell: (row: Int, col: Int)
        var row: Int
        var colour: UInt32
        /// Where the label sits around its point (libxlsxwriter's LXW_CHART_LABEL_POSITION_*).
        var labelPosition: UInt8 = UInt8(LXW_CHART_LABEL_POSITION_RIGHT.rawValue)
    }

    /// Label places for the matrix's points, so that two drivers close together do not print over each
    /// other: each label, from the top of the plot down, takes the first of right, left, above, below whose
    /// box (estimated in the chart's pixels: 12 px a CJK character at 9 pt, 6 px any other) covers no
    /// label placed before and no point, and stays inside the plot; when none is free, the least covered.
    static func labelPositions(
        _ points: [(x: Double, y: Double, label: String)], xRange: (Double, Double), yRange: (Double, Double),
        plot: (width: Double, height: Double)
    ) -> [UInt8] {
        struct Box {
            var x0, y0, x1, y1: Double
            func overlap(_ o: Box) -> Double { max(0, min(x1, o.x1) - max(x0, o.x0)) * max(0, min(y1, o.y1) - max(y0, o.y0)) }
        }
        let sx = plot.width / max(xRange.1 - xRange.0, 1e-9), sy = plot.height / max(yRange.1 - yRange.0, 1e-9)
        let px = points.map { p in ((p.x - xRange.0) * sx, (yRange.1 - p.y) * sy) }
        let marks = px.map { Box(x0: $0.0 - 5, y0: $0.1 - 5, x1: $0.0 + 5, y1: $0.1 + 5) }
        let order = points.indices.sorted { (px[$0].1, px[$0].0) < (px[$1].1, px[$1].0) }
        let choices: [lxw_chart_label_position] = [
            LXW_CHART_LABEL_POSITION_RIGHT, LXW_CHART_LABEL_POSITION_LEFT, LXW_CHART_LABEL_POSITION_ABOVE,
            LXW_CHART_LABEL_POSITION_BELOW,
        ]
        var placed: [Box] = []
        var result = [UInt8](repeating: UInt8(LXW_CHART_LABEL_POSITION_RIGHT.rawValue), count: points.count)
        for i in order {
            let w = points[i].label.unicodeScalars.reduce(0.0) { $0 + ($1.value >= 0x2E80 ? 12 : 6) }, h = 13.0
            let (x, y) = px[i]
            let boxes = [
                Box(x0: x + 7, y0: y - h / 2, x1: x + 7 + w, y1: y + h / 2), Box(x0: x - 7 - w, y0: y - h / 2, x1: x - 7, y1: y + h / 2),
                Box(x0: x - w / 2, y0: y - 7 - h, x1: x + w / 2, y1: y - 7), Box(x0: x - w / 2, y0: y + 7, x1: x + w / 2, y1: y + 7 + h),
            ]
            func cost(_ b: Box) -> Double {
                let outside = b.x0 < 0 || b.y0 < 0 || b.x1 > plot.width || b.y1 > plot.height ? 1e6 : 0
                return outside + placed.reduce(0) { $0 + $1.overlap(b) }
                    + marks.enumerated().reduce(0) { $0 + ($1.offset == i ? 0 : $1.element.overlap(b)) }
            }
            let best = boxes.indices.min { (cost(boxes[$0]), $0) < (cost(boxes[$1]), $1) } ?? 0
            placed.append(boxes[best])
            result[i] = UInt8(choices[best].rawValue)
        }
        return result
    }

    /// Importance × index, one labelled point per driver, dashed split lines at the means.
    /// `x`/`y` give the columns of importance and index in `sheet`; `lines` the rows and columns of
    /// the split lines' end points (two rows each: vertical, then horizontal).
    func matrix(
        title: String, sheet: String, points: [MatrixPoint], xCol: Int, yCol: Int,
        lines: (vertical: Int, horizontal: Int, xCol: Int, yCol: Int), xRange: (Double, Double), yRange: (Double, Double),
        xTitle: String, yTitle: String
    ) throws(WorkbookFailure) -> UnsafeMutablePointer<lxw_chart> {
        let chart = try workbook.addChart(LXW_CHART_SCATTER_STRAIGHT)
        for p in points {
            let s = try add(
                chart, categories: Range(sheet: sheet, first: p.row, last: p.row, col: xCol),
                values: Range(sheet: sheet, first: p.row, last: p.row, col: yCol))
            chart_series_set_name_range(s, sheet, lxw_row_t(p.nameCell.row), lxw_col_t(p.nameCell.col))
            chart_series_set_marker_type(s, UInt8(LXW_CHART_MARKER_CIRCLE.rawValue))
            chart_series_set_marker_size(s, 9)
            var mf = lxw_chart_fill()
            mf.color = p.colour
            chart_series_set_marker_fill(s, &mf)
            var ml = lxw_chart_line()
            ml.color = p.colour
            chart_series_set_marker_line(s, &ml)
            var none = lxw_chart_line()
            none.none = 1
            chart_series_set_line(s, &none)
            var f = font(size: 9)
            chart_series_set_labels_font(s, &f)
            chart_series_set_labels_position(s, p.labelPosition)
            chart_series_set_labels_options(s, 1, 0, 0)  // the driver's name only (last: the calls above turn the value on)
        }
        for first in [lines.vertical, lines.horizontal] {
            let s = try add(
                chart, categories: Range(sheet: sheet, first: first, last: first + 1, col: lines.xCol),
                values: Range(sheet: sheet, first: first, last: first + 1, col: lines.yCol))
            chart_series_set_marker_type(s, UInt8(LXW_CHART_MARKER_NONE.rawValue))
            var l = lxw_chart_line()
            l.color = Palette.splitLine
            l.width = 1.25
            l.dash_type = UInt8(LXW_CHART_LINE_DASH_DASH.rawValue)
            chart_series_set_line(s, &l)
        }
        titled(chart, title)
        chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_NONE.rawValue))
        chart_axis_set_name(chart.pointee.x_axis, xTitle)
        chart_axis_set_name(chart.pointee.y_axis, yTitle)
        var axisTitle = font(size: 9, bold: true)
        chart_axis_set_name_font(chart.pointee.x_axis, &axisTitle)
        chart_axis_set_name_font(chart.pointee.y_axis, &axisTitle)
        chart_axis_set_min(chart.pointee.x_axis, xRange.0)
        chart_axis_set_max(chart.pointee.x_axis, xRange.1)
        chart_axis_set_min(chart.pointee.y_axis, yRange.0)
        chart_axis_set_max(chart.pointee.y_axis, yRange.1)
        chart_axis_set_num_format(chart.pointee.x_axis, "0.00")
        chart_axis_set_num_format(chart.pointee.y_axis, "0")
        chart_axis_major_gridlines_set_visible(chart.pointee.x_axis, 0)
        chart_axis_major_gridlines_set_visible(chart.pointee.y_axis, 0)
        return chart
    }

    /// An axis range around values with some air, on round steps, never beyond `limits`.
    static func axisRange(_ values: [Double], step: Double, limits: ClosedRange<Double>) -> (Double, Double) {
        let finite = values.filter(\.isFinite)
        guard let lo = finite.min(), let hi = finite.max() else { return (limits.lowerBound, limits.upperBound) }
        var low = ((lo - step / 2) / step).rounded(.down) * step
        var high = ((hi + step / 2) / step).rounded(.up) * step
        low = Swift.max(low, limits.lowerBound)
        high = Swift.min(high, limits.upperBound)
        if high <= low { high = low + step }
        return (low, high)
    }
}

extension ChartMaker {
    /// One line of the trend: its values, its name's cell, and how it is drawn.
    struct Line {
        var values: Range
        var name: String
        var colour: UInt32
        /// Dashed, thin, no markers: an interval's bounds beside its estimate.
        var bound = false
    }

    /// Waves along the x axis, one line per series (the Trend sheet).
    func lines(title: String, categories: Range, _ series: [Line], min: Double, max: Double, numFormat: String)
        throws(WorkbookFailure) -> UnsafeMutablePointer<lxw_chart>
    {
        let chart = try workbook.addChart(LXW_CHART_LINE)
        for s in series {
            let line = try add(chart, categories: categories, values: s.values)
            chart_series_set_name(line, s.name)
            var l = lxw_chart_line()
            l.color = s.colour
            l.width = s.bound ? 1 : 2.25
            l.dash_type = UInt8(s.bound ? LXW_CHART_LINE_DASH_DASH.rawValue : LXW_CHART_LINE_DASH_SOLID.rawValue)
            chart_series_set_line(line, &l)
            chart_series_set_marker_type(
                line, UInt8(s.bound ? LXW_CHART_MARKER_NONE.rawValue : LXW_CHART_MARKER_CIRCLE.rawValue))
            if !s.bound {
                chart_series_set_marker_size(line, 5)
                var f = lxw_chart_fill()
                f.color = s.colour
                chart_series_set_marker_fill(line, &f)
                var border = lxw_chart_line()
                border.color = s.colour
                chart_series_set_marker_line(line, &border)
            }
        }
        titled(chart, title)
        chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
        chart_axis_set_min(chart.pointee.y_axis, min)
        chart_axis_set_max(chart.pointee.y_axis, max)
        chart_axis_set_num_format(chart.pointee.y_axis, numFormat)
        // A gap in a series (a project not surveyed that wave) stays a gap, not a drop to 0.
        chart_show_blanks_as(chart, UInt8(LXW_CHART_BLANKS_AS_GAP.rawValue))
        return chart
    }

    /// Distinct colours for up to ten series, then round again (Excel's Office palette).
    static let seriesColours: [UInt32] = [
        0x4472C4, 0xED7D31, 0xA5A5A5, 0xFFC000, 0x5B9BD5, 0x70AD47, 0x264478, 0x9E480E, 0x636363, 0x997300,
    ]
}
