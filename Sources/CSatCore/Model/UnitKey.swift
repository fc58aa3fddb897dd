/// A 64-bit key for a (project, unit) pair: FNV-1a over the UTF-8 bytes of
/// `project`, a 0x1F separator, and `unit`.
///
/// Rosters of millions of households are held as sets of these keys rather
/// than of strings (8 bytes a household). Two different households share a
/// key with probability about n²/2⁶⁵ — under 10⁻⁶ for 4.5 million.
public struct UnitKey: Hashable, Sendable {
    public let rawValue: UInt64

    public init(project: String, unit: String) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in project.utf8 {
            h ^= UInt64(b)
            h &*= 0x0000_0100_0000_01b3
        }
        h ^= 0x1F
        h &*= 0x0000_0100_0000_01b3
        for b in unit.utf8 {
            h ^= UInt64(b)
            h &*= 0x0000_0100_0000_01b3
        }
        rawValue = h
    }
}
