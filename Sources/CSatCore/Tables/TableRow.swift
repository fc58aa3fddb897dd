import CSatCSV

/// One row of any tabular input (a CSV record, a worksheet row, a JSON form),
/// valid only during the callback that receives it.
///
/// Every cell is UTF-8 text, back to back in one buffer: the CSV reader's own
/// row shape, so a CSV record is handed on with no copy and the readers of
/// forms, rosters and sample lists decode bytes in place whatever the file was
/// (docs/PERFORMANCE.md).
public typealias TableRow = CSVRow

extension CSVRow {
    /// Whether every cell is empty or spaces: a blank row, skipped as CSV skips blank lines.
    var isBlank: Bool {
        (0..<count).allSatisfy { i in withField(i) { ByteText.trim($0).isEmpty } }
    }
}
