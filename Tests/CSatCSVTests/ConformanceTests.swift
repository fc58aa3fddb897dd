import Foundation
import Testing

@testable import CSatCSV

/// csv-spectrum: every file parses to its JSON (an array of objects keyed by the header).
@Suite("csv-spectrum conformance")
struct SpectrumTests {
    static let folder = conformanceFolder("csv-spectrum")
    static let cases = fileNames(in: folder.appendingPathComponent("csvs"), suffix: ".csv")

    @Test("the suite is present", .enabled(if: onCI || !cases.isEmpty, "../shared/conformance/csv-spectrum is absent: skipped"))
    func present() {
        #expect(Self.cases.count == 11)
    }

    @Test("file parses to its JSON rows", arguments: cases)
    func spectrum(_ name: String) throws {
        let input = try readBytes(Self.folder.appendingPathComponent("csvs/\(name).csv"))
        let expected = try #require(
            try readJSON(Self.folder.appendingPathComponent("json/\(name).json")) as? [[String: String]])
        let parsed = try parse(input).get()
        let header = try #require(parsed.records.first)
        let rows = parsed.records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
        #expect(Array(rows) == expected)
        // The same with the smallest chunks: every byte on a chunk boundary.
        #expect(try parse(input, chunkSize: 1).get() == parsed)
    }
}

/// csv-edge-cases: each behaves as its `strict` expectation, or as the mode that
/// docs/IMPORT.md ("CSV policy") chose instead, for the reason given there.
@Suite("csv-edge-cases conformance")
struct EdgeCaseTests {
    static let folder = conformanceFolder("csv-edge-cases")
    static let cases = fileNames(in: folder, suffix: ".csv")

    /// Cases where csat follows another listed mode than `strict` (docs/IMPORT.md says why).
    static let policy: [String: String] = [
        "empty_file": "with_required_header",  // a response file must have a header
        "duplicate_header": "header_validation",  // names must be unique to map answers
        "gbk_encoded": "if_decoded_as_gb18030",  // SPEC: GB18030/GBK detected
        "utf16le_bom": "strict_utf8",  // the only mode listed: refused
    ]
    /// Columns csat gives where the case names only the line (docs/IMPORT.md): the quote that never closes.
    static let columns: [String: Int] = ["unterminated_quote": 3]
    /// Cases whose `strict` drops a ragged row; SPEC.md makes such a file an error at that row.
    static let raggedRowsStopTheRun: Set<String> = ["ragged_short_row", "ragged_long_row"]

    @Test(
        "the cases are present", .enabled(if: onCI || !cases.isEmpty, "../shared/conformance/csv-edge-cases is absent: skipped")
    )
    func present() {
        #expect(Self.cases.count == 24)
    }

    @Test("case behaves as its chosen expectation", arguments: cases)
    func edgeCase(_ name: String) throws {
        let input = try readBytes(Self.folder.appendingPathComponent("\(name).csv"))
        let json = try #require(try readJSON(Self.folder.appendingPathComponent("\(name).json")) as? [String: Any])
        let modes = try #require(json["expected"] as? [String: [String: Any]])
        let mode = Self.policy[name] ?? "strict"
        let expected = try #require(modes[mode], "\(name) has no mode \(mode)")
        let result = parse(input)
        // Chunk boundaries anywhere must not change the outcome.
        for size in 1...7 {
            #expect(parse(input, chunkSize: size) == result, "chunk size \(size)")
        }

        if Self.raggedRowsStopTheRun.contains(name) {
            let rejected = try #require((expected["rejected"] as? [[String: Any]])?.first)
            let error = try #require(result.error)
            #expect(error.kind == .fieldCount)
            #expect(error.line == rejected["line"] as? Int)
            let (want, got) = (rejected["expected"] as! Int, rejected["got"] as! Int)
            #expect(error.message.en.hasPrefix("expected \(want) fields, found \(got)"))
            return
        }
        if expected["ok"] as? Bool == true {
            let records = try #require(expected["records"] as? [[String]])
            #expect(result.value?.records == records, "\(result)")
            if let dataRows = expected["data_rows"] as? Int {
                #expect(result.value.map { $0.records.count - 1 } == dataRows)
            }
        } else {
            let want = try #require(expected["error"] as? [String: Any])
            let error = try #require(result.error, "expected an error, got \(result)")
            #expect(error.kind.rawValue == want["kind"] as? String)
            // Line 0 in a case means "no line" (empty input).
            let line = want["line"] as? Int
            #expect(error.line == (line == 0 ? nil : line))
            if let column = want["column"] as? Int { #expect(error.column == column) }
            if let column = Self.columns[name] { #expect(error.column == column, "\(name): column") }
            if let column = want["column"] as? String { #expect(error.message.en.contains("\"\(column)\"")) }
            #expect(!error.message.en.isEmpty)
        }
    }
}
