import Foundation

/// A small, complete wave that every malformed-input case starts from
/// (docs/ERRORS.md): a definition with two drivers, a roster, a sample list
/// and four forms in CSV, JSON and JSON Lines. A case adds or replaces files.
enum Fixture {
    static let survey = """
        {
          "id": "t", "title": "测试调查", "period": "2026H1", "language": "zh",
          "scales": {
            "five": {"points": 5, "min": 1, "labels": ["非常不满意", "不满意", "一般", "满意", "非常满意"]},
            "ten": {"points": 10, "min": 1}
          },
          "drivers": [
            {"id": "service", "name": "客户服务", "weight": 60},
            {"id": "security", "name": "安全管理", "weight": 40}
          ],
          "questions": [
            {"id": "q1", "text": "前台接待人员的服务态度", "scale": "five", "driver": "service"},
            {"id": "q2", "text": "报修处理的及时性", "scale": "five", "driver": "service"},
            {"id": "q3", "text": "保安巡逻", "scale": "five", "driver": "security"},
            {"id": "overall", "text": "总体满意度", "scale": "ten", "role": "overall"},
            {"id": "c1", "text": "意见和建议", "type": "open"}
          ],
          "validity": {"minAnsweredShare": 0.5, "requireSignature": true, "requirePhone": true},
          "rules": {"minSampleRate": 0.2, "minSampleCount": 2},
          "segments": ["project"],
          "aggregate": "respondents"
        }
        """

    static let header = "form,project,unit,building,surveyor,date,name,phone,signed,q1,q2,q3,overall,c1"
    static let rows = [
        "F1,甲苑,1-101,1号楼,王敏,2026-06-15,张三丰,13800138000,是,5,4,4,9,停车难",
        "F2,甲苑,1-102,1号楼,王敏,2026-06-15,李四海,13900139000,是,4,满意,3,8,",
        "F3,乙苑,2-201,2号楼,李强,2026-06-16,王五洲,021-12345678,是,3,4,5,7,",
        "F4,乙苑,2-202,2号楼,李强,2026-06-16,赵六合,13700137000,,2,2,2,3,电梯坏了",
    ]
    static let forms = ([header] + rows).joined(separator: "\n") + "\n"

    static let formsJSON = """
        [
        {"form": "J1", "project": "甲苑", "unit": "1-103", "phone": "13800138001", "signed": "是", "q1": 5, "q2": "满意", "q3": 4, "overall": 9},
        {"form": "J2", "project": "乙苑", "unit": "2-203", "phone": "13800138002", "signed": "是", "q1": 4, "q2": 4, "q3": 3, "overall": 7}
        ]
        """

    static let formsJSONL = """
        {"form": "L1", "project": "甲苑", "unit": "1-103", "phone": "13800138001", "signed": "是", "q1": 5, "q2": 4, "q3": 4, "overall": 9}
        {"form": "L2", "project": "乙苑", "unit": "2-203", "phone": "13800138002", "signed": "是", "q1": 4, "q2": 4, "q3": 3, "overall": 7}

        """

    static let roster = """
        project,unit,building,vacant
        甲苑,1-101,1号楼,
        甲苑,1-102,1号楼,
        甲苑,1-103,1号楼,
        乙苑,2-201,2号楼,
        乙苑,2-202,2号楼,
        乙苑,2-203,2号楼,1

        """

    static let sample = """
        project,stratum,unit,role,order,replaces,reason
        甲苑,1号楼,1-101,sample,1,,
        甲苑,1号楼,1-102,sample,2,,
        甲苑,1号楼,1-103,reserve,1,,
        乙苑,2号楼,2-201,sample,1,,
        乙苑,2号楼,2-202,sample,2,,

        """

    static let files: [String: String] = [
        "survey.json": survey, "forms.csv": forms, "forms.json": formsJSON, "forms.jsonl": formsJSONL,
        "roster.csv": roster, "sample.csv": sample,
    ]

    /// A scratch folder holding the fixture.
    static func folder(_ name: String) throws -> URL {
        let dir = try CLI.scratch(name)
        for (file, text) in files {
            try Data(text.utf8).write(to: dir.appendingPathComponent(file))
        }
        return dir
    }

    /// The survey with one JSON edit: `replace` a piece of its text.
    static func survey(replacing old: String, with new: String) -> String {
        precondition(survey.contains(old), "fixture survey has no \(old)")
        return survey.replacingOccurrences(of: old, with: new)
    }

    /// The CSV forms with one more column, `value` in every row.
    static func forms(addingColumn name: String, value: String) -> String {
        ([header + "," + name] + rows.map { $0 + "," + value }).joined(separator: "\n") + "\n"
    }

    /// The CSV forms with one edit.
    static func forms(replacing old: String, with new: String) -> String {
        precondition(forms.contains(old), "fixture forms have no \(old)")
        return forms.replacingOccurrences(of: old, with: new)
    }
}
