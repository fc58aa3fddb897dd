import Foundation
import Testing

/// `csat actions` run as the quality manager would on sample-data's June wave, the workbook read
/// back with openpyxl (Tests/oracle/check_actions.py counts the reply list, the dissatisfied answers
/// and the comments from the forms files itself), and last wave's plan filled in and read back.
@Suite struct ActionsCommandTests {
    /// docs/ERRORS.md entries tested here rather than in the catalogue: they need a workbook edited by openpyxl.
    static let catalogueIDs: Set<String> = ["A9", "A10"]
    static let openpyxl = ReportXLSXTests.openpyxlAvailable

    /// Runs csat actions on the wave (and `extra`), then check_actions.py's check: its JSON summary.
    static func written(in dir: URL, _ out: String, _ extra: [String] = []) throws -> (summary: [String: Any], wave: [String]) {
        let wave = try GoldenTests.wave(in: dir)
        let r = try CLI.run(["actions"] + wave + extra + ["-o", out], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let check = try CLI.run(["check", "--json"] + wave, in: dir)
        try Data(check.stdout.utf8).write(to: dir.appendingPathComponent("check.json"))
        let forms = Array(wave.dropFirst(6))
        let p = try CLI.python("check_actions.py", ["check", "sample-data/survey.json", out, "check.json"] + forms, in: dir)
        try #require(p.status == 0, "\(String(decoding: p.stdout, as: UTF8.self))\(p.stderr)")
        return (try #require(try JSONSerialization.jsonObject(with: p.stdout) as? [String: Any]), wave)
    }

    @Test func theSampleWavesPlanAndReplies() throws {
        guard Self.openpyxl else { return }
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (summary, wave) = try Self.written(in: dir, "actions.xlsx")
        // The counts check_actions.py made from the forms files agree with the sheets (it exits 1 otherwise);
        // these are sample-data's figures, as docs/ACTIONS.md quotes them.
        #expect(summary["sheets"] as? [String] == ["整改计划", "意见回复", "说明"])
        #expect(summary["actions"] as? Int == 68)
        #expect(summary["replies"] as? Int == 179)
        #expect(summary["replyInvalid"] as? Int == 11)
        #expect(summary["questionRows"] as? Int == 15)
        // The same inputs give the same bytes.
        let second = try CLI.run(["actions"] + wave + ["-o", "again.xlsx"], in: dir)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(
            try Data(contentsOf: dir.appendingPathComponent("actions.xlsx")) == Data(contentsOf: dir.appendingPathComponent("again.xlsx")))
        // Written over only with --force.
        let refused = try CLI.run(["actions"] + wave + ["-o", "again.xlsx"], in: dir)
        #expect(refused.status == 2)
        #expect(try CLI.run(["actions"] + wave + ["-o", "again.xlsx", "--force"], in: dir).status == 0)
    }

    @Test func inEnglish() throws {
        guard Self.openpyxl else { return }
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let summary = try Self.written(in: dir, "actions.xlsx", ["--lang", "en"]).summary
        #expect(summary["sheets"] as? [String] == ["Improvement plan", "Replies", "Instructions"])
        #expect(summary["replies"] as? Int == 179)
    }

    @Test func lastWavesPlanFilledInAndReadBack() throws {
        guard Self.openpyxl else { return }
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let wave = try Self.written(in: dir, "plan.xlsx").wave
        let fill = try CLI.python("check_actions.py", ["fill", "plan.xlsx", "filled.xlsx"], in: dir)
        try #require(fill.status == 0, "\(fill.stderr)")
        try fill.stdout.write(to: dir.appendingPathComponent("expected.json"))
        let expected = try #require(try JSONSerialization.jsonObject(with: fill.stdout) as? [String: Any])
        let r = try CLI.run(["actions"] + wave + ["--previous-actions", "filled.xlsx", "-o", "next.xlsx"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        // The shares on standard output and in the sheet, against those worked out from the typed cells.
        #expect(r.stdout.contains("责任部门") && r.stdout.contains("完成率"), "\(r.stdout)")
        let p = try CLI.python("check_actions.py", ["previous", "next.xlsx", "expected.json"], in: dir)
        #expect(p.status == 0, "\(String(decoding: p.stdout, as: UTF8.self))\(p.stderr)")
        // A10: each 基本完成 (none of the four words) is named by its cell and counted as not done; the first is
        // the fifth action, row 9.
        let unknown = r.stderr.components(separatedBy: "\n").filter { $0.contains("基本完成") }
        #expect(unknown.count == expected["unknown"] as? Int)
        #expect(
            unknown.first
                == #"csat: warning: filled.xlsx[整改计划] row 9, column L: status "基本完成" is none of "未开始", "进行中", "已完成", "无法完成", "Not started", "In progress", "Done", "Cannot be done"; counted as not done"#)
        // A9: a plan whose status header was cleared.
        let u = try CLI.python("check_actions.py", ["unhead", "plan.xlsx", "unheaded.xlsx"], in: dir)
        try #require(u.status == 0, "\(u.stderr)")
        let bad = try CLI.run(["actions"] + wave + ["--previous-actions", "unheaded.xlsx", "-o", "x.xlsx"], in: dir)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains(#"unheaded.xlsx[整改计划] row 4: the plan sheet has no column "状态 / Status""#), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.xlsx").path))
    }

    /// `--history`: the stored wave just before this one (2025H2, not 2024H1 nor the later 2026H2) gives each
    /// driver row its index then and the change; check_actions.py compares both with csat_oracle.py's driver
    /// indices of the two waves, company and projects, computed from the forms files.
    @Test func driverRowsShowTheStoredWaveBefore() throws {
        guard Self.openpyxl, CLI.pythonCan("import numpy, scipy", else: "numpy/scipy not found; --history is not checked")
        else { return }
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try GoldenTests.wave(in: dir)
        for period in ["2024H1", "2025H2", "2026H2"] {
            let r = try CLI.run(
                ["history", "add", "--db", "h.sqlite", "--survey", "sample-data/wave-\(period)/survey.json", "--roster",
                 "sample-data/roster.csv", "sample-data/wave-\(period)/forms.csv"], in: dir, environment: ["CSAT_TODAY": "2026-12-07"])
            try #require(r.status == 0, "\(period): \(r.stderr)")
        }
        try FileManager.default.removeItem(at: dir.appendingPathComponent("sample-data"))
        // The reply list and the plan's counts are as without --history (check_actions.py's check finds columns by header).
        let (summary, wave) = try Self.written(in: dir, "plan.xlsx", ["--history", "h.sqlite"])
        #expect(summary["actions"] as? Int == 68)
        #expect(summary["replies"] as? Int == 179)
        let forms = Array(wave.dropFirst(6))
        let now = try CLI.python("csat_oracle.py", Array(wave.prefix(6)) + forms, in: dir)
        try #require(now.status == 0, "\(now.stderr)")
        try now.stdout.write(to: dir.appendingPathComponent("now.json"))
        let before = try CLI.python(
            "csat_oracle.py",
            ["--survey", "sample-data/wave-2025H2/survey.json", "--roster", "sample-data/roster.csv", "sample-data/wave-2025H2/forms.csv"],
            in: dir)
        try #require(before.status == 0, "\(before.stderr)")
        try before.stdout.write(to: dir.appendingPathComponent("before.json"))
        let p = try CLI.python("check_actions.py", ["history", "sample-data/survey.json", "plan.xlsx", "now.json", "before.json", "2025H2"], in: dir)
        try #require(p.status == 0, "\(String(decoding: p.stdout, as: UTF8.self))\(p.stderr)")
        let counts = try #require(try JSONSerialization.jsonObject(with: p.stdout) as? [String: Int])
        // sample-data's June plan has 12 driver rows (the company 2, each project 2–3), all of them in 2025H2 too.
        #expect(counts["driverRows"] == 12)
        #expect(counts["withPrevious"] == 12)
        // A history with nothing before June (only December stored): no columns added, and csat says why.
        let later = try CLI.run(
            ["history", "add", "--db", "later.sqlite", "--survey", "sample-data/wave-2026H2/survey.json", "--roster",
             "sample-data/roster.csv", "sample-data/wave-2026H2/forms.csv"], in: dir, environment: ["CSAT_TODAY": "2026-12-07"])
        try #require(later.status == 0, "\(later.stderr)")
        let r = try CLI.run(["actions"] + wave + ["--history", "later.sqlite", "-o", "plain.xlsx"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("later.sqlite holds no wave before 2026H1: the plan shows no earlier indices"), "\(r.stderr)")
        let plain = try CLI.python("check_actions.py", ["check", "sample-data/survey.json", "plain.xlsx", "check.json"] + forms, in: dir)
        #expect(plain.status == 0, "\(String(decoding: plain.stdout, as: UTF8.self))")
    }
}
