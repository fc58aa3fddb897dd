/// The Data sheet's rows: valid forms without names or phones, units
/// pseudonymised (SPEC.md "Outputs", "Privacy").
///
/// Rows are produced one at a time (`forEach`) so that an exporter can stream
/// a million forms into libxlsxwriter's constant-memory mode.
public struct DataRows: Sendable {
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double)
        case empty
    }

    let table: FormTable
    let validity: Validity
    public let showUnits: Bool
    public let header: [String]

    public var count: Int { validity.validCount }

    init(table: FormTable, validity: Validity, showUnits: Bool, labels: ReportLabels) {
        self.table = table
        self.validity = validity
        self.showUnits = showUnits
        let survey = table.survey
        header =
            [
                labels.form, labels.project, labels.building, labels.unit, labels.propertyType, labels.customerType,
                labels.surveyor, labels.date,
            ]
            + survey.closedQuestionIndices.map { survey.questions[$0].id }
            + [labels.respondentScore]
    }

    /// A unit's stand-in: `U-` and 10 hex digits of SHA-256(survey id ‖ 0x1F ‖ project ‖ 0x1F ‖ unit).
    /// Stable for a survey (so waves line up), not reversible without the roster.
    public static func pseudonym(surveyID: String, project: String, unit: String) -> String {
        let digest = SHA256.hash(Array((surveyID + "\u{1F}" + project + "\u{1F}" + unit).utf8))
        let hex = digest.prefix(5).map { b in
            let s = String(b, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
        return "U-" + hex
    }

    /// Calls `body` with each valid form's cells, in file order.
    public func forEach(_ body: ([Cell]) throws -> Void) rethrows {
        let survey = table.survey
        let plan = ScoringPlan(survey)
        let scoring = PassPlan(plan, table: table)
        var drivers = [PassPlan.DriverScore](repeating: .init(), count: max(survey.drivers.count, 1))
        var cells: [Cell] = []
        cells.reserveCapacity(header.count)
        func text(_ id: Int32) -> Cell { id == StringPool.empty ? .empty : .text(table.string(id)) }
        for f in 0..<table.count where validity.isValid(f) {
            let r = table.records[f]
            cells.removeAll(keepingCapacity: true)
            let project = table.string(r.project), unit = table.string(r.unit)
            cells.append(text(r.form))
            cells.append(.text(project))
            cells.append(text(r.building))
            cells.append(.text(showUnits ? unit : Self.pseudonym(surveyID: survey.id, project: project, unit: unit)))
            cells.append(text(r.propertyType))
            cells.append(text(r.customerType))
            cells.append(text(r.surveyor))
            cells.append(r.date == 0 ? .empty : .text(CellValues.formatDate(r.date)))
            for (k, scale) in plan.scales.enumerated() {
                if let x = AnswerCode.value(table.answer(f, k), scale: scale) {
                    cells.append(.number(Double(x)))
                } else {
                    cells.append(.empty)
                }
            }
            let score = table.answers.withUnsafeBufferPointer { answers in
                scoring.tables { t in
                    drivers.withUnsafeMutableBufferPointer {
                        scoring.respondent(answers.baseAddress! + f * table.closedCount, t, $0.baseAddress!)
                    }
                }
            }
            cells.append(score.map { .number($0.score) } ?? .empty)
            try body(cells)
        }
    }
}
