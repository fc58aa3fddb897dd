import Foundation
import Testing

/// What users see, kept as files (`Tests/CSatCLITests/Golden/files`): `check` as text and `--json`,
/// `score`'s JSON and the Markdown report on sample-data/, and every `--help`. A changed label shows
/// up as a failing diff to review. To accept a change, run with CSAT_RECORD_GOLDEN=1: the files are
/// rewritten and the run fails, so that a recording is never mistaken for a pass; run again to check.
@Suite(.serialized) struct GoldenTests {
    static let folder = CLI.packageRoot.appendingPathComponent("Tests/CSatCLITests/Golden/files")
    static let recording = ProcessInfo.processInfo.environment["CSAT_RECORD_GOLDEN"] == "1"

    /// The sample company's wave, by paths relative to the scratch folder, so that outputs name the same files everywhere.
    static func wave(in dir: URL) throws -> [String] {
        try FileManager.default.copyItem(
            at: CLI.packageRoot.appendingPathComponent("sample-data"), to: dir.appendingPathComponent("sample-data"))
        let forms = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("sample-data/wave-2026H1").path)
            .sorted().map { "sample-data/wave-2026H1/" + $0 }
        return ["--survey", "sample-data/survey.json", "--roster", "sample-data/roster.csv", "--sample", "sample-data/sample.csv"]
            + forms
    }

    static func compare(_ name: String, _ actual: String) throws {
        let file = folder.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name): review `git diff Tests/CSatCLITests/Golden`, then run again without CSAT_RECORD_GOLDEN")
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no golden file \(name): run once with CSAT_RECORD_GOLDEN=1 and review it")
            return
        }
        if expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
            Issue.record(
                """
                \(name) differs from its golden file at line \(first + 1):
                  golden: \(first < e.count ? String(e[first]) : "(end)")
                  now:    \(first < a.count ? String(a[first]) : "(end)")
                (if the change is meant, CSAT_RECORD_GOLDEN=1 swift test --filter GoldenTests, and review the diff)
                """)
        }
    }

    @Test func checkScoreAndReportOnTheSampleCompany() throws {
        let dir = try CLI.scratch()
        let w = try Self.wave(in: dir)
        let previous = ["--previous", "sample-data/wave-2025H2/forms.csv"]
        let check = try CLI.run(["check"] + w, in: dir)
        #expect(check.status == 0, "\(check.stderr)")
        try Self.compare("check.txt", check.stdout)
        let checkJSON = try CLI.run(["check", "--json"] + w, in: dir)
        try Self.compare("check.json", checkJSON.stdout)
        let score = try CLI.run(["score"] + w + previous, in: dir)
        #expect(score.status == 0, "\(score.stderr)")
        try Self.compare("score.json", score.stdout)
        let report = try CLI.run(["report"] + w + previous + ["-o", "out", "--format", "md"], in: dir)
        #expect(report.status == 0, "\(report.stderr)")
        try Self.compare("report.zh.md", try String(contentsOf: dir.appendingPathComponent("out/jincheng-2026H1.md"), encoding: .utf8))
        let en = try CLI.run(["report"] + w + previous + ["-o", "en", "--format", "md", "--lang", "en"], in: dir)
        #expect(en.status == 0, "\(en.stderr)")
        try Self.compare("report.en.md", try String(contentsOf: dir.appendingPathComponent("en/jincheng-2026H1.md"), encoding: .utf8))
    }

    @Test(arguments: ["", "init", "sample", "check", "score", "report", "calendar", "print", "entry", "actions"])
    func help(_ command: String) throws {
        let dir = try CLI.scratch()
        let r = try CLI.run((command.isEmpty ? [] : [command]) + ["--help"], in: dir, environment: ["COLUMNS": "100"])
        #expect(r.status == 0)
        try Self.compare("help\(command.isEmpty ? "" : "-" + command).txt", r.stdout)
    }
}
