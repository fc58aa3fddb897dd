import Foundation
import Testing

/// `csat report --format xlsx` as a user runs it, checked by an independent
/// reader (Tests/oracle/check_workbook.py, openpyxl) against `csat score --json`
/// and the input files: sheets in order, figures equal when rounded, every
/// invalid form listed, no name, phone or unit, no formula, no NaN; two runs
/// give the same bytes; a failed save leaves the old file as it was.
@Suite(.serialized) struct ReportXLSXTests {

    static let openpyxlAvailable = CLI.pythonCan(
        "import openpyxl", else: "python3 with openpyxl not found; workbook checks are skipped (pip install openpyxl)")

    /// Writes the workbook and the score JSON into `dir`, runs the checker, returns the workbook's bytes.
    @discardableResult
    static func reportAndCheck(
        _ inputs: [String], survey: String, responses: [String], in dir: URL, out: String = "out",
        flags: [String] = [], checkerFlags: [String] = []
    ) throws -> Data {
        let report = try CLI.run(["report"] + inputs + ["-o", out, "--format", "xlsx"] + flags, in: dir)
        #expect(report.status == 0, "\(report.stderr)")
        let score = try CLI.run(["score", "--json"] + inputs, in: dir)
        #expect(score.status == 0, "\(score.stderr)")
        try score.stdout.write(to: dir.appendingPathComponent("score.json"), atomically: true, encoding: .utf8)
        #expect(!score.stdout.contains("NaN") && !score.stdout.contains("nan"))
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent(out).path).filter {
            $0.hasSuffix(".xlsx")
        }
        #expect(files.count == 1, "\(files)")
        let workbook = dir.appendingPathComponent(out).appendingPathComponent(files.first ?? "missing.xlsx")
        if openpyxlAvailable {
            let r = try CLI.python(
                "check_workbook.py", [workbook.path, "score.json", "--survey", survey] + checkerFlags + responses, in: dir)
            #expect(r.status == 0, "\(String(decoding: r.stdout, as: UTF8.self))\(r.stderr)")
        }
        return try Data(contentsOf: workbook)
    }

    static var sample: (inputs: [String], survey: String, responses: [String]) {
        let root = CLI.packageRoot.appendingPathComponent("sample-data").path
        let responses = ((try? FileManager.default.contentsOfDirectory(atPath: root + "/wave-2026H1")) ?? []).sorted()
            .map { root + "/wave-2026H1/" + $0 }
        let inputs =
            ["--survey", root + "/survey.json", "--roster", root + "/roster.csv", "--sample", root + "/sample.csv"]
            + responses + ["--previous", root + "/wave-2025H2/forms.csv"]
        return (inputs, root + "/survey.json", responses)
    }

    @Test func theSampleCompanysWorkbookEqualsItsScores() throws {
        let dir = try CLI.scratch()
        let s = Self.sample
        let first = try Self.reportAndCheck(s.inputs, survey: s.survey, responses: s.responses, in: dir)
        let second = try CLI.run(["report"] + s.inputs + ["-o", "again", "--format", "xlsx"], in: dir)
        #expect(second.status == 0)
        let again = try Data(contentsOf: dir.appendingPathComponent("again/jincheng-2026H1.xlsx"))
        #expect(first == again, "two runs gave different bytes")
    }

    /// The Summary says what the figures cannot bear. In sample-data, 翠湖苑 has 394 households, so the rule
    /// asks ⌈0.2 × 394⌉ = 79 valid forms and it has 76; 锦程国际大厦 (188 households) asks ⌈0.2 × 188⌉ = 38
    /// and has 35 (three offices were never handed a form); 锦程商业街 (16 households, a census) rests on 16 forms.
    @Test func theSummaryNamesAFailedRuleAndASmallSample() throws {
        guard Self.openpyxlAvailable else { return }
        let dir = try CLI.scratch()
        let s = Self.sample
        let r = try CLI.run(["report"] + s.inputs + ["-o", "out", "--format", "xlsx"], in: dir)
        try #require(r.status == 0, "\(r.stderr)")
        let texts = try CLI.python("sheet_texts.py", ["out/jincheng-2026H1.xlsx", "0"], in: dir)
        try #require(texts.status == 0, "\(texts.stderr)")
        let cells = try #require(try JSONSerialization.jsonObject(with: texts.stdout) as? [String])
        #expect(cells.contains("未达抽样规则的项目"))
        #expect(cells.contains("翠湖苑(有效 76 份,应达 79 份)、锦程国际大厦(有效 35 份,应达 38 份)"), "\(cells)")
        #expect(cells.contains("样本不足 30 份的项目"))
        #expect(cells.contains("锦程商业街(16 份,结论仅供参考)"), "\(cells)")
    }

    @Test func inEnglishWithRealUnits() throws {
        let s = Self.sample
        try Self.reportAndCheck(
            s.inputs, survey: s.survey, responses: s.responses, in: try CLI.scratch(),
            flags: ["--lang", "en", "--show-units"], checkerFlags: ["--lang", "en", "--show-units"])
    }

    @Test func withoutTheDataSheet() throws {
        let s = Self.sample
        try Self.reportAndCheck(
            s.inputs, survey: s.survey, responses: s.responses, in: try CLI.scratch(),
            flags: ["--no-data-sheet"], checkerFlags: ["--no-data"])
    }

    /// Generated waves: mixed scales, planted invalid forms, names and phones in every form.
    @Test(arguments: [UInt64(31), 32])
    func generatedWaves(seed: UInt64) throws {
        let dir = try CLI.scratch("xlsx\(seed)")
        var wave = RandomWave(seed: seed)
        try wave.write(to: dir)
        let responses = ["a.csv", "b.json", "c.jsonl"]
        let previous = seed % 2 == 1 ? ["--previous", "prev.csv"] : []
        let inputs = ["--survey", "survey.json", "--roster", "roster.csv", "--sample", "sample.csv"] + responses + previous
        let first = try Self.reportAndCheck(
            inputs, survey: dir.appendingPathComponent("survey.json").path,
            responses: responses.map { dir.appendingPathComponent($0).path }, in: dir)
        let again = try Self.reportAndCheck(
            inputs, survey: dir.appendingPathComponent("survey.json").path,
            responses: responses.map { dir.appendingPathComponent($0).path }, in: dir, out: "again")
        #expect(first == again, "two runs gave different bytes")
    }

    /// A full disk, simulated by a file-size limit (`ulimit -f`, SIGXFSZ ignored so that writes fail with
    /// EFBIG): `workbook_close` fails, the run exits 2, the old workbook is untouched, no partial file is left.
    @Test func aFailedSaveKeepsTheOldFile() throws {
        guard FileManager.default.isExecutableFile(atPath: "/bin/bash") else { return }
        let dir = try CLI.scratch()
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let target = out.appendingPathComponent("jincheng-2026H1.xlsx")
        try Data("the old workbook".utf8).write(to: target)
        let quoted = ([CLI.binary.path, "report"] + Self.sample.inputs + ["-o", out.path, "--format", "xlsx"])
            .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", "ulimit -f 16; trap '' XFSZ; exec \(quoted)"]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 2, "\(message)")
        #expect(message.contains("cannot write the workbook"), "\(message)")
        #expect(try String(contentsOf: target, encoding: .utf8) == "the old workbook")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["jincheng-2026H1.xlsx"])
    }

    @Test func aFolderInTheWayIsAnError() throws {
        let dir = try CLI.scratch()
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("out/jincheng-2026H1.xlsx"), withIntermediateDirectories: true)
        let r = try CLI.run(["report"] + Self.sample.inputs + ["-o", "out", "--format", "xlsx"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("jincheng-2026H1.xlsx"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path) == [
                "jincheng-2026H1.xlsx"
            ])
    }
}
