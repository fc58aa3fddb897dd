import Foundation
import Testing

@testable import CSatCSV

/// What one read produced: every record including the header, with the line each starts on.
struct Parsed: Equatable {
    var records: [[String]]
    var lines: [Int]
    var format: CSVFormat
}

/// Reads `bytes` with the reader under test, collecting records or the error.
///
/// Every case also goes through `readAhead` (the parse on a second thread), with a batch ending
/// after every record and after every third: it must give exactly what `read` gives, the records
/// before an error included.
func parse(_ bytes: [UInt8], delimiter: UInt8? = nil, chunkSize: Int? = nil) -> Result<Parsed, CSVError> {
    var seen: [[String]] = []
    let plain = parse(bytes, delimiter: delimiter, chunkSize: chunkSize, aheadBatch: nil, seen: &seen)
    for batch in [1, 3] {
        var seenAhead: [[String]] = []
        let ahead = parse(bytes, delimiter: delimiter, chunkSize: chunkSize, aheadBatch: batch, seen: &seenAhead)
        #expect(ahead == plain, "readAhead with batches of \(batch) records")
        #expect(seenAhead == seen, "readAhead with batches of \(batch) records")
    }
    return plain
}

/// `aheadBatch`: read ahead with batches of that many records; nil: `read`.
func parse(_ bytes: [UInt8], delimiter: UInt8?, chunkSize: Int?, aheadBatch: Int?) -> Result<Parsed, CSVError> {
    var seen: [[String]] = []
    return parse(bytes, delimiter: delimiter, chunkSize: chunkSize, aheadBatch: aheadBatch, seen: &seen)
}

/// `seen`: every record the callbacks got, also when the read then failed.
func parse(
    _ bytes: [UInt8], delimiter: UInt8?, chunkSize: Int?, aheadBatch: Int?, seen: inout [[String]]
) -> Result<Parsed, CSVError> {
    var records: [[String]] = []
    var lines: [Int] = []
    let reader =
        chunkSize.map { CSVReader(bytes: bytes, delimiter: delimiter, chunkSize: $0) }
        ?? CSVReader(bytes: bytes, delimiter: delimiter)
    defer { seen = records }
    do {
        let collect = { (row: CSVRow) in
            records.append(row.strings())
            lines.append(row.line)
        }
        let format =
            try aheadBatch.map { try reader.readAhead(batchRecords: $0, header: collect, record: collect) }
            ?? reader.read(header: collect, record: collect)
        return .success(Parsed(records: records, lines: lines, format: format))
    } catch let error as CSVError {
        return .failure(error)
    } catch {
        Issue.record("unexpected error type: \(error)")
        return .failure(CSVError(kind: .io, message: .verbatim("\(error)")))
    }
}

func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

/// `../shared/conformance/<sub>` seen from the package root, found from this file's path.
func conformanceFolder(_ sub: String, file: String = #filePath) -> URL {
    URL(fileURLWithPath: file)  // …/main/Tests/CSatCSVTests/Support.swift
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/conformance/\(sub)").standardizedFileURL
}

/// CI runs every check: a suite missing there fails instead of skipping.
let onCI = ProcessInfo.processInfo.environment["CI"] == "true"

func fileNames(in folder: URL, suffix: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(suffix) }.map { String($0.dropLast(suffix.count)) }.sorted()
}

func readBytes(_ url: URL) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: url))
}

func readJSON(_ url: URL) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(contentsOf: url), options: [.fragmentsAllowed])
}

extension Result {
    var error: Failure? {
        if case .failure(let e) = self { return e }
        return nil
    }
    var value: Success? {
        if case .success(let v) = self { return v }
        return nil
    }
}
