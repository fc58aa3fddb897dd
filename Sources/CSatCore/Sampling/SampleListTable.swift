import Foundation

/// The sample list as a table of text cells: csat's columns, then the roster's.
///
/// Both the CSV (here) and the XLSX (`CSatXLSX.SampleListWorkbook`) are
/// written from this one value, so they cannot disagree. The roster's own
/// project and unit columns are left out (the first columns already hold them,
/// trimmed); a roster column whose name clashes with csat's columns is renamed
/// `roster:<name>`, because a CSV header with a name twice cannot be read back.
public struct SampleListTable: Sendable {
    /// `project, stratum, unit, role, order, replaces, reason` — what `check` reads.
    public static let leading = ["project", "stratum", "unit", "role", "order", "replaces", "reason"]
    /// Index of `order`, the one numeric column (the XLSX stores it as a number).
    public static let orderColumn = 4

    public let header: [String]
    public let rows: [SampleRow]
    let keep: [Int]
    let fields: [Int: [String]]

    /// `fields` holds the roster's fields of each drawn row, keyed by roster line (pass 2).
    public init(rows: [SampleRow], rosterHeader: [String], columns: SamplingColumns, fields: [Int: [String]]) {
        let skip: Set<String> = [columns.project, columns.unit]
        keep = rosterHeader.indices.filter { !skip.contains(rosterHeader[$0]) }
        let reserved = Set(Self.leading)
        header = Self.leading + keep.map { reserved.contains(rosterHeader[$0]) ? "roster:" + rosterHeader[$0] : rosterHeader[$0] }
        self.rows = rows
        self.fields = fields
    }

    public var count: Int { rows.count }

    /// The cells of row `i`, as many as `header`.
    public func cells(_ i: Int) -> [String] {
        let r = rows[i]
        let roster = fields[r.line] ?? []
        return [r.project, r.stratum, r.unit, r.role.rawValue, String(r.order), "", ""]
            + keep.map { $0 < roster.count ? roster[$0] : "" }
    }

    /// Writes the table as CSV (RFC 4180: CRLF line ends, quotes only where
    /// needed) in UTF-8 with a byte order mark, so that Excel on Chinese
    /// Windows opens it without garbling the Chinese text. Atomic: temp file, then rename.
    public func writeCSV(to path: String) throws(InputError) {
        let temp = try OutputFile.temporaryPath(beside: path)
        let handle = FileHandle(fileDescriptor: try OutputFile.createTemporary(temp, for: path), closeOnDealloc: false)
        var buffer = Data([0xEF, 0xBB, 0xBF])
        do {
            buffer.append(Self.csvLine(header))
            for i in 0..<count {
                buffer.append(Self.csvLine(cells(i)))
                if buffer.count >= 1 << 20 {
                    try handle.write(contentsOf: buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            try handle.write(contentsOf: buffer)
            try handle.close()
        } catch {
            try? handle.close()
            OutputFile.discard(temp)
            throw InputError(file: path, message: .cannotWriteOutput(error.localizedDescription))
        }
        try OutputFile.commit(temp, to: path)
    }

    /// How a reader takes a cell of a sample list at `path`: trimmed, and in a CSV with the `'` that
    /// `csvField` put before a formula-like cell taken away again (a workbook's cells are written as they are).
    public static func cellReader(_ path: String) -> @Sendable (String) -> String {
        if TableFile.guess(path) == .csv {
            return { (s: String) -> String in SpreadsheetText.restored(CellValues.trim(s)) }
        }
        return { (s: String) -> String in CellValues.trim(s) }
    }

    static func csvLine(_ cells: [String]) -> Data {
        var line = ""
        for (i, cell) in cells.enumerated() {
            if i > 0 { line += "," }
            line += csvField(cell)
        }
        line += "\r\n"
        return Data(line.utf8)
    }

    /// Quotes a field holding a comma, quote, line break, or leading/trailing
    /// space (libcsv trims unquoted spaces: quoting keeps them), after keeping a
    /// spreadsheet from running it (`SpreadsheetText`).
    static func csvField(_ cell: String) -> String {
        let s = SpreadsheetText.neutralised(cell)
        let special = s.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == 0x3B || $0 == 0x09 }
        let padded = s.first.map { $0 == " " } == true || s.last.map { $0 == " " } == true
        guard special || padded else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
