import CSatCore

/// What every sheet needs before any figure exists: the words of the report
/// language, the survey's title and period for headings and the footer.
/// The long lists (Invalid forms, Comments) are written with this alone,
/// while the figures are computed on the other core.
struct SheetFrame {
    let labels: ReportLabels
    let words: WorkbookWords
    let title: String
    let period: String
    let workbook: WorkbookHandle

    init(lists: ReportLists, workbook: WorkbookHandle) {
        labels = lists.labels
        words = WorkbookWords.of(lists.language)
        title = lists.title
        period = lists.period
        self.workbook = workbook
    }

    /// `&L<title · period>&R第 &P 页,共 &N 页`: the survey on the left, the page on the right.
    /// `&` in the title is doubled (it starts a control code); Excel allows 255 characters.
    var footer: String {
        var title = "\(title) · \(period)"
        while title.replacingAll("&", with: "&&").utf8.count + words.page.utf8.count > 240 { title = String(title.dropLast()) }
        return "&L" + title.replacingAll("&", with: "&&") + "&R" + words.page
    }

    /// The first rows of a table sheet: its name and the survey as title, a note under it, print set-up.
    /// Tables start at row 3 (`SheetContext.headerRow`).
    func begin(_ sheet: SheetWriter, note: String?) throws(WorkbookFailure) {
        try sheet.text(0, 0, "\(sheet.name) · \(title) · \(period)", .title)
        if let note { try sheet.text(1, 0, note, .note) }
        try sheet.printSetup(footer: footer)
    }
}

/// What the sheets of figures need: the model and the frame. Sheets are plain
/// functions of this and their `SheetWriter`.
struct SheetContext {
    let model: ReportModel
    let frame: SheetFrame
    var labels: ReportLabels { frame.labels }
    var words: WorkbookWords { frame.words }
    var workbook: WorkbookHandle { frame.workbook }

    init(model: ReportModel, frame: SheetFrame) {
        self.model = model
        self.frame = frame
    }

    init(model: ReportModel, workbook: WorkbookHandle) {
        self.init(model: model, frame: SheetFrame(lists: model.lists, workbook: workbook))
    }

    var footer: String { frame.footer }

    func begin(_ sheet: SheetWriter, note: String?) throws(WorkbookFailure) {
        try frame.begin(sheet, note: note)
    }

    static let headerRow = 3

    /// The previous wave's name: its period, or "上期" / "Previous" when the
    /// figures carry no period of its own (the same definition's period).
    var previousName: String? {
        guard let p = model.headline.previousPeriod else { return nil }
        return p == model.period || p.isEmpty ? labels.previous : p
    }

    /// "▲ 显著" / "▼ 显著" / "不显著" / "—": a significant change is marked with its direction and colour.
    func significance(_ change: Double?, _ significant: Bool?) -> (String, Style) {
        guard let significant else { return (SheetWriter.missing, .neutral) }
        guard significant, let change, change != 0 else { return (labels.notSignificant, .neutral) }
        return change > 0 ? ("▲ " + labels.significant, .up) : ("▼ " + labels.significant, .down)
    }

    /// A p value rounded to 3 decimals, or the text "<0.001".
    func pValue(_ sheet: SheetWriter, _ row: Int, _ col: Int, _ p: Double?) throws(WorkbookFailure) {
        if let p, p.isFinite, p < 0.001 {
            try sheet.text(row, col, "<0.001", .rightText)
        } else {
            try sheet.number(row, col, p.map(Rounding.coefficient), .pValue)
        }
    }

    /// "74.0 – 76.5" (an index) or "72.1% – 76.5%" (a rate), for reading on the Summary.
    func intervalText(_ i: Figures.Interval?, rate: Bool) -> String {
        guard let i else { return SheetWriter.missing }
        if rate { return "\(Rounding.rateText(i.low)) – \(Rounding.rateText(i.high))" }
        return "\(Rounding.indexText(i.low)) – \(Rounding.indexText(i.high))"
    }

    /// The quadrant's label, coloured for the two that matter: keep (green) and improve (red).
    func quadrant(_ d: ReportModel.DriverRow) -> (String, Style) {
        (d.quadrantLabel, d.quadrant == .improve ? .down : d.quadrant == .keep ? .up : .neutral)
    }
}

extension String {
    /// `replacingOccurrences` on unicode scalars, without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, unicodeScalars.count >= target.unicodeScalars.count else { return self }
        let t = Array(target.unicodeScalars)
        let s = Array(unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            if i + t.count <= s.count, Array(s[i..<(i + t.count)]) == t {
                out.append(contentsOf: replacement.unicodeScalars)
                i += t.count
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }
}
