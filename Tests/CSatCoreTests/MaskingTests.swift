import Foundation
import Testing

@testable import CSatCore

/// Masking in comments (SPEC.md "Privacy"): the table of docs/SECURITY.md "Masking in
/// comments", case by case, and the table in the docs is this one.
@Suite struct MaskingTests {
    struct Case: CustomStringConvertible {
        var comment: String
        var name = ""
        var phone = ""
        var masked: String
        var description: String { "\(comment.debugDescription) (name \(name), phone \(phone))" }
    }

    /// What is masked.
    static let positive: [Case] = [
        Case(comment: "电话13812345678请回电", masked: "电话138****5678请回电"),
        Case(comment: "call 138 1234 5678", masked: "call 138****5678"),
        Case(comment: "１３８１２３４５６７８", masked: "138****5678"),
        Case(comment: "１３８－１２３４－５６７８", masked: "138****5678"),
        Case(comment: "138.1234.5678", masked: "138****5678"),
        Case(comment: "138，1234，5678", masked: "138****5678"),
        Case(comment: "138/1234/5678", masked: "138****5678"),
        Case(comment: "138_1234_5678", masked: "138****5678"),
        Case(comment: "138、1234、5678", masked: "138****5678"),
        Case(comment: "138  1234  5678", masked: "138****5678"),
        Case(comment: "138 - 1234 - 5678", masked: "138****5678"),
        Case(comment: "1 3 8 1 2 3 4 5 6 7 8", masked: "138****5678"),
        Case(comment: "138\u{200B}1234\u{200B}5678", masked: "138****5678"),
        Case(comment: "一三八一二三四五六七八", masked: "138****5678"),
        Case(comment: "①③⑧①②③④⑤⑥⑦⑧", masked: "138****5678"),
        Case(comment: "❶❸❽ ➀➁➂➃ ➎➏➐➑", masked: "138****5678"),
        Case(comment: "𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖", masked: "138****5678"),
        Case(comment: "138      1234      5678", masked: "138****5678"),
        Case(comment: "电话:+86 138 1234 5678。", masked: "电话:138****5678。"),
        Case(comment: "0086-13812345678", masked: "138****5678"),
        Case(comment: "8613812345678", masked: "138****5678"),
        Case(comment: "房号1203，13812345678", masked: "房号1203，138****5678"),
        Case(comment: "010-62345678", masked: "010-****5678"),
        Case(comment: "0571 8888 8888", masked: "0571-****8888"),
        Case(comment: "(0571)88888888", masked: "0571-****8888"),
        Case(comment: "0571-88888888-123", masked: "0571-****8888-***"),
        Case(comment: "身份证110101199003071234", masked: "身份证110101********1234"),
        Case(comment: "身份证11010119900307123X", masked: "身份证110101********123X"),
        Case(comment: "110101 19900307 1234", masked: "110101********1234"),
        Case(comment: "１１０１０１１９９００３０７１２３４", masked: "110101********1234"),
        Case(comment: "老身份证110101900307123", masked: "老身份证110101*****7123"),
        Case(comment: "邮箱zhangsan@qq.com谢谢", masked: "邮箱z***@***.com谢谢"),
        Case(comment: "ＺＨＡＮＧ＠ＱＱ．ＣＯＭ", masked: "z***@***.com"),
        Case(comment: "123456789@qq.com", masked: "1***@***.com"),
        Case(comment: "zhang.san @ company.com.cn.", masked: "z***@***.cn."),
        Case(comment: "邮箱zhangsan#qq.com", masked: "邮箱z***@***.com"),
        Case(comment: "zhangsan (at) qq [dot] com", masked: "z***@***.com"),
        Case(comment: "zhangsan【at】qq dot com", masked: "z***@***.com"),
        Case(comment: "𝐳𝐡𝐚𝐧𝐠@𝐪𝐪.𝐜𝐨𝐦", masked: "z***@***.com"),
        Case(comment: "微信号zhangsan_88请联系", masked: "微信号z***请联系"),
        Case(comment: "加我微信：wang-li2024", masked: "加我微信：w***"),
        Case(comment: "vx: Li_Ming_1990", masked: "vx: L***"),
        Case(comment: "WeChat ID zhangsan88", masked: "WeChat ID z***"),
        Case(comment: "我的微信是13812345678", masked: "我的微信是138****5678"),
        Case(comment: "我是张伟,3号楼", name: "张伟", masked: "我是张**,3号楼"),
        Case(comment: "我是张 伟", name: "张伟", masked: "我是张**"),
        Case(comment: "我是张　伟", name: "张伟", masked: "我是张**"),
        Case(comment: "我是张·伟", name: "张 伟", masked: "我是张**"),
        Case(comment: "我是王⼤⼭", name: "王大山", masked: "我是王**"),
        Case(comment: "call LI  NA please", name: "Li Na", masked: "call L** please"),
        Case(comment: "打8888.8888找我", phone: "0571-88888888", masked: "打****8888找我"),
        Case(comment: "打0571.8888.8888找我", phone: "0571-88888888", masked: "打0571-****8888找我"),
        Case(comment: "订单号2026061512345678", masked: "订单号202*********5678"),
    ]

    /// What is left as it is: numbers of ordinary comments, and masks already applied.
    static let negative: [Case] = [
        Case(comment: "3号楼2单元1502漏水", masked: "3号楼2单元1502漏水"),
        Case(comment: "2026年6月", masked: "2026年6月"),
        Case(comment: "等了30分钟", masked: "等了30分钟"),
        Case(comment: "物业费123456元", masked: "物业费123456元"),
        Case(comment: "维修基金1,234,567元", masked: "维修基金1,234,567元"),
        Case(comment: "12345.67元", masked: "12345.67元"),
        Case(comment: "2026-06-15 10:30 报修", masked: "2026-06-15 10:30 报修"),
        Case(comment: "2026.6.15", masked: "2026.6.15"),
        Case(comment: "第1、2、3、4、5、6、7条", masked: "第1、2、3、4、5、6、7条"),
        Case(comment: "一直一一回复", masked: "一直一一回复"),
        Case(comment: "@物业 垃圾站", masked: "@物业 垃圾站"),
        Case(comment: "#3号楼 C#课程 问题(at)物业", masked: "#3号楼 C#课程 问题(at)物业"),
        Case(comment: "面积120m²，2³=8", masked: "面积120m²，2³=8"),
        Case(comment: "caroline说", name: "Li Na", masked: "caroline说"),
        Case(comment: "张先生", name: "张伟", masked: "张先生"),
        Case(comment: "138****5678", masked: "138****5678"),
        Case(comment: "z***@***.com", masked: "z***@***.com"),
        Case(comment: "管家从来不回微信, 有事找不到人", masked: "管家从来不回微信, 有事找不到人"),
        Case(comment: "微信支付很方便", masked: "微信支付很方便"),
        Case(comment: "wx abc", masked: "wx abc"),
    ]

    static var all: [Case] { positive + negative }

    @Test(arguments: all) func theTable(_ c: Case) {
        #expect(Masking.mask(c.comment, name: c.name, phone: c.phone) == c.masked)
    }

    /// A masked comment has nothing more to mask: the mask is not itself a match.
    @Test(arguments: all) func maskingTwiceChangesNothing(_ c: Case) {
        #expect(Masking.mask(c.masked, name: c.name, phone: c.phone) == c.masked)
    }

    /// The own name and phone come from the form's fields: no field, no match.
    @Test func ownDataNeedsTheFields() {
        #expect(Masking.mask("打8888.8888找我") == "打8888.8888找我")
        #expect(Masking.mask("我是张 伟") == "我是张 伟")
        #expect(Masking.mask("我是张伟", name: "张") == "我是张伟")  // one character is not looked for
    }

    /// docs/SECURITY.md holds this table, row for row (`\u{…}` there stands for the character).
    @Test func theDocsHoldTheTable() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let doc = try String(contentsOf: root.appendingPathComponent("docs/SECURITY.md"), encoding: .utf8)
        let section = try #require(doc.components(separatedBy: "## Masking in comments").dropFirst().first)
            .components(separatedBy: "\n## ").first!
        var rows: [[String]] = []
        for line in section.split(separator: "\n") where line.hasPrefix("| `") {
            rows.append(line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast().map(Self.cell))
        }
        let expected = Self.all.map { [$0.comment, $0.name, $0.phone, $0.masked] }
        #expect(rows == expected)
    }

    /// A table cell: the text between backticks, `\u{200B}` decoded; an empty cell is "".
    static func cell(_ s: Substring) -> String {
        let t = s.trimmingCharacters(in: .whitespaces)
        guard t.hasPrefix("`"), t.hasSuffix("`"), t.count >= 2 else { return "" }
        var text = String(t.dropFirst().dropLast())
        while let r = text.range(of: #"\\u\{[0-9A-Fa-f]+\}"#, options: .regularExpression) {
            let hex = text[r].dropFirst(3).dropLast()
            text.replaceSubrange(r, with: String(Unicode.Scalar(UInt32(hex, radix: 16)!)!))
        }
        return text
    }
}
