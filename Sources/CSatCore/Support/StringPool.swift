import Foundation

/// Interns texts: each distinct text is stored once and named by an `Int32`.
///
/// Keyed by UTF-8 bytes in an open-addressing table, so the importer can
/// intern a cell straight from libcsv's buffer: a `String` is made only the
/// first time a text is seen, and lookups compare bytes (Swift's `String ==`
/// normalises Unicode, which dominated the import of Chinese text).
public struct StringPool: Sendable {
    public static let empty: Int32 = 0

    /// UTF-8 bytes of every text, back to back; text i is `bytes[offsets[i]..<offsets[i + 1]]`.
    private var bytes: [UInt8] = []
    private var offsets: [Int] = [0, 0]
    /// Open addressing: id + 1, or 0 for an empty slot. Capacity is a power of two.
    private var slots: [Int32] = Array(repeating: 0, count: 1024)
    private var hashes: [UInt64] = [0]
    /// False for a column of texts that are (almost) all different — units and form ids:
    /// every text is appended, nothing is hashed, and `lookup` is not available.
    public let deduplicating: Bool

    public init(deduplicating: Bool = true) {
        self.deduplicating = deduplicating
        if !deduplicating {
            slots = []
            hashes = []
            return
        }
        let h = Self.hash(UnsafeBufferPointer(start: nil, count: 0))
        hashes[0] = h
        insertSlot(hash: h, id: 0)
    }

    /// Texts are kept as bytes only, and a `String` is made when one is asked for: a
    /// million units and form ids as `String`s would cost 16 bytes each and more.
    public var count: Int { offsets.count - 1 }

    public subscript(id: Int32) -> String {
        let start = offsets[Int(id)], end = offsets[Int(id) + 1]
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of text `id`, without making a `String`.
    public func withBytes<R>(_ id: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let start = offsets[Int(id)], end = offsets[Int(id) + 1]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// FNV-1a, 64 bits.
    @inline(__always)
    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in b {
            h ^= UInt64(byte)
            h &*= 0x0000_0100_0000_01b3
        }
        return h
    }

    /// The id of these UTF-8 bytes, adding them when new.
    public mutating func intern(bytes b: UnsafeBufferPointer<UInt8>) -> Int32 {
        if !deduplicating {
            bytes.append(contentsOf: b)
            offsets.append(bytes.count)
            return Int32(count - 1)
        }
        let h = Self.hash(b)
        if let id = find(b, hash: h) { return id }
        let id = Int32(count)
        bytes.append(contentsOf: b)
        offsets.append(bytes.count)
        hashes.append(h)
        if count * 2 > slots.count { grow() }
        insertSlot(hash: h, id: id)
        return id
    }

    public mutating func intern(_ s: String) -> Int32 {
        var s = s
        return s.withUTF8 { intern(bytes: $0) }
    }

    public func lookup(_ s: String) -> Int32? {
        precondition(deduplicating, "lookup needs a deduplicating pool")
        var s = s
        return s.withUTF8 { find($0, hash: Self.hash($0)) }
    }

    private func find(_ b: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int32? {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let slot = slots[i]
            if slot == 0 { return nil }
            let id = Int(slot - 1)
            if hashes[id] == h && equal(id, b) { return Int32(id) }
            i = (i + 1) & mask
        }
    }

    private func equal(_ id: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[id], end = offsets[id + 1]
        guard end - start == b.count else { return false }
        return bytes.withUnsafeBufferPointer { all in
            b.count == 0 || memcmp(all.baseAddress! + start, b.baseAddress!, b.count) == 0
        }
    }

    private mutating func insertSlot(hash h: UInt64, id: Int32) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = id + 1
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for id in 0..<count { insertSlot(hash: hashes[id], id: Int32(id)) }
    }
}
