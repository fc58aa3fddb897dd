/// Maps the header of a user's export to the survey definition
/// (SPEC.md "Survey definition": columns, and questions found by id, exact
/// text, or text after a leading question number such as `3、` or `Q3.`).
public struct ColumnMapping: Sendable {
    public enum Target: Hashable, Sendable {
        case role(String)
        /// Index into `Survey.closedQuestionIndices`.
        case closed(Int)
        /// Index into `Survey.questions` of an open question.
        case open(Int)
        /// Index into `FormTable.extraSegmentColumns`.
        case extraSegment(Int)
        case ignored
    }

    /// One target per header cell.
    public var targets: [Target]
    /// Header cells that matched nothing (shown to the user as a warning).
    public var unknownColumns: [String]
    /// Closed questions with no column in this file (shown as a warning; the answers count as not answered).
    public var missingQuestions: [String]

    /// Builds the mapping; throws when a required column is missing or two columns claim the same thing.
    /// `position(i)` gives the (line, column) of header cell `i` for messages, or a JSON path.
    public init(
        header: [String], survey: Survey, extraSegmentColumns: [String], file: String,
        locate: (Int) -> InputError
    ) throws(InputError) {
        var targets: [Target] = []
        var unknown: [String] = []
        var claimed: [Target: Int] = [:]
        for (i, raw) in header.enumerated() {
            let name = CellValues.trim(raw)
            let target = ColumnMapping.match(name, survey: survey, extraSegmentColumns: extraSegmentColumns)
            if target == .ignored {
                if !name.isEmpty { unknown.append(name) }
            } else if let first = claimed[target] {
                var e = locate(i)
                e.message =
                    "columns \(first + 1) (\"\(CellValues.trim(header[first]))\") and \(i + 1) (\"\(name)\") both hold \(ColumnMapping.describe(target, survey)); remove or rename one"
                throw e
            } else {
                claimed[target] = i
            }
            targets.append(target)
        }
        for role in ["project", "unit"] where claimed[.role(role)] == nil {
            var e = locate(-1)
            e.message =
                "no column for \(role) (expected a header \"\(survey.columns.header(for: role))\"); map it under \"columns\" in the survey definition"
            throw e
        }
        if survey.validity.requireSignature && claimed[.role("signed")] == nil {
            var e = locate(-1)
            e.message =
                "no signature column \"\(survey.columns.header(for: "signed"))\", and the survey requires a signature; add the column or set validity.requireSignature to false"
            throw e
        }
        if survey.validity.requirePhone && claimed[.role("phone")] == nil {
            var e = locate(-1)
            e.message =
                "no phone column \"\(survey.columns.header(for: "phone"))\", and the survey requires a phone number; add the column or set validity.requirePhone to false"
            throw e
        }
        // A file in which not one question is found was made for another questionnaire (or the wrong
        // definition was given): its forms would all be invalid for too few answers. Stop and say so.
        if !survey.closedQuestionIndices.isEmpty
            && !targets.contains(where: { if case .closed = $0 { return true } else { return false } })
        {
            var e = locate(-1)
            e.message =
                "none of the survey's questions (\(survey.closedQuestionIndices.prefix(3).map { survey.questions[$0].id }.joined(separator: ", "))…) has a column in this file; is --survey the definition of this questionnaire? Columns are matched by question id, exact text, or text after a number such as \"3、\""
            throw e
        }
        self.targets = targets
        self.unknownColumns = unknown
        self.missingQuestions = survey.closedQuestionIndices.enumerated().compactMap { k, qi in
            claimed[.closed(k)] == nil ? survey.questions[qi].id : nil
        }
    }

    static func describe(_ t: Target, _ survey: Survey) -> String {
        switch t {
        case .role(let r): return "the \(r) column"
        case .closed(let k): return "question \(survey.questions[survey.closedQuestionIndices[k]].id)"
        case .open(let q): return "question \(survey.questions[q].id)"
        case .extraSegment(let c): return "segment column \(c)"
        case .ignored: return "nothing"
        }
    }

    /// What one header cell means: a role's mapped header or role name, a
    /// question id, its exact text, or its text after a question number.
    static func match(_ name: String, survey: Survey, extraSegmentColumns: [String]) -> Target {
        if name.isEmpty { return .ignored }
        for role in ColumnMap.roles where survey.columns.headers[role] == name { return .role(role) }
        for role in ColumnMap.roles where survey.columns.headers[role] == nil && role == name { return .role(role) }
        if let t = matchQuestion(name, survey) { return t }
        let stripped = stripQuestionNumber(name)
        if stripped != name, let t = matchQuestion(stripped, survey) { return t }
        if let c = extraSegmentColumns.firstIndex(of: name) { return .extraSegment(c) }
        // A mapped role also answers to its English role name (e.g. a roster-style export).
        for role in ColumnMap.roles where role == name { return .role(role) }
        return .ignored
    }

    static func matchQuestion(_ name: String, _ survey: Survey) -> Target? {
        let byID = survey.questions.firstIndex { $0.id == name }
        let byText = byID ?? survey.questions.firstIndex { CellValues.trim($0.text) == name }
        guard let qi = byText else { return nil }
        if let k = survey.closedQuestionIndices.firstIndex(of: qi) { return .closed(k) }
        return .open(qi)
    }

    /// `3、前台…`, `3. 前台…`, `Q3. 前台…`, `Q3：前台…`, `第3题 前台…`, `(3) 前台…` → `前台…`.
    static func stripQuestionNumber(_ name: String) -> String {
        var s = Substring(CellValues.halfWidth(name))
        var consumed = false
        if s.hasPrefix("第") { s = s.dropFirst() }
        if s.first == "(" { s = s.dropFirst() }
        if s.first == "Q" || s.first == "q" { s = s.dropFirst() }
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return name }
        s = s.dropFirst(digits.count)
        // Sub-numbers such as 3.1 are part of the number.
        while s.first == ".", s.dropFirst().first?.isNumber == true {
            s = s.dropFirst()
            s = s.drop { $0.isASCII && $0.isNumber }
        }
        if s.hasPrefix("题") { s = s.dropFirst() }
        while let c = s.first, "、.:)]．：）。".contains(c) || c == " " || c == "\u{3000}" {
            s = s.dropFirst()
            consumed = true
        }
        guard consumed, !s.isEmpty else { return name }
        // halfWidth maps scalar for scalar: cut the original at the same place, so the
        // rest keeps its full-width punctuation (（）？) and still matches the question text.
        let prefixLength = CellValues.halfWidth(name).unicodeScalars.count - String(s).unicodeScalars.count
        let rest = String(String.UnicodeScalarView(name.unicodeScalars.dropFirst(prefixLength)))
        return CellValues.trim(rest)
    }
}
