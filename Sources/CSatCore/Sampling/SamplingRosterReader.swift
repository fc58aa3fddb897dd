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
/// Columns are found by `RosterHeader`, the same lookup `check` uses; a
/// re-draw (`--verify`) takes the exact headers the manifest recorded.
public enum SamplingRosterReader {
    /// The roster as read in pass 1.
    public struct Pass1 {
        public var roster: SamplingRoster
        public var header: [String]
        public var columns: SamplingColumns
        /// How the file was read (a CSV's format) and the header's line: pass 2 reads only the drawn records of a CSV.
        var source: TableFile.Info?
        var headerLine = 1
    }

    /// Which columns pass 1 reads: by role (the user's options) or by exact header names (a manifest's).
    public enum ColumnChoice {
        /// `strata` are role names or header names; `survey` may map them.
        case roles(survey: Survey?, strata: [String])
        case exact(SamplingColumns)

        var survey: Survey? {
            if case .roles(let survey, _) = self { return survey }
            return nil
        }
    }

    /// Pass 1.
    public static func read(
        path: String, columns choice: ColumnChoice, builder: inout SamplingRosterBuilder
    ) throws(InputError) -> Pass1 {
        var header: [String] = []
        var cols = (project: 0, unit: 0, strata: [Int](), vacant: Int?.none)
        var columns = SamplingColumns(project: "", unit: "", strata: [], vacant: nil)
        var households = 0
        var projectCell = RosterCell()
        var strataCells: [RosterCell] = []
        var stratum: [String] = []
        var headerLine = 1
        let info = try TableFile.readRows(path) { row in
            headerLine = row.line
            let h = try RosterHeader(
                names: row.strings(), kind: .roster, file: path, line: row.line,
                survey: choice.survey)
            header = h.names
            switch choice {
            case .roles(_, let strata):
                cols = (try h.required("project"), try h.required("unit"), [], try h.index("vacant"))
                for name in strata { cols.strata.append(try h.stratum(name)) }
            case .exact(let c):
                cols = try h.recorded(c)
            }
            columns = SamplingColumns(
                project: header[cols.project], unit: header[cols.unit], strata: cols.strata.map { header[$0] },
                vacant: cols.vacant.map { header[$0] })
            strataCells = cols.strata.map { _ in RosterCell() }
            stratum = cols.strata.map { _ in "" }
        } record: { row in
            let project = projectCell.read(row, cols.project)
            let unit = RosterCell.text(row, cols.unit)
            if project.isEmpty || unit.isEmpty {
                throw InputError(
                    file: path, line: row.line, column: (project.isEmpty ? cols.project : cols.unit) + 1,
                    message: .emptyProjectOrUnit(projectEmpty: project.isEmpty))
            }
            // The same array while the strata cells repeat (rows come by building): no allocation a row.
            for (j, c) in cols.strata.enumerated() {
                let text = strataCells[j].read(row, c)
                if !strataCells[j].repeated { stratum[j] = text }
            }
            var vacant = false
            if let v = cols.vacant {
                let state = row.withField(v, VacantFlag.read)
                if state == VacantFlag.unknown {
                    throw InputError(
                        file: path, line: row.line, column: v + 1,
                        message: VacantFlag.message(row.string(v), column: header[v]))
                }
                vacant = state == VacantFlag.vacant
            }
            try builder.add(project: project, unit: unit, stratum: stratum, vacant: vacant, line: row.line)
            households += 1
        }
        if households == 0 {
            throw InputError(file: path, message: .rosterEmpty)
        }
        PhaseProbe.mark("read")
        return Pass1(
            roster: try builder.finish(), header: header, columns: columns, source: info, headerLine: headerLine)
    }

    /// Pass 2: the fields of the drawn rows (`rows`, each naming its roster line), kept columns only.
    ///
    /// Checks that each record still holds the household drawn from it, so a
    /// roster edited between the passes cannot slip another household's columns in.
    /// The records come in line order, so the drawn lines are sorted once and met by a cursor.
    /// A CSV (`pass1.source`) is not parsed again: only the drawn records are (`CSVFile.readLines`).
    public static func fields(
        path: String, pass1: Pass1, rows: [SampleRow], keep: [Int]
    ) throws(InputError) -> DrawnFields {
        var out = DrawnFields(rows: rows.count, keep: keep)
        // Line and row in one word (a roster line is an `Int32`, as in `Household`), sorted as numbers:
        // half the memory of a pair and its sort.
        var wanted = rows.indices.map { UInt64(rows[$0].line) << 32 | UInt64($0) }
        wanted.sort()
        func lineOf(_ w: UInt64) -> Int { Int(w >> 32) }
        func indexOf(_ w: UInt64) -> Int { Int(w & 0xFFFF_FFFF) }
        let columns = pass1.columns
        var next = 0
        var p = 0, u = 0
        // Local functions, not closures in constants: those count as escaping, and each use of
        // `next` and `out` then costs a dynamic exclusivity check.
        func header(_ row: TableRow) throws(InputError) {
            let header = row.strings().map(CellValues.trim)
            guard let pi = header.firstIndex(of: columns.project), let ui = header.firstIndex(of: columns.unit)
            else {
                throw InputError(file: path, line: row.line, message: .rosterChanged)
            }
            (p, u) = (pi, ui)
        }
        func record(_ row: TableRow) throws(InputError) {
            while next < wanted.count && lineOf(wanted[next]) < row.line { next += 1 }
            guard next < wanted.count && lineOf(wanted[next]) == row.line else { return }
            // A line drawn twice would be one household twice, which pass 1 refuses; the first row wins, as before.
            let who = rows[indexOf(wanted[next])]
            guard RosterCell.text(row, p) == who.project, RosterCell.text(row, u) == who.unit else {
                throw InputError(file: path, line: row.line, message: .rosterChanged)
            }
            while next < wanted.count && lineOf(wanted[next]) == row.line {
                out.add(row, for: indexOf(wanted[next]))
                next += 1
            }
        }
        if let format = pass1.source?.csv {
            var lines = [pass1.headerLine]
            lines.reserveCapacity(wanted.count + 1)
            for w in wanted where lines.last! < lineOf(w) { lines.append(lineOf(w)) }
            let changed = InputError(file: path, message: .rosterChanged)
            try CSVFile.readLines(
                path, lines: lines, format: format, changed: changed, header: header, record: record)
            // Every drawn record must have come back: fewer means the file is no longer the one drawn from.
            if next < wanted.count { throw changed }
        } else {
            try TableFile.readRows(path, header: header, record: record)
        }
        return out
    }

    /// Reads an `--include` or `--exclude` file: a CSV with `project` and `unit` columns (other columns ignored).
    public static func unitList(path: String, survey: Survey?) throws(InputError) -> SampleUnitList {
        var list = SampleUnitList(file: InputStreams.shown(path), sha256: try SHA256.hexDigest(ofFile: path))
        var p = 0, u = 0
        try TableFile.readRows(path) { row in
            let h = try RosterHeader(names: row.strings(), kind: .householdList, file: path, line: row.line, survey: survey)
            (p, u) = (try h.required("project"), try h.required("unit"))
        } record: { row in
            let project = CellValues.trim(row.string(p))
            let unit = CellValues.trim(row.string(u))
            if project.isEmpty || unit.isEmpty {
                throw InputError(
                    file: path, line: row.line, column: (project.isEmpty ? p : u) + 1,
                    message: .emptyProjectOrUnit(projectEmpty: project.isEmpty))
            }
            list.add(project: project, unit: unit, line: row.line)
        }
        return list
    }
}

/// `CellValues.trim(row.string(i))` for a roster cell. A cell that needs no trimming (nearly
/// all: `ByteText.trim` leaves it whole, and then the `String` rule does too) becomes a `String`
/// straight from its bytes; one that may is trimmed by the `String` rule. `read` gives the
/// previous row's `String` again when the bytes repeat (the project, the building), so that the
/// builder's compares meet the same storage and nothing is allocated.
struct RosterCell {
    private var bytes: [UInt8] = []
    private(set) var text = ""
    /// Whether the last `read` found the bytes of the one before.
    private(set) var repeated = false

    mutating func read(_ row: TableRow, _ i: Int) -> String {
        let same = row.withField(i) { b in
            b.count == bytes.count && (b.isEmpty || bytes.withUnsafeBufferPointer { memcmp(b.baseAddress!, $0.baseAddress!, b.count) == 0 })
        }
        repeated = same
        if same { return text }
        row.withField(i) { b in bytes.removeAll(keepingCapacity: true); bytes.append(contentsOf: b) }
        text = Self.text(row, i)
        return text
    }

    static func text(_ row: TableRow, _ i: Int) -> String {
        row.withField(i) { b in
            ByteText.trim(b).count == b.count ? String(decoding: b, as: UTF8.self) : CellValues.trim(String(decoding: b, as: UTF8.self))
        }
    }
}
