import CSatCSV
import Foundation

/// Reads a CSV file through `CSatCSV` and turns every failure into an
/// `InputError` for that file: the one place where CSV errors get their file name.
enum CSVFile {
    @discardableResult
    static func read(
        _ path: String, header: (CSVRow) throws -> Void, record: (CSVRow) throws -> Void
    ) throws(InputError) -> CSVFormat {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw InputError(file: path, message: FormImporter.unreadable(path))
        }
        do {
            return try CSVReader(path: path).read(header: header, record: record)
        } catch let e as InputError {
            throw e
        } catch let e as CSVError {
            throw InputError(file: path, line: e.line, column: e.column, message: e.message)
        } catch {
            throw InputError(file: path, message: "\(error)")
        }
    }
}
