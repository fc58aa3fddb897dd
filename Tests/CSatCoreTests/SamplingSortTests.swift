import Testing

@testable import CSatCore

/// `SamplingRosterBuilder.sortByKey` gives the order of a comparison sort by `SampleKey.precedes`.
@Suite struct SamplingSortTests {
    typealias H = SamplingRoster.Household

    static func sortedByComparison(_ hs: [H]) -> [(UInt64, String)] {
        hs.sorted { SampleKey.precedes(($0.key, $0.unit), ($1.key, $1.unit)) }.map { ($0.key, $0.unit) }
    }

    @Test("buckets by the top bits, ties by unit", arguments: [0, 1, 2, 7, 8, 9, 100, 5000])
    func sameOrderAsAComparisonSort(count: Int) {
        // Keys from a multiplicative sequence (spread over all 64 bits), every fifth one equal to
        // the one before so that its unit decides, and a few crowded into the first bucket.
        var hs: [H] = []
        var key: UInt64 = 0x9E37_79B9_7F4A_7C15
        for i in 0..<count {
            if i % 5 != 4 { key = key &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407 }
            let k = i % 11 == 3 ? UInt64(i) : key
            hs.append(H(key: k, unit: "u\((i * 7919) % 1000)-\(i)", line: Int32(i + 2), group: 0))
        }
        var sorted = hs
        SamplingRosterBuilder.sortByKey(&sorted)
        let expected = Self.sortedByComparison(hs)
        #expect(sorted.map(\.key) == expected.map(\.0))
        #expect(sorted.map(\.unit) == expected.map(\.1))
    }

    @Test func unitsListedTwiceEndUpSideBySide() {
        // Three households, the same unit twice with the same key: adjacent after the sort.
        var hs = [H(key: 5 << 60, unit: "A", line: 2, group: 0), H(key: 1 << 60, unit: "B", line: 3, group: 0),
                  H(key: 5 << 60, unit: "A", line: 4, group: 0)]
        SamplingRosterBuilder.sortByKey(&hs)
        #expect(hs.map(\.unit) == ["B", "A", "A"])
    }
}
