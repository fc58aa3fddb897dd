import Foundation

/// The sample list as a table of text cells: csat's columns, then the roster's.
///
/// Both the CSV (here) and the XLSX (`CSatXLSX.SampleListWorkbook`) are
/// written from this one value, so they cannot disagree. The roster's own
/// project and unit columns are left out (the first columns already hold them,
/// trimmed); a roster column whose name clashes with csat's columns is renamed
/// `roster:<name>`, because a CSV header with a name twice cannot be read back.
public struct SampleListTable: Sendable {
    /// `project, stratum, unit, role, order, replaces, reason` — what `check` reads.
    public static let leading = ["project", "stratum", "unit", "role", "order", "replaces", "reason"]
    /// Index of `order`, the one numeric column (the XLSX stores it as a number).
    public static let orderColumn = 4

    public let header: [String]
    public let rows: [SampleRow]
    /// The roster's columns the list copies, by index in the roster's header.
    public let keep: [Int]
    let fields: DrawnFields

    /// The roster's columns that follow csat's own: all but its project and unit.
    public static func kept(rosterHeader: [String], columns: SamplingColumns) -> [Int] {
        let skip: Set<String> = [columns.project, columns.unit]
        return rosterHeader.indices.filter { !skip.contains(rosterHeader[$0]) }
    }

    /// `fields` holds the roster's fields of each drawn row (pass 2), in the columns `kept` names.
    public init(rows: [SampleRow], rosterHeader: [String], columns: SamplingColumns, fields: DrawnFields) {
        keep = Self.kept(rosterHeader: rosterHeader, columns: columns)
        let reserved = Set(Self.leading)
        header = Self.leading + keep.map { reserved.contains(rosterHeader[$0]) ? "roster:" + rosterHeader[$0] : rosterHeader[$0] }
        self.rows = rows
        self.fields = fields
    }

    public var count: Int { rows.count }

    /// The cells of row `i`, as many as `header`.
    public func cells(_ i: Int) -> [String] {
        let r = rows[i]
        return [r.project, r.stratum, r.unit, r.role.rawValue, String(r.order), "", ""]
            + keep.indices.map { fields.withField(row: i, $0) { String(decoding: $0, as: UTF8.self) } }
    }

    /// Writes the table as CSV (RFC 4180: CRLF line ends, quotes only where
    /// needed) in UTF-8 with a byte order mark, so that Excel on Chinese
    /// Windows opens it without garbling the Chinese text. Atomic: temp file, then rename.
    public func writeCSV(to path: String) throws(InputError) {
        let temp = try OutputFile.temporaryPath(beside: path)
        let handle = FileHandle(fileDescriptor: try OutputFile.createTemporary(temp, for: path), closeOnDealloc: false)
        var head: [UInt8] = [0xEF, 0xBB, 0xBF]
        Self.appendLine(header, to: &head)
        // Rows are made into text on both cores, a block each, and written in order: a million rows
        // took 0.4 s on one (docs/PERFORMANCE.md, "How csat is built to scale").
        let block = 8192
        var buffers = [[UInt8]](repeating: [], count: 2)
        do {
            try handle.write(contentsOf: head)
            var start = 0
            while start < count {
                let ranges = [start..<Swift.min(start + block, count), Swift.min(start + block, count)..<Swift.min(start + 2 * block, count)]
                buffers.withUnsafeMutableBufferPointer { buffers in
                    nonisolated(unsafe) let buffers = buffers
                    DispatchQueue.concurrentPerform(iterations: 2) { half in
                        buffers[half].removeAll(keepingCapacity: true)
                        for i in ranges[half] { appendRow(i, to: &buffers[half]) }
                    }
                }
                for b in buffers where !b.isEmpty { try handle.write(contentsOf: b) }
                start += 2 * block
            }
            try handle.close()
        } catch {
            try? handle.close()
            OutputFile.discard(temp)
            throw InputError(file: path, message: .cannotWriteOutput(error.localizedDescription))
        }
        try OutputFile.commit(temp, to: path)
    }

    /// How a reader takes a cell of a sample list at `path`: trimmed, and in a CSV with the `'` that
    /// `csvField` put before a formula-like cell taken away again (a workbook's cells are written as they are).
    public static func cellReader(_ path: String) -> @Sendable (String) -> String {
        if TableFile.guess(path) == .csv {
            return { (s: String) -> String in SpreadsheetText.restored(CellValues.trim(s)) }
        }
        return { (s: String) -> String in CellValues.trim(s) }
    }

    static func csvLine(_ cells: [String]) -> Data {
        var line: [UInt8] = []
        appendLine(cells, to: &line)
        return Data(line)
    }

    static func appendLine(_ cells: [String], to out: inout [UInt8]) {
        for (i, cell) in cells.enumerated() {
            if i > 0 { out.append(0x2C) }
            out.append(contentsOf: csvField(cell).utf8)
        }
        out.append(contentsOf: [0x0D, 0x0A])
    }

    /// `appendLine(cells(i))` without the cells: the roster's fields go from their bytes to the
    /// line unless `csvField` would change them (a quote, a separator, a leading trigger or space).
    func appendRow(_ i: Int, to out: inout [UInt8]) {
        let r = rows[i]
        Self.appendCell(r.project, to: &out)
        out.append(0x2C)
        Self.appendCell(r.stratum, to: &out)
        out.append(0x2C)
        Self.appendCell(r.unit, to: &out)
        out.append(contentsOf: r.role == .sample ? Self.sampleRole : Self.reserveRole)
        Self.appendDecimal(r.order, to: &out)
        out.append(0x2C)
        out.append(0x2C)
        for k in keep.indices {
            out.append(0x2C)
            fields.withField(row: i, k) { b in Self.appendField(b, to: &out) }
        }
        out.append(contentsOf: [0x0D, 0x0A])
    }

    /// `csvField` of the cell with these UTF-8 bytes, appended: the bytes themselves when it
    /// leaves them as they are.
    @inline(__always)
    private static func appendField(_ b: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        if isPlain(b) {
            out.append(contentsOf: b)
        } else {
            out.append(contentsOf: csvField(String(decoding: b, as: UTF8.self)).utf8)
        }
    }

    @inline(__always)
    private static func appendCell(_ cell: String, to out: inout [UInt8]) {
        var cell = cell
        cell.withUTF8 { appendField($0, to: &out) }
    }

    /// `String(n)`'s digits, without the `String` (a million rows of the list).
    @inline(__always)
    private static func appendDecimal(_ n: Int, to out: inout [UInt8]) {
        guard n >= 0 else { return out.append(contentsOf: String(n).utf8) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var v = n, at = 20
            repeat {
                at -= 1
                digits[at] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
                v /= 10
            } while v > 0
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[at...]))
        }
    }

    private static let sampleRole = Array(",sample,".utf8)
    private static let reserveRole = Array(",reserve,".utf8)

    /// Whether `csvField` leaves a cell as it is: no byte it quotes, no leading or trailing space,
    /// no leading trigger of `SpreadsheetText` or `'` (those take the `String` rule).
    @inline(__always)
    static func isPlain(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = b.first, let last = b.last else { return true }
        if first == 0x20 || last == 0x20 || first == 0x27 || SpreadsheetText.isTrigger(first) { return false }
        for c in b where c == 0x2C || c == 0x22 || c == 0x0A || c == 0x0D || c == 0x3B || c == 0x09 { return false }
        return true
    }

    /// Quotes a field holding a comma, quote, line break, or leading/trailing
    /// space (libcsv trims unquoted spaces: quoting keeps them), after keeping a
    /// spreadsheet from running it (`SpreadsheetText`).
    static func csvField(_ cell: String) -> String {
        let s = SpreadsheetText.neutralised(cell)
        let special = s.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == 0x3B || $0 == 0x09 }
        let padded = s.first.map { $0 == " " } == true || s.last.map { $0 == " " } == true
        guard special || padded else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// The roster's fields of the drawn rows (pass 2), as UTF-8 bytes in one store: a million drawn
/// households' cells as `[String]`s took 160 MB, so about 50 MB (docs/PERFORMANCE.md, "Shapes of input and the draw").
public struct DrawnFields: Sendable {
    private let bytes = ByteStore()
    /// Per stored row, where its fields start in `bytes`.
    private var starts: [Int] = []
    /// Per stored row, `keep.count` ends counted from the row's start: four bytes a field, not eight
    /// (a row's kept fields are at most `keep.count` × 32,767 characters, `CellLimit`).
    private var ends: [UInt32] = []
    /// Per list row, its stored row (-1: none, every field empty).
    private var slot: [Int32]
    private let keep: [Int]

    init(rows: Int, keep: [Int]) {
        slot = [Int32](repeating: -1, count: rows)
        self.keep = keep
        starts.reserveCapacity(rows)
        ends.reserveCapacity(rows * keep.count)
    }

    /// Stores `row`'s kept fields for list row `i` (a roster row shorter than its header has empty ones).
    mutating func add(_ row: TableRow, for i: Int) {
        slot[i] = Int32(starts.count)
        let start = bytes.count
        starts.append(start)
        for c in keep {
            if c < row.count { row.withField(c) { bytes.append($0) } }
            ends.append(UInt32(bytes.count - start))
        }
    }

    /// Calls `body` with the bytes of kept column `k` of list row `i`.
    func withField<R>(row i: Int, _ k: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let s = Int(slot[i])
        guard s >= 0, let base = bytes.base else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        let at = s * keep.count + k
        let start = starts[s] + (k == 0 ? 0 : Int(ends[at - 1]))
        return try body(UnsafeBufferPointer(start: base + start, count: starts[s] + Int(ends[at]) - start))
    }
}

/// Bytes appended to one buffer that grows by `realloc`: glibc moves a large block's pages to a
/// larger one (`mremap`) rather than copying them, so growing never holds the old bytes and the new
/// together, which raised the peak of a `[UInt8]` grown by copying by its size (60 MB for 28); and
/// reading is a pointer, so the two threads writing the list share no reference count.
final class ByteStore: @unchecked Sendable {
    private(set) var base: UnsafeMutablePointer<UInt8>?
    private(set) var count = 0
    private var capacity = 0

    func append(_ b: UnsafeBufferPointer<UInt8>) {
        guard let source = b.baseAddress, b.count > 0 else { return }
        if count + b.count > capacity {
            let bigger = Swift.max(count + b.count, capacity + capacity / 2, 1 << 16)
            guard let grown = realloc(base, bigger) else { fatalError("out of memory for \(bigger) bytes") }
            base = grown.assumingMemoryBound(to: UInt8.self)
            capacity = bigger
        }
        (base! + count).update(from: source, count: b.count)
        count += b.count
    }

    deinit { free(base) }
}
