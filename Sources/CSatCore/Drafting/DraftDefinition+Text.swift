import Foundation

/// What `csat init --from` prints (on stderr, as `csat init` does): what it guessed, and what
/// the user must still decide before the definition is the questionnaire's.
extension DraftDefinition {
    /// The guesses, one line each.
    public var guesses: [String] {
        var lines: [String] = []
        for (d, driver) in drivers.enumerated() {
            let ids = questions.filter { $0.driver == d }.map(\.id)
            lines.append("driver \(driver.id) (\(driver.name)), weight \(driver.weight): \(Self.list(ids))")
        }
        if let o = questions.first(where: \.overall) {
            lines.append("overall question: \(o.id) \(o.text)")
        }
        for (i, s) in scales.enumerated() {
            let ids = questions.filter { $0.scale == i }.map(\.id)
            lines.append(
                "scale \(s.id): \(describe(s)), \(ids.count == 1 ? "question" : "\(ids.count) questions") \(Self.list(ids))")
        }
        for q in questions where q.scale == nil {
            lines.append("open question \(q.id) \(q.text): \(openReason(q.guess))")
        }
        lines.append(
            "columns: "
                + columns.map { "\($0.role) ← \(headerText($0.column))" }.joined(separator: ", "))
        if column("date") == nil && metaColumns.contains(ColumnMapping.submittedAt) {
            lines.append("date: \(ColumnMapping.submittedAt) (csat takes it as the form's date when no column holds one)")
        }
        let known = metaColumns.filter { $0 != ColumnMapping.submittedAt || column("date") != nil }
        if !known.isEmpty { lines.append("platform columns, known and not needed: \(known.joined(separator: ", "))") }
        for q in questions {
            guard case .scale(_, let off) = q.guess, !off.isEmpty else { continue }
            let values = off.sorted { $0.key < $1.key }.map { "\"\($0.key)\" (\($0.value) form\($0.value == 1 ? "" : "s"))" }
            lines.append(
                "off the scale in \(q.id): \(values.joined(separator: ", ")); csat check lists such a form as out_of_range:\(q.id)"
            )
        }
        for (header, reason) in leftOut { lines.append("left out: \(header): \(reason)") }
        lines.append(
            "period \(period) "
                + (periodFromDates ? "from the forms' dates" : "from today's date (the download holds no dates)"))
        return lines
    }

    /// What the user must still decide: also written into the draft as `_draft`.
    public var decisions: [String] {
        var lines: [String] = []
        let scored = questions.filter { $0.driver != nil }.count
        if drivers.count == 1 {
            lines.append(
                "drivers: all \(scored) scale questions are in one driver \"\(drivers[0].id)\"; group them into the questionnaire's drivers (客户服务, 安全管理, …) and give each driver its weight"
            )
        } else {
            lines.append(
                "drivers: one per matrix question (\(drivers.map(\.id).joined(separator: ", "))), each weighted by its number of questions; make them the questionnaire's drivers and give each its weight"
            )
        }
        lines.append(
            "until then every question counts the same: the index is the plain mean of the question indices; question weights inside a driver are 1"
        )
        if let o = questions.first(where: \.overall) {
            lines.append(
                "\(o.id) is taken as the overall question (role overall, in no driver) because of its text; remove \"role\" and give it a driver if it is not"
            )
        } else {
            lines.append(
                "no overall question found (a text with 总体 or 整体): mark it \"role\": \"overall\" if the questionnaire has one; importance and relative weights use it"
            )
        }
        for s in scales where s.shape.labels == nil && s.shape.points <= 7 {
            lines.append(orderDecision(s))
        }
        for s in scales where s.shape.labels == nil && s.shape.points == 10 && s.seen.map({ $0.upperBound >= 8 }) == true {
            lines.append(
                "scale \(s.id) runs 1–10 because no 0 was answered; if the question offers 0, make it \"points\": 11, \"min\": 0")
        }
        lines.append(
            "satisfiedFrom is csat's default on every scale (4 of 5, 6 of 7, 8 of 10 and of 0–10): change it if your company counts satisfied answers otherwise"
        )
        for (role, what) in [("project", "project"), ("unit", "unit (房号)")] where column(role) == nil {
            lines.append(
                "no column for the \(what) was recognised: csat check needs one in every form; map it under \"columns\" (\"\(role)\": \"the header\")"
            )
        }
        lines.append(
            "validity: requireSignature \(column("signed") != nil) and requirePhone \(column("phone") != nil) (\(column("signed") == nil && column("phone") == nil ? "the download has no signature or phone column" : "from the columns the download has")), minAnsweredShare 0.8: the company's rules decide them"
        )
        lines.append("id, title and period: \"\(id)\", \"\(title)\", \"\(period)\"; name them as the outputs should be named")
        lines.append("themes and driver keywords: none yet; add them to tag the comments")
        return lines
    }

    func orderDecision(_ s: DraftScale) -> String {
        let anchor = s.anchor ?? "the overall question"
        guard let f = s.order, let order = f.order, let r = f.r else {
            let why =
                s.anchor == nil
                ? "no 10- or 11-point question to compare the option numbers with"
                : "the option numbers hardly follow \(anchor) (r = \(Self.format(s.order?.r)) over \(s.order?.forms ?? 0) forms)"
            return
                "scale \(s.id) holds option numbers, and the download cannot tell whether option 1 is the lowest or the top point (\(why)); lowFirst is assumed: set \"labelsOrder\": \"highFirst\" if the questionnaire lists 非常满意 first"
        }
        let fall = order == .highFirst ? "fall" : "rise"
        return
            "scale \(s.id) holds option numbers: \(order.rawValue) (option 1 is the \(order == .highFirst ? "top" : "lowest") point) because they \(fall) as \(anchor) rises (r = \(Self.format(r)) over \(f.forms) forms); check it against the questionnaire"
    }

    func describe(_ s: DraftScale) -> String {
        if let labels = s.shape.labels {
            return "\(s.shape.points) points, labels \(labels.joined(separator: " "))"
        }
        let seen = s.seen.map { ", answered \($0.lowerBound)–\($0.upperBound)" } ?? ""
        return "numbers \(s.shape.min)–\(s.shape.max)\(seen)\(s.labelsOrder == .highFirst ? ", labelsOrder highFirst" : "")"
    }

    func openReason(_ g: ScaleGuess.Column) -> String {
        switch g {
        case .open(.freeText): return "free text"
        case .open(.words(let w)): return "its answers (\(w.joined(separator: ", ")), …) are not a scale csat knows"
        case .open(.numbers): return "its numbers are not 1–5, 1–7, 1–10 or 0–10"
        case .empty: return "no answers yet; give it a scale if it is a scale question"
        case .scale, .choice: return ""
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
    public func summary(output: String) -> String {
        var text = "csat: drafted \(output) from \(file): \(forms) form\(forms == 1 ? "" : "s"), \(columnCount) columns\n"
        text += "guessed:\n" + guesses.map { "  " + $0 + "\n" }.joined()
        text += "still to decide (also under \"_draft\" in the file):\n" + decisions.map { "  - " + $0 + "\n" }.joined()
        return text
    }
}
