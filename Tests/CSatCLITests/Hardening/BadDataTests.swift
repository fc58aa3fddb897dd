import Foundation
import Testing

/// docs/ERRORS.md, "Bad data end to end": data that is wrong but readable gives
/// either correct figures with a visible warning or a clear error. Each test
/// checks the figures against a run on the clean equivalent, or by hand.
@Suite struct BadDataTests {
    static let catalogueIDs: Set<String> = ["B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9", "B10"]

    /// Runs `csat score --json` on `files` (written over the fixture) and returns the JSON and stderr.
    static func score(_ dir: URL, _ args: [String], survey: String = "survey.json") throws -> (
        json: [String: Any], stderr: String
    ) {
        let r = try CLI.run(["score", "--json", "--survey", survey] + args, in: dir)
        try #require(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let forms = try #require(json["forms"] as? [String: Any])
        let read = forms["read"] as? Int, valid = forms["valid"] as? Int, invalid = forms["invalid"] as? Int
        #expect(read != nil && read == (valid ?? -1) + (invalid ?? -1))
        return (json, r.stderr)
    }

    static func write(_ dir: URL, _ files: [String: String]) throws {
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
    }

    static func overall(_ json: [String: Any]) -> (index: Double?, rate: Double?) {
        let o = json["overall"] as? [String: Any] ?? [:]
        return (o["index"] as? Double, o["rate"] as? Double)
    }

    static func driver(_ json: [String: Any], _ id: String) -> [String: Any] {
        (json["drivers"] as? [[String: Any]] ?? []).first { $0["id"] as? String == id } ?? [:]
    }

    static func warnings(_ json: [String: Any]) -> [String] { json["warnings"] as? [String] ?? [] }

    static func close(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) < 1e-9
    }

    @Test func b1_unknownColumnsAreIgnoredWithAWarning() throws {
        let dir = try Fixture.folder("b1")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.write(dir, ["extra.csv": Fixture.forms(addingColumn: "IP地址", value: "10.0.0.1")])
        let clean = try Self.score(dir, ["forms.csv"]), extra = try Self.score(dir, ["extra.csv"])
        #expect(Self.close(Self.overall(clean.json).index, Self.overall(extra.json).index))
        #expect(Self.close(Self.overall(clean.json).rate, Self.overall(extra.json).rate))
        #expect(extra.stderr.contains("csat: warning: extra.csv: columns not in the survey definition, ignored: IP地址"))
        #expect(Self.warnings(extra.json).contains { $0.contains("IP地址") })
    }

    @Test func b2_aMissingQuestionCountsAsNotAnswered() throws {
        let dir = try Fixture.folder("b2")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.write(dir, ["noq3.csv": Fixture.forms.replacingOccurrences(of: ",q3,", with: ",备注,")])
        let r = try Self.score(dir, ["noq3.csv"])
        // Security's only question is gone: no security figure, and the overall index is service's alone.
        #expect(Self.driver(r.json, "security")["index"] is NSNull)
        #expect(Self.close(Self.overall(r.json).index, Self.driver(r.json, "service")["index"] as? Double))
        #expect(r.stderr.contains("questions with no column, counted as not answered: q3"))
    }

    @Test func b3_everyValueOutOfRangeIsListedAndNotScored() throws {
        let dir = try Fixture.folder("b3")
        defer { try? FileManager.default.removeItem(at: dir) }
        let rows = Fixture.rows.map { row -> String in
            var cells = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            for i in 9...12 { cells[i] = "12" }
            return cells.joined(separator: ",")
        }
        try Self.write(dir, ["off.csv": ([Fixture.header] + rows).joined(separator: "\n") + "\n"])
        let check = try CLI.run(["check", "--json", "--survey", "survey.json", "off.csv"], in: dir)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let forms = try #require(json["forms"] as? [String: Any])
        #expect(forms["read"] as? Int == 4 && forms["valid"] as? Int == 0 && forms["invalid"] as? Int == 4)
        let reasons = try #require(forms["reasons"] as? [String: Int])
        for q in ["q1", "q2", "q3", "overall"] { #expect(reasons["out_of_range:\(q)"] == 4) }
        #expect(reasons["too_few_answers"] == 4)
        let score = try CLI.run(["score", "--json", "--survey", "survey.json", "off.csv"], in: dir)
        #expect(score.status == 2)
        #expect(score.stderr.contains("none of the 4 forms is valid"))
    }

    @Test func b4_aProjectWithNoValidFormsLeavesTheOthersUnchanged() throws {
        let dir = try Fixture.folder("b4")
        defer { try? FileManager.default.removeItem(at: dir) }
        let unsigned = Fixture.forms.replacingOccurrences(of: "021-12345678,是", with: "021-12345678,")
        let onlyJia = ([Fixture.header] + Fixture.rows.prefix(2)).joined(separator: "\n") + "\n"
        try Self.write(dir, ["all.csv": unsigned, "jia.csv": onlyJia])
        let r = try Self.score(dir, ["--roster", "roster.csv", "all.csv"], survey: "survey.json")
        let jia = try Self.score(dir, ["--roster", "roster.csv", "jia.csv"])
        #expect(Self.close(Self.overall(r.json).index, Self.overall(jia.json).index))
        let projects = ((r.json["segments"] as? [String: Any])?["project"] as? [[String: Any]] ?? []).compactMap {
            $0["value"] as? String
        }
        #expect(projects == ["甲苑"])
        let coverage = r.json["coverage"] as? [[String: Any]] ?? []
        #expect(coverage.first { $0["project"] as? String == "乙苑" }?["pass"] as? Bool == false)
        #expect(r.stderr.contains("project 乙苑: none of its 2 forms is valid, so it has no figures"))
    }

    @Test func b5_oneDriver() throws {
        let dir = try Fixture.folder("b5")
        defer { try? FileManager.default.removeItem(at: dir) }
        let one = Fixture.survey
            .replacingOccurrences(of: "{\"id\": \"service\", \"name\": \"客户服务\", \"weight\": 60},", with: "")
            .replacingOccurrences(of: "\"driver\": \"service\"", with: "\"driver\": \"security\"")
        try Self.write(dir, ["one.json": one, "f.csv": Self.varied])
        let r = try Self.score(dir, ["f.csv"], survey: "one.json")
        let d = Self.driver(r.json, "security")
        // q1 = 5, 5, 5 (100), q2 = 3, 3, 3 (50), q3 = 1, 1, 1 (0): the driver and the overall index are 50.
        #expect(Self.close(d["index"] as? Double, 50))
        #expect(Self.close(Self.overall(r.json).index, 50))
        #expect(Self.close(d["weight"] as? Double, 1))
        // Every form scores the driver 50: no correlation with the overall question, so no importance
        // and no quadrant (null, not a made-up value).
        #expect(d["importance"] is NSNull && d["quadrant"] is NSNull)
    }

    /// Three valid forms answering q1 = 5, q2 = 3, q3 = 1 and overall 6…8.
    static let varied =
        ([Fixture.header] + [
            "A1,甲苑,1-101,1号楼,王敏,2026-06-15,张三,13800138000,是,5,3,1,6,",
            "A2,甲苑,1-102,1号楼,王敏,2026-06-15,李四,13900139000,是,5,3,1,7,",
            "A3,乙苑,2-201,2号楼,李强,2026-06-16,王五,13700137000,是,5,3,1,8,",
        ]).joined(separator: "\n") + "\n"

    @Test func b6_zeroWeightsLeaveADriverOrQuestionOut() throws {
        let dir = try Fixture.folder("b6")
        defer { try? FileManager.default.removeItem(at: dir) }
        let noSecurity = Fixture.survey.replacingOccurrences(of: "\"weight\": 40", with: "\"weight\": 0")
        let noQ2 = Fixture.survey.replacingOccurrences(
            of: "\"报修处理的及时性\", \"scale\": \"five\", \"driver\": \"service\"",
            with: "\"报修处理的及时性\", \"scale\": \"five\", \"driver\": \"service\", \"weight\": 0")
        try Self.write(dir, ["f.csv": Self.varied, "nosec.json": noSecurity, "noq2.json": noQ2])
        // service = (100 + 50) / 2 = 75, security = 0; weights 60/40 → 45.
        let base = try Self.score(dir, ["f.csv"])
        #expect(Self.close(Self.overall(base.json).index, 45))
        let a = try Self.score(dir, ["f.csv"], survey: "nosec.json")
        #expect(Self.close(Self.overall(a.json).index, 75))
        #expect(Self.close(Self.driver(a.json, "security")["index"] as? Double, 0))  // still shown
        #expect(Self.close(Self.driver(a.json, "security")["weight"] as? Double, 0))
        let b = try Self.score(dir, ["f.csv"], survey: "noq2.json")
        // service = q1 alone = 100; overall = 0.6 · 100 + 0.4 · 0 = 60.
        #expect(Self.close(Self.driver(b.json, "service")["index"] as? Double, 100))
        #expect(Self.close(Self.overall(b.json).index, 60))
    }

    @Test func b7_duplicateFormIdsAreBothJudged() throws {
        let dir = try Fixture.folder("b7")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.write(dir, ["dup.csv": Fixture.forms.replacingOccurrences(of: "F2,", with: "F1,")])
        let clean = try Self.score(dir, ["forms.csv"]), dup = try Self.score(dir, ["dup.csv"])
        #expect((dup.json["forms"] as? [String: Any])?["valid"] as? Int == 3)
        #expect(Self.close(Self.overall(clean.json).index, Self.overall(dup.json).index))
        #expect(dup.stderr.contains("form ids used more than once: F1"))
    }

    @Test func b8_aRosterWithoutSomeProjects() throws {
        let dir = try Fixture.folder("b8")
        defer { try? FileManager.default.removeItem(at: dir) }
        let jiaRoster = Fixture.roster.split(separator: "\n").filter { !$0.hasPrefix("乙苑") }.joined(separator: "\n") + "\n"
        let onlyJia = ([Fixture.header] + Fixture.rows.prefix(2)).joined(separator: "\n") + "\n"
        try Self.write(dir, ["jia-roster.csv": jiaRoster, "jia.csv": onlyJia])
        let r = try Self.score(dir, ["--roster", "jia-roster.csv", "forms.csv"])
        let forms = try #require(r.json["forms"] as? [String: Any])
        #expect((forms["reasons"] as? [String: Int])?["unknown_project"] == 2)
        let jia = try Self.score(dir, ["--roster", "jia-roster.csv", "jia.csv"])
        #expect(Self.close(Self.overall(r.json).index, Self.overall(jia.json).index))
    }

    @Test func b9_anEmptyWave() throws {
        let dir = try Fixture.folder("b9")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.write(dir, ["empty.csv": Fixture.header + "\n", "empty.json": "[]"])
        let check = try CLI.run(["check", "--json", "--survey", "survey.json", "empty.csv", "empty.json"], in: dir)
        #expect(check.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        #expect((json["forms"] as? [String: Any])?["read"] as? Int == 0)
        #expect(Self.warnings(json).contains { $0.hasPrefix("no forms were read") })
        let score = try CLI.run(["score", "--json", "--survey", "survey.json", "empty.csv", "empty.json"], in: dir)
        #expect(score.status == 2 && score.stderr.contains("no forms were read"))
    }

    @Test func b10_mixedEncodingsAcrossFiles() throws {
        let dir = try Fixture.folder("b10")
        defer { try? FileManager.default.removeItem(at: dir) }
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)
        let first = ([Fixture.header] + Fixture.rows.prefix(2)).joined(separator: "\r\n") + "\r\n"
        let second = ([Fixture.header] + Fixture.rows.suffix(2)).joined(separator: "\n") + "\n"
        try (Data([0xEF, 0xBB, 0xBF]) + Data(first.utf8)).write(to: dir.appendingPathComponent("utf8.csv"))
        try #require(second.data(using: gb18030)).write(to: dir.appendingPathComponent("gbk.csv"))
        let one = try Self.score(dir, ["forms.csv"]), mixed = try Self.score(dir, ["utf8.csv", "gbk.csv"])
        #expect(Self.close(Self.overall(one.json).index, Self.overall(mixed.json).index))
        #expect(Self.close(Self.overall(one.json).rate, Self.overall(mixed.json).rate))
        #expect((one.json["comments"] as? [[String: Any]])?.count == (mixed.json["comments"] as? [[String: Any]])?.count)
        let check = try CLI.run(["check", "--survey", "survey.json", "utf8.csv", "gbk.csv", "--lang", "en"], in: dir)
        #expect(check.stdout.contains("UTF-8 (BOM)") && check.stdout.contains("GB18030"), "\(check.stdout)")
    }
}
