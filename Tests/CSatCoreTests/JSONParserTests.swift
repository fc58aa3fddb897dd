import Testing

@testable import CSatCore

/// Unit tests of `JSONParser` and `JSONPath`; every position was counted by hand on the input shown.
@Suite struct JSONParserTests {
    static func parse(_ text: String) throws -> JSONValue {
        try JSONParser.parse(Array(text.utf8), file: "t.json")
    }

    /// The error that parsing `bytes` throws, or a recorded issue and nil when it parses.
    static func failure(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> InputError? {
        do {
            let value = try JSONParser.parse(bytes, file: "t.json")
            Issue.record("expected an error, parsed \(value)", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    static func failure(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> InputError? {
        failure(Array(text.utf8), sourceLocation: sourceLocation)
    }

    static func number(_ d: Double, _ literal: String) -> JSONValue { .number(d, literal: literal) }

    // MARK: Values

    @Test func parsesEveryKindOfValue() throws {
        let value = try Self.parse(#" {"a": [1, 2.5, -0, true, false, null, "x"], "b": {}} "#)
        let expected: JSONValue = .object(
            JSONObject([
                (
                    "a",
                    .array([
                        Self.number(1, "1"), Self.number(2.5, "2.5"), Self.number(-0.0, "-0"),
                        .bool(true), .bool(false), .null, .string("x"),
                    ])
                ),
                ("b", .object(JSONObject())),
            ]))
        #expect(value == expected)
        #expect(try Self.parse("42") == Self.number(42, "42"))
        #expect(try Self.parse(#""top""#) == .string("top"))
        #expect(try Self.parse("[]") == .array([]))
    }

    @Test func numbersKeepTheirLiteral() throws {
        #expect(try Self.parse("1.0") == Self.number(1, "1.0"))
        #expect(try Self.parse("1E+2") == Self.number(100, "1E+2"))
        #expect(try Self.parse("-12") == Self.number(-12, "-12"))
        #expect(try Self.parse("0.1") == Self.number(0.1, "0.1"))
        #expect(try Self.parse("-3.25e-2") == Self.number(-0.0325, "-3.25e-2"))
        #expect(try Self.parse("999999999999999") == Self.number(999_999_999_999_999, "999999999999999"))
        // Beyond 15 digits the value is the nearest Double; the literal keeps every digit.
        let long = "12345678901234567890"
        #expect(try Self.parse(long) == Self.number(12_345_678_901_234_567_168, long))
        // Underflow reads as zero (documented policy).
        #expect(try Self.parse("1e-999") == Self.number(0, "1e-999"))
    }

    @Test func numberTooLargeForDoubleIsRejected() {
        let error = Self.failure("[1, 1e999]")
        #expect(error?.line == 1)
        #expect(error?.column == 5)
        #expect(error?.message.en.contains("number 1e999 is too large") == true)
        #expect(Self.failure("-1.8e309")?.message.en.contains("too large") == true)
    }

    @Test func numberGrammarIsStrict() {
        #expect(Self.failure("[01]")?.message.en.hasPrefix("number with leading zero") == true)
        #expect(Self.failure("[01]")?.column == 2)
        #expect(Self.failure("[-01]")?.column == 2)
        #expect(Self.failure("[1.]")?.message.en == "expected a digit after the decimal point, found ']'")
        #expect(Self.failure("[1e+]")?.message.en == "expected a digit in the exponent, found ']'")
        #expect(Self.failure("[.5]")?.message.en.contains("0.5") == true)
        #expect(Self.failure("[+1]")?.message.en == "a number cannot start with '+'")
        #expect(Self.failure("[0x1F]")?.message.en == "hexadecimal numbers are not allowed in JSON")
        #expect(Self.failure("[NaN]")?.message.en.hasPrefix("NaN is not allowed") == true)
        #expect(Self.failure("[-Infinity]")?.message.en.hasPrefix("Infinity is not allowed") == true)
    }

    // MARK: Strings

    @Test func decodesEscapes() throws {
        let value = try Self.parse(#"["\"\\\/\b\f\n\r\t\u00e9\u4E2D", "a\u0000b"]"#)
        #expect(value == .array([.string("\"\\/\u{8}\u{C}\n\r\t\u{E9}中"), .string("a\u{0}b")]))
    }

    @Test func joinsSurrogatePairs() throws {
        #expect(try Self.parse(#""\uD83D\uDE00""#) == .string("😀"))
        #expect(try Self.parse(#""x\ud834\udd1ey""#) == .string("x𝄞y"))
        // Raw UTF-8 of the same characters, and Chinese, pass through unchanged.
        #expect(try Self.parse("\"😀 锦程花园\"") == .string("😀 锦程花园"))
    }

    @Test func unpairedSurrogatesAreRejected() {
        // `[` 1, `"` 2, `\` 3.
        let high = Self.failure(#"["\uD83D"]"#)
        #expect(high?.message.en.hasPrefix("unpaired surrogate \\uD83D") == true)
        #expect(high?.column == 3)
        #expect(Self.failure(#"["ab\uDE00x"]"#)?.column == 5)
        #expect(Self.failure(#"["\uD83D\u0041"]"#)?.message.en.hasPrefix("unpaired surrogate") == true)
    }

    @Test func invalidEscapesNameTheEscape() {
        let error = Self.failure(#"["a\x"]"#)
        #expect(error?.message.en.hasPrefix("invalid escape \\x") == true)
        #expect(error?.column == 4)
        #expect(Self.failure(#"["\u12G4"]"#)?.message.en.hasPrefix("invalid \\u escape") == true)
    }

    @Test func controlCharactersAndLineBreaksInStringsAreRejected() {
        let tab = Self.failure("[\"a\tb\"]")
        #expect(tab?.message.en == "unescaped control character U+0009 in a string")
        #expect(tab?.column == 4)
        let newline = Self.failure("{\"a\": \"abc\n\"}")
        #expect(newline?.message.en.hasPrefix("line break inside a string") == true)
        #expect(newline?.line == 1)
        #expect(newline?.column == 11)
    }

    @Test func invalidUTF8InStringsIsRejectedWithPosition() {
        // "中" saved as GBK is D6 D0: the string starts at column 2, the bad byte at column 3.
        let gbk = Self.failure([0x5B, 0x22, 0xD6, 0xD0, 0x22, 0x5D])
        #expect(gbk?.message.en.hasPrefix("invalid UTF-8 (byte 0xD6) in a string") == true)
        #expect(gbk?.column == 3)
        // Encoded surrogate (ED A0 80) and overlong "/" (C0 AF) are not UTF-8 either.
        #expect(Self.failure([0x22, 0x61, 0xED, 0xA0, 0x80, 0x22])?.column == 3)
        #expect(Self.failure([0x22, 0xC0, 0xAF, 0x22])?.message.en.contains("0xC0") == true)
    }

    @Test func unterminatedStringPointsAtItsOpeningQuote() {
        let error = Self.failure("{\"a\": \"abc")
        #expect(error?.message.en == "unterminated string — the file ends before its closing '\"'")
        #expect(error?.line == 1)
        #expect(error?.column == 7)
    }

    // MARK: Objects

    @Test func objectsKeepKeyOrderAndDuplicates() throws {
        let object = try #require(try Self.parse(#"{"b": 1, "a": 2, "c": 3, "a": 4}"#).objectValue)
        #expect(object.keys == ["b", "a", "c", "a"])
        #expect(object["a"] == Self.number(4, "4"))
        #expect(object["b"] == Self.number(1, "1"))
        #expect(object["z"] == nil)
    }

    @Test func repeatedKeysInAnArrayOfObjectsParseAlike() throws {
        // The key cache must give back a cached key only when the bytes match, escaped or not.
        let long = "前台接待人员的服务态度"
        let text = #"[{"\#(long)": 5, "k": 1}, {"\#(long)": 4, "x": 2}, {"k\u0041": 3}, {"\u524D台": 1}]"#
        let rows = try #require(try Self.parse(text).arrayValue).map { $0.objectValue!.keys }
        #expect(rows == [[long, "k"], [long, "x"], ["kA"], ["前台"]])
    }

    // MARK: Error positions

    @Test func errorPositionOnAMultiLineDocument() {
        let text = """
            {
              "id": "x",
              "drivers": [
                {"id": "a" "weight": 1}
              ]
            }
            """
        // Line 4 is `    {"id": "a" "weight": 1}`: the quote of "weight" is column 16.
        let error = Self.failure(text)
        #expect(error?.line == 4)
        #expect(error?.column == 16)
        #expect(error?.message.en == "expected ',' or '}' after an object member, found '\"'")
        #expect(error?.description == "t.json:4:16: expected ',' or '}' after an object member, found '\"'")
    }

    @Test func columnsCountCharactersNotBytes() {
        // `{"项目": "锦程花园" x}`: 项 is column 3, x is column 15.
        let error = Self.failure(#"{"项目": "锦程花园" x}"#)
        #expect(error?.line == 1)
        #expect(error?.column == 15)
    }

    @Test func crlfLinesCountOnce() {
        let error = Self.failure("{\r\n\"a\": x\r\n}")
        #expect(error?.line == 2)
        #expect(error?.column == 6)
        #expect(error?.message.en.hasPrefix("unexpected text 'x'") == true)
    }

    @Test func trailingCommasPointAtTheComma() {
        let array = Self.failure("[1, 2,]")
        #expect(array?.message.en == "trailing comma before ']'")
        #expect(array?.column == 6)
        let object = Self.failure("{\"a\":1,\n}")
        #expect(object?.message.en == "trailing comma before '}'")
        #expect(object?.line == 1)
        #expect(object?.column == 7)
    }

    @Test func cutOffFileIsReportedAtTheEndOfItsContent() {
        let error = Self.failure("[1, 2,\n\n")
        #expect(error?.message.en == "unexpected end of file — the file looks cut off")
        #expect(error?.line == 1)
        #expect(error?.column == 7)
        #expect(Self.failure("{\"a\": tr")?.message.en == "unexpected end of file — the file looks cut off")
    }

    @Test func commonMistakesGetTheirOwnMessage() {
        #expect(Self.failure("{a: 1}")?.message.en == "object keys must be in double quotes")
        #expect(Self.failure("{'a': 1}")?.message.en == "object keys must be in double quotes")
        #expect(Self.failure("['a']")?.message.en == "strings must be in double quotes, not single quotes")
        #expect(Self.failure("[True]")?.message.en == "'True' must be written in lowercase: true, false or null")
        #expect(Self.failure("{\"a\": 锦程}")?.message.en.hasPrefix("unexpected text '锦程'") == true)
        #expect(Self.failure("[1 // one\n]")?.message.en == "comments are not allowed in JSON")
        #expect(Self.failure("{\"a\": 1 \"b\": 2}")?.column == 9)
        #expect(Self.failure("{\"a\" 1}")?.message.en == "expected ':' after the object key, found '1'")
        // `{"a":1，"b":2}`: the full-width comma is column 7.
        let fullWidth = Self.failure(#"{"a":1，"b":2}"#)
        #expect(fullWidth?.column == 7)
        #expect(fullWidth?.message.en.contains("full-width") == true)
        let twoValues = Self.failure("{} {}")
        #expect(twoValues?.column == 4)
        #expect(twoValues?.message.en.hasPrefix("found '{' after the end of the JSON value") == true)
    }

    @Test func emptyAndForeignlyEncodedFiles() {
        #expect(Self.failure("")?.message.en == "the file is empty — expected a JSON value")
        #expect(Self.failure(" \n\t ")?.message.en == "the file is empty — expected a JSON value")
        #expect(Self.failure([0xEF, 0xBB, 0xBF])?.message.en == "the file is empty — expected a JSON value")
        #expect(Self.failure([0xFF, 0xFE, 0x5B, 0x00, 0x5D, 0x00])?.message.en.hasPrefix("the file is UTF-16") == true)
        #expect(Self.failure([0x5B, 0x00, 0x31, 0x00, 0x5D, 0x00])?.message.en.hasPrefix("the file looks UTF-16") == true)
    }

    @Test func byteOrderMarkIsSkippedAndTakesNoColumn() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let value = try JSONParser.parse(bom + Array(#"{"a": 1}"#.utf8), file: "t.json")
        #expect(value.objectValue?["a"] == Self.number(1, "1"))
        // `{"a" 1}` after the BOM: the 1 is column 6.
        let error = Self.failure(bom + Array(#"{"a" 1}"#.utf8))
        #expect(error?.line == 1)
        #expect(error?.column == 6)
    }

    @Test func nestingIsLimitedWithoutCrashing() throws {
        let limit = JSONScanner.maxDepth
        let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        #expect(throws: Never.self) { try Self.parse(deepest) }
        let tooDeep = Self.failure(String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1))
        #expect(tooDeep?.message.en == "arrays and objects nested more than 512 levels deep")
        #expect(tooDeep?.column == limit + 1)
        #expect(Self.failure(String(repeating: "{\"a\":[", count: 100_000))?.message.en.contains("512") == true)
    }
}

/// JSON Lines: `parseLines` and the `looksLikeJSONLines` heuristic.
@Suite struct JSONParserLinesTests {
    static func lines(_ text: String) throws -> [(JSONValue, Int)] {
        var seen: [(JSONValue, Int)] = []
        try JSONParser.parseLines(Array(text.utf8), file: "r.jsonl") { seen.append(($0, $1)) }
        return seen
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let seen = try Self.lines("{\"a\":1}\n\n{\"a\":2}\r\n   \n{\"a\":3}\n")
        #expect(seen.map(\.1) == [1, 3, 5])
        #expect(seen.map { $0.0.objectValue?["a"]?.doubleValue } == [1, 2, 3])
    }

    @Test func errorOnLineThreeNamesLineThree() {
        var delivered: [Int] = []
        let text = "{\"a\":1}\n{\"a\":2}\n{\"a\":3,}\n{\"a\":4}\n"
        #expect {
            try JSONParser.parseLines(Array(text.utf8), file: "r.jsonl") { delivered.append($1) }
        } throws: { error in
            // `{"a":3,}`: the comma is column 7.
            let error = error as? InputError
            return error?.file == "r.jsonl" && error?.line == 3 && error?.column == 7
                && error?.message.en == "trailing comma before '}'"
        }
        #expect(delivered == [1, 2])
    }

    @Test func aValueSpanningLinesIsAnError() {
        #expect {
            try JSONParser.parseLines(Array("[\n1\n]".utf8), file: "r.jsonl") { _, _ in }
        } throws: { error in
            let error = error as? InputError
            return error?.line == 1 && error?.column == 2 && error?.message.en.hasPrefix("the line ends before") == true
        }
        #expect {
            try JSONParser.parseLines(Array("{\"a\":1} {\"a\":2}\n".utf8), file: "r.jsonl") { _, _ in }
        } throws: { error in
            (error as? InputError)?.message.en.hasSuffix("a line holds one value") == true
        }
    }

    @Test func byteOrderMarkAndBodyErrors() throws {
        var seen: [Int] = []
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        try JSONParser.parseLines(bom + Array("1\n2".utf8), file: "r.jsonl") { _, line in seen.append(line) }
        #expect(seen == [1, 2])
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try JSONParser.parseLines(Array("1\n2".utf8), file: "r.jsonl") { _, _ in throw Stop() }
        }
    }

    @Test func heuristicTellsLinesFromOneDocument() {
        func looks(_ text: String) -> Bool { JSONParser.looksLikeJSONLines(Array(text.utf8)) }
        #expect(looks("{\"a\":1}\n{\"a\":2}\n"))
        #expect(looks("\n  \n{\"a\":1}\r\n{\"a\":2}"))
        #expect(looks("{\"a\":1}\n{broken"))
        #expect(!looks("[{\"a\":1},{\"a\":2}]\n"))
        #expect(!looks("[\n  {\"a\":1},\n  {\"a\":2}\n]\n"))
        #expect(!looks("{\n  \"a\": 1\n}"))
        #expect(!looks("{\"a\":1}"))
        #expect(!looks("{\"a\":1}\n\n  \n"))
        #expect(!looks("{\"a\":1} {\"b\":2}"))
        #expect(!looks(""))
        #expect(JSONParser.looksLikeJSONLines([0xEF, 0xBB, 0xBF] + Array("1\n2\n".utf8)))
    }
}

/// `JSONPath`: the paths that messages name.
@Suite struct JSONParserPathTests {
    @Test func identifiersAfterADot() {
        let drivers = JSONPath.key(JSONPath.root, "drivers")
        #expect(drivers == "$.drivers")
        #expect(JSONPath.key(JSONPath.index(drivers, 1), "weight") == "$.drivers[1].weight")
        #expect(JSONPath.key("$", "问卷编号") == "$.问卷编号")
        #expect(JSONPath.key("$", "q_1") == "$.q_1")
        #expect(JSONPath.key("$", "_x") == "$._x")
        #expect(JSONPath.index("$", 0) == "$[0]")
    }

    @Test func otherKeysInBrackets() {
        #expect(JSONPath.key("$", "项目 名") == #"$["项目 名"]"#)
        #expect(JSONPath.key("$", "a.b") == #"$["a.b"]"#)
        #expect(JSONPath.key("$", "a[0]") == #"$["a[0]"]"#)
        #expect(JSONPath.key("$", #"say "hi""#) == #"$["say \"hi\""]"#)
        #expect(JSONPath.key("$", #"back\slash"#) == #"$["back\\slash"]"#)
        #expect(JSONPath.key("$", "") == #"$[""]"#)
        #expect(JSONPath.key("$", "1st") == #"$["1st"]"#)
        #expect(JSONPath.key("$", "a-b") == #"$["a-b"]"#)
        #expect(JSONPath.key("$", "Q3. 前台") == #"$["Q3. 前台"]"#)
        #expect(JSONPath.key("$", "（备注）") == #"$["（备注）"]"#)
        #expect(JSONPath.key("$", "line\nbreak") == #"$["line\nbreak"]"#)
        #expect(JSONPath.key("$", "\u{1}") == #"$["\u0001"]"#)
    }
}
