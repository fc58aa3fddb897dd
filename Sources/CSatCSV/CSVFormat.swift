/// The text encoding a CSV file was read in.
///
/// SPEC.md "Responses": UTF-8 with or without BOM, or GB18030/GBK (what Excel on
/// Chinese Windows saves). GBK is a subset of GB18030, so one decoder reads both.
public enum TextEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 (BOM)"
    case gb18030 = "GB18030"
}

/// A field longer than a spreadsheet cell holds, kept only up to that length.
public struct CutCell: Sendable, Equatable {
    /// The line its record starts on.
    public var line: Int
    /// 1-based field number in the record.
    public var field: Int
    /// Its length in UTF-8 bytes before the cut.
    public var bytes: Int
}

/// What `CSVReader` found out about a file: its encoding and field delimiter.
public struct CSVFormat: Sendable, Equatable {
    public var encoding: TextEncoding
    /// `,`, `;` or `\t` (ASCII byte).
    public var delimiter: UInt8
    /// The first three fields cut to 32,767 characters (Excel's limit for a cell), and how many there were.
    public var cutCells: [CutCell] = []
    public var cutCellCount = 0
    /// The most a field keeps, in UTF-16 code units (as Excel counts a cell's characters).
    public static let cellLimit = FieldBuffer.cellLimit

    public init(encoding: TextEncoding, delimiter: UInt8) {
        self.encoding = encoding
        self.delimiter = delimiter
    }
}
