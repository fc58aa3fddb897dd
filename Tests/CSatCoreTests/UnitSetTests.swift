import Testing

@testable import CSatCore

/// `UnitSet` and `UnitSet.Builder` against Swift's `Set`, including the builder's
/// rare paths: the zero key, full regions, keys that wrap past the last slot, growth.
@Suite struct UnitSetTests {
    /// SplitMix64: a fixed stream of keys, the same on every run.
    struct Keys {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// The key whose mixed value is `m`, to aim keys at chosen slots and regions.
    static func unmixed(_ m: UInt64) -> UnitKey {
        // Newton's iteration for the inverse of an odd number modulo 2^64.
        let a: UInt64 = 0x9E37_79B9_7F4A_7C15
        var inverse = a
        for _ in 0..<6 { inverse = inverse &* (2 &- a &* inverse) }
        let key = UnitKey(rawValue: m &* inverse)
        precondition(UnitSet.mix(key.rawValue) == m)
        return key
    }

    static func built(_ keys: [UInt64], expected: Int) -> UnitSet? {
        var b = UnitSet.Builder(expectedCount: expected)
        for k in keys { b.append(UnitKey(rawValue: k)) }
        return b.finish()
    }

    @Test func insertAndContains() {
        var s = UnitSet()
        let inserted = ["1-101", "1-102", "1-101"].map { s.insert(UnitKey(project: "甲苑", unit: $0)) }
        #expect(inserted == [true, true, false])
        #expect(s.count == 2)
        #expect(s.contains(UnitKey(project: "甲苑", unit: "1-102")))
        #expect(!s.contains(UnitKey(project: "乙苑", unit: "1-102")))
    }

    @Test func zeroKeyIsAKeyLikeAnyOther() {
        var s = UnitSet()
        #expect(!s.contains(UnitKey(rawValue: 0)))
        let inserted = [s.insert(UnitKey(rawValue: 0)), s.insert(UnitKey(rawValue: 0))]
        #expect(inserted == [true, false])
        #expect(s.contains(UnitKey(rawValue: 0)))
        #expect(s.count == 1)

        let one = Self.built([0, 5], expected: 10)
        #expect(one?.contains(UnitKey(rawValue: 0)) == true)
        #expect(one?.contains(UnitKey(rawValue: 5)) == true)
        #expect(one?.count == 2)
        #expect(Self.built([5, 0], expected: 10)?.contains(UnitKey(rawValue: 7)) == false)
        #expect(Self.built([0, 5, 0], expected: 10) == nil)
    }

    @Test func growsFarPastItsCapacityHint() {
        var keys = Keys(state: 1)
        let all = (0..<200_000).map { _ in keys.next() }
        var s = UnitSet(minimumCapacity: 10)
        let refused = all.filter { !s.insert(UnitKey(rawValue: $0)) }
        #expect(refused.isEmpty)
        #expect(s.count == all.count)
        #expect(all.allSatisfy { s.contains(UnitKey(rawValue: $0)) })

        let b = Self.built(all, expected: 10)
        #expect(b?.count == all.count)
        #expect(all.allSatisfy { b?.contains(UnitKey(rawValue: $0)) == true })
    }

    /// A few hundred thousand keys, one in eight drawn again: every insert, every
    /// lookup and the builder's verdict agree with `Set<UInt64>`.
    @Test(arguments: [1, 300_000, 2_000_000])
    func agreesWithSwiftSet(expected: Int) {
        var keys = Keys(state: UInt64(expected))
        var drawn: [UInt64] = []
        for _ in 0..<400_000 {
            let fresh = keys.next()
            drawn.append(drawn.isEmpty || fresh % 8 != 0 ? fresh : drawn[Int(fresh >> 8) % drawn.count])
        }
        var reference = Set<UInt64>(), set = UnitSet(minimumCapacity: expected)
        var distinct: [UInt64] = []
        var disagreements = 0
        for k in drawn {
            let fresh = reference.insert(k).inserted
            if set.insert(UnitKey(rawValue: k)) != fresh { disagreements += 1 }
            if fresh { distinct.append(k) }
        }
        #expect(disagreements == 0)
        #expect(distinct.count < drawn.count)
        #expect(set.count == reference.count)
        #expect(Self.built(drawn, expected: expected) == nil)

        let built = Self.built(distinct, expected: expected)
        #expect(built?.count == distinct.count)
        var found = 0
        for _ in 0..<400_000 {
            let probe = keys.next()
            let k = probe % 2 == 0 ? probe : distinct[Int(probe >> 8) % distinct.count]
            let expected = reference.contains(k)
            if expected { found += 1 }
            if set.contains(UnitKey(rawValue: k)) != expected { disagreements += 1 }
            if built?.contains(UnitKey(rawValue: k)) != expected { disagreements += 1 }
        }
        #expect(disagreements == 0)
        #expect(found > 150_000 && found < 250_000)
    }

    /// Keys aimed at one region fill its list and spill into the overflow; keys aimed at
    /// the last slots run past the end of the table and wrap round to the first region.
    @Test func skewedAndWrappingKeys() {
        let expected = 300_000
        let capacity = UnitSet.capacity(for: expected)
        let regions = capacity / UnitSet.Builder.regionSlots
        #expect(regions >= 4)
        let regionWidth = UInt64.max / UInt64(regions), regionSize = capacity / regions
        var aimed: [UnitKey] = []
        let crowd = regionSize + 2_000  // more than region 1's list holds
        for i in 0..<crowd { aimed.append(Self.unmixed(regionWidth &+ UInt64(i) &* (regionWidth / UInt64(crowd)))) }
        let last = UInt64.max / UInt64(capacity)  // the width of one slot's share of the key space
        for i in 0..<3_000 { aimed.append(Self.unmixed(UInt64.max &- UInt64(i) &* (last / 3))) }  // 3 a slot
        var keys = Keys(state: 7)
        for _ in 0..<100_000 { aimed.append(UnitKey(rawValue: keys.next())) }

        var b = UnitSet.Builder(expectedCount: expected)
        for k in aimed { b.append(k) }
        let set = b.finish()
        #expect(set?.count == aimed.count)
        #expect(aimed.allSatisfy { set?.contains($0) == true })
        #expect(set?.contains(Self.unmixed(UInt64.max &- 1)) == false)
        #expect(set?.contains(Self.unmixed(regionWidth &+ 1)) == false)

        // The same keys with one of each kind repeated at the end.
        for repeated in [aimed[crowd - 1], aimed[crowd + 2_000], aimed[crowd + 50_000]] {
            var again = UnitSet.Builder(expectedCount: expected)
            for k in aimed + [repeated] { again.append(k) }
            #expect(again.finish() == nil)
        }
    }

    @Test func emptyBuilder() {
        var b = UnitSet.Builder(expectedCount: 0)
        let s = b.finish()
        #expect(s?.count == 0)
        #expect(s?.contains(UnitKey(project: "甲苑", unit: "1-101")) == false)
    }
}
