public import CSatWords

/// A file that cannot be read as a table: what is wrong, where, and how to fix it.
///
/// `line` and `column` are 1-based; `column` counts characters (not bytes) in
/// that physical line. The message never names the file: the caller prefixes
/// `file:line:column:` (see CSatCore's `InputError`).
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Stable names, shared with the conformance cases in `../shared/conformance/csv-edge-cases`.
    public enum Kind: String, Sendable {
        case unterminatedQuote = "unterminated_quote"
        case bareQuote = "bare_quote"
        case extraneousQuote = "extraneous_quote"
        case fieldCount = "field_count"
        case emptyInput = "empty_input"
        case duplicateColumn = "duplicate_column"
        case invalidText = "invalid_utf8"
        case unsupportedEncoding = "unsupported_encoding"
        case nulByte = "nul_byte"
        case io = "io"
    }

    public var kind: Kind
    public var line: Int?
    public var column: Int?
    public var message: Message

    public init(kind: Kind, line: Int? = nil, column: Int? = nil, message: Message) {
        self.kind = kind
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        guard let line else { return message.description }
        guard let column else { return "\(line): \(message)" }
        return "\(line):\(column): \(message)"
    }
}
