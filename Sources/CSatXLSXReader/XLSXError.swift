public import CSatWords

/// A workbook csat cannot read, with where and what to do (SPEC.md "XLSX").
public struct XLSXError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable {
        /// Not a zip, cut off, a part damaged, malformed XML.
        case damaged
        /// An `.xls`/`.et` compound file.
        case oldFormat
        /// A password-protected workbook or zip entry.
        case encrypted
        /// Past a limit: a zip bomb, a run of text longer than any sheet holds, too many columns.
        case limit
    }

    public var kind: Kind
    /// The worksheet, or nil for a problem with the workbook as a whole.
    public var sheet: String?
    /// 1-based sheet row.
    public var row: Int?
    /// 1-based column (A = 1).
    public var column: Int?
    /// Written for the user: what is wrong and what to do.
    public var message: Message

    public init(kind: Kind = .damaged, sheet: String? = nil, row: Int? = nil, column: Int? = nil, message: Message) {
        self.kind = kind
        self.sheet = sheet
        self.row = row
        self.column = column
        self.message = message
    }

    public var description: String {
        var s = sheet.map { "[\($0)]" } ?? ""
        if let row { s += " row \(row)" }
        if let column { s += " column \(column)" }
        return s.isEmpty ? message.description : "\(s): \(message)"
    }
}

/// What a workbook may cost before csat calls it hostile: a zip bomb stops, it does not fill the memory.
public struct XLSXLimits: Sendable {
    /// Most bytes one part may inflate to (a full sheet of 1,048,576 rows × 30 columns is about 1 GB).
    public var maxEntryBytes: Int64
    /// Past `ratioFrom` inflated bytes, a part may be at most this many times its compressed size.
    public var maxRatio: Int64
    public var ratioFrom: Int64
    /// Most bytes the shared-strings table may hold in memory.
    public var maxSharedStringsBytes: Int64

    public init(maxEntryBytes: Int64, maxRatio: Int64, ratioFrom: Int64, maxSharedStringsBytes: Int64) {
        self.maxEntryBytes = maxEntryBytes
        self.maxRatio = maxRatio
        self.ratioFrom = ratioFrom
        self.maxSharedStringsBytes = maxSharedStringsBytes
    }

    public static let standard = XLSXLimits(
        maxEntryBytes: 8 << 30, maxRatio: 1000, ratioFrom: 8 << 20, maxSharedStringsBytes: 2 << 30)
}
