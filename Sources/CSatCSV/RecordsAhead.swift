extension CSVReader {
    /// `read`, with the file read, decoded and parsed on a second thread some thousands of records
    /// ahead of the callbacks: parsing and what the caller does with the records (building forms)
    /// overlap on two cores.
    ///
    /// The callbacks run on the calling thread and get exactly what `read` gives them, in the same
    /// order: the header, then every record, each with its line. An error of the reader comes out
    /// after the records before it, as `read` throws it, so the first problem in the file's order
    /// wins whichever side finds it; an error of a callback stops the reader before this returns.
    /// Memory: `RecordBatch.ring` batches of `RecordBatch.batchRecords` records.
    public func readAhead(header: (CSVRow) throws -> Void, record body: (CSVRow) throws -> Void) throws -> CSVFormat {
        try readAhead(batchRecords: RecordBatch.batchRecords, header: header, record: body)
    }

    /// `batchRecords` is for tests that put batch ends between any two records.
    func readAhead(
        batchRecords: Int, header: (CSVRow) throws -> Void, record body: (CSVRow) throws -> Void
    ) throws -> CSVFormat {
        let reader = self
        return try RecordBatch.ahead(
            batchRecords: batchRecords, produce: { append in try reader.read(header: append, record: append) },
            header: header, record: body)
    }
}

extension CSVLineReader {
    /// `read(lines:…)` with the file read, decoded and parsed on a second thread, as
    /// `CSVReader.readAhead` does (the sample draw's pass 2: a million drawn records of 4.5 million).
    public func readAhead(
        lines: [Int], format: CSVFormat, header: (CSVRow) throws -> Void, record body: (CSVRow) throws -> Void
    ) throws {
        let reader = self
        try RecordBatch.ahead(
            batchRecords: RecordBatch.batchRecords,
            produce: { append in try reader.read(lines: lines, format: format, header: append, record: append) },
            header: header, record: body)
    }
}

extension RecordBatch {
    /// Runs `produce` on a second thread, its records copied into a ring of batches, and hands
    /// them to `header` (the first) and `body` (the others) on this one, in order. An error of
    /// `produce` comes out after the records before it; an error of a callback stops `produce`.
    static func ahead<Outcome>(
        batchRecords: Int, produce: @escaping @Sendable (_ append: (CSVRow) throws -> Void) throws -> Outcome,
        header: (CSVRow) throws -> Void, record body: (CSVRow) throws -> Void
    ) throws -> Outcome {
        let size = max(1, batchRecords)
        let pipe = HandOver<RecordBatch, Outcome>(ring: RecordBatch.ring, make: RecordBatch.init) { pipe in
            // The batch being filled, held here: `pipe.filling` a record cost a retain, a release and
            // an exclusivity check (9% of a 4.5M-household draw's CPU), and so did a captured variable
            // holding it (0.2 s of the roster's reading thread): see `Filling`.
            let filling = Filling(pipe.filling)
            let append = { (row: CSVRow) throws in
                if filling.append(row) >= size {
                    try pipe.handOver()
                    filling.batch = .passUnretained(pipe.filling)
                }
            }
            do {
                let outcome = try produce(append)
                if filling.count > 0 { try pipe.handOver() }
                return outcome
            } catch {
                // The records before an error go first, so that the caller meets problems in the file's order.
                if !(error is HandOver<RecordBatch, Outcome>.Stopped) && filling.count > 0 {
                    try pipe.handOver()
                }
                throw error
            }
        }
        defer { pipe.stopAndWait() }
        var headerSeen = false
        while let batch = try pipe.next() {
            try batch.deliver(withHeader: !headerSeen, header: header, record: body)
            headerSeen = true
            batch.clear()
            pipe.release()
        }
        return pipe.result!
    }
}

/// The batch the reading thread fills, unretained (the hand-over's ring owns every batch for as long
/// as the reading thread runs) and without exclusivity checks (only the reading thread touches it):
/// a record's append then costs no retain, release or access check.
private final class Filling {
    @exclusivity(unchecked) var batch: Unmanaged<RecordBatch>

    init(_ batch: RecordBatch) { self.batch = .passUnretained(batch) }

    @inline(__always)
    func append(_ row: CSVRow) -> Int { batch._withUnsafeGuaranteedRef { $0.append(row) } }

    var count: Int { batch._withUnsafeGuaranteedRef { $0.count } }
}

/// Records copied back to back for the hand-over between the reading thread and the caller's:
/// their bytes, their field ends (offsets within each record) and where each starts.
final class RecordBatch {
    /// About 170 KB of a survey's records a batch: large enough that the hand-over costs nothing,
    /// small enough to stay in the cache between the two threads.
    static let batchRecords = 1024
    static let ring = 6

    /// One stored property, unchecked: the reading thread fills a batch and the caller's reads it
    /// only after the hand-over (`HandOver`'s lock orders the two), never both at once.
    @exclusivity(unchecked) private var store = Store()

    /// Records in the batch.
    var count: Int { store.records.count }

    /// Appends a copy of `row`; returns the records in the batch.
    func append(_ row: CSVRow) -> Int { store.append(row) }

    /// Each record as `CSVRow` in order, the first to `header` when `withHeader`, the others to `body`.
    func deliver(withHeader: Bool, header: (CSVRow) throws -> Void, record body: (CSVRow) throws -> Void) throws {
        try store.deliver(withHeader: withHeader, header: header, record: body)
    }

    func clear() { store.clear() }

    /// Stands in for the bytes or ends of a batch that has none (a record of one empty field has no bytes).
    nonisolated(unsafe) fileprivate static let nothing = UnsafeMutableRawPointer.allocate(byteCount: 16, alignment: 16)

    private struct Store {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        var records: [(line: Int, firstField: Int, count: Int, firstByte: Int)] = []

        mutating func append(_ row: CSVRow) -> Int {
            let length = row.count == 0 ? 0 : row.fieldEnds[row.count - 1]
            records.append((row.line, ends.count, row.count, bytes.count))
            bytes.append(contentsOf: UnsafeBufferPointer(start: row.fieldBytes, count: length))
            ends.append(contentsOf: row.fieldEnds)
            return records.count
        }

        func deliver(withHeader: Bool, header: (CSVRow) throws -> Void, record body: (CSVRow) throws -> Void) throws {
            try bytes.withUnsafeBufferPointer { bytes in
                try ends.withUnsafeBufferPointer { ends in
                    let byteBase = bytes.baseAddress ?? UnsafePointer(RecordBatch.nothing.assumingMemoryBound(to: UInt8.self))
                    let endBase = ends.baseAddress ?? UnsafePointer(RecordBatch.nothing.assumingMemoryBound(to: Int.self))
                    for (i, r) in records.enumerated() {
                        let row = CSVRow(line: r.line, count: r.count, bytes: byteBase + r.firstByte, ends: endBase + r.firstField)
                        if i == 0 && withHeader { try header(row) } else { try body(row) }
                    }
                }
            }
        }

        mutating func clear() {
            bytes.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            records.removeAll(keepingCapacity: true)
        }
    }
}
