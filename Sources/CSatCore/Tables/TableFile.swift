import CSatCSV
import Foundation

/// Every tabular input — CSV, XLSX, JSON — read through one door: rows of UTF-8
/// cells (`TableRow`), a header first, and errors that name the place in the
/// file's own terms (line and column, worksheet row and column letter, or JSON path).
///
/// Forms, rosters, sample lists and household lists all come through here
/// (SPEC.md "Responses"), so a roster may be a workbook as well as a CSV, and a
/// message about a cell reads the same whatever the reader.
public enum TableFile {
    public enum Kind: String, Sendable, CaseIterable {
        case csv, xlsx, json, jsonl
    }

    /// What was read: the kind and a description for the check's file list ("GB18030, comma", "sheet 数据").
    public struct Info: Sendable {
        public var path: String
        public var kind: Kind
        public var sheet: String?
        /// How it was read, in both languages (`check --json` gives the English).
        public var format: Message
        /// JSON: the rows were objects of an array (`$[i]`), not lines.
        public var jsonArray = false
        /// What the reader noticed and the user should know (formulas without a saved value).
        public var warnings: [Message] = []
        /// Rows the file says it holds before they are read (a worksheet's `<dimension>`), for reserving memory.
        public var expectedRows: Int?
        /// A CSV's encoding and delimiter, for reading chosen records of it again (`CSVLineReader`).
        var csv: CSVFormat?
    }


    /// `file.xlsx:Sheet` → the file and the sheet; any other name is a path as it stands.
    ///
    /// A path that exists is never split, so a file whose name holds a colon still reads.
    public static func split(_ spec: String) -> (path: String, sheet: String?) {
        if FileManager.default.fileExists(atPath: spec) { return (spec, nil) }
        for ext in [".xlsx:", ".xlsm:", ".XLSX:", ".XLSM:"] {
            if let r = spec.range(of: ext, options: .backwards) {
                let path = String(spec[..<r.lowerBound]) + ext.dropLast()
                let sheet = String(spec[r.upperBound...])
                if !sheet.isEmpty { return (path, sheet) }
            }
        }
        return (spec, nil)
    }

    /// By extension: `.xlsx`/`.xlsm` → XLSX, `.json` → JSON, `.jsonl`/`.ndjson` → JSON Lines, else CSV;
    /// a file that starts like a zip archive is read as XLSX whatever its name.
    public static func guess(_ path: String) -> Kind {
        switch (path as NSString).pathExtension.lowercased() {
        case "xlsx", "xlsm": return .xlsx
        case "json": return .json
        case "jsonl", "ndjson": return .jsonl
        // A workbook under another name (a zip, or an .xls/.et or encrypted compound file) goes to the
        // workbook reader, which reads it or says what it is.
        default: return CSVFile.workbookKind(path) == nil ? .csv : .xlsx
        }
    }

    /// Reads one table: `header` gets the header row, `record` every later non-blank row.
    ///
    /// `findHeader` picks the header in a worksheet, where title rows may stand above it (SPEC.md
    /// "XLSX"), and the sheet when none is named: the first sheet with such a row among its first rows.
    /// CSV and JSON take their first row (the keys) as the header. An `InputError` thrown by either
    /// closure with the row's `line` and a 1-based `column` is placed in the file's own terms.
    /// `csvAhead`: a CSV file is parsed on a second thread while the closures run on this one
    /// (a worksheet always is, `XLSXWorkbook.readRowsAhead`).
    @discardableResult
    public static func read(
        _ spec: String, kind forced: Kind? = nil, csvAhead: Bool = false, findHeader: ((TableRow) -> Bool)? = nil,
        header: (TableRow) throws -> Void, record: (TableRow) throws -> Void,
        started: (Info) -> Void = { _ in }
    ) throws(InputError) -> Info {
        let (path, sheet) = split(spec)
        let kind = forced ?? guess(path)
        if sheet != nil && kind != .xlsx {
            throw InputError(file: spec, message: .onlyXLSXHasSheets)
        }
        switch kind {
        case .csv:
            started(Info(path: path, kind: .csv, format: .csvFormatUnknown))
            let format = try CSVFile.read(path, ahead: csvAhead, header: header, record: record)
            var info = Info(path: path, kind: .csv, format: CSVFile.describe(format))
            info.csv = format
            if let w = CSVFile.cutWarning(path, format) { info.warnings.append(w) }
            return info
        case .xlsx:
            return try XLSXFile.read(
                path, sheet: sheet, findHeader: findHeader, header: header, record: record, started: started)
        case .json, .jsonl:
            return try JSONTable.read(
                path, forceLines: kind == .jsonl, header: header, record: record, started: started)
        }
    }

    /// A CSV file of at least this many bytes is parsed on a second thread while this one uses its
    /// records (`CSVReader.readAhead`); a smaller one is not worth a thread.
    public static let aheadFrom = 1 << 20

    /// A roster, sample list or household list: the first row is the header, the kind from the name.
    /// A CSV of at least `aheadFrom` bytes is parsed on a second thread while the closures run on
    /// this one (the sample draw's pass 1: 4.5 million households, docs/PERFORMANCE.md).
    @discardableResult
    public static func readRows(
        _ spec: String, header: (TableRow) throws -> Void, record: (TableRow) throws -> Void
    ) throws(InputError) -> Info {
        let ahead = FileSize.of(split(spec).path) >= Self.aheadFrom
        return try read(spec, kind: nil, csvAhead: ahead, findHeader: nil, header: header, record: record, started: { _ in })
    }
}
