import Foundation
import Testing

/// docs/ERRORS.md's cases run again in a Chinese run (`CSAT_LANG=zh`): the same files and commands,
/// the message in Chinese from the catalogue. One or more cases of every reader and writer: a
/// workbook, JSON, CSV, files in and out, templates.
@Suite struct CatalogueChineseTests {
    /// Case id → a piece of the Chinese message.
    static let expected: [(String, String)] = [
        ("E1", "export.xlsx: 不是 .xlsx 工作簿（不是 zip 压缩包）；如果它是 CSV 文件，请把扩展名改为 .csv"),
        ("E3", "是旧格式的 Excel 工作簿（.xls 或 WPS 的 .et）"),
        ("E4", "用密码加密了；请在 Excel 或 WPS 中打开，去掉密码"),
        ("E7", "其 XML 声明了 DOCTYPE（实体）"),
        ("E8", "没有工作表\"汇总\"；它的工作表是 \"问卷\"（请写成 forms.xlsx:工作表名）"),
        ("E12", "有一个没有结束的单元格：工作表已损坏"),
        ("E13", "引用了第 5 个共享字符串，而共有 1 个：工作簿已损坏"),
        ("J1", "bad.json:1:1: 文件是空的：这里应是一个 JSON 值"),
        ("J2", "文件是 UTF-16 编码；请另存为 UTF-8 后再试"),
        ("J10", "bad.json:1:15: ']' 前面多了一个逗号"),
        ("J11", "数组元素之后应是 ',' 或 ']'，这里是'{'"),
        ("J15", "对象的键必须放在双引号里"),
        ("J18", "字符串必须放在双引号里，不能用单引号"),
        ("C1", "bad.csv:3:4: 从这里开始的带引号字段一直没有结束"),
        ("F1", "nope.csv: 文件不存在"),
        ("T1", "t.mustache: 没有这个模板文件"),
        ("T2", "未知变量 \"headline.indx\"：\"headline\" 没有 \"indx\"（是不是 \"headline.index\"？）"),
        ("T3", "段落 \"drivers\" 没有结束：请加上 {{/drivers}}"),
        ("T6", "\"drivers\" 是列表，不是文字：请用 {{#drivers}}…{{/drivers}}"),
        ("T13", "t.mustache: 这个模板不是 UTF-8 文本"),
    ]

    static let cases: [(ErrorCase, String)] = expected.map { id, zh in
        let c = ErrorCatalogueTests.all.first { $0.id == id }!
        return (c, zh)
    }

    @Test(arguments: cases.indices)
    func inChinese(_ i: Int) throws {
        var (c, zh) = Self.cases[i]
        c.environment["CSAT_LANG"] = "zh"
        c.message = zh
        try Catalogue.run(c, lang: nil)
    }
}
