/// Finds the tags of a Mustache template with the line and column of each
/// name, for `TemplateChecker`.
///
/// swift-mustache keeps its parsed tokens internal and has no positions for
/// them, so csat reads the tags itself. The template has already parsed
/// (`StrictRenderer` parses first), so this scanner can be simple; it follows
/// the same rules for `{{{…}}}`, comments and `{{=<% %>=}}` delimiters.
struct TemplateTag: Equatable {
    enum Kind: Equatable {
        case variable, unescaped, section, inverted, close, partial, comment, delimiters, pragma, parent, block
    }

    var kind: Kind
    /// The tag's content after its sigil, trimmed: `headline.index`, `drivers-table`.
    var name: String
    /// 1-based position of the name's first character (of the tag when the name is empty).
    var line: Int
    var column: Int
}

enum TemplateScanner {
    static func tags(_ text: String) -> [TemplateTag] {
        let chars = Array(text)
        var i = 0, line = 1, column = 1
        var open = Array("{{"), close = Array("}}")
        var tags: [TemplateTag] = []

        func at(_ s: [Character]) -> Bool {
            i + s.count <= chars.count && Array(chars[i..<(i + s.count)]) == s
        }
        func advance(_ n: Int = 1) {
            for _ in 0..<n where i < chars.count {
                if chars[i].isNewline {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                i += 1
            }
        }

        while i < chars.count {
            guard at(open) else {
                advance()
                continue
            }
            let (tagLine, tagColumn) = (line, column)
            advance(open.count)
            var end = close
            var kind = TemplateTag.Kind.variable
            if open == Array("{{"), i < chars.count, chars[i] == "{" {
                kind = .unescaped
                end = Array("}}}")
                advance()
            } else {
                while i < chars.count, chars[i] == " " || chars[i] == "\t" { advance() }
                if i < chars.count, let sigil = sigils[chars[i]] {
                    kind = sigil
                    advance()
                }
            }
            while i < chars.count, chars[i].isWhitespace { advance() }
            let (nameLine, nameColumn) = i < chars.count && !at(end) ? (line, column) : (tagLine, tagColumn)
            var content = ""
            while i < chars.count, !at(end) {
                content.append(chars[i])
                advance()
            }
            advance(end.count)
            let name = String(content.reversed().drop { $0.isWhitespace }.reversed())
            if kind == .delimiters {
                // `=<% %>=`: the sigil is gone; drop the closing `=` and split.
                let parts = name.dropLast(name.hasSuffix("=") ? 1 : 0).split { $0 == " " || $0 == "\t" }
                if parts.count == 2 {
                    open = Array(parts[0])
                    close = Array(parts[1])
                }
            }
            tags.append(TemplateTag(kind: kind, name: name, line: nameLine, column: nameColumn))
        }
        return tags
    }

    static let sigils: [Character: TemplateTag.Kind] = [
        "#": .section, "^": .inverted, "/": .close, ">": .partial, "!": .comment, "=": .delimiters, "%": .pragma,
        "<": .parent, "$": .block, "&": .unescaped,
    ]
}
