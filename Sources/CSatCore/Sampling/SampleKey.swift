/// The seeded generator of the sample draw (SPEC.md "Sampling"; docs/SAMPLING.md §2).
///
/// Every household gets a key that depends only on the seed, its project and
/// its unit: the first 8 bytes, read big-endian, of
/// SHA-256(seed ‖ 0x1F ‖ project ‖ 0x1F ‖ unit) over the UTF-8 text.
/// Sorting a stratum by key is a uniformly random permutation of it, so the
/// units with the smallest keys are a simple random sample without
/// replacement. Why keys and not a stream generator: a stream's draws depend
/// on the order households are fed to it, keys do not — the same roster with
/// its rows shuffled gives the same sample, and an auditor can recompute any
/// single household's key with `sha256sum` without rerunning csat.
public enum SampleKey {
    /// The unit separator between the seed, the project and the unit (ASCII US).
    public static let separator: UInt8 = 0x1F

    /// The key of one household.
    public static func key(seed: String, project: String, unit: String) -> UInt64 {
        var (seed, project, unit) = (seed, project, unit)
        let hasher = SHA256.Reused()
        return seed.withUTF8 { s in project.withUTF8 { p in unit.withUTF8 { u in key(s, p, u, using: hasher) } } }
    }

    /// `key(seed:project:unit:)` on UTF-8 bytes: the message is laid out in one stack buffer and
    /// hashed there on the caller's context (4.5 million households: no allocation each).
    public static func key(
        _ seed: UnsafeBufferPointer<UInt8>, _ project: UnsafeBufferPointer<UInt8>, _ unit: UnsafeBufferPointer<UInt8>,
        using hasher: SHA256.Reused
    ) -> UInt64 {
        let length = seed.count + project.count + unit.count + 2
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { m in
            let at = m.baseAddress!
            if let b = seed.baseAddress { at.update(from: b, count: seed.count) }
            at[seed.count] = separator
            if let b = project.baseAddress { (at + seed.count + 1).update(from: b, count: project.count) }
            at[seed.count + 1 + project.count] = separator
            if let b = unit.baseAddress { (at + seed.count + project.count + 2).update(from: b, count: unit.count) }
            return hasher.leadingUInt64(UnsafeRawBufferPointer(start: at, count: length))
        }
    }

    /// The draw order inside a stratum: smaller key first; on equal keys
    /// (probability about 2⁻⁶⁴ a pair) the unit text decides, by Unicode
    /// scalar order (the same as UTF-8 byte order), so the order is total.
    @inline(__always)
    public static func precedes(_ a: (key: UInt64, unit: String), _ b: (key: UInt64, unit: String)) -> Bool {
        if a.key != b.key { return a.key < b.key }
        return scalarOrder(a.unit, b.unit)
    }

    /// Unicode scalar order of two strings (UTF-8 byte order). Swift's own `<`
    /// compares canonical equivalents, which an auditor's tools do not: names
    /// of projects and strata are sorted with this everywhere in sampling.
    @inline(__always)
    public static func scalarOrder(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// A fresh seed from the system's random source: 16 lower-case hex digits (64 bits).
    public static func freshSeed() -> String {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next()
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
