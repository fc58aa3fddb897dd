/// Finds the columns of a roster, a sample list or a household list from its
/// header row: the one lookup and the one set of messages for all of them
/// (SPEC.md "Responses": Roster; docs/DEFINITION.md "Roster columns").
///
/// A role's column is, in this order: the header `rosterColumns` maps it to;
/// the role name itself (`unit`, as csat writes it); a known header (房号,
/// 单元, …); the header `columns` maps it to (definitions from before
/// `rosterColumns`). The first step that finds a column decides. Two known
/// headers for one role are an error, unless `columns` names one of them.
public struct RosterHeader {
    /// What the file is: it names the file in messages and decides how strict the map is.
    public enum Kind: Sendable {
        /// A roster: every header `rosterColumns` names must be there.
        case roster
        /// A sample list csat wrote (role names), or a `--include` / `--exclude` list: a mapped
        /// header that is absent falls through to the role name and the known headers.
        case sampleList, householdList

        var words: Message.TableKind {
            switch self {
            case .roster: .roster
            case .sampleList: .sampleList
            case .householdList: .householdList
            }
        }
    }

    /// The header's cells, trimmed.
    public let names: [String]
    let kind: Kind
    let file: String
    let line: Int
    let map: RosterColumns
    let columns: ColumnMap

    /// Checks at once, for a roster, that every header `rosterColumns` names is present.
    public init(names: [String], kind: Kind, file: String, line: Int, survey: Survey?) throws(InputError) {
        self.names = names.map(CellValues.trim)
        self.kind = kind
        self.file = file
        self.line = line
        self.map = survey?.rosterColumns ?? RosterColumns()
        self.columns = survey?.columns ?? ColumnMap()
        if kind == .roster {
            for key in map.headers.keys.sorted() where !self.names.contains(map.headers[key]!) {
                throw mappedMissing(key)
            }
        }
    }

    /// The column of `role` (a roster role or a strata name), or nil when the file has none.
    public func index(_ role: String) throws(InputError) -> Int? {
        if let mapped = map.headers[role], let i = try unique(mapped, role) { return i }
        if let i = try unique(role, role) { return i }
        let present = (RosterColumns.known[role] ?? []).filter(names.contains)
        if present.count > 1 {
            if let chosen = columns.headers[role], present.contains(chosen) { return try unique(chosen, role) }
            let first = names.firstIndex(of: present[0])!, second = names.firstIndex(of: present[1])!
            throw InputError(
                file: file, line: line, column: second + 1,
                message: .twoColumnsCouldBe(role: role, present[0], first + 1, present[1], second + 1))
        }
        if let known = present.first { return try unique(known, role) }
        if let old = columns.headers[role], let i = try unique(old, role) { return i }
        return nil
    }

    /// The column of a role every row needs (`project`, `unit`); `needs` lists them for the message.
    public func required(_ role: String, needs: [String] = ["project", "unit"]) throws(InputError) -> Int {
        if let i = try index(role) { return i }
        throw InputError(
            file: file, line: line,
            message: .tableNeedsColumns(
                kind.words, needs: needs, found: found, role: role, lookedFor: lookedFor(role), near: near(lookedFor(role))))
    }

    /// The column of a `--strata` name: a role, a `rosterColumns` key or a header of the roster.
    public func stratum(_ name: String) throws(InputError) -> Int {
        if let i = try index(name) { return i }
        let names = lookedFor(name)
        throw InputError(
            file: file, line: line,
            message: .noStrataColumn(name, nor: names.filter { $0 != name }, found: found, near: near(names)))
    }

    /// The column headed exactly `name` (the manifest's record of the columns a draw used).
    public func exact(_ name: String) -> Int? {
        names.firstIndex(of: name)
    }

    /// The columns a draw used, by the exact headers its manifest recorded (`--verify` needs no definition).
    func recorded(_ c: SamplingColumns) throws(InputError) -> (project: Int, unit: Int, strata: [Int], vacant: Int?) {
        guard let p = exact(c.project), let u = exact(c.unit) else {
            throw InputError(
                file: file, line: line,
                message: .rosterLacksDrawnColumns(c.project, c.unit, found: found, near: near([c.project, c.unit])))
        }
        var strata: [Int] = []
        for name in c.strata {
            guard let i = exact(name) else {
                throw InputError(
                    file: file, line: line,
                    message: .rosterLacksDrawnStratum(name, found: found, near: near([name])))
            }
            strata.append(i)
        }
        var vacant: Int? = nil
        if let name = c.vacant {
            guard let i = exact(name) else {
                throw InputError(
                    file: file, line: line, message: .rosterLacksDrawnVacant(name, near: near([name])))
            }
            vacant = i
        }
        return (p, u, strata, vacant)
    }

    /// The headers looked for, in lookup order, for messages.
    func lookedFor(_ role: String) -> [String] {
        var out: [String] = []
        for name in [map.headers[role]].compactMap({ $0 }) + RosterColumns.implicitNames(role)
            + [columns.headers[role]].compactMap({ $0 }) where !out.contains(name)
        {
            out.append(name)
        }
        return out
    }

    var found: String { names.joined(separator: ", ") }

    /// "did you mean" over every name looked for, nearest first, at most three.
    func near(_ wanted: [String]) -> [String] {
        var near: [String] = []
        for name in wanted {
            for h in NearestHeaders.suggest(for: name, in: names) where !near.contains(h) { near.append(h) }
        }
        return Array(near.prefix(3))
    }

    /// The one column headed `name`; two of them cannot be told apart, so that is an error.
    private func unique(_ name: String, _ role: String) throws(InputError) -> Int? {
        guard let first = names.firstIndex(of: name) else { return nil }
        if let second = names[(first + 1)...].firstIndex(of: name) {
            throw InputError(
                file: file, line: line, column: second + 1,
                message: .headedTwice(first + 1, second + 1, name: name, role: role))
        }
        return first
    }

    private func mappedMissing(_ key: String) -> InputError {
        let header = map.headers[key]!
        return InputError(
            file: file, line: line,
            message: .rosterColumnsMapMissing(key: key, header: header, kind: kind.words, found: found, near: near([header])))
    }
}
