import Testing

@testable import CSatCore

/// The draw: reproducible, independent of row order, and honouring vacant,
/// excluded and included households (SPEC.md "Sampling").
@Suite struct SamplingDrawTests {
    typealias H = SamplingFixture.Household

    /// Three projects, strata of uneven size, a few vacant households.
    static let roster: [H] = {
        var hs: [H] = []
        hs += SamplingFixture.block("锦程花园", "1栋", "1-", 47)
        hs += SamplingFixture.block("锦程花园", "2栋", "2-", 31)
        hs += SamplingFixture.block("锦程花园", "3栋", "3-", 13)
        hs += SamplingFixture.block("翠湖苑", "A座", "A", 18)
        hs += SamplingFixture.block("东方大厦", "写字楼", "O", 60)
        hs += SamplingFixture.block("东方大厦", "商铺", "S", 9)
        for i in stride(from: 0, to: hs.count, by: 17) { hs[i].vacant = true }
        return hs
    }()

    static func key(_ r: SampleRow) -> String { "\(r.project)|\(r.stratum)|\(r.unit)|\(r.role)|\(r.order)" }

    @Test func shuffledRosterGivesTheSameSample() throws {
        let a = try SamplingFixture.draw(Self.roster, seed: "2026H1")
        for s in [UInt64(1), 2, 3] {
            let b = try SamplingFixture.draw(SamplingFixture.shuffled(Self.roster, seed: s), seed: "2026H1")
            #expect(a.rows.map(Self.key) == b.rows.map(Self.key))
            #expect(a.plans == b.plans)
        }
    }

    @Test func anotherSeedGivesAnotherSample() throws {
        let a = try SamplingFixture.draw(Self.roster, seed: "2026H1")
        let b = try SamplingFixture.draw(Self.roster, seed: "2026H2")
        #expect(a.plans == b.plans)  // same sizes …
        #expect(Set(a.rows.map(\.unit)) != Set(b.rows.map(\.unit)))  // … other households
    }

    /// The rows come out per project (by name), samples then reserves, strata by name, then key order.
    @Test func listIsOrderedAndNumbered() throws {
        let r = try SamplingFixture.draw(Self.roster, seed: "x")
        #expect(r.plans.map(\.name) == ["东方大厦", "翠湖苑", "锦程花园"])  // UTF-8 order: E4 B8 9C < E7 BF A0 < E9 94 A6
        for p in r.plans {
            let rows = r.rows.filter { $0.project == p.name }
            let samples = rows.filter { $0.role == .sample }, reserves = rows.filter { $0.role == .reserve }
            #expect(samples.map(\.order) == (0..<samples.count).map { $0 + 1 })
            #expect(reserves.map(\.order) == (0..<reserves.count).map { $0 + 1 })
            #expect(rows.map(\.role) == samples.map(\.role) + reserves.map(\.role))
            #expect(samples.count == p.sampled && reserves.count == p.reserves)
            for (name, sample, reserve) in p.strata.map({ ($0.name, $0.sample, $0.reserve) }) {
                #expect(samples.filter { $0.stratum == name }.count == sample)
                #expect(reserves.filter { $0.stratum == name }.count == reserve)
            }
        }
    }

    /// 锦程花园: 91 listed, vacant at indices 0, 17, 34, 51, 68, 85 → 1-001, 1-018, 1-035, 2-005, 2-022, 3-008.
    /// N = 85 → n = 20 (⌈17⌉ < 20); strata N_h 44, 29, 12 → quotas 10.35, 6.82, 2.82 → 10, 6, 2 + .82, .82 tie →
    /// larger N_h (2栋) first: 2栋 7, then 3栋 3 → 10, 7, 3. Reserves ⌈2⌉ = 2 → quotas 1.04, .68, .28 → 1, 0, 0 + B → 1, 1, 0.
    @Test func planHandExample() throws {
        let r = try SamplingFixture.draw(Self.roster, seed: "x")
        let p = try #require(r.plans.first { $0.name == "锦程花园" })
        #expect((p.listed, p.vacant, p.eligible, p.required, p.sampled, p.reserves) == (91, 6, 85, 20, 20, 2))
        #expect(p.strata.map(\.eligible) == [44, 29, 12])
        #expect(p.strata.map(\.sample) == [10, 7, 3])
        #expect(p.strata.map(\.reserve) == [1, 1, 0])
    }

    @Test func vacantAndExcludedAreNeverDrawnIncludedAlwaysAre() throws {
        let vacant = Set(Self.roster.filter(\.vacant).map { [$0.project, $0.unit] })
        let excluded = [("锦程花园", "1-002"), ("锦程花园", "3-010"), ("东方大厦", "S003")]
        let included = [("锦程花园", "2-030"), ("东方大厦", "O059"), ("东方大厦", "S009")]
        for i in 0..<200 {
            let r = try SamplingFixture.draw(Self.roster, seed: "seed-\(i)", include: included, exclude: excluded)
            let drawn = Set(r.rows.map { [$0.project, $0.unit] })
            #expect(drawn.isDisjoint(with: vacant))
            #expect(drawn.isDisjoint(with: excluded.map { [$0.0, $0.1] }))
            let samples = Set(r.rows.filter { $0.role == .sample }.map { [$0.project, $0.unit] })
            #expect(included.allSatisfy { samples.contains([$0.0, $0.1]) })
            #expect(r.plans.first { $0.name == "锦程花园" }?.excluded == 2)
        }
    }

    /// The worked example of docs/SAMPLING.md §8; rows computed by the Python reference there, not by csat.
    @Test func matchesThePythonReference() throws {
        // 1-101 … 1-112 in 1栋, 2-101 … 2-113 in 2栋, 2-105 vacant.
        let hs =
            (1...12).map { H(project: "锦程花园", unit: "1-\(100 + $0)", stratum: ["1栋"]) }
            + (1...13).map { H(project: "锦程花园", unit: "2-\(100 + $0)", stratum: ["2栋"], vacant: $0 == 5) }
        let r = try SamplingFixture.draw(hs, seed: "2026H1", options: SampleOptions(rate: 0.2, minCount: 4, reserveRate: 0.5))
        let expected = [
            "1栋 1-104 sample 1", "1栋 1-108 sample 2", "1栋 1-101 sample 3", "2栋 2-107 sample 4", "2栋 2-112 sample 5",
            "1栋 1-107 reserve 1", "1栋 1-112 reserve 2", "2栋 2-109 reserve 3",
        ]
        #expect(r.rows.map { "\($0.stratum) \($0.unit) \($0.role.rawValue) \($0.order)" } == expected)
    }

    @Test func duplicateHouseholdIsAnErrorWithItsLine() throws {
        var hs = SamplingFixture.block("P", "A", "u", 5)
        hs.append(hs[1])
        #expect {
            _ = try SamplingFixture.roster(hs, seed: "s")
        } throws: { error in
            let e = error as? InputError
            return e?.line == 7 && e?.message.en.contains("listed twice (lines 3 and 7)") == true
        }
    }

    @Test func includeListErrorsNameTheirLine() throws {
        let hs = SamplingFixture.block("P", "A", "u", 5)
        #expect(throws: InputError.self) { _ = try SamplingFixture.roster(hs, seed: "s", include: [("P", "u999")]) }
        #expect(throws: InputError.self) { _ = try SamplingFixture.roster(hs, seed: "s", exclude: [("Q", "u001")]) }
        #expect(throws: InputError.self) {
            _ = try SamplingFixture.roster(hs, seed: "s", include: [("P", "u001")], exclude: [("P", "u001")])
        }
        var vacant = hs
        vacant[0].vacant = true
        #expect(throws: InputError.self) { _ = try SamplingFixture.roster(vacant, seed: "s", include: [("P", "u001")]) }
    }

    @Test func severalStrataColumnsCombine() throws {
        let hs = (0..<40).map { i in H(project: "P", unit: "u\(i)", stratum: [i < 20 ? "1栋" : "2栋", i % 2 == 0 ? "业主" : "租户"]) }
        let r = try SamplingFixture.draw(hs, seed: "s")
        #expect(r.plans[0].strata.map(\.name) == ["1栋/业主", "1栋/租户", "2栋/业主", "2栋/租户"])
        #expect(r.plans[0].strata.map(\.sample) == [5, 5, 5, 5])
    }
}
