internal import CSatXLSXReader

/// Merged cells in a worksheet's data, filled as the user sees them: every
/// cell of a merged range reads the value of its top-left cell (a clerk who
/// merges 锦程花园 down twenty rows means twenty forms of 锦程花园).
///
/// Only ranges below the header are filled; a merged title above it stays one cell.
final class MergeFill {
    private var ranges: [XLSXMergedRange]
    /// The top-left value of each range that has begun.
    private var values: [Int: [UInt8]] = [:]
    private var bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    private var byteCapacity = 1
    private var ends = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    private var capacity = 1
    private(set) var active = false

    init(ranges: [XLSXMergedRange]) {
        self.ranges = ranges.sorted { ($0.firstRow, $0.firstColumn) < ($1.firstRow, $1.firstColumn) }
    }

    deinit {
        bytes.deallocate()
        ends.deallocate()
    }

    /// The header is row `header`: the ranges wholly below it are filled.
    func start(after header: Int) {
        ranges.removeAll { $0.firstRow <= header || $0.cellCount < 2 }
        active = !ranges.isEmpty
    }

    /// `row` with its merged cells filled; the result lives until the next call.
    func apply(_ row: TableRow) -> TableRow {
        let n = row.line
        var width = row.count
        var touched = false
        for (i, r) in ranges.enumerated() where r.firstRow <= n && n <= r.lastRow {
            if n == r.firstRow {
                values[i] = r.firstColumn <= row.count ? row.withField(r.firstColumn - 1) { Array($0) } : []
            }
            width = max(width, r.lastColumn)
            touched = true
        }
        if let last = ranges.last, n > last.lastRow, ranges.allSatisfy({ n > $0.lastRow }) { active = false }
        guard touched else { return row }
        var cells: [[UInt8]] = (0..<width).map { i in i < row.count ? row.withField(i) { Array($0) } : [] }
        for (i, r) in ranges.enumerated() where r.firstRow <= n && n <= r.lastRow {
            guard let v = values[i] else { continue }
            for c in (r.firstColumn - 1)..<r.lastColumn where cells[c].allSatisfy({ $0 == 0x20 }) { cells[c] = v }
        }
        if width > capacity {
            ends.deallocate()
            ends = .allocate(capacity: width)
            capacity = width
        }
        let total = cells.reduce(0) { $0 + $1.count }
        if total > byteCapacity {
            bytes.deallocate()
            bytes = .allocate(capacity: total)
            byteCapacity = total
        }
        var length = 0
        for (i, c) in cells.enumerated() {
            (bytes + length).update(from: c, count: c.count)
            length += c.count
            ends[i] = length
        }
        return TableRow(line: n, count: width, bytes: bytes, ends: ends)
    }
}
