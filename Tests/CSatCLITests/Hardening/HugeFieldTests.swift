import Foundation
import Testing

/// One huge field (docs/SECURITY.md, "One huge field"): a 20 MB comment in the sample company's CSV
/// is cut to 32,767 characters as it is read, with a warning naming its line, and every output holds
/// that much of it and no more. Peak memory is measured by scripts/bench-huge-field, not here.
@Suite struct HugeFieldTests {
    /// 21 characters, no digits: masking leaves it as it is.
    static let sentence = "物业服务很好但是电梯经常坏，希望尽快维修。"
    static let repeats = 20 * 1024 * 1024 / Self.sentence.utf8.count

    static func company() throws -> (URL, field: Int) {
        let dir = try CLI.scratch("huge-field")
        let data = CLI.packageRoot.appendingPathComponent("sample-data")
        try FileManager.default.copyItem(at: data.appendingPathComponent("survey.json"), to: dir.appendingPathComponent("survey.json"))
        // The comment column (意见和建议) of the first form of 锦程花园 (UTF-8), rewritten by Python's csv module.
        let script = """
            import csv, sys
            rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')))
            col = next(i for i, h in enumerate(rows[0]) if '意见和建议' in h)
            rows[1][col] = sys.argv[3] * int(sys.argv[4])
            csv.writer(open(sys.argv[2], 'w', encoding='utf-8', newline='')).writerows(rows)
            print(col + 1)
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [
            "python3", "-c", script, data.appendingPathComponent("wave-2026H1/锦程花园.csv").path, "huge.csv", sentence, "\(repeats)",
        ]
        p.currentDirectoryURL = dir
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let field = Int(String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        p.waitUntilExit()
        try #require(p.terminationStatus == 0)
        return (dir, try #require(field))
    }

    /// What is kept: the first 32,767 characters (all in the Basic Multilingual Plane: one UTF-16 unit each).
    static var kept: String { String(String(repeating: sentence, count: 32_767 / 21 + 1).prefix(32_767)) }

    @Test func cutAsReadAndWarned() throws {
        let (dir, field) = try Self.company()
        defer { try? FileManager.default.removeItem(at: dir) }
        let megabytes = (Self.repeats * Self.sentence.utf8.count + (1 << 20) - 1) >> 20

        let check = try CLI.run(["check", "--survey", "survey.json", "huge.csv", "--lang", "en"], in: dir)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(
            check.stdout.contains(
                "huge.csv: a field is longer than a spreadsheet cell holds: line 2, field \(field) (\(megabytes) MB). "
                    + "csat keeps its first 32,767 characters"), "\(check.stdout.suffix(2000))")

        let score = try CLI.run(["score", "--survey", "survey.json", "huge.csv", "--json"], in: dir)
        try #require(score.status == 0, "\(score.stderr)")
        #expect(score.stdout.utf8.count < 1 << 20, "score --json is \(score.stdout.utf8.count) bytes")
        let top = try #require(try JSONSerialization.jsonObject(with: Data(score.stdout.utf8)) as? [String: Any])
        let texts = (top["comments"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(texts.contains(Self.kept))
        #expect(texts.allSatisfy { $0.utf16.count <= 32_767 })
        #expect((top["warnings"] as? [String] ?? []).contains { $0.contains("longer than a spreadsheet cell holds") })

        let report = try CLI.run(["report", "--survey", "survey.json", "huge.csv", "-o", "out"], in: dir)
        try #require(report.status == 0, "\(report.stderr)")
        let longest = try CLI.python("longest_cells.py", ["out/jincheng-2026H1.xlsx"], in: dir)
        try #require(longest.status == 0, "\(longest.stderr)")
        let sheets = try #require(try JSONSerialization.jsonObject(with: longest.stdout) as? [String: Int])
        #expect(sheets["意见建议"] == 32_767, "\(sheets)")
        // The Markdown shows example comments of at most 200 characters and "…".
        let md = try String(contentsOf: dir.appendingPathComponent("out/jincheng-2026H1.md"), encoding: .utf8)
        #expect(md.utf8.count < 200_000, "the report is \(md.utf8.count) bytes")
        #expect(md.contains(String(Self.kept.prefix(200)) + "…"))
        #expect(!md.contains(String(Self.kept.prefix(201))))
    }

    /// A JSON file of forms is held whole (its size is checked against free memory first, F5), but
    /// a string longer than a cell is cut the same way, with its JSON path.
    @Test func jsonValuesAreCutToo() throws {
        let dir = try CLI.scratch("huge-json")
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = CLI.packageRoot.appendingPathComponent("sample-data")
        try FileManager.default.copyItem(at: data.appendingPathComponent("survey.json"), to: dir.appendingPathComponent("survey.json"))
        let forms = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: data.appendingPathComponent("wave-2026H1/锦程国际大厦.json"))) as? [[String: Any]])
        var edited = forms
        edited[0]["c1"] = String(repeating: "停", count: 40_000)  // 120,000 bytes: 118 KB
        try JSONSerialization.data(withJSONObject: edited).write(to: dir.appendingPathComponent("forms.json"))
        let check = try CLI.run(["check", "--survey", "survey.json", "forms.json", "--lang", "en"], in: dir)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(
            check.stdout.contains(
                "forms.json: a value is longer than a spreadsheet cell holds: $[0].c1 (118 KB). csat keeps its first 32,767 characters"),
            "\(check.stdout.suffix(1500))")
        let score = try CLI.run(["score", "--survey", "survey.json", "forms.json", "--json"], in: dir)
        let top = try #require(try JSONSerialization.jsonObject(with: Data(score.stdout.utf8)) as? [String: Any])
        let texts = (top["comments"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(texts.contains(String(repeating: "停", count: 32_767)))
    }
}
