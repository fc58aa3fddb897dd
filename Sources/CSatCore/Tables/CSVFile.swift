import CSatCSV
import Foundation

/// Reads a CSV file through `CSatCSV` and turns every failure into an
/// `InputError` for that file: the one place where CSV errors get their file name.
enum CSVFile {
    /// `ahead`: parse on a second thread while the callbacks run on this one (`CSVReader.readAhead`).
    @discardableResult
    static func read(
        _ path: String, ahead: Bool = false, header: (CSVRow) throws -> Void, record: (CSVRow) throws -> Void
    ) throws(InputError) -> CSVFormat {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw InputError(file: path, message: FormImporter.unreadable(path))
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw InputError(file: path, message: FormImporter.unreadable(path))
        }
        if workbookKind(path) == ".xls" {
            throw InputError(file: path, message: .oldFormatWorkbook)
        }
        do {
            let reader = CSVReader(path: path)
            return try ahead ? reader.readAhead(header: header, record: record) : reader.read(header: header, record: record)
        } catch let e as InputError {
            throw e
        } catch let e as CSVError {
            throw InputError(file: path, line: e.line, column: e.column, message: e.message)
        } catch {
            throw InputError(file: path, message: .verbatim("\(error)"))
        }
    }

    /// The records of `path` that start on `lines` (ascending, the header's first), read again
    /// after a whole read found `format` (`CSVLineReader`). Any failure means the file is not the
    /// one read before: it is `changed`, the caller's error.
    static func readLines(
        _ path: String, lines: [Int], format: CSVFormat, changed: InputError,
        header: (CSVRow) throws(InputError) -> Void, record: (CSVRow) throws(InputError) -> Void
    ) throws(InputError) {
        do {
            try CSVLineReader(path: path).readAhead(lines: lines, format: format, header: header, record: record)
        } catch let e as InputError {
            throw e
        } catch {
            throw changed
        }
    }

    /// Fields longer than a spreadsheet cell, kept only up to that length (docs/IMPORT.md, "Very long fields").
    static func cutWarning(_ path: String, _ format: CSVFormat) -> Message? {
        guard format.cutCellCount > 0 else { return nil }
        let places = format.cutCells.map {
            Message.csvPlace(line: $0.line, field: $0.field, size: FileBytes.megabytes($0.bytes))
        }
        return .cellsCut(path, .csvField, places: places, count: format.cutCellCount)
    }

    /// "UTF-8, comma", "GB18030, semicolon", …: how the file was read, for the check's list of files.
    static func describe(_ format: CSVFormat) -> Message {
        .csvFormat(encoding: format.encoding.rawValue, delimiter: format.delimiter)
    }

    /// ".xlsx" or ".xls" when the file starts like one (a zip archive, or an OLE compound document):
    /// a workbook saved under a .csv name, or given where a CSV belongs, would otherwise be "a NUL byte".
    static func workbookKind(_ path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 4)) ?? Data())
        if head == [0x50, 0x4B, 0x03, 0x04] { return ".xlsx" }
        if head == [0xD0, 0xCF, 0x11, 0xE0] { return ".xls" }
        return nil
    }
}
