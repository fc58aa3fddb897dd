import CSatCSV

/// One row of any tabular input (a CSV record, a worksheet row, a JSON form),
/// valid only during the callback that receives it.
///
/// Every cell is UTF-8 text, back to back in one buffer, as `CSVRow` gives it:
/// the readers of forms, rosters and sample lists take this one shape whatever
/// the file was, and decode bytes in place (docs/PERFORMANCE.md).
public struct TableRow {
    /// Where the row is: the CSV line it starts on, the worksheet's row number, or the JSON form's line or position.
    public var line: Int
    /// Number of cells.
    public var count: Int
    @usableFromInline let bytes: UnsafePointer<UInt8>
    @usableFromInline let ends: UnsafePointer<Int>

    public init(line: Int, count: Int, bytes: UnsafePointer<UInt8>, ends: UnsafePointer<Int>) {
        self.line = line
        self.count = count
        self.bytes = bytes
        self.ends = ends
    }

    /// The UTF-8 bytes of all cells back to back; cell `i` ends at `fieldEnds[i]`.
    @inlinable public var fieldBytes: UnsafePointer<UInt8> { bytes }

    /// `fieldEnds[i]` is the offset in `fieldBytes` just past cell `i`; there are `count`.
    @inlinable public var fieldEnds: UnsafeBufferPointer<Int> { UnsafeBufferPointer(start: ends, count: count) }

    /// Calls `body` with the UTF-8 bytes of cell `i` (0-based), which must not escape it.
    @inlinable
    public func withField<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        precondition(i >= 0 && i < count, "field index \(i) out of range 0..<\(count)")
        let start = i == 0 ? 0 : ends[i - 1]
        return try body(UnsafeBufferPointer(start: bytes + start, count: ends[i] - start))
    }

    /// Cell `i` as a `String`.
    public func string(_ i: Int) -> String {
        withField(i) { String(decoding: $0, as: UTF8.self) }
    }

    /// Every cell as a `String`: for headers and small files, not for the hot path.
    public func strings() -> [String] {
        (0..<count).map(string)
    }

    /// About how many bytes of the file this row took: enough for a progress bar.
    public var approximateByteCount: Int {
        count == 0 ? 1 : ends[count - 1] + count
    }

    /// Whether cell `i` is the empty string, without making one.
    public func isEmpty(_ i: Int) -> Bool {
        withField(i) { $0.isEmpty }
    }

    /// Whether every cell is empty or spaces: a blank row, skipped as CSV skips blank lines.
    public var isBlank: Bool {
        (0..<count).allSatisfy { i in withField(i) { ByteText.trim($0).isEmpty } }
    }
}

extension TableRow {
    /// A CSV record as a table row: the same buffer, no copy.
    init(_ row: CSVRow) {
        self.init(line: row.line, count: row.count, bytes: row.fieldBytes, ends: row.fieldEnds.baseAddress!)
    }
}
