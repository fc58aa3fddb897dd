import Foundation
import Testing

/// Issue 15 finding 5: phones in full-width digits or split by dots, `，`, `/`, `_` or double
/// spaces, the own name written with spaces, e-mail addresses reached the Comments sheet,
/// `score --json` and the report's example comments. Forms with all of these (and ID-card
/// numbers, landlines, Chinese numerals, invisible separators) go through the built binary;
/// an independent Python scan (Tests/oracle/planted_leaks.py) looks for every planted value in
/// every output, in any form (docs/SECURITY.md "Masking in comments").
@Suite struct CommentMaskingTests {
    /// One form: the respondent's name and phone cells, the comment, and what the comment hides.
    struct Planted {
        var name: String
        var phone: String
        var comment: String
        var holds: [String]
    }

    /// Each comment names its own theme (话题甲, 话题乙, …) so that it is one of the report's examples.
    static let forms: [Planted] = [
        Planted(name: "张三丰", phone: "13800138000", comment: "我是张 三 丰，电话１３８００１３８０００", holds: ["张三丰", "13800138000"]),
        Planted(
            name: "李四海", phone: "13900139000", comment: "联系139.0013.9000或li.sihai@example.com",
            holds: ["13900139000", "li.sihai@example.com"]),
        Planted(
            name: "王五洲", phone: "021-62345678", comment: "办公室6234.5678，家里021  6234  5678", holds: ["62345678", "021-62345678"]),
        Planted(
            name: "赵六合", phone: "13700137000", comment: "身份证１１０１０１　１９９００３０７　１２３４，邮箱ＺＨＡＯ＠ＱＱ．ＣＯＭ",
            holds: ["110101199003071234", "zhao@qq.com"]),
        Planted(
            name: "Li Na", phone: "13600136000", comment: "call LI  NA at +86 136 0013 6000", holds: ["Li Na", "13600136000"]),
        Planted(
            name: "欧阳娜娜", phone: "15900159000", comment: "欧阳·娜娜 手机159/0015/9000 座机0571-88886666-123",
            holds: ["欧阳娜娜", "15900159000", "057188886666"]),
        Planted(name: "钱七星", phone: "13500135000", comment: "一三八一二三四五六七八找王师傅", holds: ["13812345678"]),
        Planted(
            name: "孙八方", phone: "13400134000", comment: "老身份证110101900307123，新的11010119900307123X",
            holds: ["110101900307123", "11010119900307123X"]),
        Planted(
            name: "周九州", phone: "13300133000", comment: "电话158_1234_5678、137、1234、5678", holds: ["15812345678", "13712345678"]),
        Planted(
            name: "吴十全", phone: "18600186000", comment: "150\u{200B}1234\u{200B}5678，138，0013，8001",
            holds: ["15012345678", "13800138001"]),
        Planted(
            name: "郑一鸣", phone: "18700187000", comment: "0086-18912345678 / 8618812345678 / 187 0018 7000",
            holds: ["18912345678", "18812345678", "18700187000"]),
        Planted(
            name: "冯二宝", phone: "18800188000", comment: "邮箱 wang_wu+survey@mail.company.com.cn。冯 二 宝",
            holds: ["wang_wu+survey@mail.company.com.cn", "冯二宝"]),
        Planted(
            name: "王大山", phone: "18900189000", comment: "我叫王⼤⼭，①⑧⑨⓪⓪①⑧⑨⓪⓪⓪ 或 ❶❸❾ ➀➁➂➃ ➎➏➐➑",
            holds: ["王大山", "18900189000", "13912345678"]),
        Planted(
            name: "陈小明", phone: "18500185000", comment: "chenxm#163.com 或 chen.xm (at) gmail [dot] com，185      0018      5000",
            holds: ["chenxm@163.com", "chen.xm@gmail.com", "18500185000"]),
    ]

    /// Ordinary numbers that must come through unchanged.
    static let ordinary = "3号楼2单元，2026年6月，等了30分钟，物业费123456元，2026-06-15 10:30 报修"

    /// What the scan looks for: every name and phone cell and everything the comments hide.
    static var planted: [String: [String]] {
        let all = Set(forms.flatMap { [$0.name, $0.phone] + $0.holds })
        return [
            "emails": all.filter { $0.contains("@") }.sorted(),
            "numbers": all.filter { $0.first!.isNumber && !$0.contains("@") }.sorted(),
            "names": all.filter { !$0.first!.isNumber && !$0.contains("@") }.sorted(),
        ]
    }

    static let themeNames = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸", "子", "丑", "寅", "卯", "辰"]

    /// The fixture's survey with one theme per comment.
    static var survey: String {
        let themes = themeNames.map { "\"\($0)\": [\"话题\($0)\"]" }.joined(separator: ", ")
        return Fixture.survey(
            replacing: "\"aggregate\": \"respondents\"", with: "\"aggregate\": \"respondents\", \"themes\": {\(themes)}")
    }

    static var formsCSV: String {
        func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var lines = [Fixture.header]
        let comments = forms.map(\.comment) + [ordinary]
        for (i, comment) in comments.enumerated() {
            let form = i < forms.count ? forms[i] : Planted(name: "", phone: "13200132000", comment: comment, holds: [])
            let cells = [
                "M\(i)", "甲苑", "1-1\(i)", "1号楼", "王敏", "2026-06-15", form.name, form.phone, "是", "5", "4", "4", "9",
                "话题\(themeNames[i]) " + comment,
            ]
            lines.append(cells.map(quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func nothingPlantedReachesTheOutputs() throws {
        guard ReportXLSXTests.openpyxlAvailable else { return }
        let dir = try CLI.scratch("comment-masking")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(Self.survey.utf8).write(to: dir.appendingPathComponent("survey.json"))
        try Data(Self.formsCSV.utf8).write(to: dir.appendingPathComponent("forms.csv"))
        try JSONSerialization.data(withJSONObject: Self.planted).write(to: dir.appendingPathComponent("planted.json"))

        let report = try CLI.run(["report", "--survey", "survey.json", "forms.csv", "-o", "out"], in: dir)
        try #require(report.status == 0, "\(report.stderr)")
        let score = try CLI.run(["score", "--survey", "survey.json", "forms.csv", "--json"], in: dir)
        try #require(score.status == 0, "\(score.stderr)")
        try Data(score.stdout.utf8).write(to: dir.appendingPathComponent("score.json"))

        let outputs = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path).sorted()
        #expect(outputs.contains { $0.hasSuffix(".xlsx") } && outputs.contains { $0.hasSuffix(".md") })
        let scan = try Self.scan(["score.json"] + outputs.map { "out/" + $0 }, in: dir)
        #expect(scan.found == [:], "planted data in the outputs")
        #expect(scan.commentCells == Self.forms.count + 1, "every comment is on the Comments sheet")

        // Every comment is in the JSON, the ordinary numbers unchanged, and each theme's example in the report.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(score.stdout.utf8)) as? [String: Any])
        let texts = (json["comments"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(texts.count == Self.forms.count + 1)
        #expect(texts.contains("话题\(Self.themeNames[Self.forms.count]) " + Self.ordinary))
        let md = try String(
            contentsOf: dir.appendingPathComponent("out").appendingPathComponent(outputs.first { $0.hasSuffix(".md") }!),
            encoding: .utf8)
        for theme in Self.themeNames { #expect(md.contains("话题\(theme)"), "the report shows 话题\(theme)'s example") }
    }

    /// The scan finds what the comments hide, in the forms they were written in: the test above
    /// does not pass by seeing nothing.
    @Test func theScanFindsThePlantedData() throws {
        guard ReportXLSXTests.openpyxlAvailable else { return }
        let dir = try CLI.scratch("comment-masking-self")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(Self.forms.map(\.comment).joined(separator: "\n").utf8).write(to: dir.appendingPathComponent("comments.txt"))
        try JSONSerialization.data(withJSONObject: Self.planted).write(to: dir.appendingPathComponent("planted.json"))
        let scan = try Self.scan(["comments.txt"], in: dir)
        #expect(Set(scan.found.keys) == Set(Self.forms.flatMap(\.holds)))
    }

    /// Runs Tests/oracle/planted_leaks.py on `files` (relative to `dir`, planted.json there).
    static func scan(_ files: [String], in dir: URL) throws -> (found: [String: [String]], commentCells: Int) {
        let r = try CLI.python("planted_leaks.py", ["planted.json"] + files, in: dir)
        try #require(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
        return (json["found"] as? [String: [String]] ?? [:], json["commentCells"] as? Int ?? -1)
    }
}
