import Foundation

/// Reads response files (CSV, XLSX, JSON array, JSON Lines) into one `FormTable`.
///
/// SPEC.md "Responses": a file that cannot be read as a table stops the run
/// with an `InputError` naming file, line and column (worksheet row and column,
/// or JSON path); a form with problems in its answers is kept and judged later
/// by the validity rules. Every kind of file comes through `TableFile` as rows
/// of UTF-8 cells, and every row through `FormBuilder.setRow`, so a CSV, its
/// workbook and its JSON twin give the same forms.
public struct FormImporter {
    public typealias Format = TableFile.Kind

    public internal(set) var table: FormTable
    /// Called every few thousand forms while a file is read.
    public var progress: ProgressHandler?
    /// A CSV file of at least this many bytes (`TableFile.aheadFrom`) is parsed on a second thread
    /// while this one builds the forms: the two halves of the work take about as long each. Tests
    /// set 0 to take that path with small files.
    var readAheadFrom = TableFile.aheadFrom

    public init(survey: Survey) {
        table = FormTable(survey: survey)
    }

    /// Reads every file, in order, into one table.
    public static func load(
        survey: Survey, paths: [String], format: Format? = nil, progress: ProgressHandler? = nil
    ) throws(InputError) -> FormTable {
        var importer = FormImporter(survey: survey)
        importer.progress = progress
        for path in paths { try importer.importFile(path, format: format) }
        return importer.table
    }

    static func unreadable(_ path: String) -> Message {
        var isDir: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDir) { return .noSuchFile }
        if isDir.boolValue { return .isAFolder }
        return .cannotBeRead
    }

    /// Whether a worksheet row is this survey's header: it names at least two of the
    /// definition's columns or questions (a title row above the header names none).
    static func isHeader(_ row: TableRow, survey: Survey, extraSegmentColumns: [String]) -> Bool {
        var found = 0
        for i in 0..<row.count {
            let name = CellValues.trim(row.string(i))
            if ColumnMapping.match(name, survey: survey, extraSegmentColumns: extraSegmentColumns) != .ignored {
                found += 1
                if found >= 2 { return true }
            }
        }
        return false
    }

    public mutating func importFile(_ spec: String, format: Format? = nil) throws(InputError) {
        let survey = table.survey
        let fileIndex = table.files.count
        let (path, _) = TableFile.split(spec)
        var mapping: ColumnMapping? = nil
        var headerNames: [String] = []
        var builder = FormBuilder(survey: survey, extraCount: table.extraSegmentColumns.count)
        var plan = FormBuilder.RowPlan([])
        // Work on a local copy and leave `table` empty meanwhile, so growing it never copies the buffers.
        var local = table
        table = FormTable(survey: survey)
        defer { table = local }
        let keysBefore = (texts: local.pool.keys.count, bytes: local.pool.keyByteCount)
        var count = 0
        var bytesRead = 0
        var bytesSeen = 0
        let total = progress == nil ? 0 : FileSize.of(path)
        let report = progress
        let label = (path as NSString).lastPathComponent
        // Forms without an id are named by where they are: `file.csv:14`, `file.json[3]`, `file.xlsx[Sheet]:12`.
        var idPrefix = label
        var arrayIndex = false
        var expectedRows: Int?
        // An entry workbook (`csat entry`: a 核对编号 column): rows left empty are forms not returned.
        var entry = false, tick = false
        var untyped = 0
        let extra = local.extraSegmentColumns
        let info = try TableFile.read(
            spec, kind: format, csvAhead: FileSize.of(path) >= readAheadFrom,
            findHeader: { row in Self.isHeader(row, survey: survey, extraSegmentColumns: extra) },
            header: { row in
                headerNames = row.strings()
                let m = try ColumnMapping(
                    header: headerNames, survey: survey, extraSegmentColumns: local.extraSegmentColumns, file: path,
                    locate: { i in InputError(file: path, line: row.line, column: i >= 0 ? i + 1 : nil, message: .verbatim("")) })
                mapping = m
                plan = FormBuilder.RowPlan(m.targets.map(FormBuilder.Slot.init))
                entry = m.targets.contains(.role(ColumnMapping.paperIDRole))
                tick = m.targets.contains(.role(ColumnMapping.handedOutRole))
                if tick { local.handOut.hasColumn = true }
            },
            record: { row in
                builder.begin(file: fileIndex, line: row.line)
                do throws(FormBuilder.BadDateCell) {
                    // The whole row in one call: no closure per cell.
                    try builder.setRow(row.fieldBytes, ends: row.fieldEnds, plan: plan, pool: &local.pool)
                } catch {
                    throw InputError(
                        file: path, line: row.line, column: error.column + 1,
                        message: .notADate(error.text, column: headerNames[error.column]))
                }
                if entry || tick {
                    let household = builder.household(local.pool)
                    let typed = entry && builder.isTyped
                    if let h = household {
                        // The households csat wrote a row for: those with an id it printed (a spare row may repeat one).
                        if entry && builder.hasPrintedID(period: survey.period, local.pool) {
                            local.handOut.rows[h.project, default: []].insert(h.unit)
                        }
                        // A form that came back was handed out, ticked or not.
                        if builder.handedOut || typed { local.handOut.ticked[h.project, default: []].insert(h.unit) }
                    }
                    if entry {
                        // A household's row with nothing typed: its form did not come back. A spare row: nothing.
                        guard typed else {
                            if household != nil { untyped += 1 }
                            return
                        }
                        builder.checkPrintedID(period: survey.period, pool: &local.pool)
                    }
                }
                if !builder.hasProject || !builder.hasUnit {
                    try Self.requireKeys(builder, mapping!, headerNames) { col, msg in
                        InputError(file: path, line: row.line, column: col, message: msg)
                    }
                }
                builder.finish(into: &local) { arrayIndex ? "\(idPrefix)[\(row.line - 1)]" : "\(idPrefix):\(row.line)" }
                count += 1
                if count == 2048 {
                    // Reserve for the whole file from the first rows' size: growing a million-form
                    // table by doubling copies it again and again (units and form ids alike).
                    // A workbook is packed: its sheet's own row count (`<dimension>`) says how many forms.
                    let scale =
                        expectedRows.map { Double($0) / 2048 * 1.01 }
                        ?? Double(FileSize.of(path)) / Double(max(1, bytesSeen)) * 1.05
                    let expected = Int(scale * 2048)
                    local.records.reserveCapacity(local.records.count + expected)
                    local.answers.reserveCapacity(local.answers.count + expected * local.closedCount)
                    let keyTexts = local.pool.keys.count - keysBefore.texts
                    let keyBytes = local.pool.keyByteCount - keysBefore.bytes
                    local.pool.reserveKeys(Int(scale * Double(keyTexts)), bytes: Int(scale * Double(keyBytes)))
                }
                if count <= 2048 { bytesSeen += row.approximateByteCount }
                if let report {
                    bytesRead += row.approximateByteCount
                    if count & 8191 == 0 { report(label, min(bytesRead, total), total) }
                }
            },
            started: { info in
                if info.kind == .xlsx { idPrefix = "\(label)[\(info.sheet ?? "")]" }
                arrayIndex = info.jsonArray
                expectedRows = info.expectedRows
            })
        let kind: SourceFile.Kind
        switch info.kind {
        case .csv: kind = .csv
        case .xlsx: kind = .xlsx(sheet: info.sheet ?? "")
        case .json, .jsonl: kind = info.jsonArray ? .jsonArray : .jsonLines
        }
        guard let m = mapping else {
            if info.kind == .json || info.kind == .jsonl {
                local.files.append(SourceFile(path: InputStreams.shown(path), kind: kind, format: info.format, forms: 0))
                local.missingQuestions.append([])
                return
            }
            throw InputError(file: spec, message: .emptyResponseFile)
        }
        local.files.append(SourceFile(path: InputStreams.shown(path), kind: kind, format: info.format, forms: count, columns: headerNames))
        local.warnings += info.warnings
        if untyped > 0 { local.warnings.append(.entryRowsNotTyped(InputStreams.shown(path), count: untyped)) }
        Self.noteMapping(m, path, header: headerNames, into: &local)
        Self.noteENotation(builder.eNotation, m, path, header: headerNames, into: &local)
    }

    /// Every form needs its project and unit: they decide coverage, duplicates and the sample check.
    static func requireKeys(
        _ b: borrowing FormBuilder, _ m: ColumnMapping, _ header: [String], _ error: (Int?, Message) -> InputError
    ) throws(InputError) {
        for (role, present) in [("project", b.hasProject), ("unit", b.hasUnit)] where !present {
            let col = m.targets.firstIndex(of: .role(role)).map { $0 + 1 }
            let name = col.map { header[$0 - 1] } ?? role
            throw error(col, .emptyKeyCell(column: name, role: role))
        }
    }

    static func noteMapping(_ m: ColumnMapping, _ path: String, header: [String], into table: inout FormTable) {
        if !m.unknownColumns.isEmpty {
            table.warnings.append(.unknownColumns(path, m.unknownColumns))
        }
        table.missingQuestions.append(m.missingQuestions)
        if !m.missingQuestions.isEmpty {
            // "Did you mean" from the headers that hold nothing: a header that holds another question is not it.
            let unused = zip(header, m.targets).filter { $0.1 == .ignored }.map(\.0)
            let survey = table.survey
            let named = m.missingQuestions.map { id -> Message in
                guard let q = survey.questions.first(where: { $0.id == id }) else { return .verbatim(id) }
                return .questionNamed(id, nearest: NearestHeaders.suggest(for: q.text, in: unused, limit: 1).first)
            }
            table.warnings.append(.questionsWithoutColumn(path, named))
        }
    }

    /// One warning per column in which Excel turned phones or form ids into numbers (docs/IMPORT.md).
    static func noteENotation(
        _ e: FormBuilder.ENotation, _ m: ColumnMapping, _ path: String, header: [String], into table: inout FormTable
    ) {
        func column(_ role: String) -> String {
            m.targets.firstIndex(of: .role(role)).map { CellValues.trim(header[$0]) } ?? role
        }
        if e.phones > 0 {
            table.warnings.append(.phonesAsNumbers(path, count: e.phones, column: column("phone"), example: e.phoneExample))
        }
        if e.forms > 0 {
            table.warnings.append(.formIDsAsNumbers(path, count: e.forms, column: column("form"), example: e.formExample))
        }
    }
}
