import Foundation

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
    /// The previous row's project and stratum: rows come by project and building, so nearly every
    /// row finds them here (the reader hands the same `String`s on, so the compares are one word).
    private var lastProject: (name: String, index: Int)?
    private var lastStratum: (project: Int, values: [String], group: Int32)?

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
        if let last = lastProject, last.name == project {
            p = last.index
        } else if let i = projectIndex[project] {
            p = i
            lastProject = (project, i)
        } else {
            p = roster.projects.count
            projectIndex[project] = p
            roster.projects.append(SamplingRoster.Project(name: project))
            lastProject = (project, p)
        }
        var group: Int32
        if !exclude.isEmpty && exclude.line(project: project, unit: unit) != nil {
            group = SamplingRoster.excluded
            excludeSeen += 1
        } else if vacant {
            group = SamplingRoster.vacant
        } else if let last = lastStratum, last.project == p, last.values == stratum {
            group = last.group
        } else {
            let name = stratum.joined(separator: "\u{1F}")
            if let g = roster.projects[p].strataIndex[name] {
                group = g
            } else {
                group = Int32(roster.projects[p].strata.count)
                roster.projects[p].strataIndex[name] = group
                roster.projects[p].strata.append(name)
            }
            lastStratum = (p, stratum, group)
        }
        if !include.isEmpty, let includeLine = include.line(project: project, unit: unit) {
            if group == SamplingRoster.vacant {
                throw InputError(
                    file: include.file, line: includeLine,
                    message: .certainButVacant(project: project, unit: unit, file: file, line: line))
            }
            includeSeen[project, default: [:]][unit] = line
            roster.projects[p].certainty.insert(unit)
        }
        // A quarter more room each time, not twice: at 4.5 million households doubling left up to
        // 70 MB unused (docs/PERFORMANCE.md, "Shapes of input and the draw").
        let count = roster.projects[p].households.count
        if count == roster.projects[p].households.capacity {
            roster.projects[p].households.reserveCapacity(count + count / 4 + 256)
        }
        roster.projects[p].households.append(.init(key: 0, unit: unit, line: Int32(clamping: line), group: group))
    }

    /// Sorts everything into draw order and rejects duplicates and unknown listed households.
    /// The households move out of the builder (a copy of 4.5 million would double the memory).
    public mutating func finish() throws(InputError) -> SamplingRoster {
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
        roster = SamplingRoster()
        projectIndex = [:]
        result.projects.sort { SampleKey.scalarOrder($0.name, $1.name) }
        // Keys and sorting on both cores, every other project each: 4.5 million SHA-256 blocks are
        // most of a draw's time. The first project in name order with a duplicate is reported, as before.
        var failures = [InputError?](repeating: nil, count: result.projects.count)
        let seed = self.seed, file = self.file
        result.projects.withUnsafeMutableBufferPointer { projects in
            failures.withUnsafeMutableBufferPointer { failed in
                nonisolated(unsafe) let (projects, failed) = (projects, failed)
                DispatchQueue.concurrentPerform(iterations: Swift.min(2, projects.count)) { half in
                    for i in stride(from: half, to: projects.count, by: 2) {
                        failed[i] = Self.keyAndSort(&projects[i], seed: seed, file: file)
                    }
                }
            }
        }
        if let failure = failures.first(where: { $0 != nil }) { throw failure! }
        return result
    }

    /// Gives each household of `project` its key (`SampleKey`), sorts them into draw order and
    /// returns the error for the first unit listed twice, if any.
    private static func keyAndSort(_ project: inout SamplingRoster.Project, seed: String, file: String) -> InputError? {
        var seed = seed, name = project.name
        let hasher = SHA256.Reused()
        seed.withUTF8 { s in
            name.withUTF8 { p in
                for j in project.households.indices {
                    var unit = project.households[j].unit
                    project.households[j].key = unit.withUTF8 { u in SampleKey.key(s, p, u, using: hasher) }
                }
            }
        }
        sortByKey(&project.households)
        // The same unit has the same key, so duplicates end up next to each other.
        let h = project.households
        for j in h.indices.dropFirst() where h[j].key == h[j - 1].key && h[j].unit == h[j - 1].unit {
            let (first, second) = (min(h[j].line, h[j - 1].line), max(h[j].line, h[j - 1].line))
            return InputError(
                file: file, line: Int(second),
                message: .householdTwice(project: project.name, unit: h[j].unit, first: Int(first), second: Int(second)))
        }
        return nil
    }

    /// Sorts households into draw order (`SampleKey.precedes`). The keys are uniform (SHA-256), so
    /// (key, index) pairs filed under the keys' top bits, about eight a bucket, and each bucket
    /// sorted by insertion are in order after two moves each; the households then move into place
    /// along the permutation's cycles, in their own array (a second array of households, freed
    /// project by project, raised the peak by 70 MB). A comparison sort of 4.5 million took 0.35 s of CPU.
    static func sortByKey(_ households: inout [SamplingRoster.Household]) {
        let n = households.count
        guard n > 1 else { return }
        let bits = Swift.max(1, Swift.min(20, (n / 8).bitWidth - (n / 8).leadingZeroBitCount))
        let shift = UInt64(64 - bits)
        var starts = [Int](repeating: 0, count: (1 << bits) + 1)
        for h in households { starts[Int(h.key >> shift) + 1] += 1 }
        for b in 0..<(1 << bits) { starts[b + 1] += starts[b] }
        withUnsafeTemporaryAllocation(of: (key: UInt64, index: Int).self, capacity: n) { order in
            households.withUnsafeMutableBufferPointer { hs in
                var next = starts
                for i in 0..<n {
                    let b = Int(hs[i].key >> shift)
                    (order.baseAddress! + next[b]).initialize(to: (hs[i].key, i))
                    next[b] += 1
                }
                for b in 0..<(1 << bits) where starts[b + 1] - starts[b] > 1 {
                    for i in (starts[b] + 1)..<starts[b + 1] {
                        let o = order[i]
                        var j = i
                        while j > starts[b]
                            && SampleKey.precedes((o.key, hs[o.index].unit), (order[j - 1].key, hs[order[j - 1].index].unit))
                        {
                            order[j] = order[j - 1]
                            j -= 1
                        }
                        order[j] = o
                    }
                }
                // Position p takes the household at order[p].index; a done position points at itself.
                for p in 0..<n where order[p].index != p {
                    let held = hs[p]
                    var q = p
                    while true {
                        let from = order[q].index
                        order[q].index = q
                        if from == p {
                            hs[q] = held
                            break
                        }
                        hs[q] = hs[from]
                        q = from
                    }
                }
            }
        }
    }

    private func contains(project: String, unit: String) -> Bool {
        guard let p = projectIndex[project] else { return false }
        return roster.projects[p].households.contains { $0.unit == unit }
    }
}
