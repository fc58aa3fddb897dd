import Foundation
import Testing

@testable import CSatCore

/// `csat init --from` (docs/IMPORT.md "Drafting a definition"): the scale of a column from its
/// answers, the option order of a by-number download, and the header's numbers and roles. Every
/// expected value is worked out by hand in the comment beside it.
struct DraftInferenceTests {
    let five = ScaleGuess.Shape(points: 5, labels: ["非常不满意", "不满意", "一般", "满意", "非常满意"])

    @Test func rareIsTwoPercentAndAtLeastOne() {
        // 49 / 50 = 0 → 1; 100 / 50 = 2; 131 / 50 = 2.
        #expect(ScaleGuess.rare(0) == 1)
        #expect(ScaleGuess.rare(49) == 1)
        #expect(ScaleGuess.rare(100) == 2)
        #expect(ScaleGuess.rare(131) == 2)
    }

    @Test func satisfactionWordsWithOneSlipAreFivePoints() {
        // 40 + 30 + 10 + 1 = 81 answered ((跳过) and 不适用 are not); rare(81) = 1, so the one "6" is a slip
        // that stays off the scale. The seven-point vocabulary holds the same words and 6 as a point, but
        // is used no more than the five-point one: the first of equals wins.
        let counts = ["满意": 40, "非常满意": 30, "一般": 10, "(跳过)": 3, "不适用": 2, "6": 1]
        #expect(ScaleGuess.guess(counts) == .scale(five, offScale: ["6": 1]))
    }

    @Test func digitsWithAFewLabelsAreTheLabelledFivePoints() {
        // 翠湖苑's 前台 column: 35 + 32 + 11 digits and 2 + 2 + 1 labels, 83 answered; the five-point labels
        // read the digits 3–5 as points and the three words as 5, 4, 3: nothing is off the scale.
        let counts = ["4": 35, "5": 32, "3": 11, "非常满意": 2, "满意": 2, "一般": 1]
        #expect(ScaleGuess.guess(counts) == .scale(five, offScale: [:]))
        // Digits with a word that is no label: numbers 1–5, the word off the scale (1 of 79 is rare).
        #expect(ScaleGuess.guess(["4": 40, "5": 38, "还行": 1]) == .scale(ScaleGuess.Shape(points: 5), offScale: ["还行": 1]))
    }

    @Test func twoSlipsInAHundredAreStillFivePointsButThreeAreNot() {
        // 98 + 2 = 100 answered, rare = 2: two 不清楚 are off the scale. With three (101 answered, rare 2)
        // no vocabulary holds all but two, and the column is an open question.
        #expect(ScaleGuess.guess(["满意": 98, "不清楚": 2]) == .scale(five, offScale: ["不清楚": 2]))
        #expect(ScaleGuess.guess(["满意": 98, "不清楚": 3]) == .open(.words(["满意", "不清楚"])))
    }

    @Test func sevenPointWordsGiveTheSevenPointScale() {
        // 比较满意 is in the seven-point vocabulary only: 20 answers off the five-point one.
        let counts = ["比较满意": 20, "满意": 10, "非常满意": 5, "一般": 5]
        let seven = ScaleGuess.vocabularies[10]
        #expect(ScaleGuess.guess(counts) == .scale(.init(points: 7, labels: seven), offScale: [:]))
    }

    @Test func aColumnTakesTheVocabularyTheDownloadUses() {
        // 满意 and 一般 are in both 非常…满意 and 很…满意 (vocabularies 0 and 1). Alone, the first wins;
        // when another column answers 很满意, the download uses vocabulary 1 more (5 + 5 + 4 against 5 + 5).
        let column = ["满意": 5, "一般": 5]
        #expect(ScaleGuess.guess(column) == .scale(five, offScale: [:]))
        let use = ScaleGuess.vocabularyUse([column, ["很满意": 4]])
        #expect(use[0] == 10 && use[1] == 14)
        let hen = ScaleGuess.vocabularies[1]
        #expect(ScaleGuess.guess(column, use: use) == .scale(.init(points: 5, labels: hen), offScale: [:]))
    }

    @Test func numbersPickTheSmallestScaleThatHoldsThem() {
        // 1–4 only: five points. One 6 among 60 + 1 answers (rare 1): still five, the 6 off the scale.
        #expect(ScaleGuess.guess(["1": 20, "2": 20, "3": 10, "4": 10]) == .scale(.init(points: 5), offScale: [:]))
        #expect(ScaleGuess.guess(["1": 30, "2": 30, "6": 1]) == .scale(.init(points: 5), offScale: ["6": 1]))
        // Ten 6s among 70 answers (rare 1): not five points; seven holds them all.
        #expect(ScaleGuess.guess(["1": 30, "2": 30, "6": 10]) == .scale(.init(points: 7), offScale: [:]))
        // 4–10: ten points 1–10; a 0 answered makes it 0–10 (eleven points).
        #expect(ScaleGuess.guess(["4": 1, "8": 50, "10": 9]) == .scale(.init(points: 10), offScale: [:]))
        #expect(ScaleGuess.guess(["0": 1, "8": 50, "10": 9]) == .scale(.init(points: 11, min: 0), offScale: [:]))
        // -3 and -2 (skipped, not shown) are not answers; full-width digits are numbers.
        #expect(ScaleGuess.guess(["-3": 10, "-2": 5, "４": 3, "5": 3]) == .scale(.init(points: 5), offScale: [:]))
    }

    @Test func whatIsNotAScale() {
        #expect(ScaleGuess.guess(["0": 30, "1": 20]) == .choice)
        #expect(ScaleGuess.guess(["35": 3, "62": 2, "120": 1]) == .open(.numbers))
        #expect(ScaleGuess.guess(["停车管理": 5, "垃圾清运": 3, "无": 3, "客服": 1]) == .open(.words(["停车管理", "垃圾清运", "无"])))
        #expect(ScaleGuess.guess(["(空)": 100, "": 3, "不适用": 1]) == .empty)
        #expect(ScaleGuess.guess([:], tooMany: true) == .open(.freeText))
    }

    @Test func harmoniseLiftsFivePointsWithSixesWhereTheDownloadHasSeven() {
        var columns: [ScaleGuess.Column] = [
            .scale(.init(points: 7), offScale: [:]), .scale(.init(points: 5), offScale: ["6": 1]),
            .scale(.init(points: 5), offScale: ["9": 1]),
        ]
        ScaleGuess.harmonise(&columns)
        #expect(columns[1] == .scale(.init(points: 7), offScale: [:]))
        #expect(columns[2] == .scale(.init(points: 5), offScale: ["9": 1]))
    }

    @Test func optionOrderFollowsTheOverallScore() {
        // x = 1…10 against y = 11 − x: r = −1, so option 1 goes with the top score: highFirst.
        let x = (1...10).map { Double($0) as Double? }
        let falling = (1...10).map { Double(11 - $0) as Double? }
        let down = OptionOrder.infer(options: x, anchor: falling)
        #expect(down.order == .highFirst && down.forms == 10 && abs(down.r! + 1) < 1e-12)
        #expect(OptionOrder.infer(options: x, anchor: x).order == .lowFirst)
        // Nine forms are too few to decide, whatever r is.
        #expect(OptionOrder.infer(options: Array(x.prefix(9)), anchor: Array(falling.prefix(9))).order == nil)
        // x = 1…5 twice against y = 1,2,1,2,…: the deviations' products sum to 0 in each half, so r = 0.
        let flat = OptionOrder.infer(
            options: [1, 2, 3, 4, 5, 1, 2, 3, 4, 5], anchor: [1, 2, 1, 2, 1, 2, 1, 2, 1, 2])
        #expect(flat.order == nil && abs(flat.r!) < 1e-12)
        // Forms without both answers do not count.
        let partial = OptionOrder.infer(options: x + [nil, 3], anchor: falling + [5, nil])
        #expect(partial.forms == 10)
    }

    @Test func headerCells() {
        #expect(HeaderCell.parse("第14题(前台接待人员的服务态度)") == HeaderCell(number: "14", matrix: true, title: "前台接待人员的服务态度"))
        #expect(HeaderCell.parse("7（小区门禁管理（人员、车辆出入登记））") == HeaderCell(number: "7", matrix: true, title: "小区门禁管理（人员、车辆出入登记）"))
        #expect(HeaderCell.parse("3、房号") == HeaderCell(number: "3", matrix: false, title: "房号"))
        #expect(HeaderCell.parse("3、房号").role == "unit")
        #expect(HeaderCell.parse("Q3.1 保安巡逻") == HeaderCell(number: "3.1", matrix: false, title: "保安巡逻"))
        #expect(HeaderCell.parse("3、题目（其他）").matrix == false)
        #expect(HeaderCell.parse("序号") == HeaderCell(number: nil, matrix: false, title: "序号"))
        #expect(HeaderCell.parse("10、联系电话").role == "phone")
        #expect(HeaderCell.parse("第2题(姓名)").role == nil)
    }

    /// A small by-text download, drafted in process: ids, the matrix driver, roles, the overall question.
    @Test func draftOfASmallDownload() throws {
        var t = DownloadTable(
            path: "/tmp/小区调查_12.csv",
            header: ["序号", "提交答卷时间", "1、项目", "2、房号", "第3题(保安)", "第3题(保洁)", "4、保安", "5、总体满意度", "6、意见"])
        for i in 0..<12 {
            t.add(
                ["\(i + 1)", "2026/12/1\(i % 10) 10:00:00", "甲苑", "1-\(i)", "满意", "非常满意", "一般", "\(8 + i % 3)", "无"],
                dateColumn: 1)
        }
        let d = try DraftDefinition(t)
        #expect(d.id == "小区调查_12" && d.period == "2026H2" && d.language == "zh")
        #expect(d.questions.map(\.id) == ["q3_1", "q3_2", "q4", "q5", "q6"])
        // 保安 is the title of a matrix row and of question 4: both are matched by their whole header.
        #expect(d.questions.map(\.text) == ["第3题(保安)", "保洁", "4、保安", "总体满意度", "意见"])
        #expect(d.drivers.map(\.id) == ["m3", "other"] && d.drivers.map(\.weight) == [2, 1])
        #expect(d.questions[3].overall && d.questions[4].scale == nil)
        #expect(d.columns.map(\.role) == ["form", "project", "unit"] && d.columns[0].header == "序号")
        let survey = try SurveyLoader.load(bytes: Array(try d.text().utf8), file: "draft.json")
        #expect(survey.validity.requireSignature == false && survey.validity.requirePhone == false)
        #expect(survey.overallQuestionIndex == 3)
    }

    @Test func aDownloadWithoutScaleQuestionsIsRefused() {
        var t = DownloadTable(path: "x.csv", header: ["1、项目", "2、房号", "3、意见"])
        t.add(["甲苑", "1-1", "停车难"])
        #expect(throws: InputError.self) { try DraftDefinition(t) }
        #expect(throws: InputError.self) { try DraftDefinition(DownloadTable(path: "x.csv", header: ["1、项目"])) }
    }
}
