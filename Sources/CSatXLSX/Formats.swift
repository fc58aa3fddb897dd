internal import CLibXLSXWriter

/// A cell format as a value: the handle turns each distinct one into a single
/// `lxw_format` (libxlsxwriter has no way to copy or compare formats).
struct FormatSpec: Hashable {
    /// `centerAcross`: centred over this cell and the empty cells after it that have the same alignment
    /// (Excel's "centre across selection"), which looks merged without a merged range to keep.
    enum Align: Hashable { case general, left, center, right, centerAcross }

    var size: Double = 10
    var bold = false
    var italic = false
    var fontColor: UInt32? = nil
    var fill: UInt32? = nil
    /// `@` makes a text cell stay text when someone edits it (`=1+1` typed
    /// into it is not run): libxlsxwriter 1.1.4 has no `format_set_quote_prefix`.
    var numFormat: String? = nil
    var wrap = false
    var align = Align.general
    var bottomBorder = false
    /// A thin border all round: the boxes of the paper questionnaire.
    var box = false
    /// Some sides of a border: one cell of a box that spans several (`Sides`).
    var sides: UInt8 = 0
    /// Cells a protected sheet lets the user type into (the entry workbook's answer columns).
    var unlocked = false

    enum Sides {
        static let left: UInt8 = 1, right: UInt8 = 2, top: UInt8 = 4, bottom: UInt8 = 8
    }

    /// The font for every cell. Microsoft YaHei is on every Chinese Windows and
    /// in Office for Mac; elsewhere (LibreOffice on Linux) fontconfig falls back
    /// to a CJK font such as Noto Sans CJK, so Chinese text is never boxes.
    static let fontName = "Microsoft YaHei"

    func apply(to f: UnsafeMutablePointer<lxw_format>) {
        format_set_font_name(f, Self.fontName)
        format_set_font_size(f, size)
        if bold { format_set_bold(f) }
        if italic { format_set_italic(f) }
        if let fontColor { format_set_font_color(f, fontColor) }
        if let fill {
            format_set_pattern(f, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(f, fill)
        }
        if let numFormat { format_set_num_format(f, numFormat) }
        if wrap { format_set_text_wrap(f) }
        switch align {
        case .general: break
        case .left: format_set_align(f, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center: format_set_align(f, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right: format_set_align(f, UInt8(LXW_ALIGN_RIGHT.rawValue))
        case .centerAcross: format_set_align(f, UInt8(LXW_ALIGN_CENTER_ACROSS.rawValue))
        }
        format_set_align(f, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))  // multi-line rows read level
        if bottomBorder { format_set_bottom(f, UInt8(LXW_BORDER_THIN.rawValue)) }
        if box { format_set_border(f, UInt8(LXW_BORDER_THIN.rawValue)) }
        let thin = UInt8(LXW_BORDER_THIN.rawValue)
        if sides & Sides.left != 0 { format_set_left(f, thin) }
        if sides & Sides.right != 0 { format_set_right(f, thin) }
        if sides & Sides.top != 0 { format_set_top(f, thin) }
        if sides & Sides.bottom != 0 { format_set_bottom(f, thin) }
        if unlocked { format_set_unlocked(f) }
    }
}

/// Colours of the workbook, shared by cells, conditional formats and charts.
enum Palette {
    static let ink: UInt32 = 0x1F2937
    static let muted: UInt32 = 0x6B7280
    static let headerFill: UInt32 = 0xDDEBF7
    static let sectionInk: UInt32 = 0x1F4E79
    static let passFill: UInt32 = 0xC6EFCE
    static let passInk: UInt32 = 0x006100
    static let failFill: UInt32 = 0xFFC7CE
    static let failInk: UInt32 = 0x9C0006
    static let unknownFill: UInt32 = 0xEDEDED
    static let up: UInt32 = 0x00703C
    static let down: UInt32 = 0xC00000
    // Excel's own red–yellow–green colour scale, which readers already know.
    static let scaleLow: UInt32 = 0xF8696B
    static let scaleMid: UInt32 = 0xFFEB84
    static let scaleHigh: UInt32 = 0x63BE7B
    // Charts.
    static let bar: UInt32 = 0x4472C4
    static let previous: UInt32 = 0xA5A5A5
    static let keep: UInt32 = 0x70AD47
    static let improve: UInt32 = 0xC00000
    static let other: UInt32 = 0x4472C4
    static let splitLine: UInt32 = 0x7F7F7F
}

/// What a cell is, named by its meaning; the number formats make the shown
/// value equal to the stored one, because the stored value is already rounded
/// (`Rounding`): indices `0.0`, rates `0.0%`, coefficients `0.000`.
enum Style: Int, Hashable, CaseIterable {
    case title, subtitle, section, header, label, text, wrap, note
    case index, rate, integer, coefficient, mean, change, rateChange, pValue
    case bigIndex, bigRate, bigInteger
    case pass, fail, unknown
    /// Centred marks in a column (significance, quadrant): up/down coloured, neutral plain.
    case up, down, neutral
    /// Left-aligned emphasised text that may overflow to the right (the Summary's drivers and lowest project).
    case good, bad
    /// Text that sits among numbers ("<0.001").
    case rightText
    /// An index, rate or change that differs significantly (SPEC.md "Across waves"): the number
    /// stays a number (the colour scale still reads it), the mark is in its number format.
    case indexUp, indexDown, rateUp, rateDown, changeUp, changeDown, rateChangeUp, rateChangeDown

    /// The font size, without building the whole spec (asked for every measured cell).
    var size: Double { Self.sizes[rawValue] }
    private static let sizes = allCases.map { $0.spec.size }

    var spec: FormatSpec {
        var s = FormatSpec()
        switch self {
        case .title: s.size = 16; s.bold = true; s.fontColor = Palette.sectionInk
        case .subtitle: s.fontColor = Palette.muted
        case .section: s.size = 12; s.bold = true; s.fontColor = Palette.sectionInk; s.bottomBorder = true
        case .header: s.bold = true; s.fill = Palette.headerFill; s.wrap = true; s.bottomBorder = true; s.align = .center
        case .label: s.bold = true; s.numFormat = "@"
        case .text: s.numFormat = "@"
        case .wrap: s.numFormat = "@"; s.wrap = true
        case .note: s.numFormat = "@"; s.fontColor = Palette.muted; s.italic = true
        case .index: s.numFormat = "0.0"
        case .rate: s.numFormat = "0.0%"
        case .integer: s.numFormat = "0"
        case .coefficient: s.numFormat = "0.000"
        case .mean: s.numFormat = "0.00"
        case .change: s.numFormat = "+0.0;-0.0;0.0"
        case .rateChange: s.numFormat = "+0.0%;-0.0%;0.0%"
        case .pValue: s.numFormat = "0.000"; s.align = .right
        case .bigIndex: s.numFormat = "0.0"; s.size = 14; s.bold = true; s.align = .left
        case .bigRate: s.numFormat = "0.0%"; s.size = 14; s.bold = true; s.align = .left
        case .bigInteger: s.numFormat = "0"; s.size = 12; s.bold = true; s.align = .left
        case .pass: s.numFormat = "@"; s.fill = Palette.passFill; s.fontColor = Palette.passInk; s.bold = true; s.align = .center
        case .fail: s.numFormat = "@"; s.fill = Palette.failFill; s.fontColor = Palette.failInk; s.bold = true; s.align = .center
        case .unknown: s.numFormat = "@"; s.fill = Palette.unknownFill; s.align = .center
        case .up: s.numFormat = "@"; s.fontColor = Palette.up; s.bold = true; s.align = .center
        case .down: s.numFormat = "@"; s.fontColor = Palette.down; s.bold = true; s.align = .center
        case .neutral: s.numFormat = "@"; s.align = .center
        case .good: s.numFormat = "@"; s.fontColor = Palette.up; s.bold = true; s.align = .left
        case .bad: s.numFormat = "@"; s.fontColor = Palette.down; s.bold = true; s.align = .left
        case .rightText: s.numFormat = "@"; s.align = .right
        case .indexUp: s.numFormat = "0.0\" ▲\""; s.fontColor = Palette.up; s.bold = true
        case .indexDown: s.numFormat = "0.0\" ▼\""; s.fontColor = Palette.down; s.bold = true
        case .rateUp: s.numFormat = "0.0%\" ▲\""; s.fontColor = Palette.up; s.bold = true
        case .rateDown: s.numFormat = "0.0%\" ▼\""; s.fontColor = Palette.down; s.bold = true
        case .changeUp: s.numFormat = "+0.0\" ▲\";-0.0\" ▲\""; s.fontColor = Palette.up; s.bold = true
        case .changeDown: s.numFormat = "+0.0\" ▼\";-0.0\" ▼\""; s.fontColor = Palette.down; s.bold = true
        case .rateChangeUp: s.numFormat = "+0.0%\" ▲\";-0.0%\" ▲\""; s.fontColor = Palette.up; s.bold = true
        case .rateChangeDown: s.numFormat = "+0.0%\" ▼\";-0.0%\" ▼\""; s.fontColor = Palette.down; s.bold = true
        }
        return s
    }

    /// Styles that hold text (and so take the text width rule and "—" for nothing).
    var isText: Bool {
        switch self {
        case .title, .subtitle, .section, .header, .label, .text, .wrap, .note, .pass, .fail, .unknown, .up, .down, .neutral,
            .good, .bad, .rightText:
            return true
        default: return false
        }
    }
}
