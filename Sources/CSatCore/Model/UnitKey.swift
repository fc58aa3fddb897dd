/// A 64-bit key for a (project, unit) pair: FNV-1a over the UTF-8 bytes of
/// `project`, a 0x1F separator, and `unit`.
///
/// Rosters of millions of households are held as sets of these keys rather
/// than of strings (8 bytes a household). Two different households share a
/// key with probability about n²/2⁶⁵ — under 10⁻⁶ for 4.5 million.
public struct UnitKey: Hashable, Sendable {
    public let rawValue: UInt64

    public init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    public init(project: String, unit: String) {
        var h = Self.start
        for b in project.utf8 { h = Self.step(h, b) }
        h = Self.step(h, 0x1F)
        for b in unit.utf8 { h = Self.step(h, b) }
        rawValue = h
    }

    /// The same key from UTF-8 bytes (the roster reader's path: no `String` per household).
    public init(project: UnsafeBufferPointer<UInt8>, unit: UnsafeBufferPointer<UInt8>) {
        self.init(projectState: Self.state(project: project), unit: unit)
    }

    /// The hash state after `project` and the separator. A roster lists a project's households
    /// together, so the reader hashes each project once rather than once per household.
    static func state(project: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = Self.start
        for b in project { h = Self.step(h, b) }
        return Self.step(h, 0x1F)
    }

    /// The key of `unit` in the project whose `state(project:)` is `projectState`.
    @inline(__always)
    init(projectState: UInt64, unit: UnsafeBufferPointer<UInt8>) {
        var h = projectState
        for b in unit { h = Self.step(h, b) }
        rawValue = h
    }

    static let start: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func step(_ h: UInt64, _ b: UInt8) -> UInt64 {
        (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3
    }
}
