/// A problem with the user's input: one file, where in it, and what to fix.
///
/// Every bad-input path in csat ends in this one type, so that the CLI prints
/// every message the same way (`file:line:column: message`, or
/// `file: $.json.path: message`) and exits with code 2 (SPEC.md "Commands").
public struct InputError: Error, Equatable, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// A JSON path such as `$.drivers[1].weight` or `$[3].q1`.
    public var path: String?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, path: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    public var description: String {
        var where_ = file
        if let line {
            where_ += ":\(line)"
            if let column { where_ += ":\(column)" }
        }
        if let path { where_ += ": \(path)" }
        return "\(where_): \(message)"
    }
}
