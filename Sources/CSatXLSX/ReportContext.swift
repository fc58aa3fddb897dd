import CSatCore

/// What every sheet writer needs: the model, the words of its language, the
/// footer. Sheets are plain functions of this and their `SheetWriter`.
struct ReportContext {
    let model: ReportModel
    let labels: ReportLabels
    let words: WorkbookWords
    let workbook: WorkbookHandle

    init(model: ReportModel, workbook: WorkbookHandle) {
        self.model = model
        labels = model.labels
        words = WorkbookWords.of(model.language)
        self.workbook = workbook
    }

    /// `&L<title · period>&R第 &P 页,共 &N 页`: the survey on the left, the page on the right.
    /// `&` in the title is doubled (it starts a control code); Excel allows 255 characters.
    var footer: String {
        var title = "\(model.title) · \(model.period)"
        while title.replacingAll("&", with: "&&").utf8.count + words.page.utf8.count > 240 { title = String(title.dropLast()) }
        return "&L" + title.replacingAll("&", with: "&&") + "&R" + words.page
    }

    /// The first rows of a table sheet: its name and the survey as title, a note under it, print set-up.
    /// Tables start at row 3 (`headerRow`).
    func begin(_ sheet: SheetWriter, note: String?) throws(WorkbookFailure) {
        try sheet.text(0, 0, "\(sheet.name) · \(model.title) · \(model.period)", .title)
        if let note { try sheet.text(1, 0, note, .note) }
        try sheet.printSetup(footer: footer)
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

    /// Driver ids to names, for comments tagged by driver id.
    var driverNames: [String: String] {
        Dictionary(model.drivers.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
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
