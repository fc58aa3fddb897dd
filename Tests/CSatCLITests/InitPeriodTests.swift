import Foundation
import Testing

/// `csat init` writes the coming wave, not the template's fixed one: January–June is the year's H1,
/// July–December its H2, on the China calendar day (Asia/Shanghai). The expected value comes from Python.
@Suite struct InitPeriodTests {
    static func pythonComingWave() throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [
            "python3", "-c",
            "import datetime, zoneinfo; d = datetime.datetime.now(zoneinfo.ZoneInfo('Asia/Shanghai')); print(f'{d.year}H{1 if d.month <= 6 else 2}')",
        ]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func period(_ file: URL) throws -> String? {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
        return json?["period"] as? String
    }

    @Test func theDefaultIsTheComingWave() throws {
        let dir = try CLI.scratch()
        let r = try CLI.run(["init", "-o", "survey.json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let expected = try Self.pythonComingWave()
        #expect(expected.count == 6)
        #expect(try Self.period(dir.appendingPathComponent("survey.json")) == expected)
        #expect(r.stderr.contains("period \(expected)"), "\(r.stderr)")
    }

    @Test func periodChoosesIt() throws {
        let dir = try CLI.scratch()
        let r = try CLI.run(["init", "--template", "commercial", "--lang", "en", "--period", "2027H1", "-o", "s.json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Self.period(dir.appendingPathComponent("s.json")) == "2027H1")
        let bad = try CLI.run(["init", "--period", "2027/H1", "-o", "t.json"], in: dir)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--period: $.period: must not contain /"), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("t.json").path))
    }
}
