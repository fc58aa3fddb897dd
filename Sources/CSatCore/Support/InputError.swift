internal import CSatXLSXReader
@_exported public import CSatWords
/// A problem with the user's input: one file, where in it, and what to fix.
///
/// Every bad-input path in csat ends in this one type, so that the CLI prints
/// every message the same way (`file:line:column: message`,
/// `file.xlsx[Sheet] row 12, column F (header): message`, or
/// `file: $.json.path: message`) and exits with code 2 (SPEC.md "Commands").
public struct InputError: Error, Equatable, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// A JSON path such as `$.drivers[1].weight` or `$[3].q1`.
    public var path: String?
    /// The worksheet of an XLSX file: then `line` is its row and `column` is shown as a letter (F).
    public var sheet: String?
    /// The header of `column`, shown after it for a worksheet cell.
    public var header: String?
    public var message: Message

    public init(
        file: String, line: Int? = nil, column: Int? = nil, path: String? = nil, sheet: String? = nil,
        header: String? = nil, message: Message
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.sheet = sheet
        self.header = header
        self.message = message
    }

    /// In the language of this run's messages (`MessageLanguage`).
    public var description: String { text(MessageLanguage.current) }

    public func text(_ language: Language) -> String {
        // A stream read through a copy is named as the user gave it (docs/SECURITY.md).
        var where_ = file == "-" ? InputStreams.standardInputName : InputStreams.shown(file)
        if let sheet {
            where_ += "[\(sheet)]"
            let letters = column.map(Self.columnLetters)
            switch (language, line, letters) {
            case (.zh, let line?, let letters?): where_ += " 第\(line)行 \(letters)列"
            case (.zh, let line?, nil): where_ += " 第\(line)行"
            case (.zh, nil, let letters?): where_ += " \(letters)列"
            case (.en, let line?, let letters?): where_ += " row \(line), column \(letters)"
            case (.en, let line?, nil): where_ += " row \(line)"
            case (.en, nil, let letters?): where_ += " column \(letters)"
            case (_, nil, nil): break
            }
            if let header, !header.isEmpty, column != nil { where_ += " (\(header))" }
        } else if let line {
            where_ += ":\(line)"
            if let column { where_ += ":\(column)" }
        }
        if let path { where_ += ": \(path)" }
        return "\(where_): \(message.text(language))"
    }

    /// Excel's name of a 1-based column: 1 → A, 26 → Z, 27 → AA, 16384 → XFD.
    public static func columnLetters(_ column: Int) -> String { ColumnLetters.of(column) }
}
