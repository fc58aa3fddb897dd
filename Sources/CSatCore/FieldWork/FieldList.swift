/// The households of a sample list as the field work needs them (`csat print`, `csat entry`):
/// each with the form id csat prints on its paper questionnaire, its building and its surveyor.
///
/// Why read the list again rather than `SampleListReader.summary`: the summary keeps counts and
/// unit keys for `check`; the paper forms need every row's text in the list's order (the form id
/// is the row's place in the list, docs/FIELDWORK.md), and the roster's columns (building, a
/// surveyor column the quality manager added). A sample list is a fifth of a roster: a few
/// hundred thousand rows at most, held as one array.
public struct FieldList: Sendable {
    public struct Household: Sendable, Equatable {
        /// The row's place among the list's rows, from 1: the serial of its form id.
        public var serial: Int
        public var formID: String
        public var project: String
        public var unit: String
        public var building: String
        public var propertyType: String
        public var customerType: String
        public var surveyor: String
        public var isReserve: Bool
        /// For a reserve that has replaced a drawn household: that household's unit.
        public var replaces: String
    }

    public var households: [Household]
    /// Whether the list has a surveyor column (`surveyor`, or the definition's `columns.surveyor`, e.g. 调查员).
    public var hasSurveyor: Bool
    public var path: String

    /// Reads `path` (the CSV or workbook `csat sample` wrote, as it came back from the field).
    public static func read(path: String, survey: Survey) throws(InputError) -> FieldList {
        var list = FieldList(households: [], hasSurveyor: false, path: path)
        var cols: (project: Int, unit: Int, role: Int, replaces: Int?, optional: [Int?]) = (0, 0, 0, nil, [])
        let cell = SampleListTable.cellReader(path)
        var serial = 0
        try TableFile.readRows(path) { header in
            let h = try RosterHeader(names: header.strings(), kind: .sampleList, file: path, line: header.line, survey: survey)
            let needs = ["project", "unit", "role"]
            let p = try h.required("project", needs: needs), u = try h.required("unit", needs: needs)
            guard let r = SampleListReader.column("role", in: h) else {
                throw InputError(file: path, line: header.line, message: .sampleListNeedsColumns)
            }
            let optional = try ["building", "propertyType", "customerType", "surveyor"].map { role throws(InputError) in
                try h.index(role)
            }
            cols = (p, u, r, SampleListReader.column("replaces", in: h), optional)
            list.hasSurveyor = optional[3] != nil
        } record: { row in
            serial += 1
            let role = SampleListReader.roleCode(cell(row.string(cols.role)))
            guard role == "sample" || role == "reserve" else {
                throw InputError(file: path, line: row.line, column: cols.role + 1, message: .badSampleRole(role))
            }
            let o = cols.optional.map { c in c.map { cell(row.string($0)) } ?? "" }
            list.households.append(
                Household(
                    serial: serial, formID: "", project: cell(row.string(cols.project)), unit: cell(row.string(cols.unit)),
                    building: o[0], propertyType: o[1], customerType: o[2], surveyor: o[3], isReserve: role == "reserve",
                    replaces: cols.replaces.map { cell(row.string($0)) } ?? ""))
        }
        let ids = PrintedFormID(period: survey.period, count: serial)
        for i in list.households.indices { list.households[i].formID = ids.id(list.households[i].serial) }
        return list
    }

    /// The households that get a paper form (or an entry row): the drawn ones, and the reserves with `reserves`
    /// or when one has replaced a drawn household (its form is handed out in the other's place).
    public func selected(reserves: Bool) -> [Household] {
        households.filter { !$0.isReserve || reserves || !$0.replaces.isEmpty }
    }

    /// One surveyor's round in one project: the households in walking order (building, then unit,
    /// numbers compared as numbers, so 2号楼 comes before 10号楼 and 1-1-901 before 1-1-1001).
    public struct Round: Sendable {
        public var project: String
        /// Empty when the list has no surveyor column: the round is the whole project.
        public var surveyor: String
        public var households: [Household]
    }

    /// The rounds of `households`, projects in the list's order, surveyors in name order.
    public static func rounds(_ households: [Household]) -> [Round] {
        var order: [String] = []
        var byProject: [String: [Household]] = [:]
        for h in households {
            if byProject[h.project] == nil { order.append(h.project) }
            byProject[h.project, default: []].append(h)
        }
        var rounds: [Round] = []
        for project in order {
            let hs = byProject[project]!
            let surveyors = Set(hs.map(\.surveyor)).sorted { NaturalOrder.less($0, $1) }
            for s in surveyors {
                let mine = hs.filter { $0.surveyor == s }.sorted(by: walkingOrder)
                rounds.append(Round(project: project, surveyor: s, households: mine))
            }
        }
        return rounds
    }

    public static func walkingOrder(_ a: Household, _ b: Household) -> Bool {
        if a.building != b.building { return NaturalOrder.less(a.building, b.building) }
        if a.unit != b.unit { return NaturalOrder.less(a.unit, b.unit) }
        return a.serial < b.serial
    }
}

/// Text compared with its runs of digits as numbers: `2号楼` < `10号楼`, `1-1-901` < `1-1-1001`.
public enum NaturalOrder {
    public static func less(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        var i = 0, j = 0
        while i < x.count && j < y.count {
            if isDigit(x[i]) && isDigit(y[j]) {
                var i2 = i, j2 = j
                while i2 < x.count && isDigit(x[i2]) { i2 += 1 }
                while j2 < y.count && isDigit(y[j2]) { j2 += 1 }
                // Leading zeros do not change the number; compare by length without them, then digit by digit.
                let p = x[i..<i2].drop { $0 == "0" }, q = y[j..<j2].drop { $0 == "0" }
                if p.count != q.count { return p.count < q.count }
                for (u, v) in zip(p, q) where u != v { return u.value < v.value }
                if i2 - i != j2 - j { return i2 - i < j2 - j }
                i = i2
                j = j2
            } else {
                if x[i] != y[j] { return x[i].value < y[j].value }
                i += 1
                j += 1
            }
        }
        return x.count - i < y.count - j
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
}
