/// The texts of a form table. Categories (project, building, types, surveyor,
/// extra segment values) are interned: few distinct values, ids from 0, so
/// per-category sums can live in small arrays. Units and form ids are nearly
/// all different: they are appended to a second store without hashing and
/// named by ids below 0 (`-1 - index`), which halves their cost in time and
/// memory on a million forms. Id 0 is the empty text in both.
public struct TextStore: Sendable {
    public var categories = StringPool()
    public var keys: StringPool

    /// `deduplicateKeys`: when units are a segment column they must be interned too.
    public init(deduplicateKeys: Bool = false) {
        keys = StringPool(deduplicating: deduplicateKeys)
    }

    public subscript(id: Int32) -> String {
        id >= 0 ? categories[id] : keys[-1 - id]
    }

    public func withBytes<R>(_ id: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        id >= 0 ? categories.withBytes(id, body) : keys.withBytes(-1 - id, body)
    }

    public mutating func intern(bytes b: UnsafeBufferPointer<UInt8>) -> Int32 { categories.intern(bytes: b) }
    public mutating func intern(_ s: String) -> Int32 { categories.intern(s) }
    /// A category, trying first `hint` (the same column's id in the previous row).
    mutating func intern(bytes b: UnsafeBufferPointer<UInt8>, hint: Int32) -> Int32 {
        categories.intern(bytes: b, hint: hint)
    }
    public func lookup(_ s: String) -> Int32? { categories.lookup(s) }

    /// A unit or form id; the empty text is 0, like an empty category.
    public mutating func key(bytes b: UnsafeBufferPointer<UInt8>) -> Int32 {
        b.isEmpty ? 0 : -1 - keys.intern(bytes: b)
    }

    /// Room for `count` more units and form ids of `bytes` bytes in all (see `StringPool.reserve`).
    mutating func reserveKeys(_ count: Int, bytes: Int) {
        keys.reserve(texts: count, bytes: bytes)
    }

    /// Bytes of all units and form ids so far, for estimating a file's total from its first rows.
    var keyByteCount: Int { keys.byteCount }

    public mutating func key(_ s: String) -> Int32 {
        var s = s
        return s.withUTF8 { key(bytes: $0) }
    }
}
