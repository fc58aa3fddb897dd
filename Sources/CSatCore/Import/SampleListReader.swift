/// Reads the sample list given to `check`, `score` and `report`: `project` and `unit` found by
/// `RosterHeader` (csat writes the role names), `role`, `replaces` and `reason` by name: the CSV's
/// English names, or the surveyor's workbook's Chinese ones (类别, 替换, 替换原因, with the roles
/// 样本 and 备选), so that the `.xlsx` that `csat sample` wrote in a Chinese run reads back too.
public enum SampleListReader {
    /// The list's own column by its English name or its name in the Chinese workbook.
    static func column(_ name: String, in h: RosterHeader) -> Int? {
        h.exact(name) ?? SampleWords.zh.columns[name].flatMap(h.exact)
    }

    /// `sample` or `reserve` for a role as either workbook writes it.
    static let roleCodes: [String: String] = Dictionary(
        uniqueKeysWithValues: SampleWords.zh.roles.map { ($0.value, $0.key) })

    static func roleCode(_ text: String) -> String { roleCodes[text] ?? text.lowercased() }

    /// The surveyor's hand-out tick, a column they add to the list: `handedOut`, 发放 or 已发放.
    static let handedOutNames = ColumnMapping.handedOutNames

    public static func summary(path: String, survey: Survey?) throws(InputError) -> SampleSummary {
        var s = SampleSummary(path: path)
        var cols: (project: Int, unit: Int, role: Int, replaces: Int?, reason: Int?) = (0, 0, 0, nil, nil)
        var handedOutColumn: Int?
        // Ticked rows; only those that count as sampled (drawn and not replaced, or a replacement) count.
        var ticked: [(project: Int, unit: UnitKey)] = []
        var drawn: [(project: String, unit: String, line: Int)] = []
        var replaced: [UnitKey: (String, Int)] = [:]
        let cell = SampleListTable.cellReader(path)
        try TableFile.readRows(path) { header in
            let h = try RosterHeader(names: header.strings(), kind: .sampleList, file: path, line: header.line, survey: survey)
            let needs = ["project", "unit", "role"]
            let p = try h.required("project", needs: needs), u = try h.required("unit", needs: needs)
            guard let r = column("role", in: h) else {
                throw InputError(
                    file: path, line: header.line,
                    message: .sampleListNeedsColumns)
            }
            cols = (p, u, r, column("replaces", in: h), column("reason", in: h))
            handedOutColumn = handedOutNames.lazy.compactMap { h.exact($0) }.first
        } record: { row in
            let project = cell(row.string(cols.project))
            let unit = cell(row.string(cols.unit))
            let role = roleCode(cell(row.string(cols.role)))
            let replaces = cols.replaces.map { cell(row.string($0)) } ?? ""
            let reason = cols.reason.map { cell(row.string($0)) } ?? ""
            let pi: Int
            if let i = s.projectIndex[project] {
                pi = i
            } else {
                pi = s.projects.count
                s.projectIndex[project] = pi
                s.projects.append(.init(name: project))
                if handedOutColumn != nil { s.projects[pi].handedOut = 0 }
            }
            if let c = handedOutColumn, CellValues.flag(cell(row.string(c))) {
                ticked.append((pi, UnitKey(project: project, unit: unit)))
            }
            switch role {
            case "sample":
                s.projects[pi].planned += 1
                drawn.append((project, unit, row.line))
            case "reserve":
                s.projects[pi].reserves += 1
                if !replaces.isEmpty {
                    if reason.isEmpty {
                        throw InputError(
                            file: path, line: row.line, column: (cols.reason ?? cols.replaces!) + 1,
                            message: .replacementWithoutReason(reserve: unit, replaces: replaces))
                    }
                    let key = UnitKey(project: project, unit: replaces)
                    if let (other, line) = replaced[key] {
                        throw InputError(
                            file: path, line: row.line, message: .alreadyReplaced(replaces, by: other, line: line))
                    }
                    replaced[key] = (unit, row.line)
                    s.sampledUnits.insert(UnitKey(project: project, unit: unit))
                    s.projects[pi].replacements += 1
                }
            default:
                throw InputError(
                    file: path, line: row.line, column: cols.role + 1,
                    message: .badSampleRole(role))
            }
        }
        let drawnKeys = Set(drawn.map { UnitKey(project: $0.project, unit: $0.unit) })
        for (key, (by, line)) in replaced where !drawnKeys.contains(key) {
            throw InputError(file: path, line: line, message: .replacesUnsampled(reserve: by))
        }
        for d in drawn where replaced[UnitKey(project: d.project, unit: d.unit)] == nil {
            s.sampledUnits.insert(UnitKey(project: d.project, unit: d.unit))
        }
        for i in s.projects.indices {
            s.projects[i].sampled = s.projects[i].planned
        }
        for t in ticked where s.sampledUnits.contains(t.unit) { s.projects[t.project].handedOut! += 1 }
        return s
    }
}
