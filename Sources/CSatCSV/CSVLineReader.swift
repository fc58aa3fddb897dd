/// Reads again only the records that start on given lines of a CSV file already read whole once.
///
/// `csat sample` reads the roster twice: once for every household, once for the drawn ones'
/// columns (a fifth of the records). Parsing the whole file again cost as much as the first
/// read; here a plain scan counts lines in the raw bytes (LF, CR and CRLF each end one, as
/// `RecordScanner` counts them) and copies only the chosen records to the usual scanner, so
/// libcsv sees a fifth of the file (docs/PERFORMANCE.md, "How csat is built to scale").
///
/// A chosen line must start a record (the line `CSVRow.line` gave for it). The record ends at the
/// first line end after it with an even count of quotes: in strict CSV a quote either opens or
/// closes a quoted field or is half of a `""` inside one, so an odd count means a quoted field is
/// still open. Line ends and quotes are ASCII bytes that no GB18030 or UTF-8 sequence contains,
/// so the raw bytes are cut before decoding. The file's format comes from the first read.
public struct CSVLineReader: Sendable {
    private let origin: ChunkedInput.Origin
    private let chunkSize: Int

    public init(path: String) {
        origin = .path(path)
        chunkSize = CSVReader.defaultChunkSize
    }

    /// For tests that put chunk boundaries inside records and line ends.
    init(bytes: [UInt8], chunkSize: Int) {
        origin = .bytes(bytes)
        self.chunkSize = chunkSize
    }

    /// Calls `header` with the record on `lines[0]`, the header's line, and `record` with every
    /// record that starts on one of the others (ascending), each with its line in the file, in file order.
    ///
    /// A file changed since `format` was found may give fewer records, other ones, or a
    /// `CSVError`; callers check what they get.
    public func read(
        lines: [Int], format: CSVFormat, header: (CSVRow) throws -> Void,
        record body: (CSVRow) throws -> Void
    ) throws {
        let input = try ChunkedInput(origin, chunkSize: chunkSize)
        while input.count < 4 && !input.atEnd { try input.readChunk() }
        if let mark = FormatDetection.byteOrderMark(input.view) { input.consume(mark.length) }
        let decoder = format.encoding == .gb18030 ? try GB18030Decoder() : nil
        let scanner = try RecordScanner(delimiter: format.delimiter)
        scanner.encoding = format.encoding
        var filter = LineFilter(wanted: lines)
        var width: Int? = nil
        var delivered = 0
        func deliver(_ scanned: CSVRow) throws {
            // The scanner counts the lines of the copied text; the file's own are the filter's.
            guard delivered < filter.starts.count else { throw CSVError.emptyInput }
            var row = scanned
            row.line = filter.starts[delivered]
            delivered += 1
            if let width {
                guard row.count == width else {
                    throw CSVError.fieldCount(line: row.line, expected: width, found: row.count, delimiter: format.delimiter)
                }
                try body(row)
            } else {
                width = row.count
                try header(row)
            }
        }
        var copied: [UInt8] = []
        copied.reserveCapacity(chunkSize / 4)
        while true {
            if input.count > 0 {
                filter.copy(input.view, into: &copied)
                input.consume(input.count)
            }
            // Whole records only go on, so no character is ever cut between two feeds.
            let complete = input.atEnd ? copied.count : filter.completeEnd
            if complete > 0 {
                try copied.withUnsafeBufferPointer { all in
                    let text = UnsafeBufferPointer(rebasing: all[..<complete])
                    if let decoder {
                        let (used, invalid) = decoder.decode(text)
                        if invalid || used < text.count {
                            throw CSVError.invalidText(
                                line: scanner.line, column: 1, bytes: Array(text[used...].prefix(4)), encoding: .gb18030)
                        }
                        try scanner.feed(decoder.decoded, validateUTF8: false, onRow: deliver)
                    } else {
                        try scanner.feed(text, validateUTF8: true, onRow: deliver)
                    }
                }
                copied.removeFirst(complete)
                filter.completeEnd = 0
            }
            if input.atEnd || filter.done { break }
            try input.readChunk()
        }
        try scanner.finish(onRow: deliver)
    }
}

/// The byte scan of `CSVLineReader`: counts lines and copies the chosen records.
struct LineFilter {
    /// Lines whose records to copy, ascending.
    private let wanted: [Int]
    private var next = 0
    /// Line of the next byte.
    private var line = 1
    private var previousWasCR = false
    /// Inside a chosen record, and its quotes so far are odd (a quoted field is open).
    private var copying = false
    private var quoteOpen = false
    /// The start line of every record copied so far, in order.
    private(set) var starts: [Int] = []
    /// How much of the output holds whole records (set when one ends, reset by the reader).
    var completeEnd = 0

    init(wanted: [Int]) {
        self.wanted = wanted
        starts.reserveCapacity(wanted.count)
    }

    /// Every chosen record has been copied whole: the rest of the file is not needed.
    var done: Bool { next == wanted.count && !copying }

    mutating func copy(_ b: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        guard let base = b.baseAddress else { return }
        let n = b.count
        var i = 0
        // A LF right after a CR ending the previous piece is the second half of that line end.
        if previousWasCR && base[0] == 0x0A {
            if copying { out.append(0x0A) }
            i = 1
        }
        previousWasCR = false
        while i < n {
            if !copying {
                // A chosen line that is no record's start (the file changed) is passed, not waited for.
                while next < wanted.count && wanted[next] < line { next += 1 }
                if next == wanted.count { return }
                if line == wanted[next] {
                    copying = true
                    starts.append(line)
                    next += 1
                    continue
                }
                // Skip to the next line end, eight bytes at a time.
                i = Self.lineEnd(base, from: i, count: n)
                guard i < n else { break }
                i = endLine(base, at: i, count: n)
            } else {
                let start = i
                while i < n {
                    let c = base[i]
                    if c == 0x22 {
                        quoteOpen.toggle()
                    } else if c == 0x0A || c == 0x0D {
                        break
                    }
                    i += 1
                }
                guard i < n else {
                    out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: n - start))
                    break
                }
                let end = endLine(base, at: i, count: n)
                out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: end - start))
                i = end
                if !quoteOpen {
                    copying = false
                    completeEnd = out.count
                }
            }
        }
    }

    /// Counts the line end at `i` (CR, LF or CRLF) and returns the index past it.
    private mutating func endLine(_ base: UnsafePointer<UInt8>, at i: Int, count n: Int) -> Int {
        line += 1
        if base[i] == 0x0D {
            if i + 1 < n { return base[i + 1] == 0x0A ? i + 2 : i + 1 }
            previousWasCR = true
        }
        return i + 1
    }

    /// The index of the first CR or LF at or after `i`, or `n`.
    @inline(__always)
    private static func lineEnd(_ base: UnsafePointer<UInt8>, from start: Int, count n: Int) -> Int {
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        var i = start
        while i &+ 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let lf = w ^ (ones &* 0x0A), cr = w ^ (ones &* 0x0D)
            // "Has a zero byte" of each: exact for the lowest flagged byte.
            let hit = ((lf &- ones) & ~lf | (cr &- ones) & ~cr) & (ones &* 0x80)
            if hit != 0 { return i &+ hit.trailingZeroBitCount >> 3 }
            i &+= 8
        }
        while i < n && base[i] != 0x0A && base[i] != 0x0D { i += 1 }
        return i
    }
}
