import Foundation
import Testing

/// `csat calendar`: the wave's timetable from the definition's `wave` block, run as a user would.
@Suite struct CalendarCommandTests {
    static func definition(wave: String?, in dir: URL) throws -> String {
        let text = try String(contentsOf: CLI.packageRoot.appendingPathComponent("sample-data/survey.json"), encoding: .utf8)
        var json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        // sample-data's definition has its own wave block; nil takes it away.
        json["wave"] = try wave.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) }
        try JSONSerialization.data(withJSONObject: json).write(to: dir.appendingPathComponent("survey.json"))
        return "survey.json"
    }

    @Test func theJuneWaveInChinese() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try Self.definition(wave: #"{"handOut": "2026-06-15"}"#, in: dir)
        let r = try CLI.run(["calendar", "--survey", s], in: dir, environment: ["CSAT_LANG": ""])
        #expect(r.status == 0, "\(r.stderr)")
        // Worked by hand in WorkingDayTests: 10 working days after Mon 15 June skip 端午节 (19–21 June).
        #expect(r.stdout.contains("发放问卷  2026-06-15（周一）"), "\(r.stdout)")
        #expect(r.stdout.contains("回收截止  2026-06-30（周二）  发放日后第 10 个工作日"))
        #expect(r.stdout.contains("统计完成  2026-07-03（周五）  回收截止后第 3 个工作日"))
        #expect(r.stdout.contains("报告提交  2026-07-31（周五）  次月最后一个工作日"))
        #expect(r.stdout.contains("端午节  2026-06-19 – 2026-06-21"))
        #expect(r.stdout.contains("节假日日历：csat 内置（2024–2026 年）"))
        #expect(r.stderr.isEmpty, "\(r.stderr)")
    }

    @Test func aDecemberWaveThatReachesAnUnpublishedYearWarns() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try Self.definition(wave: #"{"handOut": "2026-12-13", "collectionWorkingDays": 12}"#, in: dir)
        let r = try CLI.run(["calendar", "--survey", s, "--lang", "en"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("has no arrangement for 2027, so only weekends are skipped there"), "\(r.stderr)")
        // Sunday 13 Dec 2026 is no working day: said, and the count starts on Mon 14 Dec.
        #expect(r.stderr.contains("the hand-out day 2026-12-13 is a weekend day, not a working day"))
        // 14 1, 15 2, 16 3, 17 4, 18 5, 21 6, 22 7, 23 8, 24 9, 25 10, 28 11, 29 12 → Tue 29 Dec.
        #expect(r.stdout.contains("collection deadline  2026-12-29 (Tue)  working day 12 after the hand-out"), "\(r.stdout)")
    }

    @Test func aUsersHolidayFileAndTheErrors() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try Self.definition(wave: #"{"handOut": "2026-12-28", "statisticsWorkingDays": 2}"#, in: dir)
        let h = #"{"years": {"2026": {"off": []}, "2027": {"off": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}]}}}"#
        try Data(h.utf8).write(to: dir.appendingPathComponent("h.json"))
        let r = try CLI.run(["calendar", "--survey", s, "--holidays", "h.json", "--lang", "en"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        // Mon 28 Dec 2026: 29 1, 30 2, 31 3, 1–3 Jan off, Mon 4 Jan 4, 5 5, 6 6, 7 7, 8 8, 11 9, 12 10 → Tue 12 Jan;
        // statistics: 13 W 1, 14 Th 2 → Thu 14 Jan 2027.
        #expect(r.stdout.contains("collection deadline  2027-01-12 (Tue)"), "\(r.stdout)")
        #expect(r.stdout.contains("statistics deadline  2027-01-14 (Thu)"))
        #expect(r.stdout.contains("holiday calendar: h.json"))
        #expect(!r.stderr.contains("no arrangement"))

        let none = try Self.definition(wave: nil, in: dir)
        let missing = try CLI.run(["calendar", "--survey", none], in: dir)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("survey.json: $: the survey definition has no \"wave\" block"), "\(missing.stderr)")

        _ = try Self.definition(wave: #"{"handOut": "2026/06/15"}"#, in: dir)
        let bad = try CLI.run(["calendar", "--survey", "survey.json"], in: dir)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("$.wave.handOut: \"2026/06/15\" is not a date: write it as YYYY-MM-DD"), "\(bad.stderr)")
    }

    /// Forms dated outside the wave: early before the hand-out, late after the collection deadline.
    /// sample-data's 翠湖苑.csv is dated 15–26 June 2026 (counted with Python's csv and Counter:
    /// 15th 3 forms, 16th 8, 17th 10, …, 24th 8, 25th 4, 26th 3).
    @Test func earlyAndLateForms() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let forms = CLI.packageRoot.appendingPathComponent("sample-data/wave-2026H1/翠湖苑.csv").path
        func check(_ wave: String) throws -> (json: [String: Any], stderr: String) {
            let s = try Self.definition(wave: wave, in: dir)
            let r = try CLI.run(["check", "--json", "--survey", s, forms], in: dir)
            try #require(r.status == 0, "\(r.stderr)")
            return (try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]), r.stderr)
        }
        func reasons(_ j: [String: Any]) -> [String: Int] { (j["forms"] as? [String: Any])?["reasons"] as? [String: Int] ?? [:] }
        // Hand-out Thu 18 June, warn: the 3 + 8 + 10 = 21 forms of 15–17 June are early, and valid.
        let warned = try check(#"{"handOut": "2026-06-18"}"#)
        #expect(reasons(warned.json)["early"] == nil)
        let warnings = (warned.json["warnings"] as? [String]) ?? []
        #expect(warnings.contains { $0.hasPrefix("21 forms are dated before the hand-out day 2026-06-18") }, "\(warnings)")
        // The same as a rule: 21 forms early.
        let invalid = try check(#"{"handOut": "2026-06-18", "lateForms": "invalid"}"#)
        #expect(reasons(invalid.json)["early"] == 21)
        // Hand-out Mon 8 June: 9 1, 10 2, 11 3, 12 4, 15 5, 16 6, 17 7, 18 8, 19–21 端午节, 22 9, 23 10 → deadline
        // Tue 23 June; the forms of 24–26 June, 8 + 4 + 3 = 15, are late.
        let late = try check(#"{"handOut": "2026-06-08", "lateForms": "invalid"}"#)
        #expect(reasons(late.json)["late"] == 15 && reasons(late.json)["early"] == nil, "\(reasons(late.json))")
        // Handed out on the first day of the forms, collected by the 30th: neither.
        let plain = try check(#"{"handOut": "2026-06-15"}"#)
        #expect(reasons(plain.json)["early"] == nil && reasons(plain.json)["late"] == nil)
        #expect(!((plain.json["warnings"] as? [String]) ?? []).contains { $0.contains("hand-out") })
    }

    /// check shows the timetable and whether each date was kept (CSAT_TODAY fixes the day of the run).
    @Test func checkShowsTheTimetable() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let forms = CLI.packageRoot.appendingPathComponent("sample-data/wave-2026H1/翠湖苑.csv").path
        let s = try Self.definition(wave: #"{"handOut": "2026-06-15"}"#, in: dir)
        // The latest form of 翠湖苑.csv is dated 26 June, before the deadline of Tue 30 June; on 1 July the
        // statistics (due Fri 3 July) are still on time.
        let text = try CLI.run(["check", "--survey", s, forms], in: dir, environment: ["CSAT_LANG": "", "CSAT_TODAY": "2026-07-01"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("回收截止  2026-06-30（周二）  按时（最晚的问卷 2026-06-26）"), "\(text.stdout)")
        #expect(text.stdout.contains("统计完成  2026-07-03（周五）  按时（今天 2026-07-01）"))
        #expect(text.stdout.contains("报告提交  2026-07-31（周五）  未到期"))
        // Hand-out 8 June: deadline Tue 23 June is missed by the forms of 24–26 June; on 6 July the statistics
        // deadline (Fri 26 June: 24 1, 25 2, 26 3) has passed.
        _ = try Self.definition(wave: #"{"handOut": "2026-06-08"}"#, in: dir)
        let json = try CLI.run(["check", "--json", "--survey", s, forms], in: dir, environment: ["CSAT_TODAY": "2026-07-06"])
        let j = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let t = try #require(j["timetable"] as? [String: Any], "\(json.stdout.prefix(300))")
        #expect(t["collectionDeadline"] as? String == "2026-06-23" && t["statisticsDeadline"] as? String == "2026-06-26")
        #expect(t["lastFormDate"] as? String == "2026-06-26")
        #expect(t["collectionKept"] as? Bool == false && t["statisticsKept"] as? Bool == false)
        #expect(t["reportDue"] as? String == "2026-07-31" && t["today"] as? String == "2026-07-06")
    }

    /// The surveyor ticks each household handed a form in a 发放 column of the sample list: check gives
    /// the hand-out rate per project beside the valid return rate, against wave.minHandOutRate.
    @Test func theHandOutRatePerProject() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try Self.definition(wave: #"{"handOut": "2026-06-15", "minHandOutRate": 0.95}"#, in: dir)
        // sample-data's list with a 发放 column: every row ticked 是 but 8 sampled rows of 翠湖苑 left blank.
        let list = try String(contentsOf: CLI.packageRoot.appendingPathComponent("sample-data/sample.csv"), encoding: .utf8)
        var lines = list.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n").map(String.init)
        // sample-data's list has its surveyors' 发放 column last: replaced here by this test's ticks.
        func dropLast(_ line: String) -> String { line.split(separator: ",", omittingEmptySubsequences: false).dropLast().joined(separator: ",") }
        lines = lines.map(dropLast)
        lines[0] += ",发放"
        // A tick counts on a row that counts as sampled: a drawn unit no reserve replaces, or a reserve that
        // replaces one (columns project, stratum, unit, role, order, replaces, reason).
        let fields = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let replaced = Set(fields.filter { $0[3] == "reserve" && !$0[5].isEmpty }.map { $0[0] + "/" + $0[5] })
        func countsAsSampled(_ f: [String]) -> Bool {
            f[3] == "sample" ? !replaced.contains(f[0] + "/" + f[2]) : !f[5].isEmpty
        }
        var blank = 0, ticked: [String: Int] = [:]
        for i in 1..<lines.count {
            let f = fields[i - 1]
            if f[0] == "翠湖苑" && f[3] == "sample" && blank < 8 {
                lines[i] += ","
                blank += 1
            } else {
                lines[i] += ",是"
                if countsAsSampled(f) { ticked[f[0], default: 0] += 1 }
            }
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: dir.appendingPathComponent("s.csv"))
        let forms = ["翠湖苑.csv", "锦程花园.csv"].map { CLI.packageRoot.appendingPathComponent("sample-data/wave-2026H1/" + $0).path }
        let r = try CLI.run(["check", "--json", "--survey", "survey.json", "--sample", "s.csv"] + forms, in: dir)
        try #require(r.status == 0, "\(r.stderr)")
        let j = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let rows = try #require(j["coverage"] as? [[String: Any]])
        let cuihu = try #require(rows.first { $0["project"] as? String == "翠湖苑" })
        let sampled = try #require(cuihu["sampled"] as? Int)
        #expect(cuihu["handedOut"] as? Int == ticked["翠湖苑"])
        let rate = Double(ticked["翠湖苑"]!) / Double(sampled)
        #expect(abs((cuihu["handOutRate"] as? Double ?? -1) - rate) < 1e-12)
        #expect(cuihu["handOutPass"] as? Bool == (rate >= 0.95), "rate \(rate)")
        // Every row of 锦程花园 is ticked, unused reserves too: the whole sample, and only it.
        let garden = try #require(rows.first { $0["project"] as? String == "锦程花园" })
        #expect(garden["handedOut"] as? Int == garden["sampled"] as? Int && garden["handedOut"] as? Int == ticked["锦程花园"])
        #expect(garden["handOutRate"] as? Double == 1.0 && garden["handOutPass"] as? Bool == true)
        // The text table shows both columns; the wave block makes 95% the valid-return rule too.
        let text = try CLI.run(["check", "--survey", "survey.json", "--sample", "s.csv", "--lang", "en"] + forms, in: dir)
        #expect(text.stdout.contains("hand-out rate") && text.stdout.contains("return rule"), "\(text.stdout)")
    }

    /// The workbook's Method sheet carries the same timetable (read back with openpyxl).
    @Test func theMethodSheetShowsTheTimetable() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try Self.definition(wave: #"{"handOut": "2026-06-15"}"#, in: dir)
        let forms = CLI.packageRoot.appendingPathComponent("sample-data/wave-2026H1/翠湖苑.csv").path
        let r = try CLI.run(
            ["report", "--survey", s, forms, "-o", "out", "--format", "xlsx"], in: dir, environment: ["CSAT_TODAY": "2026-07-01"])
        #expect(r.status == 0, "\(r.stderr)")
        let method = try CLI.python("sheet_texts.py", ["out/jincheng-2026H1.xlsx", "-1"], in: dir)
        try #require(method.status == 0, "\(method.stderr)")
        let texts = try #require(try JSONSerialization.jsonObject(with: method.stdout) as? [String])
        #expect(texts.contains("日程") && texts.contains("回收截止"), "\(texts)")
        #expect(texts.contains("2026-06-30（周二）  按时（最晚的问卷 2026-06-26）"))
        #expect(texts.contains("2026-07-03（周五）  按时（今天 2026-07-01）"))
    }

    /// check, score and report take --holidays as calendar does.
    @Test func checkTakesAHolidayFile() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try Self.definition(wave: #"{"handOut": "2026-06-15"}"#, in: dir)
        // A calendar where 2026 has no holidays: 16 1, 17 2, 18 3, 19 4, 22 5, 23 6, 24 7, 25 8, 26 9, 29 10 → Mon 29 June.
        try Data(#"{"years": {"2026": {"off": []}}}"#.utf8).write(to: dir.appendingPathComponent("h.json"))
        let forms = CLI.packageRoot.appendingPathComponent("sample-data/wave-2026H1/翠湖苑.csv").path
        let r = try CLI.run(["check", "--json", "--survey", s, "--holidays", "h.json", forms], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let j = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect((j["timetable"] as? [String: Any])?["collectionDeadline"] as? String == "2026-06-29")
        let bad = try CLI.run(["check", "--survey", s, "--holidays", "nope.json", forms], in: dir)
        #expect(bad.status == 2 && bad.stderr.contains("nope.json: no such file"), "\(bad.stderr)")
    }

    /// The Markdown report's method section carries the timetable, in either language.
    @Test func theMarkdownReportShowsTheTimetable() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try Self.definition(wave: #"{"handOut": "2026-06-15"}"#, in: dir)
        let forms = CLI.packageRoot.appendingPathComponent("sample-data/wave-2026H1/翠湖苑.csv").path
        for (lang, row) in [
            ("zh", "| 回收截止 | 2026-06-30（周二） | 按时（最晚的问卷 2026-06-26） |"),
            ("en", "| collection deadline | 2026-06-30 (Tue) | kept (the latest form 2026-06-26) |"),
        ] {
            let r = try CLI.run(
                ["report", "--survey", s, forms, "-o", "md-" + lang, "--format", "md", "--lang", lang], in: dir,
                environment: ["CSAT_TODAY": "2026-07-01"])
            #expect(r.status == 0, "\(r.stderr)")
            let md = try String(contentsOf: dir.appendingPathComponent("md-\(lang)/jincheng-2026H1.md"), encoding: .utf8)
            #expect(md.contains(row), "\(lang): \(md.suffix(1500))")
        }
    }
}
