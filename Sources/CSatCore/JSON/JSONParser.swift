/// csat's strict JSON reader (RFC 8259), with positions in every error.
///
/// Why not Foundation's `JSONSerialization`: its errors carry no usable
/// position, it turns numbers into `NSNumber` (losing `1` vs `1.0`), it does not
/// keep key order, and it is slow on files of hundreds of megabytes. This
/// parser reads the bytes once through an `UnsafeBufferPointer` and only works
/// out a line and column when it has an error to report.
///
/// Decisions where RFC 8259 leaves room (the "i_" cases of JSONTestSuite):
/// - accepted: a UTF-8 byte order mark before the value; any value at the top
///   level (not only arrays and objects); duplicate keys (all kept in order,
///   the last wins on lookup); `\u0000` and noncharacters such as U+FFFF;
///   nesting up to 512 levels; integers of any length (read into the nearest
///   `Double`, literal kept); numbers so small they underflow to 0 (`1e-999`).
/// - rejected, with a message: nesting deeper than 512 levels; numbers beyond
///   `Double` (`1e999`; infinity would poison every mean); invalid UTF-8 in a
///   string (overlong forms, encoded surrogates, stray bytes, Latin-1, GBK);
///   unpaired surrogate escapes (`\uD800` alone), which no Swift `String` can
///   hold; UTF-16 or UTF-32 files, named as such.
///
/// Lines are counted at line feeds (CRLF files count right); a column counts
/// Unicode scalars from the start of the line, so `项目` is two columns.
public enum JSONParser {
    /// Parses one JSON document. A UTF-8 BOM is skipped.
    public static func parse(_ bytes: [UInt8], file: String) throws(InputError) -> JSONValue {
        let result: Result<JSONValue, InputError> = bytes.withUnsafeBufferPointer { buf in
            let contentStart = bomLength(buf)
            if let message = foreignEncoding(buf) {
                return .failure(InputError(file: file, line: 1, column: 1, message: message))
            }
            var scanner = JSONScanner(buf, start: contentStart, end: buf.count, mode: .document)
            scanner.skipWhitespace()
            if scanner.pos == buf.count {
                return .failure(
                    InputError(file: file, line: 1, column: 1, message: .jsonEmptyFile))
            }
            do throws(JSONSyntaxError) {
                return .success(try scanner.parseDocument())
            } catch {
                return .failure(inputError(error, in: buf, contentStart: contentStart, file: file))
            }
        }
        return try result.get()
    }

    /// Parses JSON Lines: one document per non-blank line, calling `body` with each value and its 1-based line number.
    ///
    /// Errors name the physical line, counting blank lines, so the number is the
    /// one an editor shows. A UTF-8 BOM at the start of the file is skipped.
    /// Errors thrown by `body` pass through unchanged.
    public static func parseLines(_ bytes: [UInt8], file: String, _ body: (JSONValue, Int) throws -> Void) throws {
        try bytes.withUnsafeBufferPointer { buf in
            let contentStart = bomLength(buf)
            if let message = foreignEncoding(buf) {
                throw InputError(file: file, line: 1, column: 1, message: message)
            }
            var lineStart = contentStart
            var lineNumber = 1
            // Carried from line to line: lines of one file repeat their keys like the objects of an array.
            var keyCache: [String] = []
            while lineStart < buf.count {
                let lineEnd = endOfLine(buf, from: lineStart)
                var scanner = JSONScanner(buf, start: lineStart, end: lineEnd, mode: .line)
                scanner.skipWhitespace()
                if scanner.pos < lineEnd {
                    swap(&keyCache, &scanner.keyCache)
                    let value: JSONValue
                    do throws(JSONSyntaxError) {
                        value = try scanner.parseDocument()
                    } catch {
                        throw inputError(error, in: buf, contentStart: contentStart, file: file)
                    }
                    swap(&keyCache, &scanner.keyCache)
                    try body(value, lineNumber)
                }
                lineStart = lineEnd + 1
                lineNumber += 1
            }
        }
    }

    /// True when the content is several top-level values one per line (JSON Lines) rather than one JSON value.
    ///
    /// The test: the first non-blank line holds one complete value by itself and
    /// more non-blank content follows. A pretty-printed document fails the first
    /// part (its first line is `[` or `{`); a one-line document fails the second.
    /// Only the first line is parsed, so the cost does not grow with the file.
    public static func looksLikeJSONLines(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buf in
            var lineStart = bomLength(buf)
            while lineStart < buf.count {
                let lineEnd = endOfLine(buf, from: lineStart)
                var scanner = JSONScanner(buf, start: lineStart, end: lineEnd, mode: .line)
                scanner.skipWhitespace()
                if scanner.pos < lineEnd {
                    var rest = lineEnd
                    while rest < buf.count && JSONScanner.isWhitespace(buf[rest]) { rest += 1 }
                    guard rest < buf.count else { return false }
                    return (try? scanner.parseDocument()) != nil
                }
                lineStart = lineEnd + 1
            }
            return false
        }
    }

    // MARK: - Positions and encodings

    /// Turns a scanner error into the user's error, working out line and column from the byte offset.
    static func inputError(
        _ error: JSONSyntaxError, in buf: UnsafeBufferPointer<UInt8>, contentStart: Int, file: String
    ) -> InputError {
        let (line, column) = location(of: error.offset, in: buf, contentStart: contentStart)
        return InputError(file: file, line: line, column: column, message: error.message)
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset; a BOM takes no column.
    static func location(
        of offset: Int, in buf: UnsafeBufferPointer<UInt8>, contentStart: Int
    ) -> (line: Int, column: Int) {
        let offset = min(offset, buf.count)
        var line = 1
        var lineStart = contentStart
        for i in contentStart..<offset where buf[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        var column = 1
        // Every byte that is not a UTF-8 continuation byte starts a new scalar (or is a stray byte).
        for i in lineStart..<max(lineStart, offset) where buf[i] & 0xC0 != 0x80 { column += 1 }
        return (line, column)
    }

    /// The offset of the line feed ending the line that starts at `start`, or the end of the buffer.
    static func endOfLine(_ buf: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while i < buf.count && buf[i] != 0x0A { i += 1 }
        return i
    }

    /// 3 when the buffer starts with the UTF-8 byte order mark EF BB BF (RFC 8259 §8.1 lets parsers skip it).
    static func bomLength(_ buf: UnsafeBufferPointer<UInt8>) -> Int {
        buf.count >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF ? 3 : 0
    }

    /// A message when the file is plainly UTF-16 or UTF-32 (by BOM, or by zero bytes between ASCII ones).
    ///
    /// Windows tools such as PowerShell's `Out-File` write UTF-16; without this
    /// check the user would see "unexpected control character U+0000".
    static func foreignEncoding(_ buf: UnsafeBufferPointer<UInt8>) -> Message? {
        if buf.count >= 4
            && ((buf[0] == 0 && buf[1] == 0 && buf[2] == 0xFE && buf[3] == 0xFF)
                || (buf[0] == 0xFF && buf[1] == 0xFE && buf[2] == 0 && buf[3] == 0))
        {
            return .jsonEncoding("UTF-32", bom: true)
        }
        if buf.count >= 2 && ((buf[0] == 0xFE && buf[1] == 0xFF) || (buf[0] == 0xFF && buf[1] == 0xFE)) {
            return .jsonEncoding("UTF-16", bom: true)
        }
        if buf.count >= 4 {
            func ascii(_ byte: UInt8) -> Bool { byte != 0 && byte < 0x80 }
            let bigEndian = buf[0] == 0 && buf[2] == 0 && ascii(buf[1]) && ascii(buf[3])
            let littleEndian = buf[1] == 0 && buf[3] == 0 && ascii(buf[0]) && ascii(buf[2])
            if bigEndian || littleEndian { return .jsonEncoding("UTF-16", bom: false) }
        }
        return nil
    }
}
