import CSatCore

/// A plain SVG document written by hand: rectangles, lines, circles and
/// text, nothing a Git host's image proxy or a browser would refuse (no
/// scripts, no external fonts, no CSS beyond presentation attributes).
///
/// Deterministic: coordinates are written with one decimal by `Rounding.fixed`
/// (no locale), elements in the order they are added.
struct SVG {
    /// Chinese-capable fonts first, the generic family last (CSS requires it last).
    static let fonts =
        "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', 'WenQuanYi Micro Hei', sans-serif"

    let width: Double
    let height: Double
    private var body: [String] = []

    init(width: Double, height: Double, title: String) {
        self.width = width
        self.height = height
        body.append("<title>\(Self.escape(title))</title>")
        // A white page: a transparent chart is unreadable on a dark-mode wiki.
        rect(x: 0, y: 0, width: width, height: height, fill: "#ffffff")
    }

    static func n(_ x: Double) -> String {
        let s = Rounding.fixed(x, digits: 1)
        return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
    }

    /// Text content and attribute values: XML's five, and no control characters (XML 1.0 forbids them).
    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                out.unicodeScalars.append(ch.value < 0x20 || ch.value == 0x7F || (0xFFFE...0xFFFF).contains(ch.value) ? " " : ch)
            }
        }
        return out
    }

    /// Width of `s` in a sans-serif font of `size`, estimated: wide (CJK, full-width) characters one em, others 0.6.
    static func textWidth(_ s: String, size: Double) -> Double {
        s.unicodeScalars.reduce(0) { w, c in w + (isWide(c) ? 1.0 : 0.6) * size }
    }

    static func isWide(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
    }

    /// `s` cut to at most `width` with an ellipsis, so a long project name cannot run into the bars.
    static func fit(_ s: String, width: Double, size: Double) -> String {
        guard textWidth(s, size: size) > width else { return s }
        var out = ""
        for ch in s {
            if textWidth(out + String(ch) + "…", size: size) > width { break }
            out.append(ch)
        }
        return out + "…"
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, extra: String = "") {
        body.append(
            "<rect x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(max(0, width)))\" height=\"\(Self.n(max(0, height)))\" fill=\"\(fill)\"\(extra)/>"
        )
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil) {
        let dashes = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
        body.append(
            "<line x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.n(width))\"\(dashes)/>"
        )
    }

    mutating func circle(cx: Double, cy: Double, r: Double, fill: String) {
        body.append(
            "<circle cx=\"\(Self.n(cx))\" cy=\"\(Self.n(cy))\" r=\"\(Self.n(r))\" fill=\"\(fill)\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>"
        )
    }

    /// A filled shape through `points` (an interval's band), or an open line when `fill` is nil.
    mutating func polyline(_ points: [(Double, Double)], stroke: String?, width: Double = 2, fill: String? = nil, opacity: Double = 1) {
        let list = points.map { Self.n($0.0) + "," + Self.n($0.1) }.joined(separator: " ")
        let paint = (fill.map { " fill=\"\($0)\" fill-opacity=\"\(Rounding.fixed(opacity, digits: 2))\"" } ?? " fill=\"none\"")
            + (stroke.map { " stroke=\"\($0)\" stroke-width=\"\(Self.n(width))\" stroke-linejoin=\"round\"" } ?? "")
        body.append("<\(fill == nil ? "polyline" : "polygon") points=\"\(list)\"\(paint)/>")
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(
        _ s: String, x: Double, y: Double, size: Double = 13, anchor: Anchor = .start, fill: String = "#222222",
        bold: Bool = false, rotate: Bool = false, halo: Bool = false
    ) {
        // A white outline under the glyphs keeps a value readable where a line or a bar crosses it.
        let outline = halo ? " stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\"" : ""
        let weight = (bold ? " font-weight=\"bold\"" : "") + outline
        let turn = rotate ? " transform=\"rotate(-90 \(Self.n(x)) \(Self.n(y)))\"" : ""
        body.append(
            "<text x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" font-size=\"\(Self.n(size))\" text-anchor=\"\(anchor.rawValue)\" fill=\"\(fill)\"\(weight)\(turn)>\(Self.escape(s))</text>"
        )
    }

    var document: String {
        let w = Self.n(width), h = Self.n(height)
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\" role=\"img\" font-family=\"\(Self.fonts)\">\n"
            + body.map { "  " + $0 + "\n" }.joined() + "</svg>\n"
    }
}
