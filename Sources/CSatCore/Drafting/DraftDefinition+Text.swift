import Foundation

/// What `csat init --from` prints (on stderr, as `csat init` does): what it guessed, and what
/// the user must still decide before the definition is the questionnaire's.
extension DraftDefinition {
    /// The guesses, one line each.
    public var guesses: [Message] {
        var lines: [Message] = []
        for (d, driver) in drivers.enumerated() {
            let ids = questions.filter { $0.driver == d }.map(\.id)
            lines.append(.draftDriver(driver.id, name: driver.name, weight: "\(driver.weight)", questions: Self.list(ids)))
        }
        if let o = questions.first(where: \.overall) {
            lines.append(.draftOverall(o.id, text: o.text))
        }
        for (i, s) in scales.enumerated() {
            let ids = questions.filter { $0.scale == i }.map(\.id)
            lines.append(.draftScale(s.id, shape: describe(s), count: ids.count, questions: Self.list(ids)))
        }
        for q in questions where q.scale == nil {
            lines.append(.draftOpen(q.id, text: q.text, reason: openReason(q.guess)))
        }
        lines.append(.draftColumns(columns.map { "\($0.role) ← \(headerText($0.column))" }.joined(separator: ", ")))
        if column("date") == nil && metaColumns.contains(ColumnMapping.submittedAt) {
            lines.append(.draftDateFromSubmitted(ColumnMapping.submittedAt))
        }
        let known = metaColumns.filter { $0 != ColumnMapping.submittedAt || column("date") != nil }
        if !known.isEmpty { lines.append(.draftPlatformColumns(known.joined(separator: ", "))) }
        for q in questions {
            guard case .scale(_, let off) = q.guess, !off.isEmpty else { continue }
            let values = off.sorted { $0.key < $1.key }.map { Message.draftOffScaleValue($0.key, forms: $0.value) }
            let joined = Message(zh: values.map(\.zh).joined(separator: "、"), en: values.map(\.en).joined(separator: ", "))
            lines.append(.draftOffScale(q.id, values: joined))
        }
        for (header, reason) in leftOut { lines.append(.draftLeftOut(header, reason: reason)) }
        lines.append(.draftPeriod(period, fromDates: periodFromDates))
        return lines
    }

    /// What the user must still decide: also written into the draft as `_draft`.
    public var decisions: [Message] {
        var lines: [Message] = []
        let scored = questions.filter { $0.driver != nil }.count
        if drivers.count == 1 {
            lines.append(.draftOneDriver(questions: scored, id: drivers[0].id))
        } else {
            lines.append(.draftMatrixDrivers(drivers.map(\.id).joined(separator: ", ")))
        }
        lines.append(.draftEqualWeights)
        if let o = questions.first(where: \.overall) {
            lines.append(.draftOverallTaken(o.id))
        } else {
            lines.append(.draftNoOverall)
        }
        for s in scales where s.shape.labels == nil && s.shape.points <= 7 {
            lines.append(orderDecision(s))
        }
        for s in scales where s.shape.labels == nil && s.shape.points == 10 && s.seen.map({ $0.upperBound >= 8 }) == true {
            lines.append(.draftTenPoints(s.id))
        }
        lines.append(.draftSatisfiedFrom)
        for role in ["project", "unit"] where column(role) == nil {
            lines.append(.draftNoKeyColumn(role: role))
        }
        lines.append(.draftValidity(signature: column("signed") != nil, phone: column("phone") != nil))
        lines.append(.draftNames(id: id, title: title, period: period))
        lines.append(.draftThemes)
        return lines
    }

    func orderDecision(_ s: DraftScale) -> Message {
        let anchor = s.anchor.map(Message.verbatim) ?? .draftTheOverallQuestion
        guard let f = s.order, let order = f.order, let r = f.r else {
            let why: Message =
                s.anchor == nil
                ? .draftNoAnchor
                : .draftWeakAnchor(anchor, r: Self.format(s.order?.r), forms: s.order?.forms ?? 0)
            return .draftOrderUnknown(s.id, why: why)
        }
        return .draftOrderKnown(
            s.id, order: order.rawValue, highFirst: order == .highFirst, anchor: anchor, r: Self.format(r), forms: f.forms)
    }

    func describe(_ s: DraftScale) -> Message {
        if let labels = s.shape.labels {
            return .draftLabelledShape(points: s.shape.points, labels: labels.joined(separator: " "))
        }
        return .draftNumberShape(
            min: s.shape.min, max: s.shape.max, seen: s.seen.map { ($0.lowerBound, $0.upperBound) },
            highFirst: s.labelsOrder == .highFirst)
    }

    func openReason(_ g: ScaleGuess.Column) -> Message {
        switch g {
        case .open(.freeText): return .draftFreeText
        case .open(.words(let w)): return .draftWordsNotAScale(w.joined(separator: ", "))
        case .open(.numbers): return .draftNumbersNotAScale
        case .empty: return .draftNoAnswers
        case .scale, .choice: return .verbatim("")
        }
    }

    /// A header as the download has it.
    func headerText(_ column: Int) -> String {
        headers[column]
    }

    /// `q1, q2, q3` or `q14, q15, …, q40 (27)`.
    static func list(_ ids: [String]) -> String {
        ids.count <= 6 ? ids.joined(separator: ", ") : "\(ids.prefix(3).joined(separator: ", ")), …, \(ids.last!) (\(ids.count))"
    }

    static func format(_ r: Double?) -> String {
        guard let r else { return "—" }
        return String(format: "%.2f", r).replacingOccurrences(of: "-", with: "−")
    }

    /// The printout: what was written, the guesses, what to decide.
    public func summary(output: String, language: Language = MessageLanguage.current) -> String {
        var text = Message.draftWrote(output, from: file, forms: forms, columns: columnCount).text(language) + "\n"
        text += Message.draftGuessed.text(language) + "\n" + guesses.map { "  " + $0.text(language) + "\n" }.joined()
        text += Message.draftStillToDecide.text(language) + "\n"
            + decisions.map { "  - " + $0.text(language) + "\n" }.joined()
        return text
    }
}
