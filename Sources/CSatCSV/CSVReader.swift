/// Reads a CSV file strictly into records: header first, then every data record.
///
/// The file streams through in chunks (4 MiB by default): bytes → decoding →
/// `RecordScanner` (line numbers, NUL and UTF-8 checks) → libcsv → callbacks.
/// A file of 1 GB is read once and never held whole in memory.
///
/// Encoding (SPEC.md "Responses"): a UTF-8 BOM is stripped and means UTF-8; a
/// UTF-16/UTF-32 BOM is refused. Otherwise the text is ASCII until its first
/// byte ≥ 0x80, and ASCII reads the same in UTF-8 and GB18030, so records are
/// delivered while the question is open. At that byte the reader looks ahead
/// (reading further if needed) at the next `evidenceCharacters` multi-byte
/// characters: all well-formed UTF-8 (or fewer, up to the end of the file or
/// `lookaheadLimit` bytes) decides UTF-8; an ill-formed byte among them decides
/// GB18030 and the rest goes through iconv. Nothing is read twice and
/// no record is delivered twice. A later byte that breaks the chosen encoding
/// is an `invalidText` error with its line and column: csat never guesses.
public struct CSVReader: Sendable {
    private let origin: ChunkedInput.Origin
    private let forcedDelimiter: UInt8?
    private let chunkSize: Int

    static let defaultChunkSize = 4 << 20
    /// Multi-byte characters that must all be valid UTF-8 before the file is taken for UTF-8.
    /// A GBK character happens to be valid UTF-8 about one time in ten; eight in a row, almost never.
    static let evidenceCharacters = 8
    static let lookaheadLimit = 16 << 20

    /// Reads the file at `path`; `delimiter` nil detects comma, semicolon or tab from the header line.
    public init(path: String, delimiter: UInt8? = nil) {
        self.init(origin: .path(path), delimiter: delimiter, chunkSize: Self.defaultChunkSize)
    }

    /// Reads bytes already in memory (tests, stdin).
    public init(bytes: [UInt8], delimiter: UInt8? = nil) {
        self.init(origin: .bytes(bytes), delimiter: delimiter, chunkSize: Self.defaultChunkSize)
    }

    /// `chunkSize` is for tests that put chunk boundaries inside characters and quoted fields.
    init(bytes: [UInt8], delimiter: UInt8? = nil, chunkSize: Int) {
        self.init(origin: .bytes(bytes), delimiter: delimiter, chunkSize: chunkSize)
    }

    private init(origin: ChunkedInput.Origin, delimiter: UInt8?, chunkSize: Int) {
        if let delimiter {
            precondition(
                delimiter < 0x80 && ![0, 0x0A, 0x0D, UInt8(ascii: "\"")].contains(delimiter),
                "a CSV delimiter must be an ASCII byte other than NUL, CR, LF and the quote")
        }
        self.origin = origin
        self.forcedDelimiter = delimiter
        self.chunkSize = chunkSize
    }

    /// Reads the header (first record) and every data record.
    ///
    /// The header gets the same `CSVRow`, with the line it starts on. Every data record has
    /// exactly the header's number of fields. Throws `CSVError`, or rethrows what a callback throws.
    /// - Returns: the detected (or forced) format.
    public func read(header: (CSVRow) throws -> Void, record body: (CSVRow) throws -> Void) throws -> CSVFormat {
        let input = try ChunkedInput(origin, chunkSize: chunkSize)
        var encoding = TextEncoding.utf8
        var mode = Mode.undecided

        while input.count < 4 && !input.atEnd { try input.readChunk() }
        if let mark = FormatDetection.byteOrderMark(input.view) {
            switch mark {
            case .unsupported(let name): throw CSVError.unsupportedEncoding(name)
            case .utf8: (encoding, mode) = (.utf8BOM, .utf8)
            case .gb18030: (encoding, mode) = (.gb18030, .gb18030(try GB18030Decoder()))
            }
            input.consume(mark.length)
        }
        let delimiter = try forcedDelimiter ?? Self.detectDelimiter(input)

        let scanner = try RecordScanner(delimiter: delimiter)
        scanner.encoding = encoding
        var width: Int? = nil  // the header's field count, once seen
        func deliver(_ row: CSVRow) throws {
            if let width {
                guard row.count == width else {
                    throw CSVError.fieldCount(line: row.line, expected: width, found: row.count, delimiter: delimiter)
                }
                try body(row)
            } else {
                try Self.checkUniqueNames(row)
                width = row.count
                try header(row)
            }
        }

        reading: while true {
            switch mode {
            case .undecided:
                if let first = UTF8Scan.firstNonASCII(input.view) {
                    mode = try Self.decide(input, from: first)
                    if case .gb18030 = mode { encoding = .gb18030 }
                    scanner.encoding = encoding
                    continue
                }
                try scanner.feed(input.view, validateUTF8: false, onRow: deliver)
                input.consume(input.count)
            case .utf8:
                let usable = input.count - (input.atEnd ? 0 : UTF8Scan.incompleteTail(input.view))
                try scanner.feed(
                    UnsafeBufferPointer(rebasing: input.view[..<usable]), validateUTF8: true, onRow: deliver)
                input.consume(usable)
            case .gb18030(let decoder):
                // The rest of the file is decoded on another thread (iconv is a fifth of the work).
                let decoding = DecodedText.start(input, decoder)
                defer { decoding.stopAndWait() }
                while let text = try decoding.next() {
                    try text.withBytes { try scanner.feed($0, validateUTF8: false, onRow: deliver) }
                    if let bad = text.stop {
                        // Ill-formed, or a character cut short by the end of the file.
                        throw CSVError.invalidText(
                            line: scanner.line, column: scanner.lineCharactersBefore + 1, bytes: bad, encoding: .gb18030)
                    }
                    decoding.release()
                }
                break reading
            }
            if input.atEnd { break }
            try input.readChunk()
        }
        try scanner.finish(onRow: deliver)
        if width == nil { throw CSVError.emptyInput }
        var format = CSVFormat(encoding: encoding, delimiter: delimiter)
        (format.cutCells, format.cutCellCount) = (scanner.cutCells, scanner.cutCellCount)
        return format
    }

    private enum Mode {
        /// Only ASCII so far.
        case undecided
        case utf8
        case gb18030(GB18030Decoder)
    }

    /// Reads on until the header line is complete (or the file or the look-ahead ends).
    private static func detectDelimiter(_ input: ChunkedInput) throws -> UInt8 {
        while true {
            let final = input.atEnd || input.count >= lookaheadLimit
            if let d = FormatDetection.delimiter(input.view, final: final) { return d }
            try input.readChunk()
        }
    }

    /// Chooses the encoding at the first non-ASCII byte (see the type's documentation).
    private static func decide(_ input: ChunkedInput, from first: Int) throws -> Mode {
        while true {
            let window = UnsafeBufferPointer(rebasing: input.view[first...])
            let (valid, multiByte) = UTF8Scan.evidence(window, enough: evidenceCharacters)
            if !valid { return .gb18030(try GB18030Decoder()) }
            if multiByte >= evidenceCharacters || input.atEnd || window.count >= lookaheadLimit { return .utf8 }
            try input.readChunk()
        }
    }

    /// Column names must be unique after trimming whitespace; empty names may repeat
    /// (spreadsheets export unused trailing columns with empty names).
    private static func checkUniqueNames(_ header: CSVRow) throws {
        var seen: [String: Int] = [:]
        for i in 0..<header.count {
            let name = trimmed(header.string(i))
            if name.isEmpty { continue }
            if let first = seen[name] {
                throw CSVError.duplicateColumn(line: header.line, name: name, first: first, second: i)
            }
            seen[name] = i
        }
    }

    static func trimmed(_ s: String) -> String {
        guard let start = s.firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let end = s.lastIndex(where: { !$0.isWhitespace })!
        return String(s[start...end])
    }
}
