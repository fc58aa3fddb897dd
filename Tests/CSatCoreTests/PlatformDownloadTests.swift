import Foundation
import Testing

@testable import CSatCore

/// SPEC.md "Platform downloads as they are": 问卷星 (wjx) downloads by option text and by option
/// number, read without editing. Every expected value here is worked out by hand.
struct PlatformDownloadTests {
    let five = Scale(
        id: "five", points: 5, min: 1, labels: ["非常不满意", "不满意", "一般", "满意", "非常满意"], satisfiedFrom: nil, dissatisfiedTo: nil)
    let fiveHigh = Scale(
        id: "fiveHigh", points: 5, min: 1, labels: ["非常不满意", "不满意", "一般", "满意", "非常满意"], satisfiedFrom: nil,
        dissatisfiedTo: nil, labelsOrder: .highFirst)
    let eleven = Scale(id: "nps", points: 11, min: 0, labels: nil, satisfiedFrom: nil, dissatisfiedTo: nil)
    let elevenHigh = Scale(
        id: "npsHigh", points: 11, min: 0, labels: nil, satisfiedFrom: nil, dissatisfiedTo: nil, labelsOrder: .highFirst)

    func bytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        Array(s.utf8).withUnsafeBufferPointer(body)
    }

    // MARK: 1. skip markers

    @Test func skipMarkersAreNotAnsweredNeverOutOfRange() {
        for marker in ["(跳过)", "（跳过）", "(空)", "（空）", "-3", "-2", " (跳过) "] {
            for scale in [five, fiveHigh, eleven, elevenHigh] {
                #expect(CellValues.answerCode(marker, scale: scale) == AnswerCode.notAnswered, "\(marker) on \(scale.id)")
                let byBytes = bytes(marker) {
                    ByteText.answerCode(ByteText.trim($0), scale: scale)
                        ?? CellValues.answerCode(String(decoding: $0, as: UTF8.self), scale: scale)
                }
                #expect(byBytes == AnswerCode.notAnswered, "\(marker) on \(scale.id), bytes")
            }
        }
        // JSON numbers: -3 and -2 are not answered; -1 is off the scale (not a marker).
        #expect(CellValues.answerCode(number: -3, scale: eleven) == AnswerCode.notAnswered)
        #expect(CellValues.answerCode(number: -2, scale: five) == AnswerCode.notAnswered)
        #expect(CellValues.answerCode(number: -1, scale: eleven) == AnswerCode.outOfRange)
        #expect(bytes("-1") { ByteText.answerCode($0, scale: eleven) } == nil)  // the String rule: out of range
        #expect(CellValues.answerCode("-1", scale: eleven) == AnswerCode.outOfRange)
        #expect(CellValues.answerCode("-4", scale: five) == AnswerCode.outOfRange)
    }

    @Test func skipMarkersAreEmptyInFlagsPhonesAndDates() {
        for marker in ["(跳过)", "（跳过）", "(空)", "（空）", "-3", "-2"] {
            #expect(!CellValues.flag(marker), "\(marker)")
            #expect(bytes(marker) { ByteText.flag(ByteText.trim($0)) } == false, "\(marker)")
            #expect(CellValues.phone(marker) == .missing, "\(marker)")
            #expect((bytes(marker) { ByteText.phone($0) } ?? CellValues.phone(marker)) == .missing, "\(marker)")
            #expect(CellValues.date(marker) == 0, "\(marker)")
        }
        // Text that merely starts like a marker is not one.
        #expect(CellValues.flag("(已签)"))
        #expect(CellValues.phone("-13812345678") == .valid)
    }

    @Test func submissionTimesAreDates() {
        #expect(CellValues.date("2026/6/18 10:23:11") == 20_260_618)
        #expect(CellValues.date("2026-06-18 10:23:11") == 20_260_618)
        #expect(bytes("2026-06-18 10:23:11") { ByteText.isoDate($0) } == 20_260_618)
        #expect(bytes("2026/06/18 10:23:11") { ByteText.isoDate($0) } == 20_260_618)
        // 问卷星's own shape, month and day without their zeros: read on the byte path too.
        #expect(bytes("2026/6/18 10:23:11") { ByteText.isoDate($0) } == 20_260_618)
        #expect(bytes("2026/6/8 8:00:03") { ByteText.isoDate($0) } == 20_260_608)
        #expect(bytes("2026-6/18") { ByteText.isoDate($0) } == nil)  // mixed separators: the String rule reads it
        #expect(bytes("2026/13/1") { ByteText.isoDate($0) } == nil)
        #expect(bytes("2026/2/30") { ByteText.isoDate($0) } == nil)
        #expect(bytes("2026-06-18x") { ByteText.isoDate($0) } == nil)
    }

    // MARK: 3. option numbers

    @Test func highFirstCountsOptionsFromTheTop() {
        // Five points listed 非常满意 first: option 1 = point 5, option 5 = point 1 (codes are point − min + 1).
        #expect(CellValues.answerCode("1", scale: fiveHigh) == 5)
        #expect(CellValues.answerCode("2", scale: fiveHigh) == 4)
        #expect(CellValues.answerCode("5", scale: fiveHigh) == 1)
        #expect(CellValues.answerCode("６", scale: fiveHigh) == AnswerCode.outOfRange)
        #expect(CellValues.answerCode(number: 2, scale: fiveHigh) == 4)
        // Labels stay lowest first whatever the order of the options.
        #expect(CellValues.answerCode("满意", scale: fiveHigh) == 4)
        #expect(CellValues.answerCode("非常满意", scale: fiveHigh) == 5)
        // 0–10 listed 10 first: x = 0 is point 10 (code 11), x = 10 is point 0 (code 1), x = 3 is point 7 (code 8).
        #expect(CellValues.answerCode("0", scale: elevenHigh) == 11)
        #expect(CellValues.answerCode("10", scale: elevenHigh) == 1)
        #expect(CellValues.answerCode("3", scale: elevenHigh) == 8)
        for text in ["0", "1", "3", "5", "9", "10", "11", "6"] {
            for scale in [five, fiveHigh, eleven, elevenHigh] {
                let byBytes = bytes(text) {
                    ByteText.answerCode($0, min: scale.min, max: scale.max, highFirst: scale.labelsOrder == .highFirst)
                }
                #expect(byBytes == CellValues.answerCode(text, scale: scale), "\(text) on \(scale.id)")
            }
        }
    }

    @Test func labelsOrderIsCheckedInTheDefinition() throws {
        func load(_ order: String) throws(InputError) -> Survey {
            try SurveyLoader.load(
                bytes: Array(
                    """
                    {"id": "t", "period": "p", "scales": {"five": {"points": 5, "labelsOrder": \(order)}},
                     "drivers": [{"id": "d", "weight": 1}], "questions": [{"id": "q1", "scale": "five", "driver": "d"}]}
                    """.utf8), file: "s.json")
        }
        #expect(try load("\"highFirst\"").scales[0].labelsOrder == .highFirst)
        #expect(try load("\"lowFirst\"").scales[0].labelsOrder == .lowFirst)
        #expect(throws: InputError.self) { try load("\"high\"") }
        do {
            _ = try load("\"descending\"")
        } catch {
            #expect(error.path == "$.scales.five.labelsOrder")
            #expect(error.message.en.contains("must be \"lowFirst\""))
        }
        do {
            _ = try load("1")
        } catch {
            #expect(error.path == "$.scales.five.labelsOrder")
        }
    }

    // MARK: 2. headers

    @Test func wjxHeadersAreMatched() {
        let cases: [(String, String)] = [
            ("3、前台接待人员的服务态度", "前台接待人员的服务态度"),
            ("3.前台接待人员的服务态度", "前台接待人员的服务态度"),
            ("3. 前台接待人员的服务态度", "前台接待人员的服务态度"),
            ("第7题(前台接待人员的服务态度)", "前台接待人员的服务态度"),
            ("第7题（前台接待人员的服务态度）", "前台接待人员的服务态度"),
            ("7(前台接待人员的服务态度)", "前台接待人员的服务态度"),
            ("7（前台接待人员的服务态度）", "前台接待人员的服务态度"),
            ("第5题(小区门禁管理（人员、车辆出入登记）)", "小区门禁管理（人员、车辆出入登记）"),
            ("(3) 前台", "前台"),
            ("3、小区门禁管理（人员、车辆出入登记）", "小区门禁管理（人员、车辆出入登记）"),
        ]
        for (header, rest) in cases {
            #expect(ColumnMapping.stripQuestionNumber(header) == rest, "\(header)")
        }
        // Not a question number: left as it is.
        for header in ["(空)", "前台(1)", "第一题", "7()"] {
            #expect(ColumnMapping.stripQuestionNumber(header) == header, "\(header)")
        }
    }

    static let survey = """
        {"id": "t", "period": "2026H1",
         "scales": {"five": {"points": 5, "labels": ["非常不满意", "不满意", "一般", "满意", "非常满意"]},
                    "fiveHigh": {"points": 5, "labelsOrder": "highFirst"}},
         "drivers": [{"id": "a", "weight": 1}],
         "questions": [
           {"id": "q1", "text": "前台接待人员的服务态度", "scale": "five", "driver": "a"},
           {"id": "q2", "text": "报修处理的及时性", "scale": "fiveHigh", "driver": "a"},
           {"id": "c1", "text": "您最希望改进哪些方面", "type": "open"}],
         "columns": {"project": "项目", "unit": "房号", "phone": "电话"},
         "validity": {"requireSignature": false, "minAnsweredShare": 0.5}}
        """

    func load(_ csv: String, survey: String = Self.survey, name: String = "wjx.csv") throws(InputError) -> FormTable {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csat-wjx-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        FileManager.default.createFile(atPath: path, contents: Data(csv.utf8))
        let s = try SurveyLoader.load(bytes: Array(survey.utf8), file: "s.json")
        return try FormImporter.load(survey: s, paths: [path])
    }

    @Test func aByTextDownloadReadsAsItIs() throws {
        let t = try load(
            """
            序号,提交答卷时间,所用时间,来源,来源详情,来自IP,总分,项目,房号,电话,1、前台接待人员的服务态度,2、报修处理的及时性,3、您最希望改进哪些方面
            1,2026/6/18 10:23:11,120秒,手机提交,直接访问,10.0.0.1(上海),0,锦程花园,1-101,13812345678,满意,(跳过),停车┋绿化
            2,2026-06-19 09:00:00,95秒,微信,N/A,10.0.0.2(上海),0,锦程花园,1-102,(跳过),(跳过),1,(跳过)
            3,2026/6/20 8:01:02,60秒,微信,N/A,10.0.0.3,0,锦程花园,1-103,1.39123E+10,6,5,(空)

            """)
        #expect(t.count == 3)
        // Meta columns are known: nothing reported as unknown; 序号 is no form id (file:line instead).
        #expect(!t.warnings.contains { $0.en.contains("ignored") }, "\(t.warnings)")
        #expect(t.string(t.records[0].form) == "wjx.csv:2")
        // 提交答卷时间 is the date when no other column holds it.
        #expect(t.records.map(\.date) == [20_260_618, 20_260_619, 20_260_620])
        // Answers: q1 on labels; q2 highFirst (1 → point 5, code 5; 5 → point 1, code 1).
        #expect((0..<3).map { t.answer($0, 0) } == [4, AnswerCode.notAnswered, AnswerCode.outOfRange])
        #expect((0..<3).map { t.answer($0, 1) } == [AnswerCode.notAnswered, 5, 1])
        // Open answers: ┋ becomes ；, skip markers are empty.
        #expect(t.comments.map(\.text) == ["停车；绿化"])
        // A skipped phone is missing, an E-notation one invalid, with one warning for the column.
        #expect(!t.records[1].flags.contains(.phonePresent))
        #expect(t.records[2].flags.contains(.phonePresent) && !t.records[2].flags.contains(.phoneValid))
        #expect(
            t.warnings.contains {
                $0.en.contains("1 phone in column 电话 is written like 1.39123E+10: Excel turned it into a number and lost digits")
            }, "\(t.warnings)")
        // The off-scale 6 is recorded with its column: 11th column, header 1、前台….
        #expect(t.offScale.count == 1)
        let off = t.offScale[0]
        #expect(off.form == 2 && off.question == 0 && off.column == 10 && t.string(off.value) == "6")
        #expect(t.header(ofColumn: off.column, form: 2) == "1、前台接待人员的服务态度")
        #expect(Array(t.offScaleAnswers(of: 2)).count == 1 && t.offScaleAnswers(of: 1).isEmpty)
    }

    @Test func aMatrixDownloadAndAChoiceListInAClosedQuestion() throws {
        let t = try load(
            """
            序号,项目,房号,电话,第1题(前台接待人员的服务态度),第1题(报修处理的及时性),2(您最希望改进哪些方面)
            1,锦程花园,1-101,13812345678,4,2,-3
            2,锦程花园,1-102,13812345679,4┋5,-2,绿化

            """)
        #expect(t.missingQuestions == [[]])
        #expect((0..<2).map { t.answer($0, 0) } == [4, AnswerCode.outOfRange])
        #expect((0..<2).map { t.answer($0, 1) } == [4, AnswerCode.notAnswered])  // 2 on highFirst = point 4
        #expect(t.comments.map(\.text) == ["绿化"])
        #expect(t.offScale.count == 1 && t.string(t.offScale[0].value) == "4┋5" && t.offScale[0].column == 4)
    }

    @Test func aDateColumnInTheFileWinsOverTheSubmissionTime() throws {
        let t = try load(
            """
            提交答卷时间,日期,项目,房号,电话,q1,q2
            2026/6/18 10:23:11,2026-06-10,甲,1,13812345678,4,4

            """, survey: Self.survey.replacingOccurrences(of: "\"phone\": \"电话\"", with: "\"phone\": \"电话\", \"date\": \"日期\""))
        #expect(t.records[0].date == 20_260_610)
    }

    @Test func jsonOffScaleAnswersNameTheKey() throws {
        let t = try load(
            #"[{"项目": "甲", "房号": "1", "电话": "13812345678", "q1": 7, "q2": "-3"}]"#, name: "f.json")
        #expect(t.answer(0, 0) == AnswerCode.outOfRange && t.answer(0, 1) == AnswerCode.notAnswered)
        #expect(t.offScale.count == 1 && t.string(t.offScale[0].value) == "7")
        #expect(t.header(ofColumn: t.offScale[0].column, form: 0) == "q1")
    }

    @Test func offScaleDetailsAreCapped() throws {
        let survey = try SurveyLoader.load(bytes: Array(Self.survey.utf8), file: "s.json")
        var t = FormTable(survey: survey)
        t.offScaleKept = 2
        for f in 0..<3 { t.noteOffScale(form: f, question: 0, column: 4, value: "很好") }
        #expect(t.offScale.map(\.form) == [0, 1] && t.offScaleNotKept == 1)
        #expect(t.offScale.allSatisfy { t.string($0.value) == "很好" })
    }

    // MARK: 6, 7. missing columns and questions

    @Test func anExplicitlyMappedColumnMustBeThere() {
        do {
            _ = try load("项目,房号,联系电话,q1,q2\n甲,1,13812345678,4,4\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 1)
            #expect(
                error.message.en
                    == "no column \"电话\" for phone, which \"columns\" in the survey definition maps to it (did you mean \"联系电话\"?); rename the header in the file, or correct the mapping",
                "\(error.message.en)")
        }
        do {
            _ = try load(
                "项目,房号,电话,q1,q2\n甲,1,13812345678,4,4\n",
                survey: Self.survey.replacingOccurrences(
                    of: "\"phone\": \"电话\"", with: "\"phone\": \"电话\", \"surveyor\": \"调查员\""))
            Issue.record("expected an error")
        } catch {
            #expect(
                error.message.en
                    == "no column \"调查员\" for surveyor, which \"columns\" in the survey definition maps to it; rename the header in the file, or correct the mapping (or remove it: surveyor is optional)",
                "\(error.message.en)")
        }
    }

    @Test func noQuestionColumnsNamesTheNearestHeaders() {
        do {
            _ = try load("项目,房号,电话,3、前台接待人员的服务太度,4、报修处理的及时\n甲,1,13812345678,4,4\n")
            Issue.record("expected an error")
        } catch {
            #expect(
                error.message.en.hasPrefix(
                    "none of the survey's questions has a column in this file; nearest: \"3、前台接待人员的服务太度\" for q1 (前台接待人员的服务态度), \"4、报修处理的及时\" for q2 (报修处理的及时性), …"
                ), "\(error.message.en)")
        }
    }

    @Test func aMissingQuestionWarnsWithTheNearestHeader() throws {
        let t = try load("项目,房号,电话,q1,2、报修处理的及时\n甲,1,13812345678,4,4\n")
        #expect(t.missingQuestions == [["q2"]])
        #expect(
            t.warnings.contains {
                $0.en.hasSuffix("questions with no column, counted as not answered: q2 (did you mean \"2、报修处理的及时\"?)")
            }, "\(t.warnings)")
    }

    // MARK: 8. E-notation

    @Test func eNotationShapes() {
        for s in ["1.39123E+10", "1.39E+10", "2E+11", "1.5e10", "13912345678E+0"] {
            #expect(CellValues.looksLikeENotation(s), "\(s)")
            #expect(CellValues.phone(s) == .invalid, "\(s)")
        }
        for s in ["13912345678", "E+10", "1.E+10", "1.3E+", "1.3E-10x", "A-0012", ""] {
            #expect(!CellValues.looksLikeENotation(s), "\(s)")
        }
    }

    @Test func eNotationFormIdsWarnOncePerFile() throws {
        let t = try load(
            "问卷编号,项目,房号,电话,q1,q2\n2.02606E+11,甲,1,13812345678,4,4\n2.02606E+11,甲,2,13812345679,4,4\n",
            survey: Self.survey.replacingOccurrences(of: "\"project\": \"项目\"", with: "\"form\": \"问卷编号\", \"project\": \"项目\""))
        let w = t.warnings.filter {
            $0.en.contains("2 form ids in column 问卷编号 are written like 2.02606E+11: Excel turned them into numbers and lost digits")
        }
        #expect(w.count == 1, "\(t.warnings)")
    }
}
