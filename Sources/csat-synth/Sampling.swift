/// The SPEC "Sampling" draw: stratified by building, proportional allocation with
/// largest remainders, simple random sampling without replacement per stratum.
///
/// Independence from roster row order: each stratum's units are sorted in
/// natural order (digit runs compared as numbers) before its own stream
/// `Rng(seed, "draw|<project>|<stratum>")` shuffles them (Fisher–Yates). The first
/// a_s units are the sample, the next r_s the reserves.

/// Natural order: digit runs compare as numbers (`2号楼` < `10号楼`), other scalars by code point.
func naturalLess(_ a: String, _ b: String) -> Bool {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    var i = 0
    var j = 0
    func isDigit(_ u: Unicode.Scalar) -> Bool { u.value >= 48 && u.value <= 57 }
    while i < x.count && j < y.count {
        if isDigit(x[i]) && isDigit(y[j]) {
            var i2 = i
            var j2 = j
            while i2 < x.count && isDigit(x[i2]) { i2 += 1 }
            while j2 < y.count && isDigit(y[j2]) { j2 += 1 }
            let d1 = String(String.UnicodeScalarView(x[i..<i2].drop { $0 == "0" }))
            let d2 = String(String.UnicodeScalarView(y[j..<j2].drop { $0 == "0" }))
            if d1.count != d2.count { return d1.count < d2.count }
            if d1 != d2 { return d1 < d2 }
            if i2 - i != j2 - j { return i2 - i < j2 - j }
            i = i2
            j = j2
        } else {
            if x[i] != y[j] { return x[i].value < y[j].value }
            i += 1
            j += 1
        }
    }
    return x.count - i < y.count - j
}

/// SPEC rule: n = N if N ≤ min, else max(⌈rate·N⌉, min); the rate is a fraction so the ceiling is exact.
func requiredSampleSize(population n: Int, rateNumerator: Int = 1, rateDenominator: Int = 5, minimum: Int = 20) -> Int {
    if n <= minimum { return n }
    return max((rateNumerator * n + rateDenominator - 1) / rateDenominator, minimum)
}

/// Reserves: ⌈0.1·n⌉, but never more than the households left over.
func reserveCount(sample n: Int, population: Int) -> Int {
    min((n + 9) / 10, population - n)
}

/// Largest-remainder allocation of `n` over strata of the given sizes (in stratum order).
///
/// Floors of n·N_s/N first; the rest go to the largest remainders (ties: larger
/// stratum, then earlier stratum). With `atLeastOne` and n ≥ number of strata, a
/// stratum left at zero takes one from the stratum with the largest allocation.
func allocate(_ n: Int, sizes: [Int], atLeastOne: Bool) -> [Int] {
    let total = sizes.reduce(0, +)
    guard total > 0, n > 0 else { return sizes.map { _ in 0 } }
    var a = sizes.map { n * $0 / total }
    let rem = sizes.map { n * $0 % total }
    let left = n - a.reduce(0, +)
    let order = sizes.indices.sorted { i, j in
        if rem[i] != rem[j] { return rem[i] > rem[j] }
        if sizes[i] != sizes[j] { return sizes[i] > sizes[j] }
        return i < j
    }
    for i in order.prefix(left) { a[i] += 1 }
    if atLeastOne && n >= sizes.filter({ $0 > 0 }).count {
        for i in sizes.indices where sizes[i] > 0 && a[i] == 0 {
            let donor = a.indices.filter { a[$0] > 1 }.max { a[$0] < a[$1] || (a[$0] == a[$1] && $0 > $1) }!
            a[donor] -= 1
            a[i] += 1
        }
    }
    return a
}

struct SampleRow {
    enum Role: String { case sample, reserve }
    var stratum: String
    var household: Household
    var role: Role
    var order: Int
    var replaces = ""
    var reason = ""
}

struct StratumPlan {
    var stratum: String
    var population: Int
    var sample: Int
    var reserve: Int
}

struct ProjectSample {
    var project: String
    var households: Int
    var vacant: Int
    var population: Int
    var n: Int
    var strata: [StratumPlan]
    /// Sampled rows (ordered by stratum, then unit), then reserves (by stratum, then draw order).
    var rows: [SampleRow]

    var census: Bool { n == population }
    var sampled: [SampleRow] { rows.filter { $0.role == .sample } }
    var reserves: [SampleRow] { rows.filter { $0.role == .reserve } }
    var usedReserves: [SampleRow] { reserves.filter { !$0.replaces.isEmpty } }
}

func drawSample(_ project: Project, seed: String) -> ProjectSample {
    let eligible = project.households.filter { !$0.vacant }
    let names = Set(eligible.map(\.building)).sorted(by: naturalLess)
    let groups = names.map { name in eligible.filter { $0.building == name }.sorted { naturalLess($0.unit, $1.unit) } }
    let n = requiredSampleSize(population: eligible.count)
    let a = allocate(n, sizes: groups.map(\.count), atLeastOne: true)
    let r = allocate(
        reserveCount(sample: n, population: eligible.count), sizes: zip(groups, a).map { $0.count - $1 },
        atLeastOne: false)
    var samples: [SampleRow] = []
    var reserves: [SampleRow] = []
    var plans: [StratumPlan] = []
    for (k, name) in names.enumerated() {
        var rng = Rng(seed, "draw|\(project.name)|\(name)")
        let drawn = rng.shuffled(groups[k])
        let chosen = drawn.prefix(a[k]).sorted { naturalLess($0.unit, $1.unit) }
        samples += chosen.map { SampleRow(stratum: name, household: $0, role: .sample, order: 0) }
        reserves += drawn.dropFirst(a[k]).prefix(r[k]).map {
            SampleRow(stratum: name, household: $0, role: .reserve, order: 0)
        }
        plans.append(StratumPlan(stratum: name, population: groups[k].count, sample: a[k], reserve: r[k]))
    }
    for i in samples.indices { samples[i].order = i + 1 }
    for i in reserves.indices { reserves[i].order = i + 1 }
    return ProjectSample(
        project: project.name, households: project.households.count,
        vacant: project.households.count - eligible.count, population: eligible.count, n: n, strata: plans,
        rows: samples + reserves)
}

/// Records `reasons.count` replacements: random sampled units, each replaced by the
/// first unused reserve of its stratum (or of the project when the stratum has none left).
func applyReplacements(_ ps: inout ProjectSample, reasons: [String], rng: inout Rng) {
    let sampleIdx = ps.rows.indices.filter { ps.rows[$0].role == .sample }
    let picked = rng.choose(min(reasons.count, sampleIdx.count), of: sampleIdx.count).map { sampleIdx[$0] }.sorted()
    for (k, si) in picked.enumerated() {
        let free = ps.rows.indices.filter { ps.rows[$0].role == .reserve && ps.rows[$0].replaces.isEmpty }
        guard let ri = free.first(where: { ps.rows[$0].stratum == ps.rows[si].stratum }) ?? free.first else { return }
        ps.rows[ri].replaces = ps.rows[si].household.unit
        ps.rows[ri].reason = reasons[k]
    }
}

/// Units that a surveyor actually visits: the sample minus replaced units, plus the reserves that replace them.
func effectiveUnits(_ ps: ProjectSample) -> [SampleRow] {
    let replaced = Set(ps.usedReserves.map(\.replaces))
    return ps.sampled.filter { !replaced.contains($0.household.unit) } + ps.usedReserves
}

/// `sample.csv`: the SPEC's sample list, then the roster's other columns.
func sampleCSV(_ samples: [ProjectSample]) -> String {
    var out = csvLine([
        "project", "stratum", "unit", "role", "order", "replaces", "reason",
        "building", "propertyType", "customerType", "vacant", "area",
    ])
    for ps in samples {
        for row in ps.rows {
            let h = row.household
            out += csvLine([
                ps.project, row.stratum, h.unit, row.role.rawValue, String(row.order), row.replaces, row.reason,
                h.building, h.propertyType, h.customerType, h.vacant ? "1" : "0", h.area,
            ])
        }
    }
    return out
}

/// `sample.manifest.json`: seed, method, counts and the roster's SHA-256.
func sampleManifest(_ samples: [ProjectSample], seed: String, rosterSHA256: String) -> String {
    let projects: [JSON] = samples.map { ps in
        .object([
            ("project", .string(ps.project)),
            ("households", .int(ps.households)),
            ("vacant", .int(ps.vacant)),
            ("population", .int(ps.population)),
            ("census", .bool(ps.census)),
            ("sample", .int(ps.n)),
            ("reserves", .int(ps.reserves.count)),
            ("replacements", .int(ps.usedReserves.count)),
            (
                "strata",
                .array(
                    ps.strata.map {
                        .object([
                            ("stratum", .string($0.stratum)), ("population", .int($0.population)),
                            ("sample", .int($0.sample)), ("reserve", .int($0.reserve)),
                        ])
                    })
            ),
        ])
    }
    let root: JSON = .object([
        ("seed", .string(seed)),
        ("generator", .string("csat-synth")),
        (
            "method",
            .string(
                "stratified simple random sampling without replacement; proportional allocation by largest remainders, "
                    + "at least one per stratum; per stratum xoshiro256** seeded by SplitMix64 from FNV-1a-64 of "
                    + "'<seed>|draw|<project>|<stratum>', Fisher-Yates over units in natural order")
        ),
        ("rate", .number("0.2")),
        ("min", .int(20)),
        ("reserve", .number("0.1")),
        ("strata", .string("building")),
        ("roster", .object([("file", .string("roster.csv")), ("sha256", .string(rosterSHA256))])),
        (
            "totals",
            .object([
                ("households", .int(samples.map(\.households).reduce(0, +))),
                ("population", .int(samples.map(\.population).reduce(0, +))),
                ("sample", .int(samples.map(\.n).reduce(0, +))),
                ("reserves", .int(samples.map { $0.reserves.count }.reduce(0, +))),
                ("replacements", .int(samples.map { $0.usedReserves.count }.reduce(0, +))),
            ])
        ),
        ("projects", .array(projects)),
    ])
    return jsonPretty(root) + "\n"
}
