import Testing

@testable import CSatCore

/// The terminal table: Chinese characters take two columns, the header is ruled, lines keep no
/// spaces at their end. Expected texts written out by hand.
@Suite struct TextTableTests {
    @Test func chineseTextLinesUp() {
        var t = TextTable(header: ["项目", "份数", "原因"], align: [.left, .right, .left])
        t.add(["锦程花园", "12", "damaged"])
        t.add(["A", "3", ""])
        t.add(["Café", "1234", "同户重复"])
        let want = """
              项目      份数  原因
              --------  ----  --------
              锦程花园    12  damaged
              A            3
              Café      1234  同户重复

            """
        #expect(t.render() == want)
    }

    @Test func widths() {
        #expect(TextTable.width("") == 0)
        #expect(TextTable.width("L001-14") == 7)
        #expect(TextTable.width("Café") == 4)        // é is one scalar below U+0300
        #expect(TextTable.width("e\u{301}") == 1)     // a combining accent takes no column
        #expect(TextTable.width("锦程项目001") == 11)
        #expect(TextTable.width("（第18列：q5）") == 14)  // full-width brackets and colon
        #expect(TextTable.width("😀") == 1)           // outside the wide ranges listed
    }

    @Test func anEmptyTableIsItsHeader() {
        let t = TextTable(header: ["code", "n"], align: [.left, .right])
        #expect(t.render(indent: "") == "code  n\n----  -\n")
    }
}
