/// Turns the cells of one form (from a CSV row or a JSON object) into a
/// compact `FormRecord` plus answer codes, appended to a `FormTable`.
///
/// Both importers go through here, so a CSV file and its JSON twin give the
/// same forms.
struct FormBuilder {
    let survey: Survey
    let closedScales: [Scale]
    private var record: FormRecord
    private var answers: [UInt8]
    private var extras: [Int32]
    private var name = ""
    private var opens: [(question: Int, text: String)] = []

    init(survey: Survey, extraCount: Int) {
        self.survey = survey
        self.closedScales = survey.closedQuestionIndices.map { survey.scales[survey.questions[$0].scaleIndex!] }
        self.record = FormRecord(
            file: 0, line: 0, form: 0, project: 0, unit: 0, building: 0, propertyType: 0, customerType: 0,
            surveyor: 0, date: 0, flags: [])
        self.answers = Array(repeating: AnswerCode.notAnswered, count: closedScales.count)
        self.extras = Array(repeating: StringPool.empty, count: extraCount)
    }

    /// Starts a new form.
    mutating func begin(file: Int, line: Int) {
        record = FormRecord(
            file: Int32(file), line: Int32(clamping: line), form: 0, project: 0, unit: 0, building: 0,
            propertyType: 0, customerType: 0, surveyor: 0, date: 0, flags: [])
        for k in answers.indices { answers[k] = AnswerCode.notAnswered }
        for c in extras.indices { extras[c] = StringPool.empty }
        name = ""
        opens.removeAll(keepingCapacity: true)
    }

    /// A date that is not a date: the caller turns this into an `InputError` at the cell.
    struct BadDate: Error { let text: String }

    /// Sets one cell given as text.
    mutating func set(_ target: ColumnMapping.Target, _ raw: String, pool: inout StringPool) throws(BadDate) {
        switch target {
        case .ignored: return
        case .closed(let k): answers[k] = CellValues.answerCode(raw, scale: closedScales[k])
        case .open(let q):
            let t = CellValues.trim(raw)
            if !t.isEmpty { opens.append((q, t)) }
        case .extraSegment(let c): extras[c] = pool.intern(CellValues.trim(raw))
        case .role(let role): try setRole(role, raw, pool: &pool)
        }
    }

    /// Sets a closed answer given as a JSON number.
    mutating func setNumber(_ target: ColumnMapping.Target, _ d: Double, literal: String, pool: inout StringPool) throws(BadDate) {
        if case .closed(let k) = target {
            answers[k] = CellValues.answerCode(number: d, scale: closedScales[k])
        } else {
            try set(target, literal, pool: &pool)
        }
    }

    private mutating func setRole(_ role: String, _ raw: String, pool: inout StringPool) throws(BadDate) {
        let text = CellValues.trim(raw)
        switch role {
        case "form": record.form = pool.intern(text)
        case "project": record.project = pool.intern(text)
        case "unit": record.unit = pool.intern(text)
        case "building": record.building = pool.intern(text)
        case "propertyType": record.propertyType = pool.intern(text)
        case "customerType": record.customerType = pool.intern(text)
        case "surveyor": record.surveyor = pool.intern(text)
        case "date":
            guard let d = CellValues.date(text) else { throw BadDate(text: text) }
            record.date = d
        case "name": name = text
        case "phone":
            switch CellValues.phone(text) {
            case .missing: record.flags.remove([.phonePresent, .phoneValid])
            case .invalid: record.flags.insert(.phonePresent); record.flags.remove(.phoneValid)
            case .valid: record.flags.insert([.phonePresent, .phoneValid])
            }
        case "signed": if CellValues.flag(text) { record.flags.insert(.signed) } else { record.flags.remove(.signed) }
        case "damaged": if CellValues.flag(text) { record.flags.insert(.damaged) } else { record.flags.remove(.damaged) }
        case "altered": if CellValues.flag(text) { record.flags.insert(.altered) } else { record.flags.remove(.altered) }
        default: break
        }
    }

    var hasProject: Bool { record.project != StringPool.empty }
    var hasUnit: Bool { record.unit != StringPool.empty }

    /// Appends the finished form. A form without an id gets `file:line` as its id.
    mutating func finish(into table: inout FormTable, defaultID: () -> String) {
        let f = Int32(table.records.count)
        if record.form == StringPool.empty { record.form = table.pool.intern(defaultID()) }
        table.records.append(record)
        table.answers.append(contentsOf: answers)
        table.extraSegments.append(contentsOf: extras)
        for (q, text) in opens {
            table.comments.append(Comment(form: f, question: Int32(q), text: Masking.mask(text, name: name.isEmpty ? nil : name)))
        }
    }
}
