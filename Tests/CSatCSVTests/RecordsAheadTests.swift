import Foundation
import Testing

@testable import CSatCSV

/// `readAhead` (the file parsed on a second thread): the records `read` gives, in order, over many
/// chunks and batches; an error on either side stops both without a hang. (Every case of the other
/// suites also goes through it: `parse` in Support.swift.)
@Suite struct RecordsAheadTests {
    /// 20,000 records over 4 KiB chunks: every tenth has a quoted line break, so chunk and batch
    /// ends fall inside quoted fields, between CR and LF, and between records.
    static func file() -> (bytes: [UInt8], records: [[String]], lines: [Int]) {
        var text = "id,comment,score\r\n"
        var records = [["id", "comment", "score"]]
        var lines = [1]
        var line = 2
        for i in 0..<20_000 {
            let comment = i % 10 == 0 ? "第\(i)条\r\n第二行" : "意见\(i)"
            text += "A\(i),\"\(comment)\",\(i % 5 + 1)\r\n"
            records.append(["A\(i)", comment, "\(i % 5 + 1)"])
            lines.append(line)
            line += i % 10 == 0 ? 2 : 1
        }
        return (Array(text.utf8), records, lines)
    }

    @Test func manyChunksAndBatches() throws {
        let (input, records, lines) = Self.file()
        for batch in [1, 1000, RecordBatch.batchRecords] {
            let parsed = try #require(parse(input, delimiter: nil, chunkSize: 4096, aheadBatch: batch).value)
            #expect(parsed.records == records, "batches of \(batch)")
            #expect(parsed.lines == lines)
        }
    }

    struct Stop: Error {}

    @Test func theCallersErrorStopsTheReader() {
        let (input, _, _) = Self.file()
        var seen = 0
        #expect(throws: Stop.self) {
            _ = try CSVReader(bytes: input, chunkSize: 4096).readAhead(
                batchRecords: 7, header: { _ in },
                record: { _ in
                    seen += 1
                    if seen == 30 { throw Stop() }
                })
        }
        #expect(seen == 30)
        // An error in the header's callback too, before any record.
        #expect(throws: Stop.self) {
            _ = try CSVReader(bytes: input).readAhead(header: { _ in throw Stop() }, record: { _ in seen += 1 })
        }
        #expect(seen == 30)
    }

    @Test func theReadersErrorComesAfterTheRecordsBeforeIt() {
        var (input, _, lines) = Self.file()
        // A bare quote in record 15,000's id: `A15"000`.
        let at = Array("A15000,".utf8)
        let offset = (0...(input.count - at.count)).first { input[$0..<($0 + at.count)].elementsEqual(at) }!
        input.insert(UInt8(ascii: "\""), at: offset + 3)
        var seen = 0
        do {
            _ = try CSVReader(bytes: input, chunkSize: 4096).readAhead(
                batchRecords: 64, header: { _ in }, record: { _ in seen += 1 })
            Issue.record("read a bare quote")
        } catch let e as CSVError {
            #expect(e.kind == .bareQuote)
            #expect(e.line == lines[15_001] && e.column == 4)
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(seen == 15_000)
    }

    @Test func readsFilesByPath() throws {
        let (input, records, _) = Self.file()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csatcsv-ahead-\(UUID().uuidString).csv")
        try Data(input).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var rows: [[String]] = []
        _ = try CSVReader(path: url.path).readAhead(header: { rows.append($0.strings()) }, record: { rows.append($0.strings()) })
        #expect(rows == records)
        #expect(throws: CSVError.self) {
            _ = try CSVReader(path: url.path + ".missing").readAhead(header: { _ in }, record: { _ in })
        }
    }
}
