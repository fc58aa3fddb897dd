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
    public let units: UnitLabels
    public let header: [String]

    public var showUnits: Bool { units.isShown }

    public var count: Int { validity.validCount }

    /// The rows the history stores (`csat history add`), headed in the wave's language.
    public init(wave: Wave, units: UnitLabels) {
        self.init(
            table: wave.table, validity: wave.validity, units: units, labels: .of(wave.table.survey.language))
    }

    init(table: FormTable, validity: Validity, units: UnitLabels, labels: ReportLabels) {
        self.table = table
        self.validity = validity
        self.units = units
        let survey = table.survey
        header =
            [
                labels.form, labels.project, labels.building, labels.unit, labels.propertyType, labels.customerType,
                labels.surveyor, labels.date,
            ]
            + survey.closedQuestionIndices.map { survey.questions[$0].id }
            + [labels.respondentScore]
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
            switch units {
            case .shown: cells.append(.text(unit))
            case .keyed(let pseudonyms): cells.append(.text(pseudonyms.pseudonym(project: project, unit: unit)))
            case .omitted: cells.append(.text(""))
            }
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
