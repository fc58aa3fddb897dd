import CSatCSV
import Foundation

/// Finds the roster's columns by role name (`project`, `unit`, …) or by the
/// survey's mapped header (`项目`, `房号`, …).
struct HeaderLookup {
    let names: [String]
    let survey: Survey?

    func index(_ role: String) -> Int? {
        if let i = names.firstIndex(of: role) { return i }
        if let mapped = survey?.columns.headers[role], let i = names.firstIndex(of: mapped) { return i }
        return nil
    }
}

public enum RosterReader {
    /// Reads a roster: one household a row with `project` and `unit`, optionally `vacant`.
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
        var projects = RosterProjects()
        let total = progress == nil ? 0 : FileSize.of(path)
        var bytesRead = 0, rows = 0
        let label = (path as NSString).lastPathComponent
        try CSVFile.read(path) { header in
            let h = HeaderLookup(names: header.strings().map(CellValues.trim), survey: survey)
            guard let p = h.index("project"), let u = h.index("unit") else {
                throw InputError(
                    file: path, line: header.line,
                    message: "a roster needs the columns project and unit (or the survey's headers for them)")
            }
            (projectCol, unitCol, vacantCol) = (p, u, h.index("vacant"))
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
                    message: "empty \(emptyColumn == projectCol ? "project" : "unit"): every household needs both")
            }
            guard units.add(key) else {
                let project = CellValues.trim(row.string(projectCol)), unit = CellValues.trim(row.string(unitCol))
                throw InputError(
                    file: path, line: row.line, column: unitCol + 1,
                    message: "household \(project) \(unit) is listed twice; a roster lists each household once")
            }
            let vacant = vacantCol.map { v in row.withField(v, Self.isVacant) } ?? false
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

    /// `ByteText.flag` of the trimmed cell, with the usual `0` and `1` decided on the spot.
    @inline(__always)
    private static func isVacant(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        if cell.count == 1 && (cell[0] == 0x30 || cell[0] == 0x31) { return cell[0] == 0x31 }
        return ByteText.flag(ByteText.trim(cell))
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
