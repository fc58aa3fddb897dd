internal import Glibc

/// Every message `CSVReader` can show, in one place, so they read alike.
///
/// Each says what is wrong and what to do about it, for someone who made the
/// file in Excel or a survey platform rather than in a text editor.
extension CSVError {
    static let saveAsUTF8 = "save it again as UTF-8 (in Excel: \"CSV UTF-8 (Comma delimited)\") or as GB18030/GBK"

    /// At the line and column where the quote opened (`column` nil when it cannot be told).
    static func unterminatedQuote(line: Int, column: Int?) -> CSVError {
        CSVError(
            kind: .unterminatedQuote, line: line, column: column,
            message: "a quoted field that starts here is never closed, so the rest of the file "
                + "would be read as one value; add the closing quote (\"), and write a quote inside "
                + "a quoted field as two quotes (\"\")")
    }

    static func bareQuote(line: Int, column: Int, afterSpaces: Bool) -> CSVError {
        let fix =
            afterSpaces
            ? "remove the space before the opening quote, so that the field starts with the quote"
            : "put the whole field in quotes and double the quote inside it (\"say \"\"hi\"\"\"), or remove the quote"
        return CSVError(
            kind: .bareQuote, line: line, column: column,
            message: "a quote (\") inside a field that does not start with a quote; \(fix)")
    }

    static func extraneousQuote(line: Int, column: Int, found: UInt8) -> CSVError {
        CSVError(
            kind: .extraneousQuote, line: line, column: column,
            message: "\(describe(found)) right after the closing quote of a quoted field; a quoted field "
                + "must end at its closing quote: if the quote is part of the value, write it as two quotes (\"\")")
    }

    static func fieldCount(line: Int, expected: Int, found: Int, delimiter: UInt8) -> CSVError {
        let name = delimiterName(delimiter)
        let hint =
            found > expected
            ? "a value that contains a \(name) must be in quotes"
            : "every row needs a \(name) between its values, even where a value is empty"
        return CSVError(
            kind: .fieldCount, line: line,
            message: "expected \(expected) fields, found \(found) (the header row has \(expected)); \(hint)")
    }

    static let emptyInput = CSVError(
        kind: .emptyInput,
        message: "the file is empty or holds only blank lines; expected a header row, then one row per record")

    static func duplicateColumn(line: Int, name: String, first: Int, second: Int) -> CSVError {
        CSVError(
            kind: .duplicateColumn, line: line,
            message: "two columns have the name \"\(name)\": column \(first + 1) (\(columnLetters(first))) "
                + "and column \(second + 1) (\(columnLetters(second))); rename one so that every name is unique")
    }

    /// Bytes that break the encoding that the file's earlier text (or its BOM) established.
    static func invalidText(line: Int, column: Int, bytes: [UInt8], encoding: TextEncoding) -> CSVError {
        let what: String
        switch encoding {
        case .utf8BOM:
            what = "are not UTF-8, although the file starts with a UTF-8 byte-order mark"
        case .utf8:
            what = "are not UTF-8, although the text before them is; the file mixes encodings"
        case .gb18030:
            what = "are neither UTF-8 nor GB18030/GBK text"
        }
        return CSVError(
            kind: .invalidText, line: line, column: column,
            message: "the bytes \(hex(bytes)) \(what); \(saveAsUTF8)")
    }

    static func unsupportedEncoding(_ name: String) -> CSVError {
        CSVError(
            kind: .unsupportedEncoding, line: 1, column: 1,
            message: "the file is \(name) text, which csat does not read; \(saveAsUTF8)")
    }

    static func nulByte(line: Int, column: Int) -> CSVError {
        CSVError(
            kind: .nulByte, line: line, column: column,
            message: "a NUL byte (0x00), which text never holds: the file is binary, damaged, or UTF-16 "
                + "without a byte-order mark; \(saveAsUTF8)")
    }

    static func io(_ what: String, errno code: Int32) -> CSVError {
        CSVError(kind: .io, message: "\(what): \(String(cString: strerror(code)))")
    }

    // MARK: wording helpers

    static func delimiterName(_ d: UInt8) -> String {
        switch d {
        case UInt8(ascii: ","): return "comma"
        case UInt8(ascii: ";"): return "semicolon"
        case UInt8(ascii: "\t"): return "tab"
        default: return "\"\(Character(Unicode.Scalar(d)))\""
        }
    }

    /// Spreadsheet column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA.
    static func columnLetters(_ index: Int) -> String {
        var n = index + 1
        var letters: [Character] = []
        while n > 0 {
            n -= 1
            letters.append(Character(Unicode.Scalar(UInt8(65 + n % 26))))
            n /= 26
        }
        return String(letters.reversed())
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { b in
            let digits = String(b, radix: 16, uppercase: true)
            return "0x" + (digits.count == 1 ? "0" + digits : digits)
        }.joined(separator: " ")
    }

    static func describe(_ b: UInt8) -> String {
        switch b {
        case 0x20: return "a space"
        case 0x09: return "a tab"
        case 0x21..<0x7F: return "\"\(Character(Unicode.Scalar(b)))\""
        default: return "text"
        }
    }
}
