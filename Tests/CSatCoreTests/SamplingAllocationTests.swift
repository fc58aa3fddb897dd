import Testing

@testable import CSatCore

/// Sample sizes (SPEC.md "Sampling") and strata allocation. Every expected
/// number is worked out by hand in the comment beside it (and was re-checked
/// with the Python reference in docs/SAMPLING.md).
@Suite struct SamplingAllocationTests {
    typealias S = StratumAllocation.Stratum

    /// n per project through the whole draw, one stratum, default rules unless given.
    static func n(_ population: Int, rate: Double = 0.2, min: Int = 20) throws -> Int {
        let households = SamplingFixture.block("P", "A", "u", population)
        let result = try SamplingFixture.draw(households, options: SampleOptions(rate: rate, minCount: min, reserveRate: 0))
        let plan = try #require(result.plans.first)
        #expect(plan.sampled == result.rows.count)
        return plan.sampled
    }

    @Test func sizesFollowTheRule() throws {
        #expect(try Self.n(5) == 5)  // N < 20: census
        #expect(try Self.n(19) == 19)  // census
        #expect(try Self.n(20) == 20)  // N = 20 ≤ min: census
        #expect(try Self.n(21) == 20)  // ⌈0.2·21⌉ = ⌈4.2⌉ = 5 < 20 → 20
        #expect(try Self.n(100) == 20)  // ⌈20⌉ = 20
        #expect(try Self.n(101) == 21)  // ⌈20.2⌉ = 21
        #expect(try Self.n(1000) == 200)  // ⌈200⌉ = 200
        #expect(try Self.n(100, rate: 0.07, min: 5) == 7)  // 0.07·100 is 7.000000000000001 in binary; exactly 7
        #expect(try Self.n(100, rate: 0.07) == 20)  // 7 < min 20
        #expect(try Self.n(300, rate: 0.07, min: 5) == 21)  // exactly 21
    }

    @Test func censusIsFlagged() throws {
        let plans = try SamplingFixture.draw(SamplingFixture.block("P", "A", "u", 19)).plans
        #expect(plans[0].census)
        let big = try SamplingFixture.draw(SamplingFixture.block("P", "A", "u", 40)).plans
        #expect(!big[0].census)
    }

    /// n = 21 over N_h = 47, 31, 13, 9 (N = 100): quotas 9.87, 6.51, 2.73, 1.89;
    /// floors 9, 6, 2, 1 (18); the 3 left go to the remainders .89 (D), .87 (A), .73 (C).
    @Test func largestRemaindersHandExample() {
        let strata = [S(name: "A", size: 47), S(name: "B", size: 31), S(name: "C", size: 13), S(name: "D", size: 9)]
        #expect(StratumAllocation.sample(n: 21, strata: strata) == [10, 6, 3, 2])
    }

    /// n = 5 over 30, 30, 20, 20: quotas 1.5, 1.5, 1, 1; one unit left, remainders .5 and .5 tie,
    /// sizes tie, so the first name (A) gets it.
    @Test func tiesGoToLargerStratumThenName() {
        let strata = [S(name: "B", size: 30), S(name: "A", size: 30), S(name: "C", size: 20), S(name: "D", size: 20)]
        #expect(StratumAllocation.sample(n: 5, strata: strata) == [1, 2, 1, 1])
        // n = 3 over 50, 30, 20: quotas 1.5, 0.9, 0.6 → floors 1, 0, 0; left 2 → .9 (B), .6 (C).
        #expect(
            StratumAllocation.largestRemainders(3, [S(name: "x", size: 50), S(name: "y", size: 30), S(name: "z", size: 20)]) == [
                1, 1, 1,
            ])
        // 4 over 10, 30 (both remainders 0 after floors 1, 3) — nothing left to hand out.
        #expect(StratumAllocation.largestRemainders(4, [S(name: "x", size: 10), S(name: "y", size: 30)]) == [1, 3])
    }

    /// n = 20 over 96, 2, 2: plain allocation gives 19, 1, 0 (quotas 19.2, .4, .4, tie to B by name);
    /// C is raised to 1 and 19 re-apportioned over 96, 2 → 18.61, .39 → 19, 0; B raised to 1; A gets 18.
    @Test func atLeastOnePerStratumWhenNAllows() {
        let strata = [S(name: "A", size: 96), S(name: "B", size: 2), S(name: "C", size: 2)]
        #expect(StratumAllocation.sample(n: 20, strata: strata) == [18, 1, 1])
    }

    /// n = 3 over five strata of 10: n < strata, so no minimum; quotas .6 each, ties by name → A, B, C.
    @Test func tooFewUnitsForEveryStratum() throws {
        let strata = ["A", "B", "C", "D", "E"].map { S(name: $0, size: 10) }
        #expect(StratumAllocation.sample(n: 3, strata: strata) == [1, 1, 1, 0, 0])
        // Through the draw: the plan warns about the strata left out.
        var households: [SamplingFixture.Household] = []
        for s in ["A", "B", "C", "D", "E"] { households += SamplingFixture.block("P", s, s, 10) }
        let result = try SamplingFixture.draw(households, options: SampleOptions(rate: 0.06, minCount: 3, reserveRate: 0))
        #expect(result.plans[0].strata.map(\.sample) == [1, 1, 1, 0, 0])
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.en.contains("D (N=10), E (N=10)") == true)
    }

    /// Certainty households are lower bounds: 12 included in A, n = 20 over 50, 50 →
    /// plain 10, 10; A raised to 12, B gets the 8 left.
    @Test func certaintyCountsTowardsN() {
        let strata = [S(name: "A", size: 50, certainty: 12), S(name: "B", size: 50)]
        #expect(StratumAllocation.sample(n: 20, strata: strata) == [12, 8])
        // More certainty households than n: the sample is exactly them.
        let crowded = [S(name: "A", size: 50, certainty: 15), S(name: "B", size: 50, certainty: 7)]
        #expect(StratumAllocation.sample(n: 20, strata: crowded) == [15, 7])
    }

    /// Reserves: ⌈0.15·20⌉ = 3 exactly (0.15·20 is 3.0000000000000004 in binary).
    /// Over 47, 31, 13, 9 with samples 10, 6, 3, 2: quotas 1.41, .93, .39, .27 → 1, 0, 0, 0; left 2 → B, A.
    @Test func reservesAreExactAndProportional() {
        #expect(SampleSize.exactCeiling(rate: 0.15, times: 20) == 3)
        #expect(SampleSize.exactCeiling(rate: 0.1, times: 23) == 3)
        let strata = [S(name: "A", size: 47), S(name: "B", size: 31), S(name: "C", size: 13), S(name: "D", size: 9)]
        #expect(StratumAllocation.reserves(3, strata: strata, sample: [10, 6, 3, 2]) == [2, 1, 0, 0])
        // A stratum with nothing left is capped and the rest moves on: 4 over 10 (all sampled) and 10 → 0, 4.
        #expect(
            StratumAllocation.reserves(4, strata: [S(name: "A", size: 10), S(name: "B", size: 10)], sample: [10, 2]) == [0, 4])
        // Never more than the households left.
        #expect(StratumAllocation.reserves(9, strata: [S(name: "A", size: 5)], sample: [3]) == [2])
    }

    /// Allocations always sum to n and stay within 0…N_h, whatever the sizes.
    @Test func allocationsSumToN() {
        var state: UInt64 = 12345
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<500 {
            let strata = (0..<(1 + next(8))).map { S(name: "s\($0)", size: 1 + next(60)) }
            let total = strata.reduce(0) { $0 + $1.size }
            let n = SampleSize.required(population: total, rate: 0.2, minCount: 20)
            let a = StratumAllocation.sample(n: n, strata: strata)
            #expect(a.reduce(0, +) == n)
            #expect(zip(a, strata).allSatisfy { $0 >= 0 && $0 <= $1.size })
            if n >= strata.count { #expect(a.allSatisfy { $0 >= 1 }) }
        }
    }
}
