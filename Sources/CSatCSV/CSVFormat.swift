/// The text encoding a CSV file was read in.
///
/// SPEC.md "Responses": UTF-8 with or without BOM, or GB18030/GBK (what Excel on
/// Chinese Windows saves). GBK is a subset of GB18030, so one decoder reads both.
public enum TextEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 (BOM)"
    case gb18030 = "GB18030"
}

/// What `CSVReader` found out about a file: its encoding and field delimiter.
public struct CSVFormat: Sendable, Equatable {
    public var encoding: TextEncoding
    /// `,`, `;` or `\t` (ASCII byte).
    public var delimiter: UInt8

    public init(encoding: TextEncoding, delimiter: UInt8) {
        self.encoding = encoding
        self.delimiter = delimiter
    }
}
