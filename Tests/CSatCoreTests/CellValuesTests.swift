import Testing

@testable import CSatCore

/// Cell rules of SPEC.md "Input formats" and "Validity", with cases worked out by hand.
struct CellValuesTests {
    let five = Scale(
        id: "five", points: 5, min: 1, labels: ["非常不满意", "不满意", "一般", "满意", "非常满意"], satisfiedFrom: nil, dissatisfiedTo: nil)
    let eleven = Scale(id: "nps", points: 11, min: 0, labels: nil, satisfiedFrom: nil, dissatisfiedTo: nil)

    @Test func scaleDefaults() {
        #expect(five.satisfiedFrom == 4 && five.dissatisfiedTo == 2)
        #expect(eleven.max == 10 && eleven.satisfiedFrom == 8 && eleven.dissatisfiedTo == 2)
        let seven = Scale(id: "s", points: 7, min: 1, labels: nil, satisfiedFrom: nil, dissatisfiedTo: nil)
        #expect(seven.satisfiedFrom == 6 && seven.dissatisfiedTo == 2)
        let ten = Scale(id: "t", points: 10, min: 1, labels: nil, satisfiedFrom: nil, dissatisfiedTo: nil)
        #expect(ten.satisfiedFrom == 8 && ten.dissatisfiedTo == 3)
        #expect(ten.score(1) == 0 && ten.score(10) == 100 && abs(ten.score(4) - 100.0 / 3.0) < 1e-12)
    }

    @Test func answers() {
        #expect(CellValues.answerCode("4", scale: five) == 4)
        #expect(CellValues.answerCode(" 5 ", scale: five) == 5)
        #expect(CellValues.answerCode("４", scale: five) == 4)  // full-width digit
        #expect(CellValues.answerCode("4.0", scale: five) == 4)
        #expect(CellValues.answerCode("满意", scale: five) == 4)
        #expect(CellValues.answerCode("非常不满意", scale: five) == 1)
        for na in ["", "N/A", "n/a", "不适用", "无法评价", "  "] {
            #expect(CellValues.answerCode(na, scale: five) == AnswerCode.notAnswered, "\(na)")
        }
        for bad in ["6", "0", "4.5", "很好", "-1", "1e1"] {
            #expect(CellValues.answerCode(bad, scale: five) == AnswerCode.outOfRange, "\(bad)")
        }
        #expect(CellValues.answerCode("0", scale: eleven) == 1)
        #expect(CellValues.answerCode("10", scale: eleven) == 11)
        #expect(CellValues.answerCode(number: 3, scale: five) == 3)
        #expect(CellValues.answerCode(number: 3.5, scale: five) == AnswerCode.outOfRange)
        #expect(AnswerCode.value(11, scale: eleven) == 10)
    }

    @Test func flags() {
        for yes in ["1", "true", "YES", "y", "是", "有", "√", "✓", "张伟"] { #expect(CellValues.flag(yes), "\(yes)") }
        for no in ["0", "false", "No", "n", "否", "无", "", " "] { #expect(!CellValues.flag(no), "\(no)") }
    }

    @Test func phones() {
        let valid = [
            "13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678", "8613812345678",
            "021-5555 1234", "0755-12345678", "010-1234567", "０２１５５５５１２３４",
        ]
        for p in valid { #expect(CellValues.phone(p) == .valid, "\(p)") }
        let invalid = [
            "12345", "1381234567", "138123456789", "23812345678", "+86 021 5555 1234", "021-555",
            "phone", "0211234", "8612345",
        ]
        for p in invalid { #expect(CellValues.phone(p) == .invalid, "\(p)") }
        #expect(CellValues.phone("  ") == .missing)
    }

    @Test func dates() {
        #expect(CellValues.date("2026-06-18") == 20260618)
        #expect(CellValues.date("2026/6/8") == 20260608)
        #expect(CellValues.date("2026.6.18 14:30") == 20260618)
        #expect(CellValues.date("2026年6月18日") == 20260618)
        #expect(CellValues.date("20260618") == 20260618)
        #expect(CellValues.date("46191") == 20260618)  // Excel serial, checked with Python's datetime
        #expect(CellValues.date("45000") == 20230315)
        #expect(CellValues.date("") == 0)
        #expect(CellValues.date("2026-02-30") == nil)
        #expect(CellValues.date("June 18") == nil)
        #expect(CellValues.formatDate(20260608) == "2026-06-08")
    }

    @Test func sampleSizeUsesTheExactCeiling() {
        // Worked out with Python's fractions: ceil(Fraction("0.07") * 100) == 7.
        #expect(SampleSize.required(population: 100, rate: 0.07, minCount: 5) == 7)
        #expect(SampleSize.required(population: 100, rate: 0.07, minCount: 20) == 20)
        #expect(SampleSize.required(population: 5, rate: 0.2, minCount: 20) == 5)
        #expect(SampleSize.required(population: 20, rate: 0.2, minCount: 20) == 20)
        #expect(SampleSize.required(population: 21, rate: 0.2, minCount: 20) == 20)
        #expect(SampleSize.required(population: 101, rate: 0.2, minCount: 20) == 21)
        #expect(SampleSize.required(population: 300, rate: 0.33, minCount: 20) == 99)
        #expect(SampleSize.required(population: 1000, rate: 1, minCount: 20) == 1000)
        #expect(SampleSize.exactCeiling(rate: 1e-3, times: 1500) == 2)
    }

    @Test func questionNumbers() {
        #expect(ColumnMapping.stripQuestionNumber("3、前台接待人员的服务态度") == "前台接待人员的服务态度")
        #expect(ColumnMapping.stripQuestionNumber("Q3. 前台") == "前台")
        #expect(ColumnMapping.stripQuestionNumber("Q12：前台") == "前台")
        #expect(ColumnMapping.stripQuestionNumber("12.前台") == "前台")
        #expect(ColumnMapping.stripQuestionNumber("3.1 前台") == "前台")
        // A title that carries its own number, numbered again by 问卷星: stripped once, then once more.
        #expect(ColumnMapping.stripQuestionNumber("14、3、前台") == "3、前台")
        #expect(ColumnMapping.stripQuestionNumber("第14题(3、前台)") == "3、前台")
        #expect(ColumnMapping.stripQuestionNumber("第3题 前台") == "前台")
        #expect(ColumnMapping.stripQuestionNumber("(3) 前台") == "前台")
        #expect(ColumnMapping.stripQuestionNumber("5、小区门禁管理（人员、车辆出入登记）") == "小区门禁管理（人员、车辆出入登记）")
        #expect(ColumnMapping.stripQuestionNumber("３．总体而言，您是否满意？") == "总体而言，您是否满意？")
        #expect(ColumnMapping.stripQuestionNumber("3号楼") == "3号楼")
        #expect(ColumnMapping.stripQuestionNumber("2026年") == "2026年")
    }
}
