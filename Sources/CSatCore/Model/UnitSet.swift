/// A set of `UnitKey`s: linear probing over a flat `[UInt64]`.
///
/// A national roster holds millions of households; Swift's `Set` hashes every
/// key again with SipHash and rehashes as it grows, which made reading a
/// 4.5M-row roster twice as slow as parsing it. The keys are already FNV
/// hashes, so one multiplication spreads them enough.
///
/// A slot holds the key times an odd constant (`mix`: a bijection, so only the
/// zero key mixes to zero, which marks an empty slot), and the key's home slot
/// is that product scaled to the capacity (`home`). Home slots therefore rise
/// with the stored value: keys alike in their top bits share one stretch of
/// the table. `Builder` relies on that to fill a table of millions region by
/// region inside the cache, and `grow` reinserts nearly in order.
public struct UnitSet: Sendable {
    var slots: [UInt64]
    var hasZero = false
    public internal(set) var count = 0

    public init(minimumCapacity: Int = 1024) {
        slots = Array(repeating: 0, count: Self.capacity(for: minimumCapacity))
    }

    /// A finished table from `Builder`.
    init(slots: [UInt64], hasZero: Bool, count: Int) {
        self.slots = slots
        self.hasZero = hasZero
        self.count = count
    }

    /// Slots for `count` keys at a load of at most 3/4, where linear probing stays short.
    /// Any capacity works (`home` scales rather than masks), so none is wasted rounding up.
    static func capacity(for count: Int) -> Int {
        max(1024, (count * 4 + 2) / 3)
    }

    @inline(__always)
    static func mix(_ key: UInt64) -> UInt64 {
        key &* 0x9E37_79B9_7F4A_7C15
    }

    /// The slot (or, with a region count, the region) where the probe for `mixed` starts.
    @inline(__always)
    static func home(_ mixed: UInt64, _ capacity: Int) -> Int {
        Int(truncatingIfNeeded: mixed.multipliedFullWidth(by: UInt64(truncatingIfNeeded: capacity)).high)
    }

    public func contains(_ key: UnitKey) -> Bool {
        let m = Self.mix(key.rawValue)
        if m == 0 { return hasZero }
        let capacity = slots.count
        var i = Self.home(m, capacity)
        while true {
            let s = slots[i]
            if s == m { return true }
            if s == 0 { return false }
            i += 1
            if i == capacity { i = 0 }
        }
    }

    /// Inserts `key`; false when it was there already.
    @discardableResult
    public mutating func insert(_ key: UnitKey) -> Bool {
        let m = Self.mix(key.rawValue)
        if m == 0 {
            defer { hasZero = true }
            if hasZero { return false }
            count += 1
            return true
        }
        if (count + 1) * 4 > slots.count * 3 { grow() }
        guard place(m) else { return false }
        count += 1
        return true
    }

    /// Puts a mixed key other than zero in the first free slot from its home, without
    /// counting it or growing; false when it is there already.
    @inline(__always)
    mutating func place(_ m: UInt64) -> Bool {
        let capacity = slots.count
        var i = Self.home(m, capacity)
        while true {
            let s = slots[i]
            if s == m { return false }
            if s == 0 {
                slots[i] = m
                return true
            }
            i += 1
            if i == capacity { i = 0 }
        }
    }

    /// Doubles the table. The old slots are already in about home order, so the new
    /// table fills front to back rather than at random.
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        for m in old where m != 0 { _ = place(m) }
    }
}
