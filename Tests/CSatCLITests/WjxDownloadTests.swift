import Foundation
import Testing

/// The sample company's 锦程花园 wave as 问卷星 downloads it (`Fixtures/wjx/make_wjx.py`): by option
/// text, by option number (非常满意 listed first, read with `labelsOrder: highFirst`) and with the scale
/// questions as one matrix; GB18030 CSV and XLSX (XlsxWriter, 提交答卷时间 a date-time cell, answers
/// that are numbers as number cells) with wjx's meta columns and `N、` headers, read as they are.
/// Each must give exactly the figures of the plain file: nothing in a download is edited by hand first.
@Suite struct WjxDownloadTests {
    static let root = CLI.packageRoot
    static let fixtures = root.appendingPathComponent("Tests/CSatCLITests/Fixtures/wjx/jincheng")
    static let survey = root.appendingPathComponent("sample-data/survey.json").path

    struct Figures: Equatable {
        var read: Int
        var valid: Int
        var reasons: [String: Int]
        var index: Double
        var rate: Double
        var drivers: [String: Double]
    }

    static func score(_ survey: String, _ forms: String) throws -> Figures {
        let r = try CLI.run(["score", "--json", "--survey", survey, forms], in: root)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let forms = try #require(json["forms"] as? [String: Any])
        let overall = try #require(json["overall"] as? [String: Any])
        let drivers = try #require(json["drivers"] as? [[String: Any]])
        return Figures(
            read: forms["read"] as? Int ?? -1, valid: forms["valid"] as? Int ?? -1,
            reasons: forms["reasons"] as? [String: Int] ?? [:], index: overall["index"] as? Double ?? .nan,
            rate: overall["rate"] as? Double ?? .nan,
            drivers: Dictionary(uniqueKeysWithValues: drivers.map { ($0["id"] as! String, $0["index"] as? Double ?? .nan) }))
    }

    static let shapes = ["text.csv", "number.csv", "matrix.csv", "text.xlsx", "number.xlsx", "matrix.xlsx"]

    /// 锦程花园 (131 forms, headers as the question texts) and 翠湖苑 (83 forms, whose plain file numbers
    /// its headers already, `3、前台…`, so that 问卷星 numbers them again: `14、3、前台…`, `第14题(3、前台…)`).
    static let projects: [(folder: String, plain: String, read: Int)] = [
        ("jincheng", "锦程花园.csv", 131), ("cuihu", "翠湖苑.csv", 83),
    ]

    @Test(arguments: [0, 1], shapes)
    func downloadGivesThePlainFilesFigures(_ project: Int, _ shape: String) throws {
        let p = Self.projects[project]
        let plain = try Self.score(Self.survey, Self.root.appendingPathComponent("sample-data/wave-2026H1/\(p.plain)").path)
        // The plain files' data rows, counted with Python's csv module.
        #expect(plain.read == p.read)
        let folder = Self.root.appendingPathComponent("Tests/CSatCLITests/Fixtures/wjx/\(p.folder)")
        let survey = shape.hasPrefix("number") ? folder.appendingPathComponent("survey-highfirst.json").path : Self.survey
        let download = try Self.score(survey, folder.appendingPathComponent(shape).path)
        #expect(download == plain)
    }
}
