/// The JSON reader's errors: where a hand-edited or exported JSON file breaks the grammar, and
/// the likely slip behind it (a full-width comma, a single quote, a cut-off file).
extension Message {
    /// `document`: a whole file; else one line of a JSON Lines file.
    package static func jsonEnd(document: Bool) -> Message {
        document ? Message(zh: "文件末尾", en: "the end of the file") : Message(zh: "行末", en: "the end of the line")
    }

    package static func jsonCharacter(_ c: String) -> Message { .verbatim("'\(c)'") }

    package static func jsonControl(_ codePoint: String) -> Message {
        Message(zh: "一个控制字符（\(codePoint)）", en: "a control character (\(codePoint))")
    }

    package static func jsonNotUTF8Byte(_ hex: String) -> Message {
        Message(zh: "字节 \(hex)（不是 UTF-8 文字）", en: "the byte \(hex), which is not UTF-8 text")
    }

    package static func jsonFullWidth(_ text: String, ascii: String) -> Message {
        Message(
            zh: "'\(text)'（全角字符；JSON 需要半角的 '\(ascii)'）",
            en: "'\(text)' (a full-width character; JSON needs the ASCII '\(ascii)')")
    }

    package static func jsonOtherSpace(_ codePoint: String) -> Message {
        Message(zh: "一个非 ASCII 空格（\(codePoint)）", en: "a non-ASCII space (\(codePoint))")
    }

    package static func jsonInvisible(_ codePoint: String) -> Message {
        Message(zh: "一个看不见的字符（\(codePoint)）", en: "an invisible character (\(codePoint))")
    }

    package static func jsonCutOff(document: Bool) -> Message {
        document
            ? Message(zh: "文件意外结束：文件看起来不完整", en: "unexpected end of file — the file looks cut off")
            : Message(
                zh: "这一行在 JSON 值完整之前就结束了（JSON Lines 每行是一个完整的值）",
                en: "the line ends before the JSON value is complete (JSON Lines holds one whole value per line)")
    }

    package static func jsonAfterValue(_ what: Message, document: Bool) -> Message {
        document
            ? Message(
                zh: "JSON 值结束后还有\(what.zh)：一个文件只放一个值（一个由对象组成的数组，或每行一个值的 JSON Lines）",
                en: "found \(what.en) after the end of the JSON value — a file holds one value"
                    + " (an array of objects, or JSON Lines with one value per line)")
            : Message(
                zh: "JSON 值结束后还有\(what.zh)：一行只放一个值",
                en: "found \(what.en) after the end of the JSON value — a line holds one value")
    }

    package static func jsonTrailingComma(before closer: String) -> Message {
        Message(zh: "'\(closer)' 前面多了一个逗号", en: "trailing comma before '\(closer)'")
    }

    package static func jsonExpectedAfterMember(object: Bool, found: Message) -> Message {
        object
            ? Message(
                zh: "对象成员之后应是 ',' 或 '}'，这里是\(found.zh)", en: "expected ',' or '}' after an object member, found \(found.en)")
            : Message(
                zh: "数组元素之后应是 ',' 或 ']'，这里是\(found.zh)", en: "expected ',' or ']' after an array element, found \(found.en)")
    }

    package static let jsonComment = Message(zh: "JSON 中不允许写注释", en: "comments are not allowed in JSON")

    package static func jsonTooDeep(_ levels: Int) -> Message {
        Message(zh: "数组和对象嵌套超过 \(levels) 层", en: "arrays and objects nested more than \(levels) levels deep")
    }

    package static let jsonUnquotedKey = Message(zh: "对象的键必须放在双引号里", en: "object keys must be in double quotes")

    package static func jsonExpectedKey(found: Message) -> Message {
        Message(zh: "这里应是放在双引号里的键，却是\(found.zh)", en: "expected a key in double quotes, found \(found.en)")
    }

    package static func jsonExpectedColon(found: Message) -> Message {
        Message(zh: "对象的键之后应是 ':'，这里是\(found.zh)", en: "expected ':' after the object key, found \(found.en)")
    }

    package static let jsonSingleQuotes = Message(
        zh: "字符串必须放在双引号里，不能用单引号", en: "strings must be in double quotes, not single quotes")
    package static let jsonPlusSign = Message(zh: "数字不能以 '+' 开头", en: "a number cannot start with '+'")
    package static let jsonLeadingDot = Message(
        zh: "数字必须以数字开头（写 0.5，不写 .5）", en: "a number must start with a digit (write 0.5, not .5)")

    package static func jsonExpectedValue(found: Message) -> Message {
        Message(zh: "这里应是一个值，却是\(found.zh)", en: "expected a value, found \(found.en)")
    }

    package static func jsonWordCase(_ word: String) -> Message {
        Message(
            zh: "'\(word)' 必须小写：true、false 或 null", en: "'\(word)' must be written in lowercase: true, false or null")
    }

    package static func jsonNotANumber(_ word: String) -> Message {
        Message(
            zh: "JSON 中不允许 \(word)；请写 null，或不写这个答案", en: "\(word) is not allowed in JSON; write null or leave the answer out")
    }

    package static func jsonBareText(_ excerpt: String) -> Message {
        Message(
            zh: "意外的文字 '\(excerpt)'：文字值必须放在双引号里",
            en: "unexpected text '\(excerpt)' — text values must be in double quotes")
    }

    package static func jsonDigitAfterMinus(found: Message) -> Message {
        Message(zh: "'-' 之后应是数字，这里是\(found.zh)", en: "expected a digit after '-', found \(found.en)")
    }

    package static let jsonLeadingZero = Message(
        zh: "数字以 0 开头（写 7，不写 07；带前导零的编码应写成字符串）",
        en: "number with leading zero (write 7, not 07; codes with leading zeros belong in a string)")
    package static let jsonHexNumber = Message(
        zh: "JSON 中不允许十六进制数字", en: "hexadecimal numbers are not allowed in JSON")

    package static func jsonDigitAfterPoint(found: Message) -> Message {
        Message(zh: "小数点之后应是数字，这里是\(found.zh)", en: "expected a digit after the decimal point, found \(found.en)")
    }

    package static func jsonDigitInExponent(found: Message) -> Message {
        Message(zh: "指数部分应是数字，这里是\(found.zh)", en: "expected a digit in the exponent, found \(found.en)")
    }

    package static func jsonNumberTooLarge(_ excerpt: String) -> Message {
        Message(
            zh: "数字 \(excerpt) 太大（超出 ±1.8e308）；csat 无法用它计算",
            en: "number \(excerpt) is too large (beyond ±1.8e308); csat cannot compute with it")
    }

    package static let jsonLineBreakInString = Message(
        zh: "字符串中间换行了：是不是少了结束的 '\"'？（文字中的换行请写成 \\n）",
        en: "line break inside a string — is a closing '\"' missing? (write \\n for a line break in a text)")

    package static func jsonControlInString(_ codePoint: String) -> Message {
        Message(zh: "字符串中有未转义的控制字符 \(codePoint)", en: "unescaped control character \(codePoint) in a string")
    }

    package static func jsonInvalidUTF8(_ hex: String) -> Message {
        Message(
            zh: "字符串中有无效的 UTF-8（字节 \(hex)）：JSON 必须是 UTF-8；请把文件另存为 UTF-8（它可能是 GBK 或 Latin-1）",
            en: "invalid UTF-8 (byte \(hex)) in a string — JSON must be UTF-8;"
                + " save the file as UTF-8 (it may be GBK or Latin-1)")
    }

    package static func jsonUnterminatedString(document: Bool) -> Message {
        document
            ? Message(zh: "字符串没有结束：文件在结束的 '\"' 之前就结束了", en: "unterminated string — the file ends before its closing '\"'")
            : Message(zh: "字符串没有结束：这一行在结束的 '\"' 之前就结束了", en: "unterminated string — the line ends before its closing '\"'")
    }

    package static func jsonBackslashFollowedBy(_ found: Message) -> Message {
        Message(zh: "'\\' 后面跟着\(found.zh)", en: "'\\' followed by \(found.en)")
    }

    package static func jsonInvalidEscape(_ escape: Message) -> Message {
        let allowed = "\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"
        return Message(zh: "无效的转义 \(escape.zh)（允许：\(allowed)）", en: "invalid escape \(escape.en) (allowed: \(allowed))")
    }

    package static func jsonLoneSurrogate(_ hex: String) -> Message {
        let rule = "\\uD800–\\uDBFF"
        let next = "\\uDC00–\\uDFFF"
        return Message(
            zh: "字符串中有不成对的代理项 \\u\(hex)（\(rule) 之后必须跟 \(next)）",
            en: "unpaired surrogate \\u\(hex) in a string (\(rule) must be followed by \(next))")
    }

    package static let jsonBadUnicodeEscape = Message(
        zh: "无效的 \\u 转义：\\u 之后必须是四位十六进制数字", en: "invalid \\u escape: \\u must be followed by four hex digits")

    // The file as a whole.

    package static func jsonEncoding(_ name: String, bom: Bool) -> Message {
        bom
            ? Message(zh: "文件是 \(name) 编码；请另存为 UTF-8 后再试", en: "the file is \(name) encoded; save it as UTF-8 and try again")
            : Message(
                zh: "文件看起来是 \(name) 编码（没有字节顺序标记）；请另存为 UTF-8 后再试",
                en: "the file looks \(name) encoded (no byte order mark); save it as UTF-8 and try again")
    }

    package static let jsonEmptyFile = Message(
        zh: "文件是空的：这里应是一个 JSON 值", en: "the file is empty — expected a JSON value")
}
