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
        let h = Self.slotHash(UnsafeBufferPointer(start: nil, count: 0))
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

    /// The table's own hash: eight bytes a step rather than FNV-1a's one (a category cell is
    /// hashed whenever it differs from the previous row's). Only the table sees it, so it
    /// may change; `hash` is the stable one others rely on.
    @inline(__always)
    static func slotHash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = b.count
        var h = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        @inline(__always) func mix(_ word: UInt64) {
            h = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
        }
        guard let p = b.baseAddress, n > 0 else { return h }
        let raw = UnsafeRawPointer(p)
        if n >= 8 {
            var i = 0
            while i &+ 8 < n {
                mix(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i &+= 8
            }
            mix(raw.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self))  // the last eight, overlapping
        } else if n >= 4 {
            let low = UInt64(raw.loadUnaligned(as: UInt32.self))
            mix(low | UInt64(raw.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self)) << 32)
        } else {
            mix(UInt64(p[0]) | UInt64(p[n >> 1]) << 8 | UInt64(p[n &- 1]) << 16)
        }
        h = (h ^ (h >> 29)) &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 32)
    }

    /// The id of these UTF-8 bytes, adding them when new.
    public mutating func intern(bytes b: UnsafeBufferPointer<UInt8>) -> Int32 {
        if !deduplicating {
            bytes.append(contentsOf: b)
            offsets.append(bytes.count)
            return Int32(count - 1)
        }
        let h = Self.slotHash(b)
        if let id = find(b, hash: h) { return id }
        let id = Int32(count)
        bytes.append(contentsOf: b)
        offsets.append(bytes.count)
        hashes.append(h)
        if count * 2 > slots.count { grow() }
        insertSlot(hash: h, id: id)
        return id
    }

    /// `intern(bytes:)` that first tries `hint`, the id the same column had in the previous
    /// row: a project or a property type repeats row after row, and one compare of its bytes
    /// costs less than hashing them.
    @inline(__always)
    mutating func intern(bytes b: UnsafeBufferPointer<UInt8>, hint: Int32) -> Int32 {
        if deduplicating && hint >= 0 && Int(hint) < count && equal(Int(hint), b) { return hint }
        return intern(bytes: b)
    }

    /// Bytes of all texts together.
    var byteCount: Int { bytes.count }

    /// Makes room for `texts` more texts of `bytes` bytes in all, so that a million units and
    /// form ids are not copied again and again as the arrays double.
    mutating func reserve(texts: Int, bytes extra: Int) {
        bytes.reserveCapacity(bytes.count + extra)
        offsets.reserveCapacity(offsets.count + texts)
        guard deduplicating else { return }
        hashes.reserveCapacity(hashes.count + texts)
        while (count + texts) * 2 > slots.count { grow() }
    }

    public mutating func intern(_ s: String) -> Int32 {
        var s = s
        return s.withUTF8 { intern(bytes: $0) }
    }

    public func lookup(_ s: String) -> Int32? {
        precondition(deduplicating, "lookup needs a deduplicating pool")
        var s = s
        return s.withUTF8 { find($0, hash: Self.slotHash($0)) }
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

    @inline(__always)
    private func equal(_ id: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[id], end = offsets[id + 1]
        guard end - start == b.count else { return false }
        return bytes.withUnsafeBufferPointer { all in
            b.count == 0 || Self.same(all.baseAddress! + start, b.baseAddress!, b.count)
        }
    }

    /// `memcmp(a, b, n) == 0` for short texts without the call: eight bytes at a time.
    @inline(__always)
    private static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        var i = 0
        while i &+ 8 <= n {
            if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self) != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
                return false
            }
            i &+= 8
        }
        while i < n {
            if a[i] != b[i] { return false }
            i &+= 1
        }
        return true
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
