internal import CSatXLSXReader
import Foundation

/// XLSX worksheets as tables (SPEC.md "XLSX"): the sheet streamed row by row
/// through `CSatXLSXReader`, title rows above the header skipped, merged cells
/// filled from their top-left cell, every row padded to the header's width.
///
/// Places are the worksheet's own: `file.xlsx[Sheet] row 12, column F (header)`.
enum XLSXFile {
    /// How many non-blank rows may stand above the header (titles, notes, a date line).
    static let headerSearchRows = 32

    private struct StopPeeking: Error {}

    static func read(
        _ path: String, sheet wanted: String?, findHeader: ((TableRow) -> Bool)?, header: (TableRow) throws -> Void,
        record: (TableRow) throws -> Void, started: (TableFile.Info) -> Void
    ) throws(InputError) -> TableFile.Info {
        // Without a definition's columns to look for (rosters, sample lists), the header is the
        // first row with two cells or more: a title or a date line above it is one cell.
        let findHeader: ((TableRow) -> Bool)? = findHeader ?? { row in (0..<row.count).count { i in !row.withField(i, { ByteText.trim($0).isEmpty }) } >= 2 }
        let book: XLSXWorkbook
        do {
            book = try XLSXWorkbook(path: path)
        } catch {
            throw place(error, path)
        }
        let sheet = try choose(book, path: path, wanted: wanted, findHeader: findHeader)
        var info = TableFile.Info(path: path, kind: .xlsx, sheet: sheet, format: .xlsxFormat(sheet: sheet))
        info.expectedRows = (try? book.dimension(sheet: sheet))?.map(\.lastRow)
        started(info)
        // Merged cells are listed after the rows: read them first where that is cheap (docs/IMPORT.md).
        let merged: [XLSXMergedRange]?
        do {
            merged = try book.mergedRanges(sheet: sheet)
        } catch {
            throw place(error as? XLSXError ?? XLSXError(message: .verbatim("\(error)")), path)
        }
        let fill = MergeFill(ranges: merged ?? [])
        var headerNames: [String] = []
        var headerRow = 0
        var width = -1
        var rowsSeen = 0
        var ends = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        defer { ends.deallocate() }
        let summary: XLSXSheetSummary
        do {
            summary = try book.readRowsAhead(sheet: sheet) { x in
                var row = TableRow(line: x.number, count: x.count, bytes: x.fieldBytes, ends: x.fieldEnds.baseAddress!)
                if width < 0 {
                    if x.count == 0 || row.isBlank { return }
                    rowsSeen += 1
                    if let findHeader, !findHeader(row) {
                        if rowsSeen >= headerSearchRows { throw noHeader(path, sheet) }
                        return
                    }
                    headerNames = trimmedHeader(row)
                    headerRow = x.number
                    fill.start(after: headerRow)
                    width = headerNames.count
                    ends.deallocate()
                    ends = .allocate(capacity: max(1, width))
                    try placing(path, sheet, headerNames) { try header(Self.cut(row, to: width, ends: ends)) }
                    return
                }
                if fill.active { row = fill.apply(row) }
                if row.count > width {
                    for i in width..<row.count where !row.withField(i, { ByteText.trim($0).isEmpty }) {
                        throw InputError(
                            file: path, line: row.line, column: i + 1, sheet: sheet,
                            message: .valueRightOfHeader(InputError.columnLetters(width)))
                    }
                }
                if row.isBlank { return }
                let cells = row.count == width ? row : Self.cut(row, to: width, ends: ends)
                try placing(path, sheet, headerNames) { try record(cells) }
            }
        } catch let e as InputError {
            throw e
        } catch let e as XLSXError {
            throw place(e, path)
        } catch {
            throw InputError(file: path, sheet: sheet, message: .verbatim("\(error)"))
        }
        if width < 0 && findHeader != nil && rowsSeen > 0 { throw noHeader(path, sheet) }
        if merged == nil, let r = summary.merged.first(where: { $0.lastRow > headerRow && $0.cellCount > 1 }) {
            // A sheet too large to read twice, with merged cells in its data: they cannot be filled.
            throw InputError(
                file: path, line: r.firstRow, column: r.firstColumn, sheet: sheet,
                message: .mergedInLargeSheet(r.reference))
        }
        if summary.uncachedFormulas > 0, let (r, c) = summary.firstUncachedFormula {
            let n = summary.uncachedFormulas
            info.warnings.append(.uncachedFormulas(path, sheet: sheet, count: n, first: "\(InputError.columnLetters(c))\(r)"))
        }
        return info
    }

    /// The header's cells up to its last non-empty one.
    private static func trimmedHeader(_ row: TableRow) -> [String] {
        var names = row.strings()
        while let last = names.last, CellValues.trim(last).isEmpty { names.removeLast() }
        return names
    }

    /// `row` as exactly `width` cells: shorter rows end in empty cells, longer ones lose their (empty) tail.
    private static func cut(_ row: TableRow, to width: Int, ends: UnsafeMutablePointer<Int>) -> TableRow {
        let have = min(row.count, width)
        let source = row.fieldEnds
        for i in 0..<have { ends[i] = source[i] }
        let last = have == 0 ? 0 : ends[have - 1]
        for i in have..<width { ends[i] = last }
        return TableRow(line: row.line, count: width, bytes: row.fieldBytes, ends: ends)
    }

    /// Runs `body`, giving an `InputError` it throws the sheet and the header of its column.
    private static func placing(_ path: String, _ sheet: String, _ header: [String], _ body: () throws -> Void) throws {
        do {
            try body()
        } catch var e as InputError {
            if e.sheet == nil && e.path == nil && e.file == path {
                e.sheet = sheet
                if let c = e.column, c >= 1, c <= header.count { e.header = CellValues.trim(header[c - 1]) }
            }
            throw e
        }
    }

    /// The sheet to read: the one named, the only one, or the first whose first rows hold a header.
    private static func choose(
        _ book: XLSXWorkbook, path: String, wanted: String?, findHeader: ((TableRow) -> Bool)?
    ) throws(InputError) -> String {
        let names = book.sheetNames
        let list = names.map { "\"\($0)\"" }.joined(separator: ", ")
        if let wanted {
            guard names.contains(wanted) else {
                throw InputError(
                    file: path, message: .noSuchSheetAmong(wanted, sheets: list, path: path))
            }
            return wanted
        }
        guard let first = names.first else { throw InputError(file: path, message: .noWorksheet) }
        guard names.count > 1, let findHeader else { return first }
        for name in names {
            var found = false
            var rows = 0
            do {
                try book.readRows(sheet: name) { x in
                    guard x.count > 0 else { return }
                    guard x.count > 0, let xEnds = x.fieldEnds.baseAddress else { return }
                    let row = TableRow(line: x.number, count: x.count, bytes: x.fieldBytes, ends: xEnds)
                    if row.isBlank { return }
                    rows += 1
                    if findHeader(row) {
                        found = true
                        throw StopPeeking()
                    }
                    if rows >= headerSearchRows { throw StopPeeking() }
                }
            } catch is StopPeeking {
            } catch let e as XLSXError {
                throw place(e, path)
            } catch {
                throw InputError(file: path, sheet: name, message: .verbatim("\(error)"))
            }
            if found { return name }
        }
        throw InputError(
            file: path,
            message: .noSheetWithHeader(sheets: list, rows: headerSearchRows, path: path))
    }

    private static func noHeader(_ path: String, _ sheet: String) -> InputError {
        InputError(
            file: path, sheet: sheet,
            message: .noHeaderRow(rows: headerSearchRows))
    }

    static func place(_ e: XLSXError, _ path: String) -> InputError {
        let message = e.kind == .oldFormat ? .oldFormatWorkbook : e.message
        return InputError(file: path, line: e.row, column: e.column, sheet: e.sheet, message: message)
    }
}
