/// Turns the cells of one form (from a CSV row or a JSON object) into a
/// compact `FormRecord` plus answer codes, appended to a `FormTable`.
///
/// Both importers go through here, so a CSV file and its JSON twin give the
/// same forms. CSV cells arrive as bytes (`set(_:bytes:pool:)`): common cells
/// are read in place, anything unusual through the `String` rules of
/// `CellValues`, so both paths agree.
struct FormBuilder {
    /// What a column holds, resolved once per file so the per-cell work is a switch.
    enum Slot: Equatable {
        case ignored, closed(Int), open(Int), extra(Int)
        case form, project, unit, building, propertyType, customerType, surveyor, date, name, phone, signed, damaged, altered

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
                default: self = .ignored
                }
            }
        }
    }

    let survey: Survey
    let closedScales: [Scale]
    private var record: FormRecord
    private var answers: [UInt8]
    private var extras: [Int32]
    private var name: [UInt8] = []
    private var opens: [(question: Int, text: String)] = []

    init(survey: Survey, extraCount: Int) {
        self.survey = survey
        self.closedScales = survey.closedQuestionIndices.map { survey.scales[survey.questions[$0].scaleIndex!] }
        self.record = FormRecord(
            file: 0, line: 0, form: 0, project: 0, unit: 0, building: 0, propertyType: 0, customerType: 0,
            surveyor: 0, date: 0, flags: [], unitKey: 0)
        self.answers = Array(repeating: AnswerCode.notAnswered, count: closedScales.count)
        self.extras = Array(repeating: StringPool.empty, count: extraCount)
    }

    /// Starts a new form.
    mutating func begin(file: Int, line: Int) {
        record = FormRecord(
            file: Int32(file), line: Int32(clamping: line), form: 0, project: 0, unit: 0, building: 0,
            propertyType: 0, customerType: 0, surveyor: 0, date: 0, flags: [], unitKey: 0)
        for k in answers.indices { answers[k] = AnswerCode.notAnswered }
        for c in extras.indices { extras[c] = StringPool.empty }
        name.removeAll(keepingCapacity: true)
        opens.removeAll(keepingCapacity: true)
    }

    /// A date that is not a date: the caller turns this into an `InputError` at the cell.
    struct BadDate: Error { let text: String }

    /// Sets one cell from its UTF-8 bytes (the CSV path).
    mutating func set(_ slot: Slot, bytes raw: UnsafeBufferPointer<UInt8>, pool: inout TextStore) throws(BadDate) {
        let b = ByteText.trim(raw)
        switch slot {
        case .ignored: return
        case .closed(let k):
            answers[k] =
                ByteText.answerCode(b, scale: closedScales[k])
                ?? CellValues.answerCode(String(decoding: b, as: UTF8.self), scale: closedScales[k])
        case .form: record.form = pool.key(bytes: b)
        case .project: record.project = pool.intern(bytes: b)
        case .unit: record.unit = pool.key(bytes: b)
        case .building: record.building = pool.intern(bytes: b)
        case .propertyType: record.propertyType = pool.intern(bytes: b)
        case .customerType: record.customerType = pool.intern(bytes: b)
        case .surveyor: record.surveyor = pool.intern(bytes: b)
        case .extra(let c): extras[c] = pool.intern(bytes: b)
        case .name: name.append(contentsOf: b)
        case .signed: setFlag(.signed, ByteText.flag(b))
        case .damaged: setFlag(.damaged, ByteText.flag(b))
        case .altered: setFlag(.altered, ByteText.flag(b))
        case .phone: setPhone(ByteText.phone(b) ?? CellValues.phone(String(decoding: b, as: UTF8.self)))
        case .date:
            if let d = ByteText.isoDate(b) {
                record.date = d
            } else {
                try set(slot, String(decoding: b, as: UTF8.self), pool: &pool)
            }
        case .open:
            if b.count > 0 { try set(slot, String(decoding: b, as: UTF8.self), pool: &pool) }
        }
    }

    /// Sets one cell given as text (the JSON path, and the fallback of the byte path).
    mutating func set(_ slot: Slot, _ raw: String, pool: inout TextStore) throws(BadDate) {
        let text = CellValues.trim(raw)
        switch slot {
        case .ignored: return
        case .closed(let k): answers[k] = CellValues.answerCode(text, scale: closedScales[k])
        case .open(let q): if !text.isEmpty { opens.append((q, text)) }
        case .extra(let c): extras[c] = pool.intern(text)
        case .form: record.form = pool.key(text)
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
        case .phone: setPhone(CellValues.phone(text))
        case .signed: setFlag(.signed, CellValues.flag(text))
        case .damaged: setFlag(.damaged, CellValues.flag(text))
        case .altered: setFlag(.altered, CellValues.flag(text))
        }
    }

    /// Sets a closed answer given as a JSON number.
    mutating func setNumber(_ slot: Slot, _ d: Double, literal: String, pool: inout TextStore) throws(BadDate) {
        if case .closed(let k) = slot {
            answers[k] = CellValues.answerCode(number: d, scale: closedScales[k])
        } else {
            try set(slot, literal, pool: &pool)
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

    var hasProject: Bool { record.project != StringPool.empty }
    var hasUnit: Bool { record.unit != StringPool.empty }

    /// Appends the finished form. A form without an id gets `file:line` as its id.
    mutating func finish(into table: inout FormTable, defaultID: () -> String) {
        let f = Int32(table.records.count)
        if record.form == StringPool.empty { record.form = table.pool.key(defaultID()) }
        let (project, unit) = (record.project, record.unit)
        record.unitKey = table.pool.withBytes(project) { p in
            table.pool.withBytes(unit) { u in UnitKey(project: p, unit: u).rawValue }
        }
        table.records.append(record)
        table.answers.append(contentsOf: answers)
        table.extraSegments.append(contentsOf: extras)
        if !opens.isEmpty {
            let respondent = String(decoding: name, as: UTF8.self)
            for (q, text) in opens {
                table.comments.append(
                    Comment(form: f, question: Int32(q), text: Masking.mask(text, name: respondent.isEmpty ? nil : respondent)))
            }
        }
    }
}
