import CSatCSV
import Foundation

public enum RosterReader {
    /// Reads a roster: one household a row with `project` and `unit`, optionally `vacant`
    /// (columns found by `RosterHeader`).
    ///
    /// Households are gathered with `UnitSet.Builder`, which learns of a repeated
    /// household only once the reading has stopped. Since the error shown must be
    /// the first in the file — a household's second line, or an earlier empty cell
    /// or CSV error — the rare roster with a repeat is read again, inserting every
    /// household as it comes, which stops at exactly that error.
    public static func summary(path: String, survey: Survey?, progress: ProgressHandler? = nil) throws(InputError)
        -> RosterSummary
    {
        // About 50 bytes a household: size the set once instead of growing it through millions of rows.
        let expected = FileSize.of(path) / 50
        var builder = UnitSet.Builder(expectedCount: expected)
        let outcome: Result<RosterSummary, InputError>
        do throws(InputError) {
            outcome = .success(try Self.read(path, survey: survey, progress: progress, into: &builder))
        } catch {
            outcome = .failure(error)
        }
        if let units = builder.finish() {
            var summary = try outcome.get()
            summary.units = units
            return summary
        }
        var units = UnitSet(minimumCapacity: expected)
        var summary = try Self.read(path, survey: survey, progress: nil, into: &units)
        summary.units = units
        return summary
    }

    /// One pass over the roster; every household's key goes to `units`.
    private static func read<Units: UnitCollector>(
        _ path: String, survey: Survey?, progress: ProgressHandler?, into units: inout Units
    ) throws(InputError) -> RosterSummary {
        var projectCol = 0, unitCol = 0
        var vacantCol: Int? = nil
        var vacantName = ""
        var projects = RosterProjects()
        let total = progress == nil ? 0 : FileSize.of(path)
        var bytesRead = 0, rows = 0
        let label = (path as NSString).lastPathComponent
        try TableFile.readRows(path) { header in
            let h = try RosterHeader(names: header.strings(), kind: .roster, file: path, line: header.line, survey: survey)
            (projectCol, unitCol, vacantCol) = (try h.required("project"), try h.required("unit"), try h.index("vacant"))
            vacantName = vacantCol.map { h.names[$0] } ?? ""
        } record: { row in
            // Bytes in place: a national roster has millions of rows. The closures are not
            // nested and return nothing: each layer and a tuple result cost time on every row.
            var pi = -1, key = UnitKey(rawValue: 0), emptyColumn = -1
            row.withField(projectCol) { raw in
                let project = ByteText.trim(raw)
                if project.isEmpty { emptyColumn = projectCol } else { pi = projects.index(of: project) }
            }
            row.withField(unitCol) { raw in
                let unit = ByteText.trim(raw)
                if unit.isEmpty {
                    if emptyColumn < 0 { emptyColumn = unitCol }
                } else if pi >= 0 {
                    key = UnitKey(projectState: projects.keyState, unit: unit)
                }
            }
            if emptyColumn >= 0 {
                throw InputError(
                    file: path, line: row.line, column: emptyColumn + 1,
                    message: .emptyProjectOrUnit(projectEmpty: emptyColumn == projectCol))
            }
            guard units.add(key) else {
                let project = CellValues.trim(row.string(projectCol)), unit = CellValues.trim(row.string(unitCol))
                throw InputError(
                    file: path, line: row.line, column: unitCol + 1,
                    message: .householdListedTwice(project: project, unit: unit))
            }
            var vacant = false
            if let v = vacantCol {
                let state = row.withField(v, VacantFlag.read)
                if state == VacantFlag.unknown {
                    throw InputError(
                        file: path, line: row.line, column: v + 1, message: VacantFlag.message(row.string(v), column: vacantName))
                }
                vacant = state == VacantFlag.vacant
            }
            projects.count(pi, vacant: vacant)
            if let progress {
                bytesRead += row.approximateByteCount
                rows += 1
                if rows & 16383 == 0 { progress(label, min(bytesRead, total), total) }
            }
        }
        var summary = RosterSummary(path: path)
        summary.projects = projects.projects
        for (i, p) in projects.projects.enumerated() { summary.projectIndex[p.name] = i }
        return summary
    }
}

/// Where `RosterReader` puts each household's key.
protocol UnitCollector {
    /// Adds `key`; false when it is known to be there already.
    mutating func add(_ key: UnitKey) -> Bool
}

extension UnitSet: UnitCollector {
    mutating func add(_ key: UnitKey) -> Bool { insert(key) }
}

/// Repeats are found only by `finish`.
extension UnitSet.Builder: UnitCollector {
    mutating func add(_ key: UnitKey) -> Bool {
        append(key)
        return true
    }
}
