import Dispatch

/// The rules a draw follows besides the seed (SPEC.md "Sampling", "Commands").
public struct SampleOptions: Equatable, Sendable {
    /// Minimum sampling rate (`--rate`, the survey's `rules.minSampleRate`).
    public var rate: Double
    /// Minimum sample count (`--min`, `rules.minSampleCount`).
    public var minCount: Int
    /// Reserves as a share of n (`--reserve`), rounded up exactly.
    public var reserveRate: Double

    public init(rate: Double = 0.2, minCount: Int = 20, reserveRate: Double = 0.1) {
        self.rate = rate
        self.minCount = minCount
        self.reserveRate = reserveRate
    }

    /// What is wrong with options a user gave (`--rate`, `--min`, `--reserve`, or the page's
    /// fields), or nil: the command and `csat serve` refuse the same values with the same words.
    public static func problem(rate: Double?, minCount: Int?, reserveRate: Double) -> (option: String, message: Message)? {
        if let rate, !(rate > 0 && rate <= 1) { return ("rate", .rateRange(rate)) }
        if let minCount, minCount < 0 { return ("min", .minNegative(minCount)) }
        if !(reserveRate >= 0 && reserveRate <= 10) { return ("reserve", .reserveRange(reserveRate)) }
        return nil
    }
}

/// One line of the sample list.
public struct SampleRow: Equatable, Sendable {
    public enum Role: String, Sendable { case sample, reserve }
    public var project: String
    /// The stratum's display name (values joined by `/`).
    public var stratum: String
    public var unit: String
    public var role: Role
    /// 1, 2, … within the project and role, in list order.
    public var order: Int
    /// Roster line of the household, to copy its columns.
    public var line: Int
}

/// The plan of one project, as printed and written to the manifest.
public struct ProjectSamplePlan: Equatable, Sendable {
    public struct Stratum: Equatable, Sendable {
        public var name: String
        public var eligible: Int
        public var certainty: Int
        public var sample: Int
        public var reserve: Int
    }
    public var name: String
    public var listed: Int
    public var vacant: Int
    public var excluded: Int
    /// N: listed − vacant − excluded.
    public var eligible: Int
    /// n by SPEC's rule.
    public var required: Int
    /// Rows with role `sample`: n, or more when the certainty households exceed n.
    public var sampled: Int
    public var certainty: Int
    public var reserves: Int
    public var strata: [Stratum]
    /// Every eligible household is surveyed (N ≤ minCount, or a rate of 1).
    public var census: Bool { eligible > 0 && sampled >= eligible }
}

/// A drawn sample: the plan, the list and the warnings to show the surveyor.
public struct SampleDrawResult: Sendable {
    public var plans: [ProjectSamplePlan] = []
    public var rows: [SampleRow] = []
    public var warnings: [Message] = []
}

/// The draw itself (SPEC.md "Sampling"; docs/SAMPLING.md §5).
///
/// Per project, in name order: N and n; strata allocation with the certainty
/// households as lower bounds; in each stratum the certainty households plus
/// the non-certainty households with the smallest keys up to n_h; then the
/// next ones in key order as reserves. Because the roster is already in key
/// order, nothing here depends on the order of the roster's rows.
public enum SampleDraw {
    public static func draw(_ roster: SamplingRoster, options: SampleOptions) -> SampleDrawResult {
        var result = SampleDrawResult()
        for project in roster.projects {
            draw(project, options, &result)
        }
        return result
    }

    /// `draw(_:options:)` that frees each project's households once it is drawn, so that the list
    /// grows as the roster shrinks: peak memory is the roster's, not the roster's plus the list's.
    /// `roster` is left with its project names only. The projects are drawn on both cores, every
    /// other one each, and their rows put together in name order.
    public static func draw(draining roster: inout SamplingRoster, options: SampleOptions) -> SampleDrawResult {
        let count = roster.projects.count
        var parts = [SampleDrawResult](repeating: SampleDrawResult(), count: count)
        roster.projects.withUnsafeMutableBufferPointer { projects in
            parts.withUnsafeMutableBufferPointer { parts in
                nonisolated(unsafe) let (projects, parts) = (projects, parts)
                DispatchQueue.concurrentPerform(iterations: Swift.min(2, count)) { half in
                    for i in stride(from: half, to: count, by: 2) {
                        var project = projects[i]
                        projects[i] = SamplingRoster.Project(name: project.name)
                        draw(project, options, &parts[i])
                        project.households = []
                        // glibc keeps freed blocks in its heap while the list's rows take new pages: hand
                        // the project's pages back, or the resident peak is the roster's and the list's together.
                        ReleasedMemory.trim()
                    }
                }
            }
        }
        var result = SampleDrawResult()
        result.rows.reserveCapacity(parts.reduce(0) { $0 + $1.rows.count })
        for i in parts.indices {
            result.plans += parts[i].plans
            result.rows += parts[i].rows
            result.warnings += parts[i].warnings
            parts[i] = SampleDrawResult()
        }
        ReleasedMemory.trim()
        return result
    }

    static func draw(_ project: SamplingRoster.Project, _ options: SampleOptions, _ result: inout SampleDrawResult) {
        // Counts first, then only the households the list takes: a stratum's certainty ones and its
        // first others in key order (copying every household into its stratum's array was most of the draw).
        let strataCount = project.strata.count
        let hasCertainty = !project.certainty.isEmpty
        var certainCount = [Int](repeating: 0, count: strataCount)
        var othersCount = [Int](repeating: 0, count: strataCount)
        var vacant = 0
        var excluded = 0
        for h in project.households {
            switch h.group {
            case SamplingRoster.vacant: vacant += 1
            case SamplingRoster.excluded: excluded += 1
            default:
                if hasCertainty && project.certainty.contains(h.unit) {
                    certainCount[Int(h.group)] += 1
                } else {
                    othersCount[Int(h.group)] += 1
                }
            }
        }
        let byName = project.strata.indices.sorted { SampleKey.scalarOrder(project.strata[$0], project.strata[$1]) }
        let strata = byName.map {
            StratumAllocation.Stratum(name: project.strata[$0], size: certainCount[$0] + othersCount[$0], certainty: certainCount[$0])
        }
        let n = strata.reduce(0) { $0 + $1.size }
        let required = SampleSize.required(population: n, rate: options.rate, minCount: options.minCount)
        let sample = StratumAllocation.sample(n: required, strata: strata)
        let sampled = sample.reduce(0, +)
        let reserveCount = SampleSize.exactCeiling(rate: options.reserveRate, times: sampled)
        let reserves = StratumAllocation.reserves(reserveCount, strata: strata, sample: sample)

        // Per stratum (by index in `project.strata`): the others drawn at random, then the reserves.
        var random = [Int](repeating: 0, count: strataCount)
        var needed = [Int](repeating: 0, count: strataCount)
        for (k, g) in byName.enumerated() {
            random[g] = max(sample[k] - certainCount[g], 0)
            needed[g] = random[g] + reserves[k]
        }
        var certain = [[SamplingRoster.Household]](repeating: [], count: strataCount)
        var others = [[SamplingRoster.Household]](repeating: [], count: strataCount)
        for g in 0..<strataCount { others[g].reserveCapacity(min(needed[g], othersCount[g])) }
        for h in project.households where h.group >= 0 {
            let g = Int(h.group)
            if hasCertainty && project.certainty.contains(h.unit) {
                certain[g].append(h)
            } else if others[g].count < needed[g] {
                others[g].append(h)
            }
        }

        var chosen: [(household: SamplingRoster.Household, stratum: String)] = []
        var spare: [(household: SamplingRoster.Household, stratum: String)] = []
        for (k, g) in byName.enumerated() {
            let display = SamplingRoster.displayName(project.strata[g])
            var picked = certain[g] + others[g].prefix(random[g])
            // The others are in key order already; certainty households are merged in.
            if !certain[g].isEmpty { picked.sort { SampleKey.precedes(($0.key, $0.unit), ($1.key, $1.unit)) } }
            chosen += picked.map { ($0, display) }
            spare += others[g].dropFirst(random[g]).prefix(reserves[k]).map { ($0, display) }
        }
        // A project's own part (`draw(draining:options:)`) takes exactly its rows; a longer list grows as arrays do.
        if result.rows.isEmpty { result.rows.reserveCapacity(chosen.count + spare.count) }
        for (i, c) in chosen.enumerated() {
            result.rows.append(
                SampleRow(
                    project: project.name, stratum: c.stratum, unit: c.household.unit,
                    role: .sample, order: i + 1, line: Int(c.household.line)))
        }
        for (i, c) in spare.enumerated() {
            result.rows.append(
                SampleRow(
                    project: project.name, stratum: c.stratum, unit: c.household.unit,
                    role: .reserve, order: i + 1, line: Int(c.household.line)))
        }

        let plan = ProjectSamplePlan(
            name: project.name, listed: project.households.count, vacant: vacant, excluded: excluded,
            eligible: n, required: required, sampled: sampled, certainty: strata.reduce(0) { $0 + $1.certainty },
            reserves: reserves.reduce(0, +),
            strata: strata.indices.map {
                .init(
                    name: SamplingRoster.displayName(strata[$0].name), eligible: strata[$0].size,
                    certainty: strata[$0].certainty, sample: sample[$0], reserve: reserves[$0])
            })
        result.plans.append(plan)
        result.warnings += warnings(plan)
    }

    /// What the surveyor must know before going out: strata left out, certainty crowding out the draw.
    static func warnings(_ plan: ProjectSamplePlan) -> [Message] {
        if plan.eligible == 0 {
            return [.noEligibleHousehold(project: plan.name, listed: plan.listed, vacant: plan.vacant, excluded: plan.excluded)]
        }
        var out: [Message] = []
        if plan.certainty > plan.required {
            out.append(.certaintyExceedsSample(project: plan.name, certainty: plan.certainty, required: plan.required))
        }
        let empty = plan.strata.filter { $0.sample == 0 }
        if !empty.isEmpty {
            out.append(
                .emptyStrata(
                    project: plan.name, strata: empty.map { ($0.name, $0.eligible) }, sampled: plan.sampled,
                    strataCount: plan.strata.count))
        }
        return out
    }
}
