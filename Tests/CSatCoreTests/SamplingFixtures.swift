@testable import CSatCore

/// In-memory rosters for the sampling tests.
enum SamplingFixture {
    struct Household {
        var project: String
        var unit: String
        var stratum: [String]
        var vacant = false
    }

    /// `count` households `prefix001…` in one stratum of one project.
    static func block(_ project: String, _ stratum: String, _ prefix: String, _ count: Int) -> [Household] {
        (0..<count).map { i in
            let number = String(i + 1)
            let unit = prefix + String(repeating: "0", count: max(0, 3 - number.count)) + number
            return Household(project: project, unit: unit, stratum: [stratum])
        }
    }

    static func roster(
        _ households: [Household], seed: String, include: [(String, String)] = [], exclude: [(String, String)] = []
    ) throws -> SamplingRoster {
        let inc = SampleUnitList(file: "include.csv", entries: include.enumerated().map { ($1.0, $1.1, $0 + 2) })
        let exc = SampleUnitList(file: "exclude.csv", entries: exclude.enumerated().map { ($1.0, $1.1, $0 + 2) })
        var b = try SamplingRosterBuilder(seed: seed, file: "roster.csv", include: inc, exclude: exc)
        for (i, h) in households.enumerated() {
            try b.add(project: h.project, unit: h.unit, stratum: h.stratum, vacant: h.vacant, line: i + 2)
        }
        return try b.finish()
    }

    static func draw(
        _ households: [Household], seed: String = "s", options: SampleOptions = SampleOptions(),
        include: [(String, String)] = [], exclude: [(String, String)] = []
    ) throws -> SampleDrawResult {
        SampleDraw.draw(try roster(households, seed: seed, include: include, exclude: exclude), options: options)
    }

    /// A small deterministic shuffle (SplitMix64), so a test's "random" row order is fixed.
    static func shuffled<T>(_ items: [T], seed: UInt64) -> [T] {
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var a = items
        for i in stride(from: a.count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            a.swapAt(i, j)
        }
        return a
    }
}
