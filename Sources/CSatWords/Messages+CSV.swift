/// The CSV reader's errors: what is wrong in the file and how to fix it in Excel or a survey
/// platform, for someone who never opened it in a text editor.
extension Message {
    package static let saveAsUTF8 = Message(
        zh: "请另存为 UTF-8（Excel 中选\"CSV UTF-8（逗号分隔）\"）或 GB18030/GBK",
        en: "save it again as UTF-8 (in Excel: \"CSV UTF-8 (Comma delimited)\") or as GB18030/GBK")

    package static let unterminatedQuote = Message(
        zh: "从这里开始的带引号字段一直没有结束，文件其余部分会被读成一个值；请补上结束的引号（\"），字段内的引号写成两个（\"\"）",
        en: "a quoted field that starts here is never closed, so the rest of the file "
            + "would be read as one value; add the closing quote (\"), and write a quote inside "
            + "a quoted field as two quotes (\"\")")

    package static func bareQuote(afterSpaces: Bool) -> Message {
        afterSpaces
            ? Message(
                zh: "字段中间出现了引号（\"），而字段不是以引号开头；请删除开头引号前的空格，让字段以引号开始",
                en: "a quote (\") inside a field that does not start with a quote; "
                    + "remove the space before the opening quote, so that the field starts with the quote")
            : Message(
                zh: "字段中间出现了引号（\"），而字段不是以引号开头；请把整个字段放进引号并把其中的引号写成两个（\"说 \"\"你好\"\"\"），或删除这个引号",
                en: "a quote (\") inside a field that does not start with a quote; "
                    + "put the whole field in quotes and double the quote inside it (\"say \"\"hi\"\"\"), or remove the quote")
    }

    /// `found` is what follows the closing quote: a space, a tab, `"x"` or text.
    package static func extraneousQuote(found: Message) -> Message {
        Message(
            zh: "带引号字段的结束引号后面紧跟着\(found.zh)；带引号的字段必须在结束引号处结束：如果引号是值的一部分，请写成两个引号（\"\"）",
            en: "\(found.en) right after the closing quote of a quoted field; a quoted field "
                + "must end at its closing quote: if the quote is part of the value, write it as two quotes (\"\")")
    }

    /// A byte as a person calls it, inside a message.
    package static func character(_ b: UInt8) -> Message {
        switch b {
        case 0x20: return Message(zh: "一个空格", en: "a space")
        case 0x09: return Message(zh: "一个制表符", en: "a tab")
        case 0x21..<0x7F:
            let c = "\"\(Character(Unicode.Scalar(b)))\""
            return Message(zh: c, en: c)
        default: return Message(zh: "文字", en: "text")
        }
    }

    /// The delimiter by name: comma, semicolon, tab.
    package static func delimiter(_ d: UInt8) -> Message {
        switch d {
        case UInt8(ascii: ","): return Message(zh: "逗号", en: "comma")
        case UInt8(ascii: ";"): return Message(zh: "分号", en: "semicolon")
        case UInt8(ascii: "\t"): return Message(zh: "制表符", en: "tab")
        default: return .verbatim("\"\(Character(Unicode.Scalar(d)))\"")
        }
    }

    package static func fieldCount(expected: Int, found: Int, delimiter d: UInt8) -> Message {
        let name = delimiter(d)
        let hint =
            found > expected
            ? Message(zh: "含有\(name.zh)的值必须放在引号里", en: "a value that contains a \(name.en) must be in quotes")
            : Message(
                zh: "每一行的值之间都要有\(name.zh)，即使某个值是空的",
                en: "every row needs a \(name.en) between its values, even where a value is empty")
        return Message(
            zh: "应有 \(expected) 个字段，实际有 \(found) 个（表头行有 \(expected) 个）；\(hint.zh)",
            en: "expected \(expected) fields, found \(found) (the header row has \(expected)); \(hint.en)")
    }

    package static let emptyCSV = Message(
        zh: "文件是空的，或只有空行；应先有一行表头，然后每条记录一行",
        en: "the file is empty or holds only blank lines; expected a header row, then one row per record")

    /// Two columns of one name; `first`, `second` 0-based, `letters` their spreadsheet letters.
    package static func duplicateColumn(_ name: String, first: Int, _ firstLetters: String, second: Int, _ secondLetters: String)
        -> Message
    {
        Message(
            zh: "有两列都叫 \"\(name)\"：第 \(first + 1) 列（\(firstLetters)）和第 \(second + 1) 列（\(secondLetters)）；请重命名其中一列，让每个列名都不同",
            en: "two columns have the name \"\(name)\": column \(first + 1) (\(firstLetters)) "
                + "and column \(second + 1) (\(secondLetters)); rename one so that every name is unique")
    }

    /// Where bytes broke the encoding that the file's start established.
    package enum BrokenEncoding: Sendable {
        case afterBOM, mixed, neither
    }

    package static func invalidText(hex: String, _ broken: BrokenEncoding) -> Message {
        let what: Message =
            switch broken {
            case .afterBOM:
                Message(zh: "不是 UTF-8，而文件开头有 UTF-8 字节顺序标记（BOM）", en: "are not UTF-8, although the file starts with a UTF-8 byte-order mark")
            case .mixed:
                Message(zh: "不是 UTF-8，而它们之前的文字是：文件混用了编码", en: "are not UTF-8, although the text before them is; the file mixes encodings")
            case .neither:
                Message(zh: "既不是 UTF-8 也不是 GB18030/GBK 文字", en: "are neither UTF-8 nor GB18030/GBK text")
            }
        return Message(zh: "字节 \(hex) \(what.zh)；\(saveAsUTF8.zh)", en: "the bytes \(hex) \(what.en); \(saveAsUTF8.en)")
    }

    package static func unsupportedEncoding(_ name: String) -> Message {
        Message(
            zh: "文件是 \(name) 编码的文字，csat 不读这种编码；\(saveAsUTF8.zh)",
            en: "the file is \(name) text, which csat does not read; \(saveAsUTF8.en)")
    }

    package static let nulByte = Message(
        zh: "出现了 NUL 字节（0x00），文字里不会有它：文件是二进制文件、已损坏，或是没有字节顺序标记的 UTF-16；\(saveAsUTF8.zh)",
        en: "a NUL byte (0x00), which text never holds: the file is binary, damaged, or UTF-16 "
            + "without a byte-order mark; \(saveAsUTF8.en)")

    /// A system call's failure: what was being done, then the system's own words (English).
    package static func systemError(_ what: Message, _ reason: String) -> Message {
        Message(zh: "\(what.zh)：\(reason)", en: "\(what.en): \(reason)")
    }

    package static let noGB18030 = Message(
        zh: "文件不是 UTF-8，而本机的 iconv 无法解码 GB18030；\(saveAsUTF8.zh)",
        en: "the file is not UTF-8 and this system's iconv cannot decode GB18030; \(saveAsUTF8.en)")
    package static let parserOutOfMemory = Message(
        zh: "无法启动 CSV 解析器（libcsv）：内存不足", en: "cannot start the CSV parser (libcsv): out of memory")
    /// libcsv's own reason stays in its words.
    package static func parserFailed(_ reason: String) -> Message {
        Message(zh: "CSV 解析器出错：\(reason)", en: "the CSV parser failed: \(reason)")
    }
    package static let cannotOpenFile = Message(zh: "无法打开文件", en: "cannot open the file")
    package static let cannotReadFile = Message(zh: "无法读取文件", en: "cannot read the file")
}
