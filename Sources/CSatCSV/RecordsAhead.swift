internal import Foundation

extension CSVReader {
    /// `read`, with the file read, decoded and parsed on a second thread some thousands of records
    /// ahead of the callbacks: parsing and what the caller does with the records (building forms)
    /// overlap on two cores.
    ///
    /// The callbacks run on the calling thread and get exactly what `read` gives them, in the same
    /// order: the header, then every record, each with its line. An error of the reader comes out
    /// after the records before it, as `read` throws it, so the first problem in the file's order
    /// wins whichever side finds it; an error of a callback stops the reader before this returns.
    /// Memory: at most `depth` + 2 batches of `batchRecords` records.
    public func readAhead(header: (CSVRow) throws -> Void, record body: (CSVRow) throws -> Void) throws -> CSVFormat {
        try readAhead(batchRecords: RecordBatches.batchRecords, header: header, record: body)
    }

    /// `batchRecords` is for tests that put batch ends between any two records.
    func readAhead(
        batchRecords: Int, header: (CSVRow) throws -> Void, record body: (CSVRow) throws -> Void
    ) throws -> CSVFormat {
        let pipe = RecordBatches(batchRecords: batchRecords)
        let reader = self
        let thread = Thread { pipe.produce(reader) }
        thread.stackSize = 8 << 20
        thread.start()
        defer { pipe.cancelAndWait() }
        return try pipe.consume(header: header, record: body)
    }
}

/// Records copied into batches by the reading thread and handed over to the calling one.
///
/// The batches form a ring: the reader fills slot `filled % ring` while the caller reads the slots
/// before it, and waits only when it is a whole ring ahead; the caller waits only for a batch not
/// yet filled. Two counters under one lock say which slots are whose.
final class RecordBatches: @unchecked Sendable {
    struct Cancelled: Error {}

    /// Records back to back: their bytes, their field ends (offsets within each record) and where
    /// each starts.
    final class Batch {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        var records: [(line: Int, firstField: Int, count: Int, firstByte: Int)] = []

        func clear() {
            bytes.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            records.removeAll(keepingCapacity: true)
        }
    }

    /// About 170 KB of a survey's records a batch: large enough that the hand-over costs nothing,
    /// small enough to stay in the cache between the two threads.
    static let batchRecords = 1024
    static let ring = 6

    private let batchRecords: Int
    private let slots = (0..<RecordBatches.ring).map { _ in Batch() }
    private let condition = NSCondition()
    /// Batches handed over by the reader, and batches the caller is done with: slot `n % ring` is
    /// the reader's to fill when `filled == n` and `n - used < ring`.
    private var filled = 0
    private var used = 0
    /// The reader's outcome, once it has handed over its last batch.
    private var outcome: Result<CSVFormat, Error>?
    private var stopped = false
    private var exited = false
    /// Stands in for the bytes or ends of a batch that has none (a record of one empty field has no bytes).
    nonisolated(unsafe) private static let nothing = UnsafeMutableRawPointer.allocate(byteCount: 16, alignment: 16)

    init(batchRecords: Int) {
        self.batchRecords = max(1, batchRecords)
    }

    /// Runs on the reading thread: the whole file, then its outcome for the caller.
    func produce(_ reader: CSVReader) {
        var result: Result<CSVFormat, Error>
        do {
            result = .success(try reader.read(header: append, record: append))
        } catch {
            result = .failure(error)
        }
        condition.lock()
        // The records before an error go first, so that the caller meets problems in the file's order.
        if !slots[filled % Self.ring].records.isEmpty { filled += 1 }
        outcome = result
        exited = true
        condition.broadcast()
        condition.unlock()
    }

    /// On the reading thread: copies `row` into the slot being filled, handing it over when full.
    private func append(_ row: CSVRow) throws {
        let b = slots[filled % Self.ring]
        let length = row.count == 0 ? 0 : row.fieldEnds[row.count - 1]
        b.records.append((row.line, b.ends.count, row.count, b.bytes.count))
        b.bytes.append(contentsOf: UnsafeBufferPointer(start: row.fieldBytes, count: length))
        b.ends.append(contentsOf: row.fieldEnds)
        guard b.records.count >= batchRecords else { return }
        condition.lock()
        defer { condition.unlock() }
        filled += 1
        condition.broadcast()
        while filled - used >= Self.ring && !stopped { condition.wait() }
        if stopped { throw Cancelled() }
    }

    /// On the calling thread: the header, then every record, in order.
    func consume(header: (CSVRow) throws -> Void, record body: (CSVRow) throws -> Void) throws -> CSVFormat {
        var headerSeen = false
        while true {
            condition.lock()
            while used == filled && outcome == nil { condition.wait() }
            let next = used < filled ? slots[used % Self.ring] : nil
            let outcome = self.outcome
            condition.unlock()
            guard let batch = next else { return try outcome!.get() }
            try batch.bytes.withUnsafeBufferPointer { bytes in
                try batch.ends.withUnsafeBufferPointer { ends in
                    let noBytes = UnsafePointer(Self.nothing.assumingMemoryBound(to: UInt8.self))
                    let noEnds = UnsafePointer(Self.nothing.assumingMemoryBound(to: Int.self))
                    let byteBase = bytes.baseAddress ?? noBytes, endBase = ends.baseAddress ?? noEnds
                    func row(_ r: (line: Int, firstField: Int, count: Int, firstByte: Int)) -> CSVRow {
                        CSVRow(line: r.line, count: r.count, bytes: byteBase + r.firstByte, ends: endBase + r.firstField)
                    }
                    var records = batch.records[...]
                    if !headerSeen, let first = records.popFirst() {
                        headerSeen = true
                        try header(row(first))
                    }
                    for r in records { try body(row(r)) }
                }
            }
            batch.clear()
            condition.lock()
            used += 1
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Stops the reading thread (if it still runs) and waits for it.
    func cancelAndWait() {
        condition.lock()
        defer { condition.unlock() }
        (stopped, used) = (true, filled)  // nothing more will be read: a waiting reader may go on and stop
        condition.broadcast()
        while !exited { condition.wait() }
    }
}
