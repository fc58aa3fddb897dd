/// One record, valid only during the callback that receives it.
///
/// The fields are views into the reader's reusable buffer, already transcoded
/// to UTF-8: reading a million rows allocates nothing per field unless the
/// caller asks for a `String`.
public struct CSVRow {
    /// 1-based physical line where the record starts (a quoted field may carry it over more lines).
    public var line: Int
    /// Number of fields.
    public var count: Int
    let bytes: UnsafePointer<UInt8>
    /// `ends[i]` is the offset just past field `i`; field `i` starts at `ends[i - 1]` (or 0).
    let ends: UnsafePointer<Int>

    /// Calls `body` with the UTF-8 bytes of field `i` (0-based), which must not escape it.
    @inline(__always)
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

    @inline(__always)
    mutating func append(_ source: UnsafeRawPointer?, _ length: Int) {
        if byteCount + length > byteCapacity { growBytes(byteCount + length) }
        if fieldCount == fieldCapacity { growFields() }
        if length > 0, let source {
            let from = source.assumingMemoryBound(to: UInt8.self)
            let to = bytes + byteCount
            if length <= 16 {
                // Most survey fields are a few bytes: a loop beats a call to memmove.
                for k in 0..<length { to[k] = from[k] }
            } else {
                to.update(from: from, count: length)
            }
            byteCount += length
        }
        ends[fieldCount] = byteCount
        fieldCount += 1
    }

    mutating func reset() {
        byteCount = 0
        fieldCount = 0
        rowEnded = false
    }

    func row(line: Int) -> CSVRow {
        CSVRow(line: line, count: fieldCount, bytes: bytes, ends: ends)
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
