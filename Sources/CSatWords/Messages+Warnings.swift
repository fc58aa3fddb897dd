/// Warnings: what csat noticed in files that still read, shown by `check`, on the Method sheet, in
/// the Markdown report and on standard error. Each names the file and says what to do.
extension Message {
    /// Where a file's over-long cells were cut (the CSV reader's fields, a JSON file's values).
    public enum CutCells: Sendable {
        case csvField, jsonValue
    }

    /// Cells longer than a spreadsheet cell holds (32,767 characters) were kept only up to that length.
    package static func cellsCut(_ path: String, _ kind: CutCells, places: [Message], count: Int) -> Message {
        let more = count > places.count ? ", …" : ""
        let what = kind == .csvField ? ("field", "字段") : ("value", "值")
        let limit = count == 1 ? "a \(what.0) is" : "\(count) \(what.0)s are"
        let whose = count == 1 ? "its" : "each one's"
        let hint: (zh: String, en: String) =
            kind == .csvField
            ? ("是不是有引号没有结束，或者把日志贴进了答案？", "is a quote never closed, or a log pasted into an answer?")
            : ("这真是问卷上的答案吗？", "is it the answer the form holds?")
        return Message(
            zh: "\(path)：有 \(count) 个\(what.1)超过一个单元格能容纳的长度：\(places.map(\.zh).joined(separator: "；"))\(more)。"
                + "csat 只保留\(count == 1 ? "它" : "每个")的前 32,767 个字符（Excel 单元格的上限）；\(hint.zh)",
            en: "\(path): \(limit) longer than a spreadsheet cell holds: \(places.map(\.en).joined(separator: "; "))\(more). "
                + "csat keeps \(whose) first 32,767 characters (Excel's limit for a cell); \(hint.en)")
    }

    /// Where a cut CSV field is: `line 12, field 3 (1.2 MB)`.
    package static func csvPlace(line: Int, field: Int, size: String) -> Message {
        Message(zh: "第 \(line) 行第 \(field) 个字段（\(size)）", en: "line \(line), field \(field) (\(size))")
    }

    /// Formula cells without a saved value, read as empty (a workbook written by a program that does not compute).
    package static func uncachedFormulas(_ path: String, sheet: String, count n: Int, first: String) -> Message {
        Message(
            zh: "\(path)[\(sheet)]：\(n) 个公式单元格没有保存计算结果（第一个：\(first)），按空值读取；"
                + "生成这个文件的程序不计算公式：请用 Excel 或 WPS 打开后再保存一次",
            en: "\(path)[\(sheet)]: \(n) formula cell\(n == 1 ? " has" : "s have") no saved value (first: \(first)) and \(n == 1 ? "is" : "are") read as empty; the program that wrote the file does not compute formulas: open it in Excel or WPS and save it again"
        )
    }

    /// Columns of a response file that the definition does not know.
    package static func unknownColumns(_ path: String, _ names: [String]) -> Message {
        let list = names.joined(separator: ", ")
        return Message(
            zh: "\(path)：这些列不在问卷定义中，已忽略：\(list)",
            en: "\(path): columns not in the survey definition, ignored: \(list)")
    }

    /// A question without a column: `q3 (did you mean "3、保洁"?)`.
    package static func questionNamed(_ id: String, nearest: String?) -> Message {
        guard let nearest else { return .verbatim(id) }
        return Message(zh: "\(id)（是不是指 \"\(nearest)\"？）", en: "\(id) (did you mean \"\(nearest)\"?)")
    }

    /// Questions of the definition that a response file has no column for.
    package static func questionsWithoutColumn(_ path: String, _ named: [Message]) -> Message {
        Message(
            zh: "\(path)：这些题目没有对应的列，按未作答计：\(named.map(\.zh).joined(separator: "，"))",
            en: "\(path): questions with no column, counted as not answered: \(named.map(\.en).joined(separator: ", "))")
    }

    /// Phones that Excel turned into numbers (1.39E+10), losing digits.
    package static func phonesAsNumbers(_ path: String, count n: Int, column: String, example: String) -> Message {
        Message(
            zh: "\(path)：\(column) 列有 \(n) 个电话写成了 \(example) 这样：\(excelDigitsZH)（这样的电话算作联系电话无效）",
            en: "\(path): \(n) phone\(n == 1 ? "" : "s") in column \(column) \(n == 1 ? "is" : "are") written like \(example): \(excelDigitsEN(n)) (such a phone is invalid_phone)"
        )
    }

    /// Form ids that Excel turned into numbers.
    package static func formIDsAsNumbers(_ path: String, count n: Int, column: String, example: String) -> Message {
        Message(
            zh: "\(path)：\(column) 列有 \(n) 个问卷编号写成了 \(example) 这样：\(excelDigitsZH)",
            en: "\(path): \(n) form id\(n == 1 ? "" : "s") in column \(column) \(n == 1 ? "is" : "are") written like \(example): \(excelDigitsEN(n))"
        )
    }

    private static let excelDigitsZH = "Excel 把它们变成了数字并丢了位数；请把该列设为文本格式（或把下载导出为文本），再重新录入或导出"

    private static func excelDigitsEN(_ n: Int) -> String {
        "Excel turned \(n == 1 ? "it into a number" : "them into numbers") and lost digits; format the column as Text (or export the download as text) and type or export \(n == 1 ? "it" : "them") again"
    }

    /// Units that are unknown only because Excel dropped leading zeros on one side.
    package static func leadingZeros(
        file: String, count: Int, form: String, roster: String, rosterHasZeros: Bool
    ) -> Message {
        let pair = "(\(form) ↔ \(roster))"
        let (forms, verb, units) = count == 1 ? ("1 form", "names", "a unit") : ("\(count) forms", "name", "units")
        if rosterHasZeros {
            return Message(
                zh: "\(file) 中有 \(count) 份问卷的房号在花名册里带前导零 \(pair)：Excel 会去掉前导零；请把房号列设为文本格式后重新导出",
                en: "\(forms) in \(file) \(verb) \(units) that the roster has with leading zeros \(pair): Excel drops leading zeros; format the unit column as Text and export again"
            )
        }
        return Message(
            zh: "\(file) 中有 \(count) 份问卷的房号在花名册里没有前导零 \(pair)：Excel 会去掉前导零；请把花名册的房号列设为文本格式后重新导出",
            en: "\(forms) in \(file) \(verb) \(units) that the roster has without their leading zeros \(pair): Excel drops leading zeros; format the roster's unit column as Text and export it again"
        )
    }

    /// A project of the roster or sample list with no form back.
    package static func noFormsReturned(project: String) -> Message {
        Message(zh: "项目 \(project)：没有回收到问卷", en: "project \(project): no forms were returned")
    }

    /// A project whose every form is invalid.
    package static func noValidForms(project: String, returned: Int) -> Message {
        Message(
            zh: "项目 \(project)：回收的 \(returned) 份问卷全部无效，因此没有该项目的指标",
            en: "project \(project): none of its \(returned) forms is valid, so it has no figures")
    }

    /// More off-scale answers than the lists keep.
    package static func offScaleNotListed(total: Int, listed: Int) -> Message {
        Message(
            zh: "共有 \(total) 个答案超出量表；清单只列出前 \(listed) 个的值和所在列（其余问卷同样无效）：问卷定义的量表或标签与问卷一致吗？",
            en: "\(total) answers are off their scale; the lists show the value and column of the first \(listed) only (the forms are invalid all the same): is the definition's scale or its labels the questionnaire's?"
        )
    }

    /// Response files with only a header.
    package static let noFormsRead = Message(
        zh: "没有读到任何问卷：问卷数据文件只有表头（或是空列表）",
        en: "no forms were read: the response files hold only a header (or an empty list)")

    /// Form ids that appear on more than one form (the first ten).
    package static func repeatedFormIDs(_ ids: [String], more: Int) -> Message {
        let shown = ids.joined(separator: ", ")
        return Message(
            zh: "问卷编号重复使用：\(shown)\(more > 0 ? " 等，另有 \(more) 个" : "")",
            en: "form ids used more than once: \(shown)\(more > 0 ? " and \(more) more" : "")")
    }

    /// `--strict` and questions with no column in some file.
    package static func strictMissingQuestions(_ list: [(file: String, questions: [String])]) -> Message {
        let zh = list.map { "\($0.file)（\($0.questions.joined(separator: ", "))）" }.joined(separator: "，")
        let en = list.map { "\($0.file) (\($0.questions.joined(separator: ", ")))" }.joined(separator: ", ")
        return Message(
            zh: "--strict：这些题目没有对应的列，按未作答计：\(zh)；请把每道题映射到它的列（见提示），或去掉 --strict 再运行",
            en: "--strict: questions with no column, counted as not answered: \(en); map each question to its column (see the warnings) or run without --strict"
        )
    }

    /// A project of the roster with no household left to sample.
    package static func noEligibleHousehold(project: String, listed: Int, vacant: Int, excluded: Int) -> Message {
        Message(
            zh: "\(project)：没有可抽样的住户（名单 \(listed) 户，空置 \(vacant) 户，排除 \(excluded) 户）；无从抽样",
            en: "\(project): no eligible household (listed \(listed), vacant \(vacant), excluded \(excluded)); nothing to sample")
    }

    /// Households included with certainty exceed the sample size.
    package static func certaintyExceedsSample(project: String, certainty: Int, required: Int) -> Message {
        Message(
            zh: "\(project)：必调的 \(certainty) 户超过了样本量 n = \(required)；样本就是这些住户，不再随机抽取",
            en: "\(project): the \(certainty) included households exceed n = \(required); the sample is exactly them and nothing is drawn at random"
        )
    }

    /// Strata that get no household: `A区 (N=3)`.
    package static func emptyStrata(
        project: String, strata: [(name: String, eligible: Int)], sampled: Int, strataCount: Int
    ) -> Message {
        let zhNames = strata.map { "\($0.name.isEmpty ? "（空白）" : $0.name)（N=\($0.eligible)）" }.joined(separator: "，")
        let enNames = strata.map { "\($0.name.isEmpty ? "(blank)" : $0.name) (N=\($0.eligible))" }.joined(separator: ", ")
        let fewer = sampled < strataCount
        return Message(
            zh: "\(project)：\(strata.count) 个分层太小，样本中没有代表——\(zhNames)："
                + (fewer ? "样本量 n = \(sampled) 少于分层数 \(strataCount)" : "必调住户占用了它应得的名额"),
            en: "\(project): \(strata.count) stratum(s) too small to be represented — \(enNames): "
                + (fewer ? "n = \(sampled) is less than the \(strataCount) strata" : "the included households take the units it would get")
        )
    }
}
