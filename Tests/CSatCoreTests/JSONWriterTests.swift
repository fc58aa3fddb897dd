import Testing

@testable import CSatCore

/// `JSONWriter`'s text, written out by hand: the layout `csat score --json` and `csat check --json`
/// print, the escapes, and a document far larger than the writer's first buffer.
@Suite struct JSONWriterTests {
    @Test func layoutIndentsNestedValuesAndKeepsNumberArraysOnOneLine() {
        let value = JSONValue.obj([
            ("a", .int(1)), ("ci", .array([.num(0.5), .num(2)])), ("empty", .array([])), ("none", .obj([])),
            ("list", .array([.obj([("k", .string("v"))]), .null, .bool(true)])),
        ])
        let expected = """
            {
              "a": 1,
              "ci": [0.5, 2],
              "empty": [],
              "none": {},
              "list": [
                {
                  "k": "v"
                },
                null,
                true
              ]
            }

            """
        #expect(JSONWriter.write(value) == expected)
        #expect(JSONWriter.write(value, indent: false) == #"{"a":1,"ci":[0.5, 2],"empty":[],"none":{},"list":[{"k":"v"},null,true]}"#)
        #expect(JSONWriter.utf8(value) == Array(expected.utf8))
    }

    @Test func escapesQuotesBackslashesAndControlCharactersOnly() {
        let text = "a\"b\\c\nd\re\tf\u{1}\u{1F}\u{7F}中文\u{85}é"
        // DEL and C0 as \u00XX in capitals; C1 (U+0085), Chinese and é pass through as UTF-8.
        #expect(JSONWriter.write(.string(text), indent: false) == "\"a\\\"b\\\\c\\nd\\re\\tf\\u0001\\u001F\\u007F中文\u{85}é\"")
        var out = "x"
        JSONWriter.string("\u{0}", &out)
        #expect(out == "x\"\\u0000\"")
    }

    @Test func numbersAreShortestRoundTripAndWholeNumbersHaveNoFraction() {
        #expect(JSONWriter.write(.array([.num(12), .num(-3), .num(0.1), .num(73.86039197264681), .num(1e20), .num(.nan)]), indent: false)
            == "[12, -3, 0.1, 73.86039197264681, 1e+20, null]")
        #expect(JSONWriter.write(.number(1, literal: "1.0"), indent: false) == "1.0")
    }

    /// Two hundred thousand comment-like objects (about 20 MB, the buffer grows from 64 KiB many times):
    /// the text parses back to the same document, and its length is the sum worked out per object.
    @Test func aLargeDocumentRoundTrips() throws {
        let items = (0..<200_000).map { i in
            JSONValue.obj([("form", .string("L\(i)")), ("text", .string(i % 7 == 0 ? "保洁\n很\"认真\"" : "服务好")), ("n", .int(i))])
        }
        let value = JSONValue.obj([("comments", .array(items))])
        let bytes = JSONWriter.utf8(value)
        #expect(try JSONParser.parse(bytes, file: "t.json") == value)
        // Per object: "\n    {" + "\n      \"form\": \"L…\"," + "\n      \"text\": \"…\"," + "\n      \"n\": …" + "\n    }", commas between.
        var length = "{\n  \"comments\": [".utf8.count + "\n  ]\n}\n".utf8.count + (items.count - 1)
        for i in 0..<items.count {
            let text = i % 7 == 0 ? "\"保洁\\n很\\\"认真\\\"\"" : "\"服务好\""
            length += "\n    {".utf8.count + "\n      \"form\": \"L\(i)\",".utf8.count
            length += "\n      \"text\": ".utf8.count + text.utf8.count + 1 + "\n      \"n\": \(i)".utf8.count + "\n    }".utf8.count
        }
        #expect(bytes.count == length)
    }
}
