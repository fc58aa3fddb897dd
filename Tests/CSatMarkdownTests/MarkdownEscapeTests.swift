import Testing

@testable import CSatMarkdown

/// Values must read as themselves in a table cell, a paragraph or a list item.
struct MarkdownEscapeTests {
    @Test(arguments: [
        ("前台态度好|赞", "前台态度好\\|赞"),
        ("第一行\n第二行\r\n第三行\r第四行", "第一行<br>第二行<br>第三行<br>第四行"),
        ("<b>强烈</b> & <script>", "&lt;b&gt;强烈&lt;/b&gt; &amp; &lt;script&gt;"),
        ("*车位* _少_ `code` [链接](x) ~~删~~ $5", "\\*车位\\* \\_少\\_ \\`code\\` \\[链接\\](x) \\~\\~删\\~\\~ \\$5"),
        ("a\\b", "a\\\\b"),
        ("# 标题", "\\# 标题"),
        ("- 列表", "\\- 列表"),
        ("1. 第一", "1\\. 第一"),
        ("2026.5 元", "2026.5 元"),
        ("  前后空格  ", "前后空格"),
        ("制表\t符\u{0}", "制表 符"),
        ("程**", "程\\*\\*"),
    ])
    func text(input: String, expected: String) {
        #expect(MarkdownEscape.text(input) == expected)
    }

    @Test func figuresKeepTheirSignsAndEscapeOnlyHTML() {
        #expect(MarkdownEscape.figure("<0.001") == "&lt;0.001")
        #expect(MarkdownEscape.figure("−2.1") == "−2.1")
        #expect(MarkdownEscape.figure("-2.1") == "-2.1")
    }

    @Test func linkTargetsArePercentEncoded() {
        #expect(MarkdownEscape.linkTarget("jincheng-2026H1-drivers.svg") == "jincheng-2026H1-drivers.svg")
        #expect(MarkdownEscape.linkTarget("锦程 (A)-2026H1.svg") == "%E9%94%A6%E7%A8%8B%20%28A%29-2026H1.svg")
    }
}
