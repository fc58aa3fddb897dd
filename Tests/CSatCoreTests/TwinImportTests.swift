import Foundation
import Testing

@testable import CSatCore

/// Issue 2: a GB18030 CSV, a semicolon CSV with a BOM, a JSON Lines file and a
/// 问卷星-style header row all import to the same forms as their UTF-8 CSV twin.
struct TwinImportTests {
    static let survey = """
        {"id": "t", "period": "2026H1",
         "scales": {"five": {"points": 5, "labels": ["非常不满意", "不满意", "一般", "满意", "非常满意"]}, "ten": {"points": 10}},
         "drivers": [{"id": "a", "name": "客户服务", "weight": 1}, {"id": "b", "name": "安全管理", "weight": 2}],
         "questions": [
           {"id": "q1", "text": "前台接待人员的服务态度", "scale": "five", "driver": "a"},
           {"id": "q2", "text": "小区门禁管理（人员、车辆出入登记）", "scale": "five", "driver": "b"},
           {"id": "overall", "text": "总体而言，您对物业服务是否满意？", "scale": "ten", "role": "overall"},
           {"id": "c1", "text": "意见和建议", "type": "open"}],
         "columns": {"form": "问卷编号", "project": "项目", "unit": "房号", "date": "日期", "name": "姓名",
                     "phone": "电话", "signed": "签名", "damaged": "损坏"}}
        """
    static let header = [
        "问卷编号", "项目", "房号", "日期", "姓名", "电话", "签名", "损坏", "前台接待人员的服务态度",
        "小区门禁管理（人员、车辆出入登记）", "总体而言，您对物业服务是否满意？", "意见和建议",
    ]
    static let rows = [
        ["A-1", "锦程花园", "1-2-301", "2026-06-18", "张伟", "138 1234 5678", "√", "否", "满意", "5", "9", "停车难，找张伟13812345678"],
        ["A-2", "锦程花园", "1-2-302", "2026/6/19", "李娜", "12345", "", "是", "3", "不适用", "10", ""],
        ["A-3", "翠湖苑", "3-1-101", "", "王芳", "021-5555 1234", "是", "", "6", "非常满意", "", "保安\"很好\"，有逗号, 也有换行\n第二行"],
    ]

    func csv(_ header: [String], _ rows: [[String]], _ sep: String) -> String {
        func q(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == ";" || $0 == "\"" || $0 == "\n" })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        return ([header] + rows).map { $0.map(q).joined(separator: sep) }.joined(separator: "\r\n") + "\r\n"
    }

    func load(_ name: String, _ bytes: [UInt8]) throws -> FormTable {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csat-twin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let survey = try SurveyLoader.load(bytes: Array(Self.survey.utf8), file: "s.json")
        return try FormImporter.load(survey: survey, paths: [path])
    }

    /// Everything a form carries, as text, so two tables can be compared whatever their files.
    func fingerprint(_ t: FormTable) -> [String] {
        (0..<t.count).map { f in
            let r = t.records[f]
            let answers = (0..<t.closedCount).map { String(t.answer(f, $0)) }.joined(separator: ",")
            let comments = t.comments.filter { $0.form == Int32(f) }.map(\.text).joined(separator: "|")
            return [
                t.string(r.form), t.string(r.project), t.string(r.unit), String(r.date), String(r.flags.rawValue), answers,
                comments,
            ]
            .joined(separator: " / ")
        }
    }

    @Test func everyShapeGivesTheSameForms() throws {
        let utf8 = try load("a.csv", Array(csv(Self.header, Self.rows, ",").utf8))
        let expected = fingerprint(utf8)
        #expect(expected.count == 3)
        // Worked out by hand: 满意 = 4, 不适用 = not answered (0), 6 on five points = out of range (255).
        #expect(expected[1].contains("/ 3,0,10 /"))
        #expect(expected[2].contains("/ 255,5,0 /"))
        #expect(expected[0].hasSuffix("停车难，找张**138****5678"))

        let gb = try #require(csv(Self.header, Self.rows, ",").data(using: String.Encoding(rawValue: 0x8000_0632)))
        #expect(fingerprint(try load("gb.csv", Array(gb))) == expected)

        let bomSemicolon = [0xEF, 0xBB, 0xBF] + Array(csv(Self.header, Self.rows, ";").utf8)
        #expect(fingerprint(try load("semi.csv", bomSemicolon)) == expected)

        let numbered = Self.header.enumerated().map { i, h in i >= 8 ? "\(i - 7)、\(h)" : h }
        #expect(fingerprint(try load("wjx.csv", Array(csv(numbered, Self.rows, ",").utf8))) == expected)

        let lines = Self.rows.map { row in
            let members = zip(Self.header, row).map { k, v -> String in
                // Numbers as JSON numbers where a platform would write them so.
                let value =
                    (Int(v) != nil && ["前台接待人员的服务态度", "小区门禁管理（人员、车辆出入登记）", "总体而言，您对物业服务是否满意？"].contains(k))
                    ? v
                    : "\""
                        + v.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                        .replacingOccurrences(of: "\n", with: "\\n") + "\""
                return "\"\(k)\": \(value)"
            }
            return "{" + members.joined(separator: ", ") + "}"
        }.joined(separator: "\n")
        #expect(fingerprint(try load("forms.jsonl", Array(lines.utf8))) == expected)
        #expect(
            fingerprint(try load("forms.json", Array(("[" + lines.replacingOccurrences(of: "}\n{", with: "},{") + "]").utf8)))
                == expected)
    }
}
