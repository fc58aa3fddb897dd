import Foundation

extension XLSXWorkbook {
    /// `readRows`, with the sheet scanned on a second thread a few thousand rows ahead of `body`:
    /// reading and what the caller does with the rows (building forms) overlap on two cores.
    ///
    /// Rows reach `body` in order on the calling thread, exactly as `readRows` gives them. An error
    /// from either side stops both: the scanner's comes out at the row where it happened, `body`'s
    /// stops the scanner before this returns. Memory: at most `depth` batches of `batchRows` rows.
    @discardableResult
    public func readRowsAhead(sheet name: String, _ body: (XLSXRow) throws -> Void) throws -> XLSXSheetSummary {
        let pipe = RowBatches()
        let book = self
        let thread = Thread { pipe.produce(book, sheet: name) }
        thread.stackSize = 8 << 20
        thread.start()
        defer { pipe.cancelAndWait() }
        return try pipe.consume(body)
    }
}

/// Rows copied into batches by the scanning thread and handed to the consuming one.
final class RowBatches: @unchecked Sendable {
    struct Cancelled: Error {}

    final class Batch {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        var kinds: [XLSXCellKind] = []
        /// Per row: its number, its first cell in `ends`, its cell count, its first byte.
        var rows: [(number: Int, firstCell: Int, count: Int, firstByte: Int)] = []

        func clear() {
            bytes.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            kinds.removeAll(keepingCapacity: true)
            rows.removeAll(keepingCapacity: true)
        }
    }

    static let batchRows = 2048
    static let depth = 4

    private let condition = NSCondition()
    private var ready: [Batch] = []
    private var free: [Batch] = []
    private var finished = false
    private var exited = false
    private var cancelled = false
    private var failure: Error?
    private var summary: XLSXSheetSummary?
    private var filling = Batch()
    /// Stands in for the bytes or cells of a batch that has none.
    nonisolated(unsafe) private static let nothing = UnsafeMutableRawPointer.allocate(byteCount: 16, alignment: 16)

    /// Runs on the scanning thread: the whole sheet, then the end (or the error) for the consumer.
    func produce(_ book: XLSXWorkbook, sheet name: String) {
        do {
            let summary = try book.readRows(sheet: name) { row in try append(row) }
            finish(summary: summary, failure: nil)
        } catch is Cancelled {
            finish(summary: nil, failure: nil)
        } catch {
            finish(summary: nil, failure: error)
        }
        condition.lock()
        exited = true
        condition.broadcast()
        condition.unlock()
    }

    /// On the scanning thread: copies `row` into the batch being filled, handing it over when full.
    func append(_ row: XLSXRow) throws {
        let b = filling
        let firstByte = b.bytes.count
        let firstCell = b.ends.count
        let length = row.count == 0 ? 0 : row.fieldEnds[row.count - 1]
        // Whole runs, not a cell at a time: each access to a batch's array is an exclusivity check.
        b.bytes.append(contentsOf: UnsafeBufferPointer(start: row.fieldBytes, count: length))
        b.ends.append(contentsOf: UnsafeBufferPointer(start: row.ends, count: row.count))
        b.kinds.append(contentsOf: UnsafeBufferPointer(start: row.kinds, count: row.count))
        b.rows.append((row.number, firstCell, row.count, firstByte))
        if b.rows.count >= Self.batchRows { try hand() }
    }

    private func hand() throws {
        condition.lock()
        defer { condition.unlock() }
        while ready.count >= Self.depth && !cancelled { condition.wait() }
        if cancelled { throw Cancelled() }
        ready.insert(filling, at: 0)
        filling = free.popLast() ?? Batch()
        filling.clear()
        condition.broadcast()
    }

    func finish(summary: XLSXSheetSummary?, failure: Error?) {
        condition.lock()
        // The rows before an error go first, so that the caller meets problems in the sheet's order.
        if !filling.rows.isEmpty && !cancelled {
            ready.insert(filling, at: 0)
            filling = Batch()
        }
        self.summary = summary
        self.failure = failure
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// On the calling thread: every row, in order.
    func consume(_ body: (XLSXRow) throws -> Void) throws -> XLSXSheetSummary {
        while true {
            condition.lock()
            while ready.isEmpty && !finished { condition.wait() }
            let batch = ready.popLast()
            if batch != nil { condition.broadcast() }
            let done = batch == nil && finished
            let failure = self.failure, summary = self.summary
            condition.unlock()
            if done {
                if let failure { throw failure }
                return summary ?? XLSXSheetSummary()
            }
            guard let batch else { continue }
            try batch.bytes.withUnsafeBufferPointer { bytes in
                try batch.ends.withUnsafeBufferPointer { ends in
                    try batch.kinds.withUnsafeBufferPointer { kinds in
                        // `ends` are offsets within each row; the row's cells start at its first byte.
                        let noBytes = UnsafePointer(Self.nothing.assumingMemoryBound(to: UInt8.self))
                        let noEnds = UnsafePointer(Self.nothing.assumingMemoryBound(to: Int.self))
                        let noKinds = UnsafePointer(Self.nothing.assumingMemoryBound(to: XLSXCellKind.self))
                        for r in batch.rows {
                            try body(
                                XLSXRow(
                                    number: r.number, count: r.count, fieldBytes: (bytes.baseAddress ?? noBytes) + r.firstByte,
                                    ends: (ends.baseAddress ?? noEnds) + r.firstCell, kinds: (kinds.baseAddress ?? noKinds) + r.firstCell))
                        }
                    }
                }
            }
            condition.lock()
            free.append(batch)
            condition.unlock()
        }
    }

    /// Stops the scanning thread (if it still runs) and waits for it.
    func cancelAndWait() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !exited { condition.wait() }
        condition.unlock()
    }
}
