import Foundation

/// The roster's header names that the draw used: written to the manifest so
/// that `--verify` finds the same columns without the survey definition.
public struct SamplingColumns: Equatable, Sendable {
    public var project: String
    public var unit: String
    public var strata: [String]
    public var vacant: String?

    public init(project: String, unit: String, strata: [String], vacant: String?) {
        self.project = project
        self.unit = unit
        self.strata = strata
        self.vacant = vacant
    }
}

/// Reads a roster CSV for sampling (SPEC.md "Responses": Roster) in two passes.
///
/// Pass 1 builds a `SamplingRoster` (key, unit, stratum, status a household);
/// pass 2, after the draw, copies the roster's columns of the drawn rows only.
/// Columns are found by role name (`project`, `unit`, `vacant`, a strata
/// name such as `building`) or by the survey's mapped header (`项目`, `房号`,
/// `楼栋`), the same lookup `check` uses.
public enum SamplingRosterReader {
    /// The roster as read in pass 1.
    public struct Pass1 {
        public var roster: SamplingRoster
        public var header: [String]
        public var columns: SamplingColumns
    }

    /// Which columns pass 1 reads: by role (the user's options) or by exact header names (a manifest's).
    public enum ColumnChoice {
        /// `strata` are role names or header names; `survey` may map them.
        case roles(survey: Survey?, strata: [String])
        case exact(SamplingColumns)
    }

    /// Pass 1.
    public static func read(
        path: String, columns choice: ColumnChoice, builder: inout SamplingRosterBuilder
    ) throws(InputError) -> Pass1 {
        var header: [String] = []
        var cols = (project: 0, unit: 0, strata: [Int](), vacant: Int?.none)
        var columns = SamplingColumns(project: "", unit: "", strata: [], vacant: nil)
        var households = 0
        try CSVFile.read(path) { row in
            header = row.strings().map(CellValues.trim)
            let h: HeaderLookup
            let wanted: (project: String, unit: String, strata: [String], vacant: String?)
            switch choice {
            case .roles(let survey, let strata):
                h = HeaderLookup(names: header, survey: survey)
                wanted = ("project", "unit", strata, "vacant")
            case .exact(let c):
                h = HeaderLookup(names: header, survey: nil)
                wanted = (c.project, c.unit, c.strata, c.vacant)
            }
            guard let p = h.index(wanted.project), let u = h.index(wanted.unit) else {
                throw InputError(
                    file: path, line: row.line,
                    message:
                        "a roster needs the columns \(wanted.project) and \(wanted.unit) (or the survey's headers for them); found \(header.joined(separator: ", "))"
                )
            }
            var strataIndices: [Int] = []
            for name in wanted.strata {
                guard let i = h.index(name) else {
                    throw InputError(
                        file: path, line: row.line,
                        message:
                            "no column \"\(name)\" for the strata; the roster has \(header.joined(separator: ", ")) (pass --strata with its column names, or --strata \"\" for none)"
                    )
                }
                strataIndices.append(i)
            }
            let vacant = wanted.vacant.flatMap { h.index($0) }
            if case .exact(let c) = choice, let name = c.vacant, vacant == nil {
                throw InputError(
                    file: path, line: row.line, message: "no column \"\(name)\" (vacant) as when the sample was drawn")
            }
            cols = (p, u, strataIndices, vacant)
            columns = SamplingColumns(
                project: header[p], unit: header[u], strata: strataIndices.map { header[$0] },
                vacant: cols.vacant.map { header[$0] })
        } record: { row in
            let project = CellValues.trim(row.string(cols.project))
            let unit = CellValues.trim(row.string(cols.unit))
            if project.isEmpty || unit.isEmpty {
                throw InputError(
                    file: path, line: row.line, column: (project.isEmpty ? cols.project : cols.unit) + 1,
                    message: "empty \(project.isEmpty ? "project" : "unit"): every household needs both")
            }
            let stratum = cols.strata.map { CellValues.trim(row.string($0)) }
            let vacant = cols.vacant.map { CellValues.flag(row.string($0)) } ?? false
            try builder.add(project: project, unit: unit, stratum: stratum, vacant: vacant, line: row.line)
            households += 1
        }
        if households == 0 {
            throw InputError(file: path, message: "the roster lists no household (only a header); nothing to sample")
        }
        return Pass1(roster: try builder.finish(), header: header, columns: columns)
    }

    /// Pass 2: the fields of the records that start on `lines`, keyed by line.
    ///
    /// Checks that each record still holds the household drawn from it, so a
    /// roster edited between the passes cannot slip another household's columns in.
    public static func fields(
        path: String, columns: SamplingColumns, wanted: [Int: (project: String, unit: String)]
    ) throws(InputError) -> [Int: [String]] {
        var out: [Int: [String]] = [:]
        out.reserveCapacity(wanted.count)
        var p = 0, u = 0
        try CSVFile.read(path) { row in
            let header = row.strings().map(CellValues.trim)
            guard let pi = header.firstIndex(of: columns.project), let ui = header.firstIndex(of: columns.unit) else {
                throw InputError(file: path, line: row.line, message: "the roster changed while csat was reading it; run again")
            }
            (p, u) = (pi, ui)
        } record: { row in
            guard let who = wanted[row.line] else { return }
            guard CellValues.trim(row.string(p)) == who.project, CellValues.trim(row.string(u)) == who.unit else {
                throw InputError(file: path, line: row.line, message: "the roster changed while csat was reading it; run again")
            }
            out[row.line] = row.strings()
        }
        return out
    }

    /// Reads an `--include` or `--exclude` file: a CSV with `project` and `unit` columns (other columns ignored).
    public static func unitList(path: String, survey: Survey?) throws(InputError) -> SampleUnitList {
        var list = SampleUnitList(file: path, sha256: try SHA256.hexDigest(ofFile: path))
        var p = 0, u = 0
        try CSVFile.read(path) { row in
            let h = HeaderLookup(names: row.strings().map(CellValues.trim), survey: survey)
            guard let pi = h.index("project"), let ui = h.index("unit") else {
                throw InputError(
                    file: path, line: row.line,
                    message: "a household list needs the columns project and unit (or the survey's headers for them)")
            }
            (p, u) = (pi, ui)
        } record: { row in
            let project = CellValues.trim(row.string(p))
            let unit = CellValues.trim(row.string(u))
            if project.isEmpty || unit.isEmpty {
                throw InputError(
                    file: path, line: row.line, column: (project.isEmpty ? p : u) + 1,
                    message: "empty \(project.isEmpty ? "project" : "unit"): every household needs both")
            }
            list.add(project: project, unit: unit, line: row.line)
        }
        return list
    }
}
