/// One record, valid only during the callback that receives it.
///
/// CSatCore reads every table through this shape (`TableRow`): a JSON form
/// or a worksheet row is made into one with `init(line:count:bytes:ends:)`.
///
/// The fields are views into the reader's reusable buffer, already transcoded
/// to UTF-8: reading a million rows allocates nothing per field unless the
/// caller asks for a `String`.
public struct CSVRow {
    /// 1-based physical line where the record starts (a quoted field may carry it over more lines).
    public var line: Int
    /// Number of fields.
    public var count: Int
    @usableFromInline let bytes: UnsafePointer<UInt8>
    /// `ends[i]` is the offset just past field `i`; field `i` starts at `ends[i - 1]` (or 0).
    @usableFromInline let ends: UnsafePointer<Int>

    /// A row over cells that another reader laid out the same way: `count` ends into `bytes`.
    public init(line: Int, count: Int, bytes: UnsafePointer<UInt8>, ends: UnsafePointer<Int>) {
        self.line = line
        self.count = count
        self.bytes = bytes
        self.ends = ends
    }

    /// The UTF-8 bytes of all fields, back to back; field `i` is `fieldBytes[start..<fieldEnds[i]]`
    /// with `start` the previous field's end (or 0).
    ///
    /// For readers that decode every cell of a row: one loop over the fields instead of a
    /// closure call per cell (`withField`). Valid only during the callback, like the row.
    @inlinable public var fieldBytes: UnsafePointer<UInt8> { bytes }

    /// `fieldEnds[i]` is the offset in `fieldBytes` just past field `i`; there are `count`.
    @inlinable public var fieldEnds: UnsafeBufferPointer<Int> { UnsafeBufferPointer(start: ends, count: count) }

    /// Calls `body` with the UTF-8 bytes of field `i` (0-based), which must not escape it.
    @inlinable
    public func withField<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        precondition(i >= 0 && i < count, "field index \(i) out of range 0..<\(count)")
        let start = i == 0 ? 0 : ends[i - 1]
        return try body(UnsafeBufferPointer(start: bytes + start, count: ends[i] - start))
    }

    /// Field `i` as a `String` (the bytes are valid UTF-8, checked or transcoded by the reader).
    public func string(_ i: Int) -> String {
        withField(i) { String(decoding: $0, as: UTF8.self) }
    }

    /// Every field as a `String`: for headers and small files, not for the hot path.
    public func strings() -> [String] {
        (0..<count).map(string)
    }

    /// About how many bytes of the file this record took (its UTF-8 text plus one delimiter
    /// per field): enough for a progress bar's rate and ETA.
    public var approximateByteCount: Int {
        count == 0 ? 1 : ends[count - 1] + count
    }

    /// Whether field `i` is the empty string, without making one.
    public func isEmpty(_ i: Int) -> Bool {
        withField(i) { $0.isEmpty }
    }
}

/// Collects the fields of the record being parsed; libcsv's own buffer only holds one field at a time.
///
/// A struct with manual storage, reached by libcsv's C callbacks through a raw
/// context pointer: no reference counting per field (a class behind
/// `Unmanaged` cost a retain and release on every callback, 17% of the time).
/// `RecordScanner` owns it and calls `free()`.
struct FieldBuffer {
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private var byteCapacity: Int
    private(set) var byteCount = 0
    private(set) var ends: UnsafeMutablePointer<Int>
    private var fieldCapacity: Int
    private(set) var fieldCount = 0
    /// Set by the row callback; the scanner delivers the row and calls `reset()`.
    var rowEnded = false
    /// The fields of this record cut to `cellLimit`: index, and length in bytes before the cut.
    private(set) var cuts: [(field: Int, bytes: Int)] = []

    static let cellLimit = CellLimit.limit

    init() {
        byteCapacity = 1 << 16
        bytes = .allocate(capacity: byteCapacity)
        fieldCapacity = 256
        ends = .allocate(capacity: fieldCapacity)
    }

    func free() {
        bytes.deallocate()
        ends.deallocate()
    }

    /// Called by libcsv for every field (45 million in a national wave): one capacity test,
    /// the copy, one store.
    @inline(__always)
    mutating func append(_ source: UnsafeRawPointer?, _ length: Int) {
        // A field of at most `cellLimit` bytes has at most as many UTF-16 units: one compare.
        var length = length
        if _slowPath(length > Self.cellLimit), let source { length = cut(source, length) }
        if _slowPath(byteCapacity &- byteCount < length || fieldCount == fieldCapacity) { grow(byteCount + length) }
        if length > 0, let source {
            Self.copy(source, UnsafeMutableRawPointer(bytes + byteCount), length)
            byteCount &+= length
        }
        ends[fieldCount] = byteCount
        fieldCount &+= 1
    }

    /// Copies `n` (≥ 1) bytes. Most survey fields are a few bytes: up to 16 they take two
    /// overlapping loads and stores (or three single bytes below 4), no loop and no call to
    /// memmove. Never reads outside `from[0..<n]`.
    @inline(__always)
    private static func copy(_ from: UnsafeRawPointer, _ to: UnsafeMutableRawPointer, _ n: Int) {
        if n >= 8 {
            guard n <= 16 else { return to.copyMemory(from: from, byteCount: n) }
            let head = from.loadUnaligned(as: UInt64.self)
            let tail = from.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
            to.storeBytes(of: head, as: UInt64.self)
            to.storeBytes(of: tail, toByteOffset: n &- 8, as: UInt64.self)
        } else if n >= 4 {
            let head = from.loadUnaligned(as: UInt32.self)
            let tail = from.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self)
            to.storeBytes(of: head, as: UInt32.self)
            to.storeBytes(of: tail, toByteOffset: n &- 4, as: UInt32.self)
        } else {
            let first = from.load(as: UInt8.self)
            let middle = from.load(fromByteOffset: n >> 1, as: UInt8.self)
            let last = from.load(fromByteOffset: n &- 1, as: UInt8.self)
            to.storeBytes(of: first, as: UInt8.self)
            to.storeBytes(of: middle, toByteOffset: n >> 1, as: UInt8.self)
            to.storeBytes(of: last, toByteOffset: n &- 1, as: UInt8.self)
        }
    }

    mutating func reset() {
        byteCount = 0
        fieldCount = 0
        rowEnded = false
        if _slowPath(!cuts.isEmpty) { cuts.removeAll() }
    }

    /// The field's kept length (`CellLimit.keptLength`); a cut is noted for the scanner's warning.
    @inline(never)
    private mutating func cut(_ source: UnsafeRawPointer, _ length: Int) -> Int {
        let kept = CellLimit.keptLength(UnsafeBufferPointer(start: source.assumingMemoryBound(to: UInt8.self), count: length))
        if kept < length { cuts.append((fieldCount, length)) }
        return kept
    }

    func row(line: Int) -> CSVRow {
        CSVRow(line: line, count: fieldCount, bytes: bytes, ends: ends)
    }

    @inline(never)
    private mutating func grow(_ neededBytes: Int) {
        if neededBytes > byteCapacity { growBytes(neededBytes) }
        if fieldCount == fieldCapacity { growFields() }
    }

    private mutating func growBytes(_ needed: Int) {
        var capacity = byteCapacity * 2
        while capacity < needed { capacity *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        bigger.update(from: bytes, count: byteCount)
        bytes.deallocate()
        bytes = bigger
        byteCapacity = capacity
    }

    private mutating func growFields() {
        let capacity = fieldCapacity * 2
        let bigger = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
        bigger.update(from: ends, count: fieldCount)
        ends.deallocate()
        ends = bigger
        fieldCapacity = capacity
    }
}

/// The most a cell keeps: 32,767 UTF-16 code units, Excel's limit for a cell, where every text csat
/// shows ends up. A longer one is a pasted log or a quote that swallowed the rest of the file;
/// keeping it whole made every later copy (the answer, its masked text, the report) one more copy
/// of it (docs/PERFORMANCE.md, "One huge field"). Used by the CSV reader and the JSON table.
public enum CellLimit {
    public static let limit = 32_767

    /// The length in bytes of the longest start of `utf8` within `limit` UTF-16 units, ending at a
    /// character boundary: `utf8.count` when it is within the limit.
    public static func keptLength(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard utf8.count > limit else { return utf8.count }
        var units = 0
        var i = 0
        while i < utf8.count {
            let b = utf8[i]
            if b & 0xC0 != 0x80 {
                let width = b >= 0xF0 ? 2 : 1
                if units + width > limit { break }
                units += width
            }
            i += 1
        }
        return i
    }
}
