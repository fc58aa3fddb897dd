import Testing

@testable import CSatCore

/// Byte search used for masking names and tagging comments: offsets are UTF-8 byte offsets.
struct TextSearchTests {
    @Test func firstOffsetFindsBytesFromAStart() {
        #expect(TextSearch.firstOffset("abcabc", "bc") == 1)
        #expect(TextSearch.firstOffset("abcabc", "bc", from: 2) == 4)
        #expect(TextSearch.firstOffset("abcabc", "bc", from: 5) == nil)
        #expect(TextSearch.firstOffset("abc", "abcd") == nil)
        #expect(TextSearch.firstOffset("abc", "c") == 2)  // at the very end
        #expect(TextSearch.firstOffset("abc", "", from: 1) == 1)
        #expect(TextSearch.firstOffset("电梯坏了,电梯", "电梯", from: 1) == 13)  // 3 bytes a character, the ASCII comma 1
        #expect(TextSearch.firstOffset("aab", "ab") == 1)  // a first-byte hit that fails, then the match
    }

    @Test func everyOccurrenceIsReplaced() {
        #expect(TextSearch.replacingAll("张伟说张伟", "张伟", with: "张*") == "张*说张*")
        #expect(TextSearch.replacingAll("none here", "张伟", with: "张*") == "none here")
    }

    @Test func anyNeedle() {
        var text = "停车位太少"
        text.withUTF8 { bytes in
            #expect(TextSearch.containsAny(bytes, [Array("电梯".utf8), Array("停车".utf8)]))
            #expect(!TextSearch.containsAny(bytes, [Array("电梯".utf8)]))
            #expect(!TextSearch.containsAny(bytes, []))
            #expect(TextSearch.containsAny(bytes, [[]]))  // an empty keyword matches, as before
        }
    }
}
