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
    public static func summary(path: String, survey: Survey?) throws(InputError) -> RosterSummary {
        var summary = RosterSummary(path: path)
        var projectCol = 0, unitCol = 0
        var vacantCol: Int? = nil
        var seen = 0
        try readCSV(path) { header in
            let h = HeaderLookup(names: header.strings().map(CellValues.trim), survey: survey)
            guard let p = h.index("project"), let u = h.index("unit") else {
                throw InputError(file: path, line: header.line, message: "a roster needs the columns project and unit (or the survey's headers for them)")
            }
            (projectCol, unitCol, vacantCol) = (p, u, h.index("vacant"))
        } record: { row in
            let project = CellValues.trim(row.string(projectCol))
            let unit = CellValues.trim(row.string(unitCol))
            if project.isEmpty || unit.isEmpty {
                throw InputError(file: path, line: row.line, column: (project.isEmpty ? projectCol : unitCol) + 1,
                                 message: "empty \(project.isEmpty ? "project" : "unit"): every household needs both")
            }
            let key = UnitKey(project: project, unit: unit)
            guard summary.units.insert(key).inserted else {
                throw InputError(file: path, line: row.line, column: unitCol + 1,
                                 message: "household \(project) \(unit) is listed twice; a roster lists each household once")
            }
            let pi: Int
            if let i = summary.projectIndex[project] {
                pi = i
            } else {
                pi = summary.projects.count
                summary.projectIndex[project] = pi
                summary.projects.append(.init(name: project, listed: 0, vacant: 0))
            }
            summary.projects[pi].listed += 1
            if let v = vacantCol, CellValues.flag(row.string(v)) { summary.projects[pi].vacant += 1 }
            seen += 1
        }
        return summary
    }

    /// Runs a CSV read and turns every failure into an `InputError` for `path`.
    static func readCSV(
        _ path: String, header: (CSVRow) throws -> Void, record: (CSVRow) throws -> Void
    ) throws(InputError) {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw InputError(file: path, message: FormImporter.unreadable(path))
        }
        do {
            _ = try CSVReader(path: path).read(header: header, record: record)
        } catch let e as InputError {
            throw e
        } catch let e as CSVError {
            throw InputError(file: path, line: e.line, column: e.column, message: e.message)
        } catch {
            throw InputError(file: path, message: "\(error)")
        }
    }
}
