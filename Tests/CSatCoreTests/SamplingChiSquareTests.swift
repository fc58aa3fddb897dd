import Testing

@testable import CSatCore

/// Over many seeds every eligible household is drawn with probability n_h/N_h
/// (simple random sampling without replacement inside its stratum).
///
/// Not flaky: the seeds are a fixed list (`chi-0` … `chi-1999`), the draw is
/// deterministic, so the statistic is the same number on every run and every
/// platform; the Python reference (docs/SAMPLING.md) gives the same value,
/// 44.3926, p = 0.22. The bounds are the 0.1% and 99.9% points of χ²(38), so
/// the test would only fail if the generator were biased (too large) or too
/// regular, such as a rotation (too small) — not by chance on a new platform.
@Suite struct SamplingChiSquareTests {
    /// Stratum A: 25 households, B: 15, plus 3 vacant and 2 excluded in A.
    /// N = 40 → n = max(⌈8⌉, 10) = 10 with min 10; quotas 6.25, 3.75 → 6, 4.
    static let households: [SamplingFixture.Household] = {
        var hs = SamplingFixture.block("P", "A", "A", 25) + SamplingFixture.block("P", "B", "B", 15)
        hs += (1...3).map { SamplingFixture.Household(project: "P", unit: "V\($0)", stratum: ["A"], vacant: true) }
        hs += (1...2).map { SamplingFixture.Household(project: "P", unit: "X\($0)", stratum: ["A"]) }
        return hs
    }()
    static let seeds = 2000
    static let options = SampleOptions(rate: 0.2, minCount: 10, reserveRate: 0)

    /// Counts how often each unit is sampled over the fixed seeds.
    static func counts(include: [(String, String)] = []) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for i in 0..<seeds {
            let r = try SamplingFixture.draw(
                households, seed: "chi-\(i)", options: options, include: include,
                exclude: [("P", "X1"), ("P", "X2")])
            for row in r.rows where row.role == .sample { counts[row.unit, default: 0] += 1 }
        }
        return counts
    }

    /// Σ over a stratum of (X_i − Sπ)² / (Sπ(1−π)) · (N_h − 1)/N_h is χ²(N_h − 1):
    /// the indicators of one draw have covariance π(1−π)·N_h/(N_h − 1)·(I − J/N_h), rank N_h − 1.
    static func statistic(_ counts: [String: Int], units: [String], sampled: Int) -> Double {
        let n = Double(units.count), s = Double(seeds)
        let pi = Double(sampled) / n
        let sum = units.reduce(0.0) { acc, u in
            let d = Double(counts[u, default: 0]) - s * pi
            return acc + d * d
        }
        return sum / (s * pi * (1 - pi)) * (n - 1) / n
    }

    @Test func inclusionFrequenciesMatchNhOverNh() throws {
        let counts = try Self.counts()
        let a = (1...25).map { "A" + String(repeating: "0", count: $0 < 10 ? 2 : 1) + String($0) }
        let b = (1...15).map { "B" + String(repeating: "0", count: $0 < 10 ? 2 : 1) + String($0) }
        #expect(a.reduce(0) { $0 + counts[$1, default: 0] } == 6 * Self.seeds)
        #expect(b.reduce(0) { $0 + counts[$1, default: 0] } == 4 * Self.seeds)
        for never in ["V1", "V2", "V3", "X1", "X2"] { #expect(counts[never] == nil) }

        let t = Self.statistic(counts, units: a, sampled: 6) + Self.statistic(counts, units: b, sampled: 4)
        // χ²(38): 0.1% point 16.611, 99.9% point 70.703 (scipy.stats.chi2.ppf).
        #expect(t > 16.611 && t < 70.703, "chi-square \(t) on 38 degrees of freedom")
        #expect(abs(t - 44.39261961722488) < 1e-6, "the Python reference gets 44.3926 on the same seeds")
    }

    /// With A001 certain, the other 24 of A share its 5 remaining places: π = 5/24.
    @Test func certaintyLeavesTheRestUniform() throws {
        let counts = try Self.counts(include: [("P", "A001")])
        #expect(counts["A001"] == Self.seeds)
        let others = (2...25).map { "A" + String(repeating: "0", count: $0 < 10 ? 2 : 1) + String($0) }
        let t = Self.statistic(counts, units: others, sampled: 5)
        // χ²(23): 0.1% point 7.529, 99.9% point 49.728.
        #expect(t > 7.529 && t < 49.728, "chi-square \(t) on 23 degrees of freedom")
    }
}
