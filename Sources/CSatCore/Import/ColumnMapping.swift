/// Maps the header of a user's export to the survey definition
/// (SPEC.md "Survey definition": columns, and questions found by id, exact
/// text, or text after a leading question number such as `3、` or `Q3.`;
/// "Platform downloads as they are": 问卷星's meta columns and matrix rows).
public struct ColumnMapping: Sendable {
    /// The meta columns 问卷星 puts before the questions: known, never reported as unknown.
    /// 提交答卷时间 is the form's date when no other column holds it (docs/IMPORT.md).
    public static let platformMetaColumns: Set<String> = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "总分"]
    static let submittedAt = "提交答卷时间"
    /// The entry workbook's columns beyond the definition's roles (`csat entry`, docs/FIELDWORK.md):
    /// the surveyor's hand-out tick and the form id the clerk copies from the paper.
    static let handedOutRole = "handedOut", paperIDRole = "paperID"
    static let handedOutNames = ["handedOut", "handed_out", "发放", "已发放", "是否发放"]
    static let paperIDNames = ["paperID", "paperFormID", "paper_form_id", "核对编号"]

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
                if !name.isEmpty && !Self.platformMetaColumns.contains(name) { unknown.append(name) }
            } else if let first = claimed[target] {
                var e = locate(i)
                e.message = .twoColumnsHold(
                    first + 1, CellValues.trim(header[first]), i + 1, name, ColumnMapping.describe(target, survey))
                throw e
            } else {
                claimed[target] = i
            }
            targets.append(target)
        }
        // 问卷星's submission time is the form's date unless another column holds it.
        if claimed[.role("date")] == nil,
            let i = header.firstIndex(where: { CellValues.trim($0) == Self.submittedAt }), targets[i] == .ignored
        {
            targets[i] = .role("date")
            claimed[.role("date")] = i
        }
        // Headers that hold nothing: where "did you mean" looks.
        let unused = zip(header, targets).filter { $0.1 == .ignored }.map { CellValues.trim($0.0) }
        // A file in which not one question is found was made for another questionnaire (or the wrong
        // definition was given): its forms would all be invalid for too few answers. Stop and say so.
        if !survey.closedQuestionIndices.isEmpty
            && !targets.contains(where: { if case .closed = $0 { return true } else { return false } })
        {
            var e = locate(-1)
            e.message = Self.noQuestionsMessage(survey, unused)
            throw e
        }
        // A role the definition maps explicitly must be there: the user said where it is.
        for role in ColumnMap.roles where survey.columns.headers[role] != nil && claimed[.role(role)] == nil {
            let wanted = survey.columns.header(for: role)
            let required =
                role == "project" || role == "unit" || (role == "signed" && survey.validity.requireSignature)
                || (role == "phone" && survey.validity.requirePhone)
            var e = locate(-1)
            e.message = .mappedColumnMissing(
                wanted: wanted, role: role, near: NearestHeaders.suggest(for: wanted, in: unused), required: required)
            throw e
        }
        for role in ["project", "unit"] where claimed[.role(role)] == nil {
            var e = locate(-1)
            let expected = survey.columns.header(for: role)
            e.message = .noKeyColumn(role: role, expected: expected, near: NearestHeaders.suggest(for: expected, in: unused))
            throw e
        }
        if survey.validity.requireSignature && claimed[.role("signed")] == nil {
            var e = locate(-1)
            let header = survey.columns.header(for: "signed")
            e.message = .noSignatureColumn(header, near: NearestHeaders.suggest(for: header, in: unused))
            throw e
        }
        if survey.validity.requirePhone && claimed[.role("phone")] == nil {
            var e = locate(-1)
            let header = survey.columns.header(for: "phone")
            e.message = .noPhoneColumn(header, near: NearestHeaders.suggest(for: header, in: unused))
            throw e
        }
        self.targets = targets
        self.unknownColumns = unknown
        self.missingQuestions = survey.closedQuestionIndices.enumerated().compactMap { k, qi in
            claimed[.closed(k)] == nil ? survey.questions[qi].id : nil
        }
    }

    /// F12: names, for the first few questions, the header nearest to each one's text.
    static func noQuestionsMessage(_ survey: Survey, _ unused: [String]) -> Message {
        var nearest: [Message] = []
        for qi in survey.closedQuestionIndices.prefix(8) where nearest.count < 3 {
            let q = survey.questions[qi]
            if let h = NearestHeaders.suggest(for: q.text, in: unused, limit: 1).first {
                nearest.append(.nearestFor(header: h, question: q.id, text: q.text))
            }
        }
        if nearest.isEmpty {
            return .noQuestionColumns(ids: survey.closedQuestionIndices.prefix(3).map { survey.questions[$0].id })
        }
        return .noQuestionColumns(nearest: nearest)
    }

    static func describe(_ t: Target, _ survey: Survey) -> Message.ColumnTarget {
        switch t {
        case .role(let r): return .role(r)
        case .closed(let k): return .question(survey.questions[survey.closedQuestionIndices[k]].id)
        case .open(let q): return .question(survey.questions[q].id)
        case .extraSegment(let c): return .segment("\(c)")
        case .ignored: return .nothing
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
        // A title that carries its own number, numbered again by the platform: `14、3、前台…`.
        let twice = stripped == name ? name : stripQuestionNumber(stripped)
        if twice != stripped, let t = matchQuestion(twice, survey) { return t }
        // 问卷星 numbers its fill-in questions too: `1、问卷编号`, `2、项目` are the form and project columns.
        if stripped != name {
            for role in ColumnMap.roles where survey.columns.headers[role] == stripped { return .role(role) }
        }
        if let c = extraSegmentColumns.firstIndex(of: name) { return .extraSegment(c) }
        // A mapped role also answers to its English role name (e.g. a roster-style export).
        for role in ColumnMap.roles where role == name { return .role(role) }
        if handedOutNames.contains(name) { return .role(handedOutRole) }
        if paperIDNames.contains(name) { return .role(paperIDRole) }
        return .ignored
    }

    static func matchQuestion(_ name: String, _ survey: Survey) -> Target? {
        let byID = survey.questions.firstIndex { $0.id == name }
        let byText = byID ?? survey.questions.firstIndex { CellValues.trim($0.text) == name }
        guard let qi = byText else { return nil }
        if let k = survey.closedQuestionIndices.firstIndex(of: qi) { return .closed(k) }
        return .open(qi)
    }

    /// `3、前台…`, `3. 前台…`, `Q3. 前台…`, `Q3：前台…`, `第3题 前台…`, `(3) 前台…` → `前台…`;
    /// a matrix row, `第7题(前台…)`, `7(前台…)`, `7（前台…）` → its row title `前台…`.
    static func stripQuestionNumber(_ name: String) -> String {
        let half = CellValues.halfWidth(name)
        var s = Substring(half)
        var consumed = false
        if s.hasPrefix("第") { s = s.dropFirst() }
        let bracketed = s.first == "("
        if bracketed { s = s.dropFirst() }
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
        // 问卷星 names each row of a matrix question by its number and the row title in brackets.
        if !bracketed, s.count > 2, s.first == "(", s.last == ")" {
            let scalars = name.unicodeScalars
            let prefixLength = half.unicodeScalars.count - String(s).unicodeScalars.count
            let title = String(String.UnicodeScalarView(scalars.dropFirst(prefixLength + 1).dropLast()))
            let trimmed = CellValues.trim(title)
            if !trimmed.isEmpty { return trimmed }
        }
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
