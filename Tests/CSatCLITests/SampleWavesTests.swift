import Foundation
import Testing

/// The waves of sample-data/ kept without their sample list (README "Six waves"): `csat check`
/// on each, with the wave's own survey.json and the roster, reads and keeps the forms that the
/// README's table states. Those counts are csat-synth's, from its plan and its own reading of
/// SPEC "Validity"; the independent Python oracle (Tests/oracle/csat_oracle.py) counts them a third
/// time, per project too.
@Suite struct SampleWavesTests {
    static let root = CLI.packageRoot.appendingPathComponent("sample-data")
    static let periods = ["2024H1", "2024H2", "2025H1", "2025H2", "2026H2"]

    /// The README's table of waves: period → (hand-out, forms read, valid).
    static func readmeRows() throws -> [String: (handOut: String, read: Int, valid: Int)] {
        let text = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        var rows: [String: (String, Int, Int)] = [:]
        var inTable = false
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("| wave | hand-out | forms read | valid |") {
                inTable = true
                continue
            }
            guard inTable else { continue }
            guard line.hasPrefix("|") else { break }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let period = cells.first?.split(separator: " ").first.map(String.init), period.count == 6,
                let read = Int(cells[2]), let valid = Int(cells[3])
            else { continue }
            rows[period] = (String(cells[1].prefix(10)), read, valid)
        }
        return rows
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test(arguments: periods)
    func checkReadsWhatTheReadmeSays(period: String) throws {
        let wave = "wave-" + period
        let expected = try #require(try Self.readmeRows()[period], "README.md has no row for \(period)")
        let dir = try CLI.scratch("waves\(period)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let args = [
            "--survey", Self.root.path + "/" + wave + "/survey.json", "--roster", Self.root.path + "/roster.csv",
            Self.root.path + "/" + wave + "/forms.csv",
        ]
        // The December 2026 wave is under way on 7 December.
        let r = try CLI.run(["check", "--json"] + args, in: dir, environment: ["CSAT_TODAY": "2026-12-07"])
        #expect(r.status == 0, "\(r.stderr)")
        let ours = try Self.json(r.stdout)
        let forms = try #require(ours["forms"] as? [String: Any])
        #expect(forms["read"] as? Int == expected.read)
        #expect(forms["valid"] as? Int == expected.valid)
        // Its own definition: the period and the hand-out day are the wave's, and no form is early or late.
        let survey = try #require(ours["survey"] as? [String: Any])
        #expect(survey["period"] as? String == period)
        let definition = try Self.json(
            try String(contentsOf: Self.root.appendingPathComponent(wave + "/survey.json"), encoding: .utf8))
        #expect((definition["wave"] as? [String: Any])?["handOut"] as? String == expected.handOut)
        #expect(!r.stderr.contains("hand-out day") && !r.stderr.contains("collection deadline"), "\(r.stderr)")

        guard let theirs = try CLI.oracle(args, in: dir) as? [String: Any] else { return }
        let oracle = try #require(theirs["forms"] as? [String: Any])
        #expect(oracle["read"] as? Int == expected.read)
        #expect(oracle["valid"] as? Int == expected.valid)
        func coverage(_ o: [String: Any]) -> [String] {
            (o["coverage"] as? [[String: Any]] ?? []).map { c in
                ["project", "valid", "required", "pass"].map { "\(c[$0] ?? "nil")" }.joined(separator: "|")
            }
        }
        #expect(coverage(ours) == coverage(theirs))
        // Under way: 锦程花园 and the tower are still short, 翠湖苑 and the street complete.
        let failing = (ours["coverage"] as? [[String: Any]] ?? []).filter { $0["pass"] as? Bool == false }
        #expect(failing.compactMap { $0["project"] as? String } == (period == "2026H2" ? ["锦程花园", "锦程国际大厦"] : []))
    }

    /// Each wave's survey.json is sample-data/survey.json with only `period` and `wave.handOut` changed.
    @Test func eachWaveCopiesTheDefinition() throws {
        func object(_ path: String) throws -> [String: Any] {
            try Self.json(try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8))
        }
        let base = try object("survey.json")
        for period in Self.periods {
            var copy = try object("wave-\(period)/survey.json")
            #expect(copy["period"] as? String == period)
            copy["period"] = base["period"]
            copy["wave"] = base["wave"]
            #expect(NSDictionary(dictionary: copy).isEqual(to: base), "wave-\(period)/survey.json")
        }
    }
}
