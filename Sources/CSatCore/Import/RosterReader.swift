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
    public static func summary(path: String, survey: Survey?, progress: ProgressHandler? = nil) throws(InputError)
        -> RosterSummary
    {
        var summary = RosterSummary(path: path)
        // About 50 bytes a household: size the set once instead of growing it through millions of rows.
        summary.units = UnitSet(minimumCapacity: FileSize.of(path) / 50)
        var projectCol = 0, unitCol = 0
        var vacantCol: Int? = nil
        var names = StringPool()
        var projectOf: [Int32: Int] = [:]
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
            // Bytes in place: a national roster has millions of rows.
            let (pid, key, emptyColumn) = row.withField(projectCol) { rawProject in
                row.withField(unitCol) { rawUnit -> (Int32, UnitKey, Int?) in
                    let project = ByteText.trim(rawProject), unit = ByteText.trim(rawUnit)
                    if project.isEmpty { return (0, UnitKey(project: project, unit: unit), projectCol) }
                    if unit.isEmpty { return (0, UnitKey(project: project, unit: unit), unitCol) }
                    return (names.intern(bytes: project), UnitKey(project: project, unit: unit), nil)
                }
            }
            if let column = emptyColumn {
                throw InputError(
                    file: path, line: row.line, column: column + 1,
                    message: "empty \(column == projectCol ? "project" : "unit"): every household needs both")
            }
            guard summary.units.insert(key) else {
                let project = CellValues.trim(row.string(projectCol)), unit = CellValues.trim(row.string(unitCol))
                throw InputError(
                    file: path, line: row.line, column: unitCol + 1,
                    message: "household \(project) \(unit) is listed twice; a roster lists each household once")
            }
            let pi: Int
            if let i = projectOf[pid] {
                pi = i
            } else {
                pi = summary.projects.count
                projectOf[pid] = pi
                summary.projectIndex[names[pid]] = pi
                summary.projects.append(.init(name: names[pid], listed: 0, vacant: 0))
            }
            summary.projects[pi].listed += 1
            if let progress {
                bytesRead += row.approximateByteCount
                rows += 1
                if rows & 16383 == 0 { progress(label, min(bytesRead, total), total) }
            }
            if let v = vacantCol, row.withField(v, { ByteText.flag(ByteText.trim($0)) }) { summary.projects[pi].vacant += 1 }
        }
        return summary
    }

}
