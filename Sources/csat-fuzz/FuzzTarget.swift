import CSatCSV
import CSatCore
import CSatMarkdown
import CSatXLSXReader
import Foundation

/// What one fuzz input goes through (docs/FUZZING.md).
///
/// Each target runs the bytes through the same public entry points the CLI
/// uses, from a file on disk (so the real readers run), and when the input
/// loads it checks the invariants of SPEC.md on everything that follows:
/// read = valid + invalid, no number outside its range, JSON that reads back.
/// A broken invariant is a crash, so libFuzzer keeps the input.
enum FuzzTarget: String, CaseIterable {
    /// Response CSV (FormImporter), then the same bytes as a roster, a sample list and a sampling roster.
    case csv
    /// Response JSON: an array of objects or JSON Lines (FormImporter).
    case json
    /// Survey definition (SurveyLoader); a definition that loads scores forms made up to fit it.
    case definition
    /// A whole .xlsx file (zip, workbook parts, shared strings, the sheet) as responses and as a roster.
    case xlsx
    /// A worksheet's XML alone through the SpreadsheetML scanner, with shared strings and date styles.
    case sheet
    /// Response bytes that arrive on a pipe (`InputStreams`): copied whole or stopped at the limit, then
    /// read as the same bytes in a file are.
    case stream

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The sample company's definition: the seeds from sample-data match its columns.
    static let surveyPath = packageRoot.appendingPathComponent("sample-data/survey.json").path

    /// A private folder for the input files, in memory where the system has one.
    static let scratch: String = {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let dir = (base as NSString).appendingPathComponent("csat-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: FuzzTarget.scratch) }
        return dir
    }()

    /// Runs one input; returns what happened, for the replayer to print.
    @discardableResult
    func run(_ bytes: [UInt8]) -> String {
        switch self {
        case .csv:
            let path = Self.write(bytes, "in.csv")
            let outcome = Self.responses(path, survey: Self.surveyPath) { wave in
                // Nothing dropped: one form per record that libcsv delivers, counted apart from the importer.
                let records = Self.csvRecords(bytes)
                Invariants.require(
                    wave.table.records.count == records, "forms read \(wave.table.records.count) ≠ CSV records \(records ?? -1)")
            }
            Self.asRosterAndSample(path)
            return outcome
        case .json:
            return Self.responses(Self.write(bytes, "in.json"), survey: Self.surveyPath)
        case .definition:
            let survey: Survey
            do {
                survey = try SurveyLoader.load(bytes: bytes, file: "fuzz.json")
            } catch {
                return "rejected: \(error)"
            }
            let definition = Self.write(bytes, "survey.json")
            let forms = Self.write(Array(MadeUpForms.csv(for: survey, seed: bytes).utf8), "forms.csv")
            return "definition loaded; forms " + Self.responses(forms, survey: definition)
        case .xlsx:
            let path = Self.write(bytes, "in.xlsx")
            let outcome = Self.responses(path, survey: Self.surveyPath)
            _ = try? RosterReader.summary(path: path, survey: Self.survey)
            return outcome
        case .sheet:
            return Self.sheet(bytes)
        case .stream:
            return Self.stream(bytes)
        }
    }

    /// The bytes are written into a pipe in pieces of 1–7 bytes by another thread, and the pipe is
    /// given as `/dev/fd/N`, as `<(…)` gives it. The limit is picked by the first byte: one below the
    /// size, the size, one above, or 1 MiB. Below: the copy stops with "went on past" and nothing
    /// else; otherwise the copy holds exactly the bytes, and the forms read from it are those of a
    /// file of the same name and bytes.
    static func stream(_ bytes: [UInt8]) -> String {
        signal(SIGPIPE, SIG_IGN)
        let pick = Int(bytes.first ?? 0)
        let limit = max(0, [bytes.count - 1, bytes.count, bytes.count + 1, 1 << 20][pick % 4])
        let spool = InputStreams.Spool(tableLimit: limit)
        defer { spool.removeAll() }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { fatalError("pipe: \(String(cString: strerror(errno)))") }
        let (readEnd, writeEnd) = (ends[0], ends[1])
        let step = pick % 7 + 1
        let written = DispatchSemaphore(value: 0)
        Thread {
            var at = 0
            while at < bytes.count {
                let n = bytes.withUnsafeBytes { Foundation.write(writeEnd, $0.baseAddress! + at, min(step, bytes.count - at)) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }  // the reader stopped at the limit and closed its end
                at += n
            }
            close(writeEnd)
            written.signal()
        }.start()
        let path = "/dev/fd/\(readEnd)"
        let outcome: Result<String, InputError>
        do {
            outcome = .success(try spool.regular(path, limit: .table))
        } catch {
            outcome = .failure(error)
        }
        close(readEnd)
        written.wait()
        switch outcome {
        case .failure(let error):
            Invariants.require(bytes.count > limit, "a stream of \(bytes.count) bytes refused under a limit of \(limit): \(error)")
            Invariants.require(error.file == path && error.message.en.contains("went on past"), "\(error)")
            return "stopped: \(error.message)"
        case .success(let copy):
            Invariants.require(bytes.count <= limit, "a stream of \(bytes.count) bytes copied under a limit of \(limit)")
            // FileBytes, not FileManager.contents, which leaks its buffer on an empty file (docs/FUZZING.md).
            Invariants.require((try? FileBytes.read(copy)) == bytes, "the copy differs from the stream")
            let file = write(bytes, (copy as NSString).lastPathComponent)
            let fromCopy = responses(copy, survey: surveyPath).replacingOccurrences(of: copy, with: "FILE")
            let fromFile = responses(file, survey: surveyPath).replacingOccurrences(of: file, with: "FILE")
            Invariants.require(fromCopy == fromFile, "from the stream: \(fromCopy); from a file: \(fromFile)")
            return "copied; " + fromCopy
        }
    }

    static func write(_ bytes: [UInt8], _ name: String) -> String {
        let path = (scratch as NSString).appendingPathComponent(name)
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { fatalError("cannot write \(path)") }
        return path
    }

    static func load(_ path: String, survey: String) throws(InputError) -> Wave {
        try Wave.load(survey: survey, responses: [path], roster: nil, sample: nil)
    }

    /// Loads the responses; when they load, scores them and builds the report as `csat report` would.
    static func responses(_ path: String, survey: String, also: (Wave) -> Void = { _ in }) -> String {
        let wave: Wave
        do {
            wave = try load(path, survey: survey)
        } catch {
            return "rejected: \(error)"
        }
        Invariants.check(wave)
        also(wave)
        return "loaded \(wave.table.records.count) forms, \(wave.validity.validCount) valid"
    }

    /// The number of data records libcsv delivers, counted apart from the importer; nil when the file is not a table.
    static func csvRecords(_ bytes: [UInt8]) -> Int? {
        var n = 0
        guard (try? CSVReader(bytes: bytes).read(header: { _ in }, record: { _ in n += 1 })) != nil else { return nil }
        return n
    }

    /// The same bytes as the other CSV inputs: a roster, a sample list, a sampling roster with a draw.
    static let survey = try? SurveyLoader.load(path: surveyPath)

    static func asRosterAndSample(_ path: String) {
        _ = try? RosterReader.summary(path: path, survey: survey)
        _ = try? SampleListReader.summary(path: path, survey: survey)
        for strata in [["building"], []] {
            let request = SampleRun.Request(
                rosterPath: path, survey: survey, strata: strata,
                options: SampleOptions(rate: 0.2, minCount: 3, reserveRate: 0.5),
                seed: "fuzz", seedGenerated: false, include: nil, exclude: nil)
            guard let drawn = try? SampleRun.draw(request) else { continue }
            Invariants.check(drawn)
        }
    }

    /// The sheet scanner's promises: rows in increasing order, cells within Excel's columns, each
    /// cell's text inside the row's bytes, the same rows whatever the chunk size.
    static func sheet(_ bytes: [UInt8]) -> String {
        func scan(_ chunk: Int) -> (rows: [[String]], error: String?) {
            var rows: [[String]] = []
            var last = 0
            do {
                try XLSXWorkbook.scanSheetXML(
                    bytes, strings: ["项目", "", "a&b"], dateStyles: [false, true, false], chunk: chunk
                ) { row in
                    Invariants.require(row.number > last && row.number <= 1_048_576, "row \(row.number) after \(last)")
                    Invariants.require(row.count <= 16_384, "\(row.count) cells in a row")
                    last = row.number
                    var previous = 0
                    for end in row.fieldEnds {
                        Invariants.require(end >= previous, "cell ends go backwards")
                        previous = end
                    }
                    rows.append(["\(row.number)"] + (0..<row.count).map { row.string($0) })
                }
                return (rows, nil)
            } catch {
                return (rows, "\(error)")
            }
        }
        let whole = scan(1 << 16)
        let small = scan(3)
        Invariants.require(whole.rows == small.rows && whole.error == small.error, "chunk size changes what is read")
        return whole.error.map { "rejected: \($0)" } ?? "read \(whole.rows.count) rows"
    }
}
