import Foundation
import Testing

/// `csat init --from`: a definition drafted from each of the 锦程花园 wave's 问卷星 downloads
/// (`Fixtures/wjx/jincheng`) is accepted by `csat check` as it is and judges the same forms valid
/// as the hand-written definition; with the hand-written drivers put in, it scores the same.
@Suite struct InitFromTests {
    static let root = CLI.packageRoot
    static let fixtures = root.appendingPathComponent("Tests/CSatCLITests/Fixtures/wjx/jincheng")
    static let handWritten = root.appendingPathComponent("sample-data/survey.json")

    /// `text.csv`, `matrix.xlsx`, …: each 问卷星 shape as GB18030 CSV and as XLSX; a bare shape is its CSV.
    static func download(_ shape: String) -> String {
        fixtures.appendingPathComponent(shape.contains(".") ? shape : "\(shape).csv").path
    }

    static let shapes = ["text.csv", "number.csv", "matrix.csv", "text.xlsx", "number.xlsx", "matrix.xlsx"]

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Drafts into a scratch folder; returns the folder and what csat printed.
    static func draft(_ shape: String) throws -> (dir: URL, stderr: String) {
        let dir = try CLI.scratch("initFrom\(shape)")
        let r = try CLI.run(["init", "--from", download(shape), "-o", "survey.json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        return (dir, r.stderr)
    }

    @Test(arguments: shapes)
    func checkAcceptsTheDraftAndFindsTheSameValidForms(_ shape: String) throws {
        let (dir, printed) = try Self.draft(shape)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(printed.contains("csat: drafted survey.json from"))
        #expect(printed.contains("still to decide"))
        let check = try CLI.run(["check", "--json", "--survey", "survey.json", Self.download(shape)], in: dir)
        #expect(check.status == 0, "\(check.stderr)")
        // No column of the download is unknown to the draft, and no question lacks its column.
        #expect(!check.stderr.contains("warning"), "\(check.stderr)")
        let forms = try #require(try Self.json(check.stdout)["forms"] as? [String: Any])
        #expect(forms["read"] as? Int == 131)
        #expect(forms["valid"] as? Int == 121)
        // The same reasons as the hand-written definition gives the plain file (the question of the
        // off-scale answer has the download's id: q17 by text and number, q14_4 in the matrix).
        let plain = try CLI.run(
            [
                "check", "--json", "--survey", Self.handWritten.path,
                Self.root.appendingPathComponent("sample-data/wave-2026H1/锦程花园.csv").path,
            ],
            in: dir)
        let plainForms = try #require(try Self.json(plain.stdout)["forms"] as? [String: Any])
        func general(_ reasons: Any?) -> [String: Int] {
            var out: [String: Int] = [:]
            for (k, v) in reasons as? [String: Int] ?? [:] {
                out[k.hasPrefix("out_of_range:") ? "out_of_range" : k, default: 0] += v
            }
            return out
        }
        #expect(general(forms["reasons"]) == general(plainForms["reasons"]))
        #expect(general(forms["reasons"])["out_of_range"] == 1)
    }

    /// 翠湖苑's downloads: headers numbered twice (`14、3、前台…`), answers typed mostly as digits with a
    /// few labels (满意, 非常满意) in the same column: still five-point scales, and the same 77 of 83 valid
    /// with the same reasons as the hand-written definition gives the plain file.
    @Test(arguments: shapes)
    func aDownloadOfDigitsAndAFewLabelsDraftsFivePointScales(_ shape: String) throws {
        let dir = try CLI.scratch("initFromCuihu\(shape)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let download = Self.root.appendingPathComponent("Tests/CSatCLITests/Fixtures/wjx/cuihu/\(shape)").path
        let r = try CLI.run(["init", "--from", download, "-o", "survey.json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stderr.contains("open question q14 "), "\(r.stderr)")
        let check = try CLI.run(["check", "--json", "--survey", "survey.json", download], in: dir)
        let forms = try #require(try Self.json(check.stdout)["forms"] as? [String: Any])
        #expect(forms["read"] as? Int == 83)
        #expect(forms["valid"] as? Int == 77)
        let reasons = (forms["reasons"] as? [String: Int] ?? [:]).filter { !$0.key.hasPrefix("out_of_range") }
        #expect(reasons == ["damaged": 1, "missing_signature": 1, "missing_phone": 1, "invalid_phone": 1, "too_few_answers": 1, "duplicate_unit": 1])
    }

    @Test(arguments: shapes)
    func withTheHandWrittenDriversTheDraftScoresTheSame(_ shape: String) throws {
        let (dir, _) = try Self.draft(shape)
        defer { try? FileManager.default.removeItem(at: dir) }
        // The draft's own default: every question counts the same, the same index from every shape.
        let own = try Self.score(dir, "survey.json", shape)
        #expect(own.index == 73.91313217102189)
        let questions = try #require(own.json["questions"] as? [[String: Any]])
        let indices = questions.compactMap { $0["driver"] is String ? $0["index"] as? Double : nil }
        #expect(indices.count == 27)
        #expect(abs(indices.reduce(0, +) / 27 - own.index) < 1e-9)
        // The user's decision, made as the hand-written definition makes it: drivers, weights.
        var draft = try Self.json(try String(contentsOf: dir.appendingPathComponent("survey.json"), encoding: .utf8))
        let hand = try Self.json(try String(contentsOf: Self.handWritten, encoding: .utf8))
        let handQuestions = try #require(hand["questions"] as? [[String: Any]])
        draft["drivers"] = hand["drivers"]
        draft["questions"] = try #require(draft["questions"] as? [[String: Any]]).map { q -> [String: Any] in
            guard q["driver"] != nil, let h = handQuestions.first(where: { $0["text"] as? String == q["text"] as? String }) else {
                return q
            }
            var q = q
            q["driver"] = h["driver"]
            q["weight"] = h["weight"]
            return q
        }
        try JSONSerialization.data(withJSONObject: draft).write(to: dir.appendingPathComponent("decided.json"))
        let decided = try Self.score(dir, "decided.json", shape)
        // As printed (Foundation's JSON parser may miss the last digit of a double): the figures of the
        // hand-written definition on the plain file (WjxDownloadTests).
        #expect(decided.text.contains("\"index\": 74.44123269022502,"))
        #expect(decided.text.contains("\"rate\": 0.7333901524609426,"))
    }

    static func score(_ dir: URL, _ survey: String, _ shape: String) throws -> (
        index: Double, json: [String: Any], text: String
    ) {
        let r = try CLI.run(["score", "--json", "--survey", survey, download(shape)], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try Self.json(r.stdout)
        let overall = try #require(json["overall"] as? [String: Any])
        return (overall["index"] as? Double ?? .nan, json, r.stdout)
    }

    @Test func theByNumberDraftTellsTheOptionOrderFromTheOverallQuestion() throws {
        let (dir, printed) = try Self.draft("number")
        defer { try? FileManager.default.removeItem(at: dir) }
        let survey = try Self.json(try String(contentsOf: dir.appendingPathComponent("survey.json"), encoding: .utf8))
        let five = try #require((survey["scales"] as? [String: Any])?["five"] as? [String: Any])
        #expect(five["labelsOrder"] as? String == "highFirst")
        #expect(printed.contains("highFirst (option 1 is the top point) because they fall as q41 rises"))
        #expect(printed.contains("off the scale in q17: \"6\" (1 form)"))
    }

    @Test func theByTextDraftReadsLikeTheHandWrittenOne() throws {
        let (dir, printed) = try Self.draft("text")
        defer { try? FileManager.default.removeItem(at: dir) }
        let survey = try Self.json(try String(contentsOf: dir.appendingPathComponent("survey.json"), encoding: .utf8))
        let questions = try #require(survey["questions"] as? [[String: Any]])
        #expect(questions.count == 30)
        #expect(questions.first?["id"] as? String == "q14" && questions.first?["text"] as? String == "前台接待人员的服务态度")
        let overall = try #require(questions.first { $0["role"] as? String == "overall" })
        #expect(overall["id"] as? String == "q41" && overall["scale"] as? String == "ten")
        #expect(questions.filter { $0["type"] as? String == "open" }.map { $0["id"] as? String } == ["q42", "q43"])
        let columns = try #require(survey["columns"] as? [String: String])
        #expect(columns["form"] == "问卷编号" && columns["phone"] == "电话" && columns["date"] == "日期")
        #expect(printed.contains("scale five: 5 points, labels 非常不满意 不满意 一般 满意 非常满意"))
    }

    @Test func withoutAScoreToCompareWithTheOrderIsLeftToTheUser() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        var csv = "序号,1、项目,2、房号,3、保安巡逻,4、保洁\n"
        for i in 1...12 { csv += "\(i),甲苑,1-\(i),\(i % 5 + 1),\((i + 2) % 5 + 1)\n" }
        try Data(csv.utf8).write(to: dir.appendingPathComponent("wjx.csv"))
        let r = try CLI.run(["init", "--from", "wjx.csv", "-o", "survey.json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("the download cannot tell whether option 1 is the lowest or the top point"))
        #expect(r.stderr.contains("no overall question found"))
        let check = try CLI.run(["check", "--json", "--survey", "survey.json", "wjx.csv"], in: dir)
        #expect(check.status == 0, "\(check.stderr)")
        let forms = try #require(try Self.json(check.stdout)["forms"] as? [String: Any])
        #expect(forms["read"] as? Int == 12 && forms["valid"] as? Int == 12)
    }

    @Test func badInputWritesNothing() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("1、项目,2、房号\n".utf8).write(to: dir.appendingPathComponent("header.csv"))
        try Data("1、项目,2、房号,3、保安\n甲苑,\"1-1,满意\n".utf8).write(to: dir.appendingPathComponent("broken.csv"))
        let header = try CLI.run(["init", "--from", "header.csv", "-o", "survey.json"], in: dir)
        #expect(header.status == 2)
        #expect(header.stderr.contains("header.csv:1: the download holds a header but no forms"))
        let broken = try CLI.run(["init", "--from", "broken.csv", "-o", "survey.json"], in: dir)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("broken.csv:2:4:"), "\(broken.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("survey.json").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func anExistingFileIsKeptWithoutForce() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("survey.json")
        try Data("mine".utf8).write(to: target)
        let r = try CLI.run(["init", "--from", Self.download("text"), "-o", "survey.json"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("survey.json: already exists; pass --force to overwrite it"))
        #expect(try String(contentsOf: target, encoding: .utf8) == "mine")
        let forced = try CLI.run(["init", "--from", Self.download("text"), "-o", "survey.json", "--force"], in: dir)
        #expect(forced.status == 0)
        let toStdout = try CLI.run(["init", "--from", Self.download("text"), "-o", "-"], in: dir)
        #expect(toStdout.status == 0 && toStdout.stdout.hasPrefix("{") && toStdout.stderr.contains("still to decide"))
    }
}
