import Foundation

/// A survey definition drafted from a platform download (`csat init --from`, SPEC.md
/// "Commands"; docs/IMPORT.md "Drafting a definition"): the questions from the header, their
/// scales from the answers, the roles of the fill-in and meta columns, a default driver, and the
/// list of what the user must still decide.
///
/// The draft is made so that `csat check` reads the same download with it as it is: every
/// question's text is its column's title as `ColumnMapping` cuts it, every role maps to a header
/// the download has, and every guess of a scale is counted with the rule check reads answers with.
public struct DraftDefinition: Sendable {
    public struct DraftScale: Sendable {
        public var id: String
        public var shape: ScaleGuess.Shape
        public var labelsOrder: Scale.LabelsOrder = .lowFirst
        /// What the answers said about the option order (numbered five- and seven-point scales only).
        public var order: OptionOrder.Finding?
        /// The question the option numbers were compared with.
        public var anchor: String?
        /// The lowest and highest whole numbers answered on it, when its answers are numbers.
        public var seen: ClosedRange<Int>?
    }

    public struct DraftQuestion: Sendable {
        public var id: String
        public var text: String
        /// The column in the download (0-based) and its header.
        public var column: Int
        public var header: String
        /// Index into `scales`; nil for an open question.
        public var scale: Int?
        /// The matrix question a row belongs to (its number).
        public var matrix: String?
        public var overall = false
        /// Index into `drivers`.
        public var driver: Int?
        /// What the column's answers were, for the notes.
        public var guess: ScaleGuess.Column
    }

    public struct DraftDriver: Sendable {
        public var id: String
        public var name: String
        public var weight: Int
    }

    public var file: String
    public var forms: Int
    public var columnCount: Int
    /// The download's header, trimmed, and its line (its row in a worksheet).
    public var headers: [String]
    public var headerLine: Int
    public var id: String
    public var title: String
    public var period: String
    /// Where the period came from: the forms' dates, or today's date when the download has none.
    public var periodFromDates: Bool
    public var language: String
    public var scales: [DraftScale] = []
    public var drivers: [DraftDriver] = []
    public var questions: [DraftQuestion] = []
    /// Role → header (as `columns` maps it) and the download's column.
    public var columns: [(role: String, header: String, column: Int)] = []
    /// Platform meta columns: known to csat, not part of the definition.
    public var metaColumns: [String] = []
    /// Columns left out of the draft, with why.
    public var leftOut: [(header: String, reason: Message)] = []

    /// The scale names csat's templates use, by points.
    static let scaleNames = [5: "five", 7: "seven", 10: "ten", 11: "eleven"]
    /// Words in a question's text that make it the overall question.
    static let overallWords = ["总体", "整体", "总的来说", "综合", "overall", "Overall"]

    /// Drafts from a download that has been read. `language`: `zh` or `en`, else from the headers.
    public init(_ table: DownloadTable, language: String? = nil, today: Date = Date()) throws(InputError) {
        file = table.path
        forms = table.forms
        columnCount = table.header.count
        headers = table.header
        headerLine = table.headerLine
        let base = ((table.path as NSString).lastPathComponent as NSString).deletingPathExtension
        let safe = String(base.map { "/\\:*?\"<>|".contains($0) || $0.isWhitespace ? "_" : $0 })
        id = safe.isEmpty ? "survey" : safe
        title = base.isEmpty ? id : base
        let cjk = table.header.contains { $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
        self.language = language ?? (cjk ? "zh" : "en")
        if let half = table.halves.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) {
            period = half.key
            periodFromDates = true
        } else {
            let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month], from: today)
            period = "\(parts.year ?? 2026)H\((parts.month ?? 1) <= 6 ? 1 : 2)"
            periodFromDates = false
        }
        guard table.forms > 0 else {
            throw InputError(
                file: table.path, line: table.headerLine,
                message: .downloadHasNoForms)
        }
        let candidates = classifyColumns(table)
        addQuestions(table, candidates)
        try assignDrivers(table)
    }

    /// Meta and role columns are taken; the other columns are returned as question candidates.
    mutating func classifyColumns(_ table: DownloadTable) -> [Int] {
        var candidates: [Int] = []
        for (i, name) in table.header.enumerated() where !name.isEmpty {
            let cell = HeaderCell.parse(name)
            if ColumnMapping.platformMetaColumns.contains(name) {
                metaColumns.append(name)
            } else if let role = cell.role {
                if let first = columns.first(where: { $0.role == role }) {
                    leftOut.append((name, .draftSecondColumn(role: role, used: table.header[first.column])))
                } else {
                    columns.append((role, cell.title, i))
                }
            } else {
                candidates.append(i)
            }
        }
        // 问卷星's answer-sheet number names a form when the questionnaire asks for no form id.
        if !columns.contains(where: { $0.role == "form" }), let i = table.header.firstIndex(of: "序号") {
            columns.insert(("form", "序号", i), at: 0)
            metaColumns.removeAll { $0 == "序号" }
        }
        columns.sort { ColumnMap.roles.firstIndex(of: $0.role)! < ColumnMap.roles.firstIndex(of: $1.role)! }
        return candidates
    }

    /// One question per candidate column (a matrix row is a column), with its guessed scale.
    mutating func addQuestions(_ table: DownloadTable, _ candidates: [Int]) {
        let use = ScaleGuess.vocabularyUse(candidates.map { table.counts[$0] })
        var guesses = candidates.map { ScaleGuess.guess(table.counts[$0], tooMany: table.tooMany[$0], use: use) }
        ScaleGuess.harmonise(&guesses)
        let cells = candidates.map { HeaderCell.parse(table.header[$0]) }
        // Titles that two columns share are matched by the whole header instead.
        var titleUse: [String: Int] = [:]
        for c in cells { titleUse[c.title, default: 0] += 1 }
        var taken = Set(ColumnMap.roles)
        var rows: [String: Int] = [:]
        for (k, column) in candidates.enumerated() {
            let cell = cells[k], guess = guesses[k]
            if guess == .choice {
                leftOut.append((table.header[column], .draftMultipleChoice))
                continue
            }
            var id: String
            if let number = cell.number?.replacingOccurrences(of: ".", with: "_") {
                if cell.matrix {
                    rows[number, default: 0] += 1
                    id = "q\(number)_\(rows[number]!)"
                } else {
                    id = "q\(number)"
                }
            } else if cell.title.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }),
                cell.title.first?.isLetter == true
            {
                id = cell.title
            } else {
                id = "q\(questions.count + 1)"
            }
            let stem = id
            var n = 2
            while taken.contains(id) {
                id = "\(stem)_\(n)"
                n += 1
            }
            taken.insert(id)
            var q = DraftQuestion(
                id: id, text: titleUse[cell.title]! > 1 ? table.header[column] : cell.title, column: column,
                header: table.header[column], scale: nil, matrix: cell.matrix ? cell.number : nil, guess: guess)
            if case .scale(let shape, _) = guess {
                let s = scaleIndex(shape)
                q.scale = s
                if shape.labels == nil { noteSeen(table.counts[column], s) }
            }
            questions.append(q)
        }
        let closed = questions.indices.filter { questions[$0].scale != nil }
        if closed.count >= 2,
            let o = closed.first(where: { i in Self.overallWords.contains { questions[i].text.contains($0) } })
        {
            questions[o].overall = true
        }
        inferOptionOrder(table)
    }

    /// The scale of `shape`, added when it is new: named by its points as the templates name them.
    mutating func scaleIndex(_ shape: ScaleGuess.Shape) -> Int {
        if let i = scales.firstIndex(where: { $0.shape == shape }) { return i }
        let stem = Self.scaleNames[shape.points] ?? "scale\(shape.points)"
        var id = stem
        var n = 2
        while scales.contains(where: { $0.id == id }) {
            id = "\(stem)_\(n)"
            n += 1
        }
        scales.append(DraftScale(id: id, shape: shape))
        return scales.count - 1
    }

    /// Widens the range of numbers seen on scale `s` by a column's answers that lie on it.
    mutating func noteSeen(_ counts: [String: Int], _ s: Int) {
        let shape = scales[s].shape
        for text in counts.keys {
            guard ScaleGuess.isWholeNumber(text), let d = Double(CellValues.halfWidth(text)), d >= Double(shape.min),
                d <= Double(shape.max)
            else { continue }
            let v = Int(d)
            scales[s].seen = scales[s].seen.map { min($0.lowerBound, v)...max($0.upperBound, v) } ?? v...v
        }
    }

    /// For each numbered five- or seven-point scale: the option order, from the 10- or 11-point
    /// question the answers can be compared with (the overall question first).
    mutating func inferOptionOrder(_ table: DownloadTable) {
        let anchors = questions.filter { q in
            q.scale.map { scales[$0].shape.labels == nil && scales[$0].shape.points >= 10 } ?? false
        }
        let anchor = anchors.first(where: \.overall) ?? anchors.first
        for s in scales.indices where scales[s].shape.labels == nil && scales[s].shape.points <= 7 {
            guard let anchor else {
                scales[s].order = OptionOrder.Finding(order: nil, r: nil, forms: 0)
                continue
            }
            let shape = scales[s].shape, anchorShape = scales[anchor.scale!].shape
            let columns = questions.filter { $0.scale == s }.map(\.column)
            let options: [Double?] = (0..<table.forms).map { f in
                let xs = columns.map { Int(table.numbers[$0][f]) }.filter { $0 >= shape.min && $0 <= shape.max }
                return xs.isEmpty ? nil : Double(xs.reduce(0, +)) / Double(xs.count)
            }
            let scores: [Double?] = table.numbers[anchor.column].map { v in
                Int(v) >= anchorShape.min && Int(v) <= anchorShape.max ? Double(v) : nil
            }
            let finding = OptionOrder.infer(options: options, anchor: scores)
            scales[s].order = finding
            scales[s].anchor = anchor.id
            if finding.order == .highFirst { scales[s].labelsOrder = .highFirst }
        }
    }

    /// The default drivers: one per matrix question (its rows), one for the other scale questions,
    /// each weighted by its number of questions, so that the index is the plain mean of the questions'.
    mutating func assignDrivers(_ table: DownloadTable) throws(InputError) {
        var scored = questions.indices.filter { questions[$0].scale != nil && !questions[$0].overall }
        if scored.isEmpty, let o = questions.firstIndex(where: \.overall) {
            questions[o].overall = false
            scored = [o]
        }
        guard !scored.isEmpty else {
            throw InputError(
                file: table.path, line: table.headerLine,
                message: .downloadHasNoScale)
        }
        let zh = language == "zh"
        let matrices = scored.compactMap { questions[$0].matrix }.reduce(into: [String]()) {
            if !$0.contains($1) { $0.append($1) }
        }
        for q in scored {
            let key =
                matrices.isEmpty
                ? "all" : questions[q].matrix.map { "m\($0.replacingOccurrences(of: ".", with: "_"))" } ?? "other"
            if let d = drivers.firstIndex(where: { $0.id == key }) {
                questions[q].driver = d
                drivers[d].weight += 1
                continue
            }
            let number = key.dropFirst()
            let name =
                key == "all"
                ? (zh ? "全部题目" : "All questions")
                : key == "other"
                    ? (zh ? "其他题目" : "Other questions")
                    : (zh ? "第\(number)题" : "Question \(number)")
            drivers.append(DraftDriver(id: key, name: name, weight: 1))
            questions[q].driver = drivers.count - 1
        }
    }

    public func column(_ role: String) -> (role: String, header: String, column: Int)? {
        columns.first { $0.role == role }
    }
}
