/// Turns the cells of one form (from a CSV row or a JSON object) into a
/// compact `FormRecord` plus answer codes, appended to a `FormTable`.
///
/// Both importers go through here, so a CSV file and its JSON twin give the
/// same forms. CSV cells arrive as bytes (`setRow`, `set(_:bytes:pool:)`):
/// common cells are read in place, anything unusual through the `String` rules
/// of `CellValues`, so both paths agree.
///
/// Noncopyable because it owns the answer codes of the form being built as raw
/// memory: the CSV loop writes 28 of them a form, and an array would check its
/// uniqueness and bounds on every write.
struct FormBuilder: ~Copyable {
    /// What a column holds, resolved once per file so the per-cell work is a switch.
    enum Slot: Equatable {
        case ignored, closed(Int), open(Int), extra(Int)
        case form, project, unit, building, propertyType, customerType, surveyor, date, name, phone, signed, damaged, altered
        /// The entry workbook's 已发放 tick and 核对编号 (the form id copied from the paper): `csat entry`.
        case handedOut, paperID

        init(_ target: ColumnMapping.Target) {
            switch target {
            case .ignored: self = .ignored
            case .closed(let k): self = .closed(k)
            case .open(let q): self = .open(q)
            case .extraSegment(let c): self = .extra(c)
            case .role(let role):
                switch role {
                case "form": self = .form
                case "project": self = .project
                case "unit": self = .unit
                case "building": self = .building
                case "propertyType": self = .propertyType
                case "customerType": self = .customerType
                case "surveyor": self = .surveyor
                case "date": self = .date
                case "name": self = .name
                case "phone": self = .phone
                case "signed": self = .signed
                case "damaged": self = .damaged
                case "altered": self = .altered
                case ColumnMapping.handedOutRole: self = .handedOut
                case ColumnMapping.paperIDRole: self = .paperID
                default: self = .ignored
                }
            }
        }
    }

    let survey: Survey
    let closedScales: [Scale]
    /// `closedScales[k].min`, `.max` and whether option numbers count from the top (`labelsOrder`),
    /// so that a number answer needs no `Scale` copy.
    private let closedBounds: [(min: Int, max: Int, highFirst: Bool)]
    /// Labels, not-answered words and skip markers by their bytes (`LabelCodes`).
    private let labelCodes: LabelCodes
    /// `digitCodes[10 * k + d]`: the code of the one-digit answer `d` to closed question `k`, or 0
    /// where `setAnswer` must be asked: a digit off the scale (its value and column are noted for
    /// the lists of invalid forms, off the common path) or a code above 254 (only a huge scale).
    private let digitCodes: UnsafeMutablePointer<UInt8>
    /// The answer code of each closed question of the form being built.
    private let codes: UnsafeMutablePointer<UInt8>
    private let closedCount: Int
    private var record: FormRecord
    /// The last form appended: its category ids are the hints for the next row's cells.
    private var previous: FormRecord
    /// The project whose `UnitKey` hash state is `projectState` (-1: none yet).
    private var stateProject: Int32 = -1
    private var projectState: UInt64 = 0
    private var extras: [Int32]
    private var name: [UInt8] = []
    /// The phone cell, kept (like the name) only to mask the respondent's own number in comments.
    private var phone: [UInt8] = []
    private var opens: [(question: Int, text: String)] = []
    /// The off-scale answers of the form being built: closed question, 0-based column (-1: none), text.
    private var offScale: [(question: Int, column: Int, text: String)] = []
    /// Cells that Excel turned into E-notation numbers (`1.39123E+10`) in this file, with the first one.
    private(set) var eNotation = ENotation()
    /// The row's 已发放 tick (entry workbook, or any forms file with such a column).
    private(set) var handedOut = false
    /// The row's 核对编号, trimmed.
    private var paper: [UInt8] = []
    /// Whether a cell the clerk types (an answer, a flag, the date, name, phone, 核对编号) holds anything.
    private var typed = false

    /// Phones and form ids written like `1.39123E+10`: counted per file for one warning each.
    struct ENotation {
        var phones = 0
        var phoneExample = ""
        var forms = 0
        var formExample = ""
    }

    init(survey: Survey, extraCount: Int) {
        self.survey = survey
        closedScales = survey.closedQuestionIndices.map { survey.scales[survey.questions[$0].scaleIndex!] }
        closedCount = closedScales.count
        closedBounds = closedScales.map { ($0.min, $0.max, $0.labelsOrder == .highFirst) }
        labelCodes = LabelCodes(scales: closedScales)
        digitCodes = .allocate(capacity: 10 * closedCount)
        for (k, (min, max, highFirst)) in closedBounds.enumerated() {
            for d in 0..<10 {
                let code = ByteText.code(d, min: min, max: max, highFirst: highFirst)
                digitCodes[10 * k + d] = code == AnswerCode.outOfRange ? 0 : code
            }
        }
        codes = .allocate(capacity: closedCount)
        codes.initialize(repeating: AnswerCode.notAnswered, count: closedCount)
        record = FormRecord(
            file: 0, line: 0, form: 0, project: 0, unit: 0, building: 0, propertyType: 0, customerType: 0,
            surveyor: 0, date: 0, flags: [], unitKey: 0)
        previous = record
        extras = Array(repeating: StringPool.empty, count: extraCount)
    }

    deinit {
        digitCodes.deallocate()
        codes.deallocate()
    }

    /// Starts a new form.
    mutating func begin(file: Int, line: Int) {
        record = FormRecord(
            file: Int32(file), line: Int32(clamping: line), form: 0, project: 0, unit: 0, building: 0,
            propertyType: 0, customerType: 0, surveyor: 0, date: 0, flags: [], unitKey: 0)
        codes.update(repeating: AnswerCode.notAnswered, count: closedCount)
        if !extras.isEmpty {
            for c in extras.indices { extras[c] = StringPool.empty }
        }
        if !name.isEmpty { name.removeAll(keepingCapacity: true) }
        if !phone.isEmpty { phone.removeAll(keepingCapacity: true) }
        if !opens.isEmpty { opens.removeAll(keepingCapacity: true) }
        if !offScale.isEmpty { offScale.removeAll(keepingCapacity: true) }
        handedOut = false
        typed = false
        if !paper.isEmpty { paper.removeAll(keepingCapacity: true) }
    }

    /// A date that is not a date: the caller turns this into an `InputError` at the cell.
    struct BadDate: Error { let text: String }

    /// A `BadDate` in field `column` (0-based) of a CSV row.
    struct BadDateCell: Error {
        let column: Int
        let text: String
    }

    /// A CSV file's columns as `setRow` walks them, made once from the header's slots:
    /// ignored columns left out, and consecutive closed questions (q1, q2, … one column each)
    /// joined into one step that `setRow` reads in a tight loop.
    struct RowPlan {
        /// `count` fields from field `field`; more than one only for a run `closed(k)`, `closed(k + 1)`, ….
        struct Step {
            let field: Int
            let count: Int
            let slot: Slot
        }

        let width: Int
        let steps: [Step]

        init(_ slots: [Slot]) {
            var steps: [Step] = []
            for (i, slot) in slots.enumerated() where slot != .ignored {
                if case .closed(let k) = slot, let last = steps.last, case .closed(let k0) = last.slot,
                    last.field + last.count == i, k0 + last.count == k
                {
                    steps[steps.count - 1] = Step(field: last.field, count: last.count + 1, slot: last.slot)
                } else {
                    steps.append(Step(field: i, count: 1, slot: slot))
                }
            }
            self.width = slots.count
            self.steps = steps
        }
    }

    /// Sets every cell of one CSV row: the importer's hot path, called once per row.
    ///
    /// `bytes` and `ends` are the row as `CSVRow.fieldBytes`/`fieldEnds` give it. The common cells
    /// (a digit answer, a category, a flag) are decoded here with no call per cell; the rest go
    /// through `set(_:bytes:pool:)`, and every path gives the answer `set` gives.
    mutating func setRow(
        _ bytes: UnsafePointer<UInt8>, ends: UnsafeBufferPointer<Int>, plan: RowPlan, pool: inout TextStore
    ) throws(BadDateCell) {
        precondition(plan.width == ends.count, "one slot per field")
        guard let ends = ends.baseAddress else { return }
        // The name and phone serve here only to mask comments: they are copied only for a form that has one.
        var nameCell: UnsafeBufferPointer<UInt8>? = nil
        var phoneCell: UnsafeBufferPointer<UInt8>? = nil
        defer {
            if !opens.isEmpty {
                if let nameCell { name.append(contentsOf: ByteText.blankIfSkip(ByteText.trim(nameCell))) }
                if let phoneCell { phone.append(contentsOf: ByteText.trim(phoneCell)) }
            }
        }
        for step in plan.steps {
            let i = step.field
            var start = i == 0 ? 0 : ends[i &- 1]
            if case .closed(let k0) = step.slot {
                // One digit needs no trimming: nearly every answer. Anything else takes the full rule.
                // (The pointers in locals: a store through `codes` would otherwise reload them.)
                let codes = self.codes, digitCodes = self.digitCodes
                for j in 0..<step.count {
                    let end = ends[i &+ j], k = k0 &+ j
                    let cell = UnsafeBufferPointer(start: bytes + start, count: end &- start)
                    start = end
                    if cell.count == 1, case let d = cell[0] &- 0x30, d < 10, case let code = digitCodes[10 &* k &+ Int(d)],
                        code != 0
                    {
                        codes[k] = code
                    } else if cell.isEmpty {
                        codes[k] = AnswerCode.notAnswered
                    } else {
                        setAnswer(k, ByteText.trim(cell), column: i &+ j)
                    }
                }
                continue
            }
            let cell = UnsafeBufferPointer(start: bytes + start, count: ends[i] &- start)
            switch step.slot {
            case .date, .name, .phone, .signed, .damaged, .altered, .open:
                if !typed && !ByteText.blankIfSkip(ByteText.trim(cell)).isEmpty { typed = true }
            default: break
            }
            switch step.slot {
            // A skip marker in a role cell (`(跳过)`, `(空)`) is an empty cell: one byte compare each.
            case .form: setForm(ByteText.blankIfSkip(ByteText.trim(cell)), pool: &pool)
            case .unit: record.unit = pool.key(bytes: ByteText.blankIfSkip(ByteText.trim(cell)))
            case .project: record.project = pool.intern(bytes: ByteText.blankIfSkip(ByteText.trim(cell)), hint: previous.project)
            case .building:
                record.building = pool.intern(bytes: ByteText.blankIfSkip(ByteText.trim(cell)), hint: previous.building)
            case .propertyType:
                record.propertyType = pool.intern(
                    bytes: ByteText.blankIfSkip(ByteText.trim(cell)), hint: previous.propertyType)
            case .customerType:
                record.customerType = pool.intern(
                    bytes: ByteText.blankIfSkip(ByteText.trim(cell)), hint: previous.customerType)
            case .surveyor:
                record.surveyor = pool.intern(bytes: ByteText.blankIfSkip(ByteText.trim(cell)), hint: previous.surveyor)
            case .signed: setFlag(.signed, ByteText.flag(ByteText.trim(cell)))
            case .damaged: setFlag(.damaged, ByteText.flag(ByteText.trim(cell)))
            case .altered: setFlag(.altered, ByteText.flag(ByteText.trim(cell)))
            case .name: nameCell = cell
            case .handedOut: handedOut = ByteText.flag(ByteText.trim(cell))
            case .paperID:
                paper.append(contentsOf: ByteText.blankIfSkip(ByteText.trim(cell)))
                if !paper.isEmpty { typed = true }
            case .phone:
                phoneCell = cell
                setPhone(bytes: ByteText.trim(cell))
            default:
                do {
                    try set(step.slot, bytes: cell, pool: &pool, column: i)
                } catch {
                    throw BadDateCell(column: i, text: error.text)
                }
            }
        }
    }

    /// A closed answer from trimmed bytes: up to two digits in place, else the `String` rule.
    /// An answer off the scale is noted with its text and `column` (0-based; -1 when there is none).
    private mutating func setAnswer(_ k: Int, _ b: UnsafeBufferPointer<UInt8>, column: Int) {
        let bounds = closedBounds[k]
        let code =
            ByteText.answerCode(b, min: bounds.min, max: bounds.max, highFirst: bounds.highFirst)
            ?? labelCodes.code(b, question: k)
            ?? CellValues.answerCode(String(decoding: b, as: UTF8.self), scale: closedScales[k])
        codes[k] = code
        if code == AnswerCode.outOfRange { offScale.append((k, column, String(decoding: b, as: UTF8.self))) }
    }

    /// The form id; one written like `2.02606E+11` is counted for the file's warning.
    private mutating func setForm(_ b: UnsafeBufferPointer<UInt8>, pool: inout TextStore) {
        record.form = pool.key(bytes: b)
        if b.count >= 3, ByteText.isDigit(b[0]), ByteText.looksLikeENotation(b) {
            if eNotation.forms == 0 { eNotation.formExample = String(decoding: b, as: UTF8.self) }
            eNotation.forms += 1
        }
    }

    /// Sets one cell from its UTF-8 bytes (the CSV path). `column`: its 0-based field, for messages.
    mutating func set(
        _ slot: Slot, bytes raw: UnsafeBufferPointer<UInt8>, pool: inout TextStore, column: Int = -1
    ) throws(BadDate) {
        let b = ByteText.trim(raw)
        // A skip marker (`(跳过)`) is an empty cell: `blankIfSkip` where it matters; the phone and
        // date rules know the markers themselves, so their common cells pay nothing more.
        switch slot {
        case .ignored: return
        case .closed(let k): setAnswer(k, b, column: column)
        case .form: setForm(ByteText.blankIfSkip(b), pool: &pool)
        case .project: record.project = pool.intern(bytes: ByteText.blankIfSkip(b))
        case .unit: record.unit = pool.key(bytes: ByteText.blankIfSkip(b))
        case .building: record.building = pool.intern(bytes: ByteText.blankIfSkip(b))
        case .propertyType: record.propertyType = pool.intern(bytes: ByteText.blankIfSkip(b))
        case .customerType: record.customerType = pool.intern(bytes: ByteText.blankIfSkip(b))
        case .surveyor: record.surveyor = pool.intern(bytes: ByteText.blankIfSkip(b))
        case .extra(let c): extras[c] = pool.intern(bytes: ByteText.blankIfSkip(b))
        case .name: name.append(contentsOf: ByteText.blankIfSkip(b))
        case .signed: setFlag(.signed, ByteText.flag(b))
        case .damaged: setFlag(.damaged, ByteText.flag(b))
        case .altered: setFlag(.altered, ByteText.flag(b))
        case .handedOut: handedOut = ByteText.flag(b)
        case .paperID: paper.append(contentsOf: ByteText.blankIfSkip(b))
        case .phone:
            phone.append(contentsOf: b)
            setPhone(bytes: b)
        case .date:
            if let d = ByteText.isoDate(b) {
                record.date = d
            } else {
                try set(slot, String(decoding: b, as: UTF8.self), pool: &pool)
            }
        case .open(let q):
            // `b` is trimmed as `CellValues.trim` trims, so the text needs no second (slow) trim.
            if b.count > 0 && !ByteText.isSkipMarker(b) {
                opens.append((q, CellValues.openText(String(decoding: b, as: UTF8.self))))
            }
        }
    }

    /// The phone flags from a trimmed cell; an invalid phone written like `1.39123E+10` is counted
    /// for the file's warning.
    private mutating func setPhone(bytes b: UnsafeBufferPointer<UInt8>) {
        let state = ByteText.phone(b) ?? CellValues.phone(String(decoding: b, as: UTF8.self))
        setPhone(state)
        guard state == .invalid, ByteText.looksLikeENotation(b) else { return }
        if eNotation.phones == 0 { eNotation.phoneExample = String(decoding: b, as: UTF8.self) }
        eNotation.phones += 1
    }

    /// Sets one cell given as text (the JSON path, and the fallback of the byte path).
    /// `column`: its index in the file's header, for messages (-1: none).
    mutating func set(_ slot: Slot, _ raw: String, pool: inout TextStore, column: Int = -1) throws(BadDate) {
        var text = CellValues.trim(raw)
        if case .closed(let k) = slot {
            let code = CellValues.answerCode(text, scale: closedScales[k])
            codes[k] = code
            if code == AnswerCode.outOfRange { offScale.append((k, column, text)) }
            return
        }
        if CellValues.isSkipMarker(text) { text = "" }
        switch slot {
        case .ignored, .closed: return
        case .open(let q): if !text.isEmpty { opens.append((q, CellValues.openText(text))) }
        case .extra(let c): extras[c] = pool.intern(text)
        case .form:
            record.form = pool.key(text)
            if text.first?.isASCII == true, CellValues.looksLikeENotation(text) {
                if eNotation.forms == 0 { eNotation.formExample = text }
                eNotation.forms += 1
            }
        case .project: record.project = pool.intern(text)
        case .unit: record.unit = pool.key(text)
        case .building: record.building = pool.intern(text)
        case .propertyType: record.propertyType = pool.intern(text)
        case .customerType: record.customerType = pool.intern(text)
        case .surveyor: record.surveyor = pool.intern(text)
        case .date:
            guard let d = CellValues.date(text) else { throw BadDate(text: text) }
            record.date = d
        case .name: name = Array(text.utf8)
        case .phone:
            phone = Array(text.utf8)
            let state = CellValues.phone(text)
            setPhone(state)
            if state == .invalid, CellValues.looksLikeENotation(text) {
                if eNotation.phones == 0 { eNotation.phoneExample = text }
                eNotation.phones += 1
            }
        case .signed: setFlag(.signed, CellValues.flag(text))
        case .damaged: setFlag(.damaged, CellValues.flag(text))
        case .altered: setFlag(.altered, CellValues.flag(text))
        case .handedOut: handedOut = CellValues.flag(text)
        case .paperID: paper = Array(text.utf8)
        }
    }

    /// Sets a closed answer given as a JSON number.
    mutating func setNumber(
        _ slot: Slot, _ d: Double, literal: String, pool: inout TextStore, column: Int = -1
    ) throws(BadDate) {
        if case .closed(let k) = slot {
            let code = CellValues.answerCode(number: d, scale: closedScales[k])
            codes[k] = code
            if code == AnswerCode.outOfRange { offScale.append((k, column, literal)) }
        } else {
            try set(slot, literal, pool: &pool, column: column)
        }
    }

    private mutating func setFlag(_ flag: FormFlags, _ on: Bool) {
        if on { record.flags.insert(flag) } else { record.flags.remove(flag) }
    }

    private mutating func setPhone(_ state: CellValues.PhoneState) {
        switch state {
        case .missing: record.flags.remove([.phonePresent, .phoneValid])
        case .invalid: record.flags.insert(.phonePresent); record.flags.remove(.phoneValid)
        case .valid: record.flags.insert([.phonePresent, .phoneValid])
        }
    }

    /// The household of the row just read, for the hand-out tally: its project and unit key (nil without both).
    func household(_ pool: TextStore) -> (project: String, unit: UnitKey)? {
        guard hasProject && hasUnit else { return nil }
        return pool.withBytes(record.project) { p in
            (String(decoding: p, as: UTF8.self), pool.withBytes(record.unit) { UnitKey(project: p, unit: $0) })
        }
    }

    /// Whether the clerk typed anything into the row: an answer, a flag, the date, name, phone or 核对编号.
    /// A household's row left empty is a form that did not come back (docs/FIELDWORK.md).
    var isTyped: Bool {
        if typed || !opens.isEmpty || !offScale.isEmpty { return true }
        for k in 0..<closedCount where codes[k] != AnswerCode.notAnswered { return true }
        return false
    }

    /// Whether the row's own form id is one csat printed for `period`.
    func hasPrintedID(period: String, _ pool: TextStore) -> Bool {
        pool.withBytes(record.form) { PrintedFormID.serial(of: String(decoding: $0, as: UTF8.self), period: period) != nil }
    }

    /// The entry workbook's form-id checks on the row just read (docs/FIELDWORK.md): a row whose own form
    /// id is empty takes the 核对编号; an id that is not one csat printed for `period` is `unknown_form`;
    /// a 核对编号 that differs from the row's id is `wrong_household` when it is another household's
    /// printed id, else `unknown_form` (a slip that the check digit catches).
    mutating func checkPrintedID(period: String, pool: inout TextStore) {
        var own = pool.withBytes(record.form) { Array($0) }
        if own.isEmpty && !paper.isEmpty {
            record.form = paper.withUnsafeBufferPointer { pool.key(bytes: $0) }
            own = paper
        }
        func printed(_ b: [UInt8]) -> Bool { PrintedFormID.serial(of: String(decoding: b, as: UTF8.self), period: period) != nil }
        if own.isEmpty || !printed(own) {
            record.flags.insert(.unknownForm)
        } else if !paper.isEmpty && paper != own {
            record.flags.insert(printed(paper) ? .wrongHousehold : .unknownForm)
        }
    }

    var hasProject: Bool { record.project != StringPool.empty }
    var hasUnit: Bool { record.unit != StringPool.empty }

    /// Appends the finished form. A form without an id gets `file:line` as its id.
    mutating func finish(into table: inout FormTable, defaultID: () -> String) {
        let f = Int32(table.records.count)
        if record.form == StringPool.empty { record.form = table.pool.key(defaultID()) }
        if record.project != stateProject {
            // FNV-1a runs byte by byte, so a key is the project's state continued over the unit:
            // forms come grouped by project, and the project is hashed once per group.
            stateProject = record.project
            projectState = table.pool.withBytes(record.project) { p in
                UnitKey(project: p, unit: UnsafeBufferPointer(start: nil, count: 0)).rawValue
            }
        }
        var key = projectState
        table.pool.withBytes(record.unit) { u in
            for b in u { key = UnitKey.step(key, b) }
        }
        record.unitKey = key
        table.records.append(record)
        previous = record
        table.answers.append(contentsOf: UnsafeBufferPointer(start: codes, count: closedCount))
        if !extras.isEmpty { extras.withUnsafeBufferPointer { table.extraSegments.append(contentsOf: $0) } }
        if !offScale.isEmpty {
            for (k, column, text) in offScale {
                table.noteOffScale(form: Int(f), question: k, column: column, value: text)
            }
        }
        if !opens.isEmpty {
            let respondent = Masking.Respondent(
                name: String(decoding: name, as: UTF8.self), phone: String(decoding: phone, as: UTF8.self))
            for (q, text) in opens {
                table.comments.append(Comment(form: f, question: Int32(q), text: Masking.mask(text, respondent)))
            }
        }
    }
}
