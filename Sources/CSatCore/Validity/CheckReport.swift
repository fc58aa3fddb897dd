/// Everything `csat check` reports: forms read, valid and invalid with
/// reasons, every invalid form, coverage per project, warnings.
public struct CheckReport: Sendable {
    public struct InvalidForm: Sendable {
        public var form: String
        public var project: String
        public var location: Message
        public var reasons: [String]
        /// Per off-scale answer: the value and the column it was read from (docs/VALIDITY.md).
        public var details: [Detail] = []

        /// The detail of reason `code` (an `out_of_range:<q>`), if one was kept.
        public func detail(for code: String) -> Detail? { details.first { $0.reason == code } }

        /// The reasons for people: each `out_of_range:<q>` followed by its value and column.
        public func reasonTexts(language: String, label: (String) -> String = { $0 }) -> [String] {
            reasons.map { code in label(code) + (detail(for: code)?.suffix(language: language) ?? "") }
        }
    }

    /// An answer off its scale: which value, in which column of its file.
    public struct Detail: Sendable, Equatable {
        public var reason: String
        /// The answer as written.
        public var value: String
        /// The header of its column (CSV) or its key (JSON).
        public var column: String
        /// 1-based column number in a CSV file or a worksheet; `nil` in a JSON file (keys have no order).
        public var columnNumber: Int?
        /// The worksheet cell (`F10`) in an XLSX file, as Excel names it.
        public var cell: String?

        /// ` "6" in column 8 (3、前台…)`, `"6"（第8列：3、前台…）`, ` "#N/A" in cell F10 (…)`.
        public func suffix(language: String) -> String {
            let v = "\"\(value)\""
            if language == "zh" {
                if let cell { return " \(v)（单元格 \(cell)：\(column)）" }
                if let n = columnNumber { return " \(v)（第\(n)列：\(column)）" }
                return " \(v)（键 \(column)）"
            }
            if let cell { return " \(v) in cell \(cell) (\(column))" }
            if let n = columnNumber { return " \(v) in column \(n) (\(column))" }
            return " \(v) in key \(column)"
        }
    }

    public var surveyID: String
    public var title: String
    public var period: String
    public var files: [SourceFile]
    public var read: Int
    public var valid: Int
    public var reasonCounts: [(code: String, count: Int)]
    public var invalidForms: [InvalidForm]
    public var coverage: [CoverageRow]
    public var rules: SamplingRules
    /// In the report language in the text (`text(language:)`) and the workbook; in the language of
    /// messages in `json`, which is read by scripts (`CSAT_LANG=en` keeps them English).
    public var warnings: [Message]
    /// The wave's timetable and whether each date was kept, when the definition has a `wave` block.
    public var schedule: WaveSchedule?
    /// The hand-out rule for the coverage table (`wave.minHandOutRate`, else 0.95).
    public var handOutRule = WaveRules.defaultMinHandOutRate
    /// Files in which some closed questions have no column, with those questions' ids.
    public var missingQuestions: [(file: String, questions: [String])]

    public var invalid: Int { read - valid }

    /// The check of a loaded wave.
    public init(wave: Wave) {
        self.init(table: wave.table, validity: wave.validity, roster: wave.roster, sample: wave.sample)
        schedule = wave.timetable.map { WaveSchedule($0, table: wave.table) }
    }

    public init(table: FormTable, validity: Validity, roster: RosterSummary?, sample: SampleSummary?) {
        let s = table.survey
        surveyID = s.id
        title = s.title
        period = s.period
        files = table.files
        read = table.count
        valid = validity.validCount
        reasonCounts = validity.reasonCounts(table: table)
        invalidForms = (0..<table.count).filter { !validity.isValid($0) }.map { f in
            InvalidForm(
                form: table.string(table.records[f].form), project: table.string(table.records[f].project),
                location: table.location(of: f), reasons: validity.reasonCodes(f, table: table),
                details: Self.details(f, table))
        }
        coverage = Coverage.rows(table: table, validity: validity, roster: roster, sample: sample)
        rules = s.rules
        handOutRule = s.wave?.minHandOutRate ?? WaveRules.defaultMinHandOutRate
        missingQuestions = zip(table.files, table.missingQuestions).filter { !$0.1.isEmpty }.map { ($0.0.path, $0.1) }
        var warnings = table.warnings + validity.warnings
        for row in coverage where row.returned == 0 {
            warnings.append(.noFormsReturned(project: row.project))
        }
        for row in coverage where row.returned > 0 && row.valid == 0 {
            warnings.append(.noValidForms(project: row.project, returned: row.returned))
        }
        if table.offScaleNotKept > 0 {
            warnings.append(.offScaleNotListed(total: table.offScale.count + table.offScaleNotKept, listed: table.offScale.count))
        }
        if read == 0 {
            warnings.append(.noFormsRead)
        }
        // Form ids are kept undeduplicated; repeats are found by a hash of their bytes (each core
        // taking half of the hashes), and only when there are some are their texts looked up.
        let repeatedHashes: Set<UInt64>
        if table.count < Validity.parallelThreshold {
            repeatedHashes = Self.repeatedFormHashes(table, part: 0, of: 1)
        } else {
            let other = Background { () throws(Never) in Self.repeatedFormHashes(table, part: 1, of: 2) }
            repeatedHashes = Self.repeatedFormHashes(table, part: 0, of: 2).union(other.value())
        }
        var firstWith: [UInt64: (form: Int32, unit: UInt64, oneUnit: Bool)] = [:]
        if !repeatedHashes.isEmpty {
            for r in table.records {
                let h = table.pool.withBytes(r.form) { StringPool.hash($0) }
                guard repeatedHashes.contains(h) else { continue }
                if let f = firstWith[h] {
                    if f.unit != r.unitKey { firstWith[h]!.oneUnit = false }
                } else {
                    firstWith[h] = (r.form, r.unitKey, true)
                }
            }
        }
        // A printed form id (csat print) on a second form of its own household is a fresh copy of that
        // household's page, typed in a spare row of the entry workbook: duplicate_unit judges it, no warning.
        let repeated = repeatedHashes.compactMap { h -> String? in
            let f = firstWith[h]!
            let id = table.string(f.form)
            if f.oneUnit && PrintedFormID.serial(of: id, period: table.survey.period) != nil { return nil }
            return id
        }.sorted()
        if !repeated.isEmpty {
            warnings.append(.repeatedFormIDs(Array(repeated.prefix(10)), more: max(0, repeated.count - 10)))
        }
        self.warnings = warnings
    }

    /// The hashes of form ids on two or more forms, among share `part` of `parts` of the hashes.
    static func repeatedFormHashes(_ table: FormTable, part: Int, of parts: Int) -> Set<UInt64> {
        var seen = UnitSet(minimumCapacity: table.count / parts + 1024)
        var repeated = Set<UInt64>()
        for r in table.records {
            let h = table.pool.withBytes(r.form) { StringPool.hash($0) }
            if Validity.share(h, parts) == part && !seen.insert(UnitKey(rawValue: h)) { repeated.insert(h) }
        }
        return repeated
    }

    /// The off-scale answers of form `f` with their columns; none when the side table is empty.
    static func details(_ f: Int, _ table: FormTable) -> [Detail] {
        guard !table.offScale.isEmpty else { return [] }
        let survey = table.survey
        return table.offScaleAnswers(of: f).map { a in
            let kind = table.files[Int(table.records[f].file)].kind
            var sheet = false
            if case .xlsx = kind { sheet = true }
            let numbered = (kind == .csv || sheet) && a.column >= 0
            return Detail(
                reason: "out_of_range:" + survey.questions[survey.closedQuestionIndices[Int(a.question)]].id,
                value: table.string(a.value), column: table.header(ofColumn: a.column, form: f),
                columnNumber: numbered ? Int(a.column) + 1 : nil,
                cell: sheet && a.column >= 0 ? InputError.columnLetters(Int(a.column) + 1) + "\(table.records[f].line)" : nil)
        }
    }

    /// With `--strict`, a question without a column in some file fails the check (docs/VALIDITY.md).
    public var missingQuestionsMessage: Message? {
        guard !missingQuestions.isEmpty else { return nil }
        return .strictMissingQuestions(missingQuestions.map { ($0.0, $0.1) })
    }

    /// A rule the user can enforce with `--strict` failed: coverage or return rate.
    public var ruleFailed: Bool {
        coverage.contains { $0.pass == false || $0.returnPass == false }
    }

    /// SPEC.md's `forms`, `coverage` and `invalidForms` keys.
    public var json: JSONValue {
        .obj([
            ("survey", .obj([("id", .string(surveyID)), ("period", .string(period))])),
            ("forms", formsJSON),
            ("coverage", .array(coverage.map(Self.coverageJSON))),
            ("invalidForms", .array(invalidForms.map(Self.invalidFormJSON))),
            (
                "files",
                .array(
                    files.map { .obj([("path", .string($0.path)), ("format", .string($0.format.en)), ("forms", .int($0.forms))]) })
            ),
            ("warnings", .array(warnings.map { .string($0.description) })),
        ] + (schedule.map { [("timetable", $0.json)] } ?? []))
    }

    public var formsJSON: JSONValue {
        .obj([
            ("read", .int(read)), ("valid", .int(valid)), ("invalid", .int(invalid)),
            ("reasons", .obj(reasonCounts.map { ($0.code, .int($0.count)) })),
        ])
    }

    public static func coverageJSON(_ c: CoverageRow) -> JSONValue {
        .obj([
            ("project", .string(c.project)), ("population", .optInt(c.population)), ("sampled", .optInt(c.sampled)),
            ("returned", .int(c.returned)), ("valid", .int(c.valid)), ("required", .optInt(c.required)),
            ("returnRate", .opt(c.returnRate)), ("pass", c.pass.map { .bool($0) } ?? .null),
            ("returnPass", c.returnPass.map { .bool($0) } ?? .null),
        ] + (c.handedOut.map { h in
            [("handedOut", .int(h)), ("handOutRate", .opt(c.handOutRate)), ("handOutPass", c.handOutPass.map { .bool($0) } ?? .null)]
        } ?? []))
    }

    public static func invalidFormJSON(_ f: InvalidForm) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("form", .string(f.form)), ("project", .string(f.project)), ("location", .string(f.location.en)),
            ("reasons", .array(f.reasons.map { .string($0) })),
        ]
        if !f.details.isEmpty {
            members.append(
                (
                    "details",
                    .array(
                        f.details.map { d in
                            .obj([
                                ("reason", .string(d.reason)), ("value", .string(d.value)), ("column", .string(d.column)),
                                ("columnNumber", .optInt(d.columnNumber)),
                            ] + (d.cell.map { [("cell", JSONValue.string($0))] } ?? []))
                        })
                ))
        }
        return .obj(members)
    }
}
