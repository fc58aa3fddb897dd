import Foundation
import Testing

/// `csat check` as a user runs it, compared with the independent Python
/// oracle (Tests/oracle/csat_oracle.py) on waves the tests generate.
@Suite(.serialized) struct CheckCommandTests {
    static let files = ["a.csv", "b.json", "c.jsonl"]

    @Test(arguments: [UInt64(1), 7, 2026])
    func countsMatchTheOracle(seed: UInt64) throws {
        let dir = try CLI.scratch("check\(seed)")
        var wave = RandomWave(seed: seed)
        try wave.write(to: dir)
        let args = ["--survey", "survey.json", "--roster", "roster.csv", "--sample", "sample.csv"] + Self.files
        let result = try CLI.run(["check", "--json"] + args, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let ours = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        guard let theirs = try CLI.oracle(args, in: dir) as? [String: Any] else { return }

        let forms = try #require(ours["forms"] as? [String: Any])
        let expected = try #require(theirs["forms"] as? [String: Any])
        #expect(forms["read"] as? Int == expected["read"] as? Int)
        #expect(forms["valid"] as? Int == expected["valid"] as? Int)
        #expect(forms["invalid"] as? Int == expected["invalid"] as? Int)
        #expect((forms["reasons"] as? [String: Int]) == (expected["reasons"] as? [String: Int]))
        let read = forms["read"] as! Int, valid = forms["valid"] as! Int, invalid = forms["invalid"] as! Int
        #expect(read == valid + invalid)
        // Every kind of invalid form was planted, so every reason must show up.
        let reasons = Set(
            (forms["reasons"] as? [String: Int] ?? [:]).keys.map { $0.split(separator: ":").first.map(String.init) ?? $0 })
        for r in [
            "damaged", "altered", "missing_signature", "missing_phone", "invalid_phone", "too_few_answers",
            "out_of_range", "duplicate_unit", "off_sample", "unknown_project", "unknown_unit",
        ] {
            #expect(reasons.contains(r), "no \(r) form found")
        }

        func pairs(_ o: [String: Any]) -> [String] {
            (o["invalidForms"] as? [[String: Any]] ?? []).map {
                "\($0["form"]!): \(($0["reasons"] as? [String] ?? []).joined(separator: ","))"
            }
        }
        #expect(pairs(ours) == pairs(theirs))
        #expect(pairs(ours).count == invalid)

        func coverage(_ o: [String: Any]) -> [String] {
            (o["coverage"] as? [[String: Any]] ?? []).map { c in
                ["project", "population", "sampled", "returned", "valid", "required", "pass"].map { "\(c[$0] ?? "nil")" }.joined(
                    separator: "|")
            }
        }
        #expect(coverage(ours) == coverage(theirs))
    }

    @Test func textOutputShowsTheCoverageTable() throws {
        let dir = try CLI.scratch()
        var wave = RandomWave(seed: 5)
        try wave.write(to: dir)
        let result = try CLI.run(
            ["check", "--survey", "survey.json", "--roster", "roster.csv", "--sample", "sample.csv", "--lang", "en"] + Self.files,
            in: dir)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Coverage (rule: at least 20.0% and at least 20 households per project"))
        #expect(result.stdout.contains("锦程花园"))
        #expect(result.stdout.contains("Invalid forms:"))
    }

    @Test func strictExitsOneWhenAProjectFailsCoverage() throws {
        let dir = try CLI.scratch()
        var wave = RandomWave(seed: 3)
        try wave.write(to: dir)
        // Only one file of three: too few valid forms per project.
        let base = ["check", "--survey", "survey.json", "--roster", "roster.csv", "--sample", "sample.csv", "c.jsonl"]
        #expect(try CLI.run(base, in: dir).status == 0)
        let strict = try CLI.run(base + ["--strict"], in: dir)
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("未达标"))
    }

    @Test func badInputExitsTwoWithFileLineAndColumn() throws {
        let dir = try CLI.scratch()
        var wave = RandomWave(seed: 4)
        try wave.write(to: dir)
        // Every column the definition maps is in the header (a mapped column is required), so the
        // error is the row's: a quote that opens on line 2 and never closes.
        try "问卷编号,项目,房号,楼栋,客户类型,调查员,日期,姓名,电话,签名,损坏,涂改,q1\nF1,锦程花园,\"1-1,1栋,个人,王,2026-06-15,张,138,√,,,5\n".write(
            to: dir.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["check", "--survey", "survey.json", "bad.csv"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("bad.csv:2:"), "\(r.stderr)")
        let missing = try CLI.run(["check", "--survey", "survey.json", "nope.csv"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.csv: no such file"), "\(missing.stderr)")
        let usage = try CLI.run(["check", "--survey", "survey.json"], in: dir)
        #expect(usage.status == 2)
    }
}
