/// The roster as the sample draw needs it: for every listed household its
/// key, unit, stratum and status, and nothing else.
///
/// Rosters can hold millions of households, so a household is 32 bytes
/// (a key, the unit — Swift keeps short strings such as `3-2-1201` inline —,
/// its roster line and its stratum); the roster's other columns are copied
/// later, for the drawn rows only, in a second pass over the file.
public struct SamplingRoster: Sendable {
    /// `group` ≥ 0 is the index of the household's stratum in `Project.strata`.
    public static let vacant: Int32 = -1
    public static let excluded: Int32 = -2

    public struct Household: Sendable {
        public var key: UInt64
        public var unit: String
        /// Line in the roster file where the household's record starts.
        public var line: Int32
        /// Stratum index, or `SamplingRoster.vacant` / `.excluded`.
        public var group: Int32
    }

    public struct Project: Sendable {
        public var name: String
        /// Internal stratum names: the strata columns' values joined by U+001F.
        public var strata: [String] = []
        var strataIndex: [String: Int32] = [:]
        /// After `SamplingRosterBuilder.finish()`: sorted by key, then unit (the draw order).
        public var households: [Household] = []
        /// Certainty households (`--include`) of this project.
        public var certainty: Set<String> = []
    }

    /// After `finish()`: sorted by name in Unicode scalar order, so nothing depends on row order.
    public var projects: [Project] = []

    /// A stratum's name as shown to people: the columns' values joined by `/`.
    public static func displayName(_ stratum: String) -> String {
        String(stratum.map { $0 == "\u{1F}" ? "/" : $0 })
    }
}

/// (project, unit) pairs read from an `--include` or `--exclude` file, with the line of each.
public struct SampleUnitList: Sendable {
    public var file: String
    /// SHA-256 of the file's bytes, for the manifest; empty for a list made in memory.
    public var sha256: String
    public var entries: [(project: String, unit: String, line: Int)] = []
    var lookup: [String: [String: Int]] = [:]

    public init(file: String, sha256: String = "", entries: [(project: String, unit: String, line: Int)] = []) {
        self.file = file
        self.sha256 = sha256
        for e in entries { add(project: e.project, unit: e.unit, line: e.line) }
    }

    /// Adds a pair; a pair listed twice is kept once (the first line).
    public mutating func add(project: String, unit: String, line: Int) {
        if lookup[project]?[unit] != nil { return }
        lookup[project, default: [:]][unit] = line
        entries.append((project, unit, line))
    }

    public func line(project: String, unit: String) -> Int? { lookup[project]?[unit] }
    public var isEmpty: Bool { entries.isEmpty }
}

/// Collects households one roster row at a time, in any order, and checks them.
public struct SamplingRosterBuilder {
    public let seed: String
    public let file: String
    let include: SampleUnitList
    let exclude: SampleUnitList
    private var roster = SamplingRoster()
    private var projectIndex: [String: Int] = [:]
    /// Roster line where each included household was found, to report those that are not.
    private var includeSeen: [String: [String: Int]] = [:]
    private var excludeSeen = 0

    public init(seed: String, file: String, include: SampleUnitList, exclude: SampleUnitList) throws(InputError) {
        self.seed = seed
        self.file = file
        self.include = include
        self.exclude = exclude
        for e in include.entries {
            if let line = exclude.line(project: e.project, unit: e.unit) {
                throw InputError(
                    file: include.file, line: e.line,
                    message: .certainAndExcluded(project: e.project, unit: e.unit, file: exclude.file, line: line))
            }
        }
    }

    /// One roster row. `project` and `unit` are already trimmed; `stratum` is the strata columns' values.
    public mutating func add(project: String, unit: String, stratum: [String], vacant: Bool, line: Int) throws(InputError) {
        let p: Int
        if let i = projectIndex[project] {
            p = i
        } else {
            p = roster.projects.count
            projectIndex[project] = p
            roster.projects.append(SamplingRoster.Project(name: project))
        }
        var group: Int32
        if exclude.line(project: project, unit: unit) != nil {
            group = SamplingRoster.excluded
            excludeSeen += 1
        } else if vacant {
            group = SamplingRoster.vacant
        } else {
            let name = stratum.joined(separator: "\u{1F}")
            if let g = roster.projects[p].strataIndex[name] {
                group = g
            } else {
                group = Int32(roster.projects[p].strata.count)
                roster.projects[p].strataIndex[name] = group
                roster.projects[p].strata.append(name)
            }
        }
        if let includeLine = include.line(project: project, unit: unit) {
            if group == SamplingRoster.vacant {
                throw InputError(
                    file: include.file, line: includeLine,
                    message: .certainButVacant(project: project, unit: unit, file: file, line: line))
            }
            includeSeen[project, default: [:]][unit] = line
            roster.projects[p].certainty.insert(unit)
        }
        let key = SampleKey.key(seed: seed, project: project, unit: unit)
        roster.projects[p].households.append(.init(key: key, unit: unit, line: Int32(clamping: line), group: group))
    }

    /// Sorts everything into draw order and rejects duplicates and unknown listed households.
    public func finish() throws(InputError) -> SamplingRoster {
        for e in include.entries where includeSeen[e.project]?[e.unit] == nil {
            throw InputError(
                file: include.file, line: e.line,
                message: .householdNotInRoster(project: e.project, unit: e.unit, roster: file))
        }
        if excludeSeen < exclude.entries.count {
            for e in exclude.entries where !contains(project: e.project, unit: e.unit) {
                throw InputError(
                    file: exclude.file, line: e.line,
                    message: .householdNotInRoster(project: e.project, unit: e.unit, roster: file))
            }
        }
        var result = roster
        result.projects.sort { SampleKey.scalarOrder($0.name, $1.name) }
        for i in result.projects.indices {
            result.projects[i].households.sort { SampleKey.precedes(($0.key, $0.unit), ($1.key, $1.unit)) }
            // The same unit has the same key, so duplicates end up next to each other.
            let h = result.projects[i].households
            for j in h.indices.dropFirst() where h[j].key == h[j - 1].key && h[j].unit == h[j - 1].unit {
                let (first, second) = (min(h[j].line, h[j - 1].line), max(h[j].line, h[j - 1].line))
                throw InputError(
                    file: file, line: Int(second),
                    message: .householdTwice(project: result.projects[i].name, unit: h[j].unit, first: Int(first), second: Int(second)))
            }
        }
        return result
    }

    private func contains(project: String, unit: String) -> Bool {
        guard let p = projectIndex[project] else { return false }
        return roster.projects[p].households.contains { $0.unit == unit }
    }
}
