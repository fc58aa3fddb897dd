import Foundation
import Testing

@testable import CSatXLSXReader

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// CI runs every check: a suite that is missing there fails instead of skipping.
let onCI = ProcessInfo.processInfo.environment["CI"] == "true"

/// A cell as the expected files write it: null, a number, a string, a boolean, `{"date": …}` or `{"error": …}`.
enum Cell: Equatable, CustomStringConvertible {
    case empty, number(Double), string(String), bool(Bool), date(String), error(String)

    init(json: Any) throws {
        switch json {
        case is NSNull: self = .empty
        case let n as NSNumber where String(cString: n.objCType) == "c": self = .bool(n.boolValue)
        case let n as NSNumber: self = .number(n.doubleValue)
        case let s as String: self = .string(s)
        case let d as [String: Any]:
            if let v = d["date"] as? String {
                self = .date(v)
            } else if let v = d["error"] as? String {
                self = .error(v)
            } else {
                throw CocoaError(.coderReadCorrupt)
            }
        default: throw CocoaError(.coderReadCorrupt)
        }
    }

    /// What the reader gave, in the expected files' terms (dates as `YYYY-MM-DDTHH:MM:SS`).
    init(_ row: XLSXRow, _ i: Int) {
        let text = row.string(i)
        switch row.kind(i) {
        case .empty: self = .empty
        case .string: self = .string(text)
        case .number: self = Double(text).map(Cell.number) ?? .string("unparsable number \(text)")
        case .bool: self = .bool(text == "TRUE")
        case .error: self = .error(text)
        case .date:
            if text.count == 10 {
                self = .date(text + "T00:00:00")
            } else if text.count == 8 {
                self = .date("1899-12-30T" + text)
            } else {
                self = .date(text.replacingOccurrences(of: " ", with: "T"))
            }
        }
    }

    var description: String {
        switch self {
        case .empty: "null"
        case .number(let d): "\(d)"
        case .string(let s): "\"\(s)\""
        case .bool(let b): "\(b)"
        case .date(let s): "date \(s)"
        case .error(let s): "error \(s)"
        }
    }
}

/// Every row of `sheet` from row 1, blank rows as `[]`, as the expected files list them.
func readSheet(_ book: XLSXWorkbook, _ sheet: String) throws -> [[Cell]] {
    var rows: [[Cell]] = []
    try book.readRows(sheet: sheet) { row in
        while rows.count < row.number - 1 { rows.append([]) }
        rows.append((0..<row.count).map { Cell(row, $0) })
    }
    return rows
}

/// The expected file's sheet and rows (`{"sheet": …, "rows": [[…]]}`).
func expectedRows(_ url: URL) throws -> (sheet: String, rows: [[Cell]]) {
    let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    let sheet = try #require(object["sheet"] as? String)
    let rows = try #require(object["rows"] as? [[Any]])
    return (sheet, try rows.map { try $0.map(Cell.init(json:)) })
}

func xlsxNames(in folder: URL) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".xlsx") }.map { String($0.dropLast(5)) }.sorted()
}
