internal import CSatXLSXReader

/// Last wave's plan as the departments filled it in (`--previous-actions`, docs/ACTIONS.md): every
/// action with its department and status, and the share done per department and per project.
///
/// The plan sheet is found by its name in either language and its columns by their headers in
/// either language, so a plan written in Chinese reads back in an English run. Cells are typed by
/// hand: spaces (full-width too) around or inside a status are ignored, and English statuses match
/// without case. A blank status is not started; a status that is none of the dropdown's words
/// counts as not done, with a warning naming its cell, so that one odd word does not stop the run.
public struct PreviousActions: Sendable {
    public enum Status: Int, Sendable, CaseIterable {
        case notStarted, inProgress, done, cannot
    }

    public struct Action: Sendable, Equatable {
        public var id: String
        public var project: String
        public var item: String
        public var department: String
        public var owner: String
        /// nil: a word none of the four (counted as not done).
        public var status: Status?
        /// The status cell as typed, trimmed.
        public var statusText: String
        public var followUp: String
        /// The worksheet row.
        public var row: Int
    }

    /// One line of a share table: a department or a project.
    public struct Share: Sendable, Equatable {
        public var name: String
        public var total: Int
        public var done: Int
        public var cannot: Int
        public var open: Int { total - done - cannot }
        public var shareDone: Double { total == 0 ? 0 : Double(done) / Double(total) }
    }

    public var file: String
    public var sheet: String
    public var actions: [Action]
    public var warnings: [Message] = []

    /// The columns read back, by their place in `ActionsWords.planColumns`.
    static let idColumn = 0, projectColumn = 1, itemColumn = 3, departmentColumn = 8, ownerColumn = 9
    static let statusColumn = 11, followUpColumn = 12
    static let required = [idColumn, projectColumn, departmentColumn, statusColumn]

    public static func read(path: String, display: String? = nil) throws(InputError) -> PreviousActions {
        let shown = display ?? path
        // A CSV or text file: say what is wanted rather than what a zip reader found.
        guard CSVFile.workbookKind(path) != nil else { throw InputError(file: shown, message: .previousActionsNotWorkbook) }
        let sheets: [String]
        do {
            sheets = try XLSXWorkbook(path: path).sheetNames
        } catch {
            var e = XLSXFile.place(error, path)
            e.file = shown
            throw e
        }
        let planNames = Language.allCases.map { ActionsWords.of($0).planSheet }
        guard let sheet = sheets.first(where: planNames.contains) else {
            throw InputError(file: shown, message: .notActionsWorkbook(sheets: sheets.map { "\"\($0)\"" }.joined(separator: ", ")))
        }
        let headers = Language.allCases.map { ActionsWords.of($0).planColumns }
        let idHeaders = Set(headers.map { $0[idColumn] })
        var columns: [Int: Int] = [:]
        var actions: [Action] = []
        var warnings: [Message] = []
        let statusWords = Language.allCases.map { l in ActionsWords.of(l).statuses.map(normalised) }
        let allowed = Language.allCases.flatMap { ActionsWords.of($0).statuses }
        do {
            _ = try XLSXFile.read(
                path, sheet: sheet,
                findHeader: { row in (0..<row.count).contains { idHeaders.contains(CellValues.trim(row.string($0))) } },
                header: { row in
                    let names = row.strings().map(CellValues.trim)
                    for wanted in [idColumn, projectColumn, itemColumn, departmentColumn, ownerColumn, statusColumn, followUpColumn] {
                        if let i = names.firstIndex(where: { n in headers.contains { $0[wanted] == n } }) { columns[wanted] = i }
                    }
                    for wanted in required where columns[wanted] == nil {
                        let found = names.filter { !$0.isEmpty }.map { "\"\($0)\"" }.joined(separator: ", ")
                        throw InputError(
                            file: path, line: row.line, sheet: sheet,
                            message: .actionsColumnMissing(headers.map { $0[wanted] }.joined(separator: " / "), found: found))
                    }
                },
                record: { row in
                    func cell(_ c: Int) -> String { columns[c].map { CellValues.trim(row.string($0)) } ?? "" }
                    let id = cell(idColumn), item = cell(itemColumn)
                    guard !id.isEmpty || !item.isEmpty else { return }
                    let typed = cell(statusColumn)
                    let key = normalised(typed)
                    var status: Status? = key.isEmpty ? .notStarted : nil
                    for words in statusWords { if let i = words.firstIndex(of: key) { status = Status(rawValue: i) } }
                    if status == nil {
                        let place = InputError(
                            file: shown, line: row.line, column: columns[statusColumn]! + 1, sheet: sheet, message: .verbatim(""))
                        func text(_ l: Language) -> String { String(place.text(l).dropLast(2)) }
                        warnings.append(.unknownActionStatus(place: (text(.zh), text(.en)), value: typed, allowed: allowed))
                    }
                    actions.append(
                        Action(
                            id: id, project: cell(projectColumn), item: item, department: cell(departmentColumn),
                            owner: cell(ownerColumn), status: status, statusText: typed, followUp: cell(followUpColumn),
                            row: row.line))
                },
                started: { _ in })
        } catch {
            var e = error
            if e.file == path { e.file = shown }
            throw e
        }
        guard !actions.isEmpty else { throw InputError(file: shown, sheet: sheet, message: .previousActionsEmpty) }
        return PreviousActions(file: shown, sheet: sheet, actions: actions, warnings: warnings)
    }

    /// Spaces of any width dropped, letters in lower case: `" 已 完成 "` and `"done "` read as typed words.
    static func normalised(_ s: String) -> String {
        String(String.UnicodeScalarView(s.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    /// Per department (blank: `noDepartment`) in the order they first appear.
    public func byDepartment(noDepartment: String) -> [Share] {
        shares { $0.department.isEmpty ? noDepartment : $0.department }
    }

    public func byProject() -> [Share] { shares(\.project) }

    func shares(_ key: (Action) -> String) -> [Share] {
        var order: [String] = []
        var table: [String: Share] = [:]
        for a in actions {
            let k = key(a)
            if table[k] == nil {
                order.append(k)
                table[k] = Share(name: k, total: 0, done: 0, cannot: 0)
            }
            table[k]!.total += 1
            if a.status == .done { table[k]!.done += 1 }
            if a.status == .cannot { table[k]!.cannot += 1 }
        }
        return order.map { table[$0]! }
    }

    /// Every action not done: not started, in progress, cannot be done, or an unknown word.
    public var notDone: [Action] { actions.filter { $0.status != .done } }

    /// The short table printed on standard output: share done per department, then per project.
    public func text(_ language: Language) -> String {
        let w = ActionsWords.of(language)
        var out = w.previousTitle(file) + "\n\n"
        for (first, shares) in [(w.planColumns[8], byDepartment(noDepartment: w.noDepartment)), (w.planColumns[1], byProject())] {
            var t = TextTable(header: [first] + w.shareColumns.dropFirst(), align: [.left, .right, .right, .right, .right, .right])
            for s in shares {
                t.add([s.name, "\(s.total)", "\(s.done)", "\(s.cannot)", "\(s.open)", Rounding.rateText(s.shareDone)])
            }
            out += t.render() + "\n"
        }
        return out
    }
}
