import Foundation
import Testing

@testable import CSatCore

/// The CSV row path (`FormBuilder.setRow`: runs of closed questions, category hints, byte
/// rules) reads every cell as the `String` path of the JSON importer does, whatever the
/// column order and however unusual the cell.
struct RowPathTests {
    static let survey = """
        {"id": "t", "period": "2026H1",
         "scales": {"five": {"points": 5, "labels": ["非常不满意", "不满意", "一般", "满意", "非常满意"]}, "eleven": {"points": 11}},
         "drivers": [{"id": "a", "name": "服务", "weight": 1}],
         "questions": [
           {"id": "q1", "text": "一", "scale": "five", "driver": "a"},
           {"id": "q2", "text": "二", "scale": "five", "driver": "a"},
           {"id": "q3", "text": "三", "scale": "five", "driver": "a"},
           {"id": "q4", "text": "四", "scale": "five", "driver": "a"},
           {"id": "nps", "text": "推荐", "scale": "eleven", "role": "overall"},
           {"id": "c1", "text": "意见", "type": "open"}],
         "segments": ["building", "楼层"],
         "columns": {"form": "编号", "project": "项目", "unit": "房号", "building": "楼栋", "propertyType": "物业类型",
                     "customerType": "客户类型", "surveyor": "调查员", "date": "日期", "name": "姓名", "phone": "电话",
                     "signed": "签名", "damaged": "损坏", "altered": "涂改"}}
        """

    /// Questions in runs, out of order and between other columns; an unknown column in the middle.
    static let header = [
        "q2", "q3", "编号", "项目", "备注", "房号", "q1", "楼栋", "物业类型", "客户类型", "调查员", "日期", "姓名", "电话", "签名", "损坏",
        "涂改", "q4", "nps", "意见", "楼层",
    ]
    static let rows: [[String]] = [
        [
            "4", "5", "A-1", "锦程", "x", "1-101", "3", "1号楼", "住宅", "业主", "王敏", "2026-06-18", "张伟", "13812345678", "√", "否",
            "否", "2", "10", "", "3",
        ],
        [
            " 4", "４", "A-2", " 锦程 ", "", "1-102", "满意", "1号楼", "住宅", "业主", "王敏", "2026/6/18", "李娜", "138 1234 5678", "是",
            "NO", "F", "6", "0", "找李娜 13812345678", "3",
        ],
        [
            "05", "N/A", "A-3", "锦程", "", "\u{3000}1-103\u{3000}", "", "2号楼", "商铺", "租户", "陈静", " 20260618 ", "",
            "+86 138 1234 5678",
            "", "有折痕", "×", "4.0", "11", "\u{3000}好\u{3000}", "",
        ],
        [
            "", "", "A-4", "翠湖", "", "2-201", "1", "2号楼", "商铺", "租户", "陈静", "46191", "王芳", "021-5555 1234", "张三", "", "0",
            "不适用", "05", "电梯 ", "12",
        ],
    ]

    func write(_ name: String, _ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csat-rowpath-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func load(_ path: String) throws -> FormTable {
        let survey = try SurveyLoader.load(bytes: Array(Self.survey.utf8), file: "s.json")
        return try FormImporter.load(survey: survey, paths: [path])
    }

    func csv(_ rows: [[String]]) -> String {
        ([Self.header] + rows).map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// Every stored value of every form, as text.
    func fingerprint(_ t: FormTable) -> [String] {
        (0..<t.count).map { f in
            let r = t.records[f]
            let texts = [r.form, r.project, r.unit, r.building, r.propertyType, r.customerType, r.surveyor].map(t.string)
            let answers = (0..<t.closedCount).map { String(t.answer(f, $0)) }
            let extras = t.extraSegments[f * t.extraSegmentColumns.count..<(f + 1) * t.extraSegmentColumns.count].map(t.string)
            let comments = t.comments.filter { $0.form == Int32(f) }.map(\.text)
            return (texts + answers + extras + comments + [String(r.date), String(r.flags.rawValue), String(r.unitKey)])
                .joined(separator: " | ")
        }
    }

    @Test func csvRowsReadAsTheirJSONTwin() throws {
        let fromCSV = try load(try write("forms.csv", csv(Self.rows)))
        let lines = Self.rows.map { row in
            "{" + zip(Self.header, row).map { "\"\($0)\": \"\($1)\"" }.joined(separator: ", ") + "}"
        }
        let fromJSON = try load(try write("forms.jsonl", lines.joined(separator: "\n")))
        #expect(fingerprint(fromCSV) == fingerprint(fromJSON))
        #expect(fromCSV.count == 4)
        // Worked out by hand: q1…q4 and nps of the second form (满意 = 4, ４ = 4, 6 = out of range, 0 = 1 on 0–10).
        #expect((0..<5).map { fromCSV.answer(1, $0) } == [4, 4, 4, 255, 1])
        #expect(fromCSV.records[0].project == fromCSV.records[1].project)
        #expect(fromCSV.records[3].unitKey == UnitKey(project: "翠湖", unit: "2-201").rawValue)
    }

    @Test func aFormWithoutIdIsNamedByItsLine() throws {
        var rows = Self.rows
        rows[1][2] = " "
        let table = try load(try write("forms.csv", csv(rows)))
        #expect(table.string(table.records[1].form) == "forms.csv:3")
        #expect(table.string(table.records[2].form) == "A-3")
    }

    @Test func aBadDateNamesItsColumn() throws {
        var rows = Self.rows
        rows[2][11] = "下周"
        let path = try write("bad.csv", csv(rows))
        let error = #expect(throws: InputError.self) { try load(path) }
        #expect(error?.line == 4)
        #expect(error?.column == 12)
        #expect(error?.message.en == "\"下周\" in column 日期 is not a date; write it as 2026-06-18")
    }

    @Test func planJoinsConsecutiveQuestions() {
        let plan = FormBuilder.RowPlan([
            .closed(1), .closed(2), .form, .ignored, .closed(3), .closed(4), .closed(0), .closed(6), .closed(5),
        ])
        #expect(plan.width == 9)
        #expect(plan.steps.map(\.field) == [0, 2, 4, 6, 7, 8])
        #expect(plan.steps.map(\.count) == [2, 1, 2, 1, 1, 1])
        #expect(plan.steps.map(\.slot) == [.closed(1), .form, .closed(3), .closed(0), .closed(6), .closed(5)])
    }

    @Test func hintsAndReservationsKeepIds() {
        var pool = StringPool()
        let texts = ["住宅", "商铺", "", "住宅", "a", "商铺", "住宅楼", "住"]
        var plain = StringPool()
        var hint: Int32 = 0
        for text in texts {
            let id = Array(text.utf8).withUnsafeBufferPointer { pool.intern(bytes: $0, hint: hint) }
            #expect(id == plain.intern(text))
            hint = id
        }
        pool.reserve(texts: 1000, bytes: 10_000)
        #expect(pool.lookup("住宅") == plain.lookup("住宅"))
        #expect(pool.count == plain.count)
        for i in 0..<600 { _ = pool.intern("t\(i)") }
        #expect(pool.lookup("t599") == Int32(plain.count + 599))
        #expect((0..<pool.count).allSatisfy { pool.lookup(pool[Int32($0)]) == Int32($0) })
    }
}
