import Foundation

/// The sample lists that `csat sample` draws (scripts/make-sample-data runs it):
/// csat-synth reads them, records the replacements its surveyors make on the
/// reserves' rows, and writes the forms of the households actually visited.
/// It draws no sample itself; the method is csat's (docs/SAMPLING.md).

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
    /// Index of the row's line in the list (0 is the header).
    var line: Int
}

struct ProjectSample {
    var project: String
    var households: Int
    var vacant: Int
    var population: Int
    /// Sampled rows, then reserves, each in `order`.
    var rows: [SampleRow]

    var n: Int { sampled.count }
    var census: Bool { n == population }
    var strata: [String] { Array(Set(rows.map(\.stratum))).sorted(by: naturalLess) }
    var sampled: [SampleRow] { rows.filter { $0.role == .sample } }
    var reserves: [SampleRow] { rows.filter { $0.role == .reserve } }
    var usedReserves: [SampleRow] { reserves.filter { !$0.replaces.isEmpty } }
}

/// A sample list as csat writes it: UTF-8 (with a BOM), a header, one unquoted row a
/// household. Kept as its lines so that writing the replacements back changes only
/// the `replaces` and `reason` cells of the reserves used.
struct SampleList {
    var path: String
    var bom: Bool
    var newline: String
    var lines: [[String]]
    var column: [String: Int]
    /// One entry a project, in the company's (roster) order.
    var projects: [ProjectSample]

    init(path: String, company: [Project]) throws {
        self.path = path
        guard let data = FileManager.default.contents(atPath: path) else { throw SynthError("cannot read \(path)") }
        bom = data.starts(with: [0xEF, 0xBB, 0xBF])
        guard let text = String(data: data.dropFirst(bom ? 3 : 0), encoding: .utf8) else {
            throw SynthError("\(path): not UTF-8")
        }
        newline = text.contains("\r\n") ? "\r\n" : "\n"
        guard text.hasSuffix(newline), !text.contains("\"") else {
            throw SynthError("\(path): expected csat's list (unquoted rows, each ending in a line break)")
        }
        lines = text.dropLast(newline.count).components(separatedBy: newline).map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        var column: [String: Int] = [:]
        for (i, name) in lines[0].enumerated() { column[name] = i }
        for name in ["project", "stratum", "unit", "role", "order", "replaces", "reason"] where column[name] == nil {
            throw SynthError("\(path): no column \(name)")
        }
        self.column = column
        var known: [String: Household] = [:]
        for p in company { for h in p.households { known[h.key] = h } }
        var rows: [String: [SampleRow]] = [:]
        for (k, cells) in lines.enumerated().dropFirst() {
            guard cells.count == lines[0].count else { throw SynthError("\(path):\(k + 1): \(cells.count) fields") }
            func cell(_ name: String) -> String { cells[column[name]!] }
            let key = cell("project") + "\u{1F}" + cell("unit")
            guard let h = known[key], !h.vacant, h.building == cell("stratum"),
                let role = SampleRow.Role(rawValue: cell("role")), let order = Int(cell("order"))
            else { throw SynthError("\(path):\(k + 1): not an eligible household of the company's roster") }
            rows[h.project, default: []].append(SampleRow(stratum: h.building, household: h, role: role, order: order, line: k))
        }
        projects = try company.map { p in
            guard let list = rows[p.name] else { throw SynthError("\(path): no rows for \(p.name)") }
            let vacant = p.households.filter(\.vacant).count
            let ps = ProjectSample(
                project: p.name, households: p.households.count, vacant: vacant,
                population: p.households.count - vacant,
                rows: list.sorted { ($0.role == .reserve ? 1 : 0, $0.order) < ($1.role == .reserve ? 1 : 0, $1.order) })
            guard ps.n == requiredSampleSize(population: ps.population) else {
                throw SynthError(
                    "\(path): \(p.name) has \(ps.n) sampled households, the SPEC requires \(requiredSampleSize(population: ps.population))"
                )
            }
            return ps
        }
    }

    /// The list with the `replaces` and `reason` cells of `samples` filled in, and a last column 发放
    /// with the surveyor's tick on each household that was handed a form (every one that counts as
    /// sampled but those in `notHandedOut`); every other byte as read.
    func bytes(with samples: [ProjectSample], notHandedOut: [String: Set<String>]) -> [UInt8] {
        var out = lines
        out[0].append("发放")
        for k in out.indices.dropFirst() { out[k].append("") }
        for ps in samples {
            for row in ps.rows {
                out[row.line][column["replaces"]!] = row.replaces
                out[row.line][column["reason"]!] = row.reason
            }
            let away = notHandedOut[ps.project] ?? []
            for row in effectiveUnits(ps) where !away.contains(row.household.unit) { out[row.line][out[0].count - 1] = "√" }
        }
        let text = out.map { $0.joined(separator: ",") + newline }.joined()
        return (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
    }
}

/// Records `reasons.count` replacements: random sampled units, each replaced by the first
/// unused reserve (lowest order) of its stratum, or of the project when the stratum has none left.
func applyReplacements(_ ps: inout ProjectSample, reasons: [String], rng: inout Rng) throws {
    for i in ps.rows.indices {
        ps.rows[i].replaces = ""
        ps.rows[i].reason = ""
    }
    let sampleIdx = ps.rows.indices.filter { ps.rows[$0].role == .sample }
    let picked = rng.choose(min(reasons.count, sampleIdx.count), of: sampleIdx.count).map { sampleIdx[$0] }.sorted()
    for (k, si) in picked.enumerated() {
        let free = ps.rows.indices.filter { ps.rows[$0].role == .reserve && ps.rows[$0].replaces.isEmpty }
        guard let ri = free.first(where: { ps.rows[$0].stratum == ps.rows[si].stratum }) ?? free.first else {
            throw SynthError("\(ps.project): \(reasons.count) replacements, but only \(ps.reserves.count) reserves")
        }
        ps.rows[ri].replaces = ps.rows[si].household.unit
        ps.rows[ri].reason = reasons[k]
    }
}

/// Units that a surveyor actually visits: the sample minus replaced units, plus the reserves that replace them.
func effectiveUnits(_ ps: ProjectSample) -> [SampleRow] {
    let replaced = Set(ps.usedReserves.map(\.replaces))
    return ps.sampled.filter { !replaced.contains($0.household.unit) } + ps.usedReserves
}

/// The list's manifest (beside it, as csat writes it): the seed, and the roster's SHA-256.
func manifestFacts(beside list: String) throws -> (seed: String, rosterSHA256: String) {
    let path = URL(fileURLWithPath: list).deletingLastPathComponent().appendingPathComponent("sample.manifest.json").path
    guard let data = FileManager.default.contents(atPath: path),
        let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
        let seed = root["seed"] as? String, let roster = root["roster"] as? [String: Any],
        let sha = roster["sha256"] as? String
    else { throw SynthError("\(path): not a csat sample manifest with a seed and the roster's sha256") }
    return (seed, sha)
}
