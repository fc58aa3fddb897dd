/// The report templates' errors, for whoever edits a copy of `report.zh.md.mustache`: the tag, its
/// line and column, and the fix.
extension Message {
    package static let templateFile = Message(zh: "模板", en: "template")
    package static let partialFile = Message(zh: "子模板", en: "partial")

    package static func noSuchTemplateFile(_ what: Message) -> Message {
        Message(zh: "没有这个\(what.zh)文件", en: "no such \(what.en) file")
    }

    package static func cannotReadTemplateFile(_ what: Message) -> Message {
        Message(zh: "无法读取这个\(what.zh)文件（权限？）", en: "cannot read the \(what.en) file (permissions?)")
    }

    package static func templateNotUTF8(_ what: Message) -> Message {
        Message(zh: "这个\(what.zh)不是 UTF-8 文本", en: "the \(what.en) is not UTF-8 text")
    }

    package static func templateLinksOutside(_ what: Message, to real: String) -> Message {
        Message(
            zh: "这个\(what.zh)是指向 \(real) 的链接，在它的文件夹之外：csat 只从模板和子模板自己的文件夹读取它们（请把文件复制到那里，不要用链接）",
            en: "the \(what.en) is a link to \(real), outside its folder: csat reads templates and partials "
                + "only from their own folder (copy the file there instead of linking it)")
    }

    package static func templateNotRegular(_ what: Message) -> Message {
        Message(
            zh: "这个\(what.zh)不是普通文件：csat 只从文件读取模板", en: "the \(what.en) is not a regular file: csat reads templates from files only")
    }

    package static func sectionNeverClosed(_ name: String) -> Message {
        Message(zh: "段落 \"\(name)\" 没有结束：请加上 {{/\(name)}}", en: "the section \"\(name)\" is never closed: add {{/\(name)}}")
    }

    package static let tagNeverClosed = Message(zh: "这个标签没有结束：请加上 }}", en: "this tag is never closed: add }}")

    package static func notMustache(_ why: String? = nil) -> Message {
        guard let why else { return Message(zh: "无法按 Mustache 读取这个模板", en: "the template cannot be read as Mustache") }
        return Message(zh: "无法按 Mustache 读取这个模板：\(why)", en: "the template cannot be read as Mustache: \(why)")
    }

    package static let closingTagMismatch = Message(
        zh: "这个结束标签与它要结束的段落不匹配", en: "this closing tag does not match the section it closes")
    package static let unfinishedTagName = Message(
        zh: "有标签没有用 }} 结束，或它的名字含有名字里不能有的字符（字母、数字、. - _）",
        en: "a tag is not closed with }}, or its name has characters a name cannot have (letters, digits, . - _)")
    package static let sectionOpenedNotClosed = Message(
        zh: "有段落打开后没有结束", en: "a section is opened but never closed")
    package static let badSetDelimiter = Message(
        zh: "设置分隔符的标签必须形如 {{=<% %>=}}", en: "a set-delimiter tag must look like {{=<% %>=}}")
    package static let inheritanceUnsupported = Message(
        zh: "报告模板不支持模板继承；请用子模板", en: "template inheritance is not supported in report templates; use partials")
    package static let inheritanceTagsUnsupported = Message(
        zh: "报告模板不支持模板继承（{{<parent}}、{{$block}}）；请用子模板",
        en: "template inheritance ({{<parent}}, {{$block}}) is not supported in report templates; use partials")
    package static let pragmasUnsupported = Message(
        zh: "不支持 {{%CONTENT_TYPE}} 这样的编译指示：csat 自己为 Markdown 转义每个值",
        en: "pragmas such as {{%CONTENT_TYPE}} are not supported: csat escapes every value for Markdown itself")
    package static let dynamicPartialsUnsupported = Message(
        zh: "报告模板不支持动态子模板（{{>*name}}）", en: "dynamic partials ({{>*name}}) are not supported in report templates")

    package static func partialsTooDeep(_ name: String) -> Message {
        Message(
            zh: "子模板互相包含超过 16 层（\"\(name)\" 是否包含了它自己？）",
            en: "partials include each other more than 16 deep (does \"\(name)\" include itself?)")
    }

    package static func noSuchPartial(_ name: String, folders: String) -> Message {
        Message(
            zh: "没有名为 \"\(name)\" 的子模板（在 \(folders) 中找过 \(name).mustache）",
            en: "no partial named \"\(name)\" (looked for \(name).mustache in \(folders))")
    }

    /// What a name in the report context holds.
    package enum ContextKind { case text, flag, object, list }

    package static func contextKind(_ k: ContextKind) -> Message {
        switch k {
        case .text: return Message(zh: "文字", en: "text")
        case .flag: return Message(zh: "是/否标志", en: "a yes/no flag")
        case .object: return Message(zh: "对象", en: "an object")
        case .list: return Message(zh: "列表", en: "a list")
        }
    }

    package static func notText(_ name: String, is kind: ContextKind) -> Message {
        let k = contextKind(kind)
        return Message(
            zh: "\"\(name)\" 是\(k.zh)，不是文字：请用 {{#\(name)}}…{{/\(name)}}",
            en: "\"\(name)\" is \(k.en), not text: use {{#\(name)}}…{{/\(name)}}")
    }

    package static func sectionOverText(_ name: String) -> Message {
        Message(
            zh: "\"\(name)\" 是文字，不是列表或是/否标志，对它写段落会总是显示（或从不显示）；请用它的 has… 标志",
            en: "\"\(name)\" is text, not a list or a yes/no flag, so a section over it would always show (or never); "
                + "use its has… flag")
    }

    package static let dotInTemplate = Message(
        zh: "\"{{.}}\" 指当前项，但报告上下文中的每个列表都由记录组成：请写字段名，例如 {{name}}",
        en: "\"{{.}}\" names the current item, but every list in the report context holds records: name a field, e.g. {{name}}")

    package static func transformsUnsupported(_ name: String) -> Message {
        Message(
            zh: "\"\(name)\"：报告模板不支持变换；每个值都已经格式化好了",
            en: "\"\(name)\": transforms are not supported in report templates; every value is formatted already")
    }

    package static let tagWithoutName = Message(zh: "标签没有名字", en: "a tag without a name")

    package static func notAValidName(_ name: String) -> Message {
        Message(zh: "\"\(name)\" 不是有效的名字", en: "\"\(name)\" is not a valid name")
    }

    /// `suggestion` is the near name, or nil.
    package static func unknownVariable(_ name: String, suggestion: String?) -> Message {
        Message(zh: "未知变量 \"\(name)\"", en: "unknown variable \"\(name)\"") + didYouMeanVariable(suggestion)
    }

    package static func unknownField(_ name: String, path: String, part: String, suggestion: String?) -> Message {
        Message(
            zh: "未知变量 \"\(name)\"：\"\(path)\" 没有 \"\(part)\"", en: "unknown variable \"\(name)\": \"\(path)\" has no \"\(part)\"")
            + didYouMeanVariable(suggestion)
    }

    package static func listNeedsSection(_ path: String, part: String) -> Message {
        Message(
            zh: "\"\(path)\" 是列表：请用 {{#\(path)}}…{{/\(path)}}，并在其中写 \"\(part)\"",
            en: "\"\(path)\" is a list: use {{#\(path)}}…{{/\(path)}} and name \"\(part)\" inside it")
    }

    package static func hasNoFields(_ name: String, path: String, is kind: ContextKind) -> Message {
        let k = contextKind(kind)
        return Message(
            zh: "未知变量 \"\(name)\"：\"\(path)\" 是\(k.zh)，没有字段",
            en: "unknown variable \"\(name)\": \"\(path)\" is \(k.en) and has no fields")
    }

    private static func didYouMeanVariable(_ s: String?) -> Message {
        guard let s else { return .verbatim("") }
        return Message(zh: "（是不是 \"\(s)\"？）", en: " (did you mean \"\(s)\"?)")
    }
}
