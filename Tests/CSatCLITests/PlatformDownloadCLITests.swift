import Foundation
import Testing

/// 问卷星 downloads given to csat as they are (SPEC.md "Platform downloads as they are"): the same
/// ten forms as a plain CSV and in three wjx shapes, GB18030 with CRLF (`Fixtures/wjx/make.py`
/// writes them and prints the figures worked out by hand), give the same figures.
struct PlatformDownloadCLITests {
    static let fixtures = CLI.packageRoot.appendingPathComponent("Tests/CSatCLITests/Fixtures/wjx")

    static func survey(labelsOrder: String = "lowFirst") -> String {
        """
        {"id": "wjx", "title": "问卷星下载", "period": "2026H1", "language": "zh",
         "scales": {"five": {"points": 5, "labels": ["非常不满意", "不满意", "一般", "满意", "非常满意"], "labelsOrder": "\(labelsOrder)"},
                    "ten": {"points": 10}},
         "drivers": [{"id": "service", "name": "客户服务", "weight": 60}, {"id": "security", "name": "安全管理", "weight": 40}],
         "questions": [
           {"id": "q1", "text": "前台接待人员的服务态度", "scale": "five", "driver": "service"},
           {"id": "q2", "text": "报修处理的及时性", "scale": "five", "driver": "service"},
           {"id": "q3", "text": "保安巡逻", "scale": "five", "driver": "security"},
           {"id": "overall", "text": "总体满意度", "scale": "ten", "role": "overall"},
           {"id": "c1", "text": "意见和建议", "type": "open"}],
         "columns": {"project": "项目", "unit": "房号", "phone": "电话", "date": "日期"},
         "validity": {"minAnsweredShare": 0.6, "requireSignature": false, "requirePhone": true},
         "aggregate": "respondents"}
        """
    }

    func scratch() throws -> URL {
        let dir = try CLI.scratch()
        for name in ["plain.csv", "wjx-by-text.csv", "wjx-by-number.csv", "wjx-matrix.csv"] {
            try FileManager.default.copyItem(
                at: Self.fixtures.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        try Data(Self.survey().utf8).write(to: dir.appendingPathComponent("survey.json"))
        try Data(Self.survey(labelsOrder: "highFirst").utf8).write(to: dir.appendingPathComponent("high.json"))
        return dir
    }

    func score(_ survey: String, _ file: String, in dir: URL) throws -> [String: Any] {
        let r = try CLI.run(["score", "--json", "--survey", survey, file], in: dir)
        try #require(r.status == 0, "\(file): \(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    @Test func everyShapeGivesThePlainFigures() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plain = try score("survey.json", "plain.csv", in: dir)
        let overall = try #require(plain["overall"] as? [String: Any])
        let forms = try #require(plain["forms"] as? [String: Any])
        // Worked out by hand (make.py prints them): 7 valid; index 0.6·(67.857 + 66.667)/2 + 0.4·62.5.
        #expect(forms["valid"] as? Int == 7 && forms["read"] as? Int == 10)
        #expect(abs((overall["index"] as? Double ?? 0) - 65.35714285714286) < 1e-9)
        #expect(abs((overall["rate"] as? Double ?? 0) - 0.6142857142857143) < 1e-9)
        let reasons = try #require(forms["reasons"] as? [String: Int])
        #expect(reasons == ["missing_phone": 1, "duplicate_unit": 1, "too_few_answers": 1])

        for (survey, file) in [
            ("survey.json", "wjx-by-text.csv"), ("high.json", "wjx-by-number.csv"), ("survey.json", "wjx-matrix.csv"),
        ] {
            let wjx = try score(survey, file, in: dir)
            let o = try #require(wjx["overall"] as? [String: Any])
            let f = try #require(wjx["forms"] as? [String: Any])
            #expect(f["valid"] as? Int == 7, "\(file)")
            #expect(f["reasons"] as? [String: Int] == reasons, "\(file)")
            #expect(abs((o["index"] as? Double ?? 0) - 65.35714285714286) < 1e-9, "\(file)")
            #expect(abs((o["rate"] as? Double ?? 0) - 0.6142857142857143) < 1e-9, "\(file)")
            let direct = try #require(o["overallQuestion"] as? [String: Any])
            let plainDirect = try #require(overall["overallQuestion"] as? [String: Any])
            #expect(direct["index"] as? Double == plainDirect["index"] as? Double, "\(file)")
        }
    }

    @Test func theMetaColumnsAreKnownAndTheEncodingDetected() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(["check", "--survey", "survey.json", "--lang", "en", "wjx-by-text.csv"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("[GB18030, comma]"), "\(r.stdout)")
        #expect(!r.stdout.contains("not in the survey definition"), "\(r.stdout)")
        #expect(!r.stdout.contains("out_of_range"), "\(r.stdout)")
        // The by-number download read with the low-first definition is not silently wrong: -3 is not
        // off the scale, and the points are mirrored (checked by the figures above).
        let low = try CLI.run(["check", "--survey", "survey.json", "--json", "wjx-by-number.csv"], in: dir)
        #expect(low.status == 0 && !low.stdout.contains("out_of_range"), "\(low.stdout)")
    }

    static let offScale = """
        {"id": "t", "period": "2026H1",
         "scales": {"five": {"points": 5}},
         "drivers": [{"id": "d", "weight": 1}],
         "questions": [
           {"id": "q1", "text": "前台接待人员的服务态度", "scale": "five", "driver": "d"},
           {"id": "q3", "text": "保安巡逻", "scale": "five", "driver": "d"}],
         "columns": {"project": "项目", "unit": "房号"},
         "validity": {"requireSignature": false, "requirePhone": false, "minAnsweredShare": 0.5}}
        """

    @Test func anOffScaleAnswerNamesItsValueAndColumn() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(Self.offScale.utf8).write(to: dir.appendingPathComponent("s.json"))
        try Data("序号,项目,房号,1、前台接待人员的服务态度,2、保安巡逻\n1,甲,1,4,6\n2,甲,2,4┋5,3\n".utf8).write(
            to: dir.appendingPathComponent("a.csv"))
        let en = try CLI.run(["check", "--survey", "s.json", "--lang", "en", "a.csv"], in: dir)
        #expect(en.status == 0, "\(en.stderr)")
        #expect(en.stdout.contains("out_of_range:q3 \"6\" in column 5 (2、保安巡逻)"), "\(en.stdout)")
        #expect(en.stdout.contains("out_of_range:q1 \"4┋5\" in column 4 (1、前台接待人员的服务态度)"), "\(en.stdout)")
        let zh = try CLI.run(["check", "--survey", "s.json", "--lang", "zh", "a.csv"], in: dir)
        #expect(zh.stdout.contains("out_of_range:q3 \"6\"（第5列：2、保安巡逻）"), "\(zh.stdout)")
        let json = try CLI.run(["check", "--survey", "s.json", "--json", "a.csv"], in: dir)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let invalid = try #require(root["invalidForms"] as? [[String: Any]])
        #expect(invalid.count == 2)
        #expect(invalid[0]["reasons"] as? [String] == ["out_of_range:q3"])
        let details = try #require(invalid[0]["details"] as? [[String: Any]])
        #expect(details.count == 1)
        #expect(details[0]["reason"] as? String == "out_of_range:q3" && details[0]["value"] as? String == "6")
        #expect(details[0]["column"] as? String == "2、保安巡逻" && details[0]["columnNumber"] as? Int == 5)
        let forms = try #require(root["forms"] as? [String: Any])
        #expect(forms["reasons"] as? [String: Int] == ["out_of_range:q1": 1, "out_of_range:q3": 1])
    }

    @Test func theWorkbookListsTheValueAndColumn() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(Self.offScale.utf8).write(to: dir.appendingPathComponent("s.json"))
        try Data("序号,项目,房号,1、前台接待人员的服务态度,2、保安巡逻\n1,甲,1,4,6\n2,甲,2,4,3\n".utf8).write(
            to: dir.appendingPathComponent("a.csv"))
        let r = try CLI.run(
            ["report", "--survey", "s.json", "a.csv", "-o", "out", "--format", "xlsx", "--lang", "en"], in: dir)
        try #require(r.status == 0, "\(r.stderr)")
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        unzip.arguments = ["-p", dir.appendingPathComponent("out/t-2026H1.xlsx").path, "xl/worksheets/sheet6.xml"]
        let out = Pipe()
        unzip.standardOutput = out
        unzip.standardError = FileHandle.nullDevice
        guard (try? unzip.run()) != nil else { return }  // no unzip: nothing more to look at
        let xml = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        unzip.waitUntilExit()
        #expect(xml.contains("in column 5 (2、保安巡逻)"), "\(xml.prefix(3000))")
    }

    @Test func strictFailsWhenAQuestionHasNoColumn() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(Self.offScale.utf8).write(to: dir.appendingPathComponent("s.json"))
        try Data("项目,房号,1、前台接待人员的服务态度,2、保安巡luo\n甲,1,4,3\n".utf8).write(to: dir.appendingPathComponent("a.csv"))
        let lax = try CLI.run(["check", "--survey", "s.json", "a.csv"], in: dir)
        #expect(lax.status == 0)
        // The text report is in the survey's language (zh).
        #expect(lax.stdout.contains("a.csv：这些题目没有对应的列，按未作答计：q3"), "\(lax.stdout)")
        let strict = try CLI.run(["check", "--survey", "s.json", "--strict", "a.csv"], in: dir)
        #expect(strict.status == 1)
        #expect(
            strict.stderr.contains(
                "csat: error: --strict: questions with no column, counted as not answered: a.csv (q3)"), "\(strict.stderr)")
    }
}
