/// A platform download as `csat init --from` reads it: its header and, per column, what was
/// answered — enough to guess the questions, their scales and the option order, never the forms.
///
/// Read through `TableFile`, like every table, so a CSV, a workbook or a JSON file of forms
/// drafts alike, and a file that cannot be read stops with the place of the problem.
public struct DownloadTable: Sendable {
    public var path: String
    /// The header's cells, trimmed.
    public var header: [String]
    public var headerLine: Int
    public var forms = 0
    /// Per column: trimmed answer → forms, up to `maxDistinct` different answers.
    public var counts: [[String: Int]]
    /// Per column: more different answers than were counted (free text, phones, times).
    public var tooMany: [Bool]
    /// Per column, per form: the whole number written in the cell, or `noNumber`.
    public var numbers: [[Int16]]
    /// Half-years (`2026H1`) of the forms' dates → forms: the column that holds the date, else 提交答卷时间.
    public var halves: [String: Int] = [:]

    /// No scale has more answers than this; a column with more is free text.
    public static let maxDistinct = 200
    public static let noNumber = Int16.min

    public init(path: String, header: [String], headerLine: Int = 1) {
        self.path = path
        self.header = header.map(CellValues.trim)
        self.headerLine = headerLine
        counts = Array(repeating: [:], count: header.count)
        tooMany = Array(repeating: false, count: header.count)
        numbers = Array(repeating: [], count: header.count)
    }

    /// Reads the whole download (`spec` may be `file.xlsx:Sheet`).
    public static func read(_ spec: String) throws(InputError) -> DownloadTable {
        var table: DownloadTable? = nil
        var dateColumn: Int? = nil
        try TableFile.read(
            spec, findHeader: HeaderCell.looksLikeHeader,
            header: { row in
                let t = DownloadTable(path: TableFile.split(spec).path, header: row.strings(), headerLine: row.line)
                let cells = t.header.map(HeaderCell.parse)
                dateColumn =
                    cells.firstIndex { $0.role == "date" } ?? t.header.firstIndex(of: ColumnMapping.submittedAt)
                table = t
            },
            record: { row in table!.add((0..<row.count).map(row.string), dateColumn: dateColumn) })
        guard let table else {
            throw InputError(file: spec, message: .downloadEmpty)
        }
        return table
    }

    /// Counts one form's cells.
    public mutating func add(_ cells: [String], dateColumn: Int? = nil) {
        forms += 1
        for (i, raw) in cells.enumerated() where i < header.count {
            let text = CellValues.trim(raw)
            if !tooMany[i] {
                counts[i][text, default: 0] += 1
                if counts[i].count > Self.maxDistinct {
                    tooMany[i] = true
                    counts[i] = [:]
                }
            }
            numbers[i].append(Int16(CellValues.halfWidth(text)) ?? Self.noNumber)
        }
        if let d = dateColumn, d < cells.count, let date = CellValues.date(cells[d]), date > 0 {
            halves["\(date / 10000)H\(date / 100 % 100 <= 6 ? 1 : 2)", default: 0] += 1
        }
    }
}
