/// A set of `UnitKey`s: open addressing over a flat `[UInt64]`.
///
/// A national roster holds millions of households; Swift's `Set` hashes every
/// key again with SipHash and rehashes as it grows, which made reading a
/// 4.5M-row roster twice as slow as parsing it. The keys are already FNV
/// hashes, so a multiply-shift spreads them enough.
public struct UnitSet: Sendable {
    private var slots: [UInt64]
    private var hasZero = false
    public private(set) var count = 0

    public init(minimumCapacity: Int = 1024) {
        var capacity = 1024
        while capacity * 3 < minimumCapacity * 4 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
    }

    @inline(__always)
    private func start(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    public func contains(_ key: UnitKey) -> Bool {
        let k = key.rawValue
        if k == 0 { return hasZero }
        let mask = slots.count - 1
        var i = start(k, mask)
        while true {
            let s = slots[i]
            if s == k { return true }
            if s == 0 { return false }
            i = (i + 1) & mask
        }
    }

    /// Inserts `key`; false when it was there already.
    @discardableResult
    public mutating func insert(_ key: UnitKey) -> Bool {
        let k = key.rawValue
        if k == 0 {
            defer { hasZero = true }
            if hasZero { return false }
            count += 1
            return true
        }
        if (count + 1) * 4 > slots.count * 3 { grow() }  // load ≤ 3/4: linear probing stays short
        let mask = slots.count - 1
        var i = start(k, mask)
        while true {
            let s = slots[i]
            if s == k { return false }
            if s == 0 {
                slots[i] = k
                count += 1
                return true
            }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        for k in old where k != 0 {
            var i = start(k, mask)
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = k
        }
    }
}
