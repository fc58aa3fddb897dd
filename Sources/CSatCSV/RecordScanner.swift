internal import CLibCSV

/// Feeds UTF-8 text to libcsv and hands out records with the physical line they start on.
///
/// libcsv counts no lines, so the scanner cuts the text at every CR and LF and
/// calls `csv_parse` once per piece. A record can only end at a line end, so at
/// most one record completes per piece and the scanner knows the line of every
/// byte: between pieces, libcsv's state tells whether the next line starts a
/// new record (`ROW_NOT_BEGUN`) or continues a quoted field. LF, CRLF and a lone
/// CR each end one physical line, inside quoted fields too.
///
/// The same pass rejects NUL bytes and, when asked, ill-formed UTF-8, so that
/// every byte is looked at once before libcsv sees it. Errors come in file
/// order: the text before a bad byte is parsed first.
final class RecordScanner {
    /// libcsv's parser states (libcsv.c, not exported by csv.h).
    private static let rowNotBegun: Int32 = 0
    private static let fieldBegun: Int32 = 2
    private static let fieldMightHaveEnded: Int32 = 3
    private static let quote = UInt8(ascii: "\"")

    private let parser: UnsafeMutablePointer<csv_parser>
    /// The record being collected; its address is libcsv's callback context.
    private let fields: UnsafeMutablePointer<FieldBuffer>
    private var context: UnsafeMutableRawPointer { UnsafeMutableRawPointer(fields) }
    /// Which decoding the text went through, for the wording of encoding errors.
    var encoding: TextEncoding = .utf8

    /// The first fields cut to `FieldBuffer.cellLimit`, and how many there were.
    private(set) var cutCells: [CutCell] = []
    private(set) var cutCellCount = 0

    /// Physical line of the next byte.
    private(set) var line = 1
    /// Characters of the current line already fed in earlier pieces: the column base.
    private(set) var lineCharactersBefore = 0
    private var recordStartLine = 1
    private var previousWasCR = false
    /// Where the quoted field that is still open began: line, column of its opening quote (nil
    /// when it cannot be told), and its index in the record.
    private var openQuote: (line: Int, column: Int?, field: Int)? = nil
    private let delimiter: UInt8

    init(delimiter: UInt8) throws(CSVError) {
        self.delimiter = delimiter
        parser = .allocate(capacity: 1)
        guard csv_init(parser, UInt8(CSV_STRICT | CSV_STRICT_FINI)) == 0 else {
            parser.deallocate()
            throw CSVError(kind: .io, message: .parserOutOfMemory)
        }
        csv_set_delim(parser, delimiter)
        // Keep spaces: libcsv would trim unquoted fields and accept `, "x"`; csat keeps
        // values exactly and rejects a quote after spaces (docs/IMPORT.md, "CSV policy").
        // `parse` installs `noSpace` for every piece of text that holds a space or tab.
        csv_set_space_func(parser, Self.noSpace)
        csv_set_blk_size(parser, 1 << 16)  // grow long fields by 64 KiB, not 128 bytes
        fields = .allocate(capacity: 1)
        fields.initialize(to: FieldBuffer())
    }

    deinit {
        csv_free(parser)
        parser.deallocate()
        fields.pointee.free()
        fields.deinitialize(count: 1)
        fields.deallocate()
    }

    // MARK: libcsv callbacks (C function pointers: static, no captures, state via `context`)

    static let noSpace: @convention(c) (UInt8) -> Int32 = { _ in 0 }

    /// Runs of spaces a line parsed on their own before the rest of it takes `noSpace` (`feed`).
    static let splitRuns = 4

    static let onField: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = {
        field, length, context in
        context!.assumingMemoryBound(to: FieldBuffer.self).pointee.append(field, length)
    }

    static let onRowEnd: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { _, context in
        context!.assumingMemoryBound(to: FieldBuffer.self).pointee.rowEnded = true
    }

    // MARK: feeding

    /// Parses `text` (UTF-8, possibly cut anywhere except inside a character) and calls
    /// `onRow` for every record that ends in it.
    func feed(_ text: UnsafeBufferPointer<UInt8>, validateUTF8: Bool, onRow: (CSVRow) throws -> Void) throws {
        guard let base = text.baseAddress, text.count > 0 else { return }
        let n = text.count
        let words = UnsafeRawPointer(base)
        // Eight bytes at a time past plain text: no byte below 0x0E (NUL, tab, CR, LF), no space,
        // and, when validating, no byte ≥ 0x80. (Bit-twiddling "has less than" / "has zero" tests.)
        let high: UInt64 = validateUTF8 ? 0x8080_8080_8080_8080 : 0
        let ones: UInt64 = 0x0101_0101_0101_0101
        var i = 0
        var segmentStart = 0
        var sawSpace = false
        var spaceRuns = 0
        var position = Position(lineStart: 0, charactersBefore: lineCharactersBefore)
        while i < n {
            while i &+ 8 <= n {
                let w = words.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let control = (w &- ones &* 0x0E) & ~w
                let spaces = ((w ^ (ones &* 0x20)) &- ones) & ~(w ^ (ones &* 0x20))
                let flagged = (control | spaces) & (ones &* 0x80) | (w & high)
                if flagged != 0 {
                    // The lowest flagged byte is exact (the tests' false positives only sit above a
                    // true one): step straight to it instead of one byte at a time.
                    i &+= flagged.trailingZeroBitCount >> 3
                    break
                }
                i &+= 8
            }
            guard i < n else { break }
            let b = base[i]
            if b == 0x20 || b == 0x09, !sawSpace {
                // libcsv would trim spaces, so they must meet `noSpace`, a call for every byte of the
                // piece they are in. A line's first few runs of spaces (a time of day, `2026/6/25
                // 09:00:00`) are parsed alone instead and the text around them without the callback
                // (a 问卷星 download: 0.6 s of its reading thread); past `splitRuns` the rest of the line
                // takes the callback, as prose with a space every few bytes would cost more in calls.
                if spaceRuns < Self.splitRuns {
                    var j = i + 1
                    while j < n && (base[j] == 0x20 || base[j] == 0x09) { j += 1 }
                    try parse(base, segmentStart, i, false, position, onRow)
                    try parse(base, i, j, true, position, onRow)
                    spaceRuns += 1
                    segmentStart = j
                    i = j
                    continue
                }
                sawSpace = true
            }
            if b > 0x0D {
                if b < 0x80 || !validateUTF8 {
                    i += 1
                    continue
                }
                // A run of multi-byte characters (Chinese text) is checked in one go.
                repeat {
                    let length = UTF8Scan.threeByteLength(base, i, n) ?? UTF8Scan.sequenceLength(base, i, n)
                    if length == 0 {
                        try parse(base, segmentStart, i, sawSpace, position, onRow)
                        let bad = Array(UnsafeBufferPointer(start: base + i, count: min(4, n - i)))
                        throw CSVError.invalidText(
                            line: line, column: position.column(base, i), bytes: bad, encoding: encoding)
                    }
                    i &+= length
                } while i < n && base[i] >= 0x80
            } else if b == 0x0A || b == 0x0D {
                try parse(base, segmentStart, i + 1, sawSpace, position, onRow)
                let secondHalfOfCRLF = b == 0x0A && (i > 0 ? base[i - 1] == 0x0D : previousWasCR)
                lineEnded(countsAsNewLine: !secondHalfOfCRLF)
                i += 1
                segmentStart = i
                sawSpace = false
                spaceRuns = 0
                position = Position(lineStart: i, charactersBefore: 0)
            } else if b == 0 {
                try parse(base, segmentStart, i, sawSpace, position, onRow)
                throw CSVError.nulByte(line: line, column: position.column(base, i))
            } else {
                i += 1
            }
        }
        try parse(base, segmentStart, n, sawSpace, position, onRow)
        previousWasCR = base[n - 1] == 0x0D
        lineCharactersBefore = position.column(base, n) - 1
    }

    /// Ends the input: the last record may lack a line end; a quote still open is an error.
    func finish(onRow: (CSVRow) throws -> Void) throws {
        if csv_fini(parser, Self.onField, Self.onRowEnd, context) != 0 {
            // CSV_STRICT_FINI: the only failure of csv_fini is a quoted field never closed.
            if let open = openQuote, open.field == fields.pointee.fieldCount {
                throw CSVError.unterminatedQuote(line: open.line, column: open.column)
            }
            throw CSVError.unterminatedQuote(line: line, column: nil)
        }
        try deliverRowIfEnded(onRow)
    }

    // MARK: private

    /// Where the current line starts in the piece being fed, for character columns.
    private struct Position {
        var lineStart: Int
        var charactersBefore: Int

        func column(_ base: UnsafePointer<UInt8>, _ index: Int) -> Int {
            charactersBefore + UTF8Scan.characterCount(base + lineStart, index - lineStart) + 1
        }
    }

    @inline(__always)
    private func parse(
        _ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ sawSpace: Bool, _ position: Position,
        _ onRow: (CSVRow) throws -> Void
    ) throws {
        let length = end - start
        guard length > 0 else { return }
        // Without a space or tab in the piece, libcsv's default space test never fires and
        // behaves exactly like `noSpace`, minus a function call per byte (11% of the time).
        parser.pointee.is_space = sawSpace ? Self.noSpace : nil
        let used = csv_parse(parser, base + start, length, Self.onField, Self.onRowEnd, context)
        if used != length { throw parseError(base, start + used, position) }
        if fields.pointee.rowEnded {
            if openQuote != nil { openQuote = nil }
        } else if parser.pointee.quoted != 0,
            case let state = parser.pointee.pstate, state == Self.fieldBegun || state == Self.fieldMightHaveEnded,
            openQuote == nil || openQuote!.field != fields.pointee.fieldCount
        {
            // A quoted field opened in this piece and is still open (a line break inside it, a chunk
            // boundary, or no closing quote at all): note where, for an unterminated-quote error.
            openQuote = (
                line, openingQuoteColumn(base, start, end, position, afterQuote: state == Self.fieldMightHaveEnded),
                fields.pointee.fieldCount
            )
        }
        try deliverRowIfEnded(onRow)
    }

    /// The column of the quote that opened the field still open at the end of `start..<end`, which
    /// opened in this piece. Scanning back: inside the field quotes come in pairs (`""`), and a
    /// field's opening quote starts the piece or follows a delimiter; the second quote of a pair
    /// follows a quote, the first of a pair has an odd count of quotes after it. `afterQuote`: the
    /// piece ends on a quote that may close the field (libcsv's FIELD_MIGHT_HAVE_ENDED).
    private func openingQuoteColumn(
        _ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ position: Position, afterQuote: Bool
    ) -> Int? {
        var after = 0
        var i = end
        while i > start {
            i -= 1
            guard base[i] == Self.quote else { continue }
            let atFieldStart = i == start || base[i - 1] == delimiter
            if atFieldStart && (after % 2 == 1) == afterQuote { return position.column(base, i) }
            after += 1
        }
        return nil
    }

    @inline(__always)
    private func deliverRowIfEnded(_ onRow: (CSVRow) throws -> Void) throws {
        guard fields.pointee.rowEnded else { return }
        let row = fields.pointee.row(line: recordStartLine)
        if _slowPath(!fields.pointee.cuts.isEmpty) {
            for c in fields.pointee.cuts {
                cutCellCount += 1
                if cutCells.count < 3 { cutCells.append(CutCell(line: recordStartLine, field: c.field + 1, bytes: c.bytes)) }
            }
        }
        fields.pointee.reset()
        try onRow(row)
    }

    /// Book-keeping after a CR or LF: the line count, and whether the next line starts a record.
    @inline(__always)
    private func lineEnded(countsAsNewLine: Bool) {
        let previousLine = line
        if countsAsNewLine { line += 1 }
        if parser.pointee.pstate == Self.rowNotBegun {
            recordStartLine = line
            openQuote = nil
        } else if openQuote == nil || openQuote!.field != fields.pointee.fieldCount {
            // Only a quoted field survives a line end: it opened on the line just ended (`parse` notes
            // it with its column; this is the fallback).
            openQuote = (previousLine, nil, fields.pointee.fieldCount)
        }
    }

    /// libcsv stopped at `index`: in strict mode only a misplaced quote does that.
    private func parseError(_ base: UnsafePointer<UInt8>, _ index: Int, _ position: Position) -> CSVError {
        let status = csv_error(parser)
        guard status == CSV_EPARSE else {
            return CSVError(kind: .io, message: .parserFailed(String(cString: csv_strerror(status))))
        }
        let column = position.column(base, index)
        let found = base[index]
        guard found == Self.quote else {
            // State FIELD_MIGHT_HAVE_ENDED: something other than a delimiter or line end after a closing quote.
            return CSVError.extraneousQuote(line: line, column: column, found: found)
        }
        // A quote in an unquoted field. If the field so far is only spaces, it is `, "x"`.
        let p = parser.pointee
        var onlySpaces = p.entry_pos > 0
        for k in 0..<p.entry_pos where p.entry_buf[k] != 0x20 && p.entry_buf[k] != 0x09 { onlySpaces = false }
        return CSVError.bareQuote(line: line, column: column, afterSpaces: onlySpaces)
    }
}
