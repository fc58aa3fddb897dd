internal import Glibc
internal import CSatWords

/// Every message `CSVReader` can show, in one place, so they read alike.
///
/// Each says what is wrong and what to do about it, for someone who made the
/// file in Excel or a survey platform rather than in a text editor.
extension CSVError {
    /// At the line and column where the quote opened (`column` nil when it cannot be told).
    static func unterminatedQuote(line: Int, column: Int?) -> CSVError {
        CSVError(kind: .unterminatedQuote, line: line, column: column, message: .unterminatedQuote)
    }

    static func bareQuote(line: Int, column: Int, afterSpaces: Bool) -> CSVError {
        CSVError(kind: .bareQuote, line: line, column: column, message: .bareQuote(afterSpaces: afterSpaces))
    }

    static func extraneousQuote(line: Int, column: Int, found: UInt8) -> CSVError {
        CSVError(
            kind: .extraneousQuote, line: line, column: column, message: .extraneousQuote(found: .character(found)))
    }

    static func fieldCount(line: Int, expected: Int, found: Int, delimiter: UInt8) -> CSVError {
        CSVError(
            kind: .fieldCount, line: line, message: .fieldCount(expected: expected, found: found, delimiter: delimiter))
    }

    static let emptyInput = CSVError(kind: .emptyInput, message: .emptyCSV)

    static func duplicateColumn(line: Int, name: String, first: Int, second: Int) -> CSVError {
        CSVError(
            kind: .duplicateColumn, line: line,
            message: .duplicateColumn(name, first: first, columnLetters(first), second: second, columnLetters(second)))
    }

    /// Bytes that break the encoding that the file's earlier text (or its BOM) established.
    static func invalidText(line: Int, column: Int, bytes: [UInt8], encoding: TextEncoding) -> CSVError {
        let broken: Message.BrokenEncoding =
            switch encoding {
            case .utf8BOM: .afterBOM
            case .utf8: .mixed
            case .gb18030: .neither
            }
        return CSVError(kind: .invalidText, line: line, column: column, message: .invalidText(hex: hex(bytes), broken))
    }

    static func unsupportedEncoding(_ name: String) -> CSVError {
        CSVError(kind: .unsupportedEncoding, line: 1, column: 1, message: .unsupportedEncoding(name))
    }

    static func nulByte(line: Int, column: Int) -> CSVError {
        CSVError(kind: .nulByte, line: line, column: column, message: .nulByte)
    }

    static func io(_ what: Message, errno code: Int32) -> CSVError {
        CSVError(kind: .io, message: .systemError(what, String(cString: strerror(code))))
    }

    // MARK: wording helpers

    /// Spreadsheet column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA.
    static func columnLetters(_ index: Int) -> String { ColumnLetters.of(index + 1) }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { b in
            let digits = String(b, radix: 16, uppercase: true)
            return "0x" + (digits.count == 1 ? "0" + digits : digits)
        }.joined(separator: " ")
    }

}
