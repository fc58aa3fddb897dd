import CSatCore
import Foundation
import Mustache

/// Renders a report template with swift-mustache, strictly: a syntax error,
/// an unknown variable or a missing partial stops the run with the template
/// file, line and column (SPEC.md "Commands": bad input exits 2).
///
/// The engine escapes for HTML by default; report values are escaped for
/// Markdown already (`MarkdownEscape`), so the template is rendered as TEXT
/// and `{{x}}` and `{{{x}}}` mean the same.
struct StrictRenderer {
    /// Where `{{> name}}` is looked for: a folder, or the partials built into csat.
    enum Place {
        case folder(String)
        case builtIn

        var description: String {
            switch self {
            case .folder(let f): return f
            case .builtIn: return "csat's built-in templates/partials"
            }
        }
    }

    /// The main template, as messages name it.
    var path: String
    /// Its text when it is the built-in one (nil: read `path`).
    var builtInText: String?
    /// Searched for `{{> name}}`, in order.
    var partialPlaces: [Place]

    /// The template of a language (built in, or from the templates folder that replaces them), or the
    /// user's `--template FILE`.
    init(template: String?, language: String) throws(InputError) {
        let main = "report.\(language == "en" ? "en" : "zh").md.mustache"
        let source = try Templates.source()
        let standard: Place
        switch source {
        case .folder(let folder, _): standard = .folder(folder + "/partials")
        case .builtIn: standard = .builtIn
        }
        if let template {
            let dir = (template as NSString).deletingLastPathComponent
            let here = dir.isEmpty ? "." : dir
            path = template
            // A user's partials come first, so a copied and edited partial replaces the built-in one.
            partialPlaces = [.folder(here + "/partials"), .folder(here), standard]
        } else {
            switch source {
            case .folder(let folder, _):
                path = folder + "/" + main
            case .builtIn:
                path = Templates.builtInName(main)
                builtInText = Templates.builtIn(main)
            }
            partialPlaces = [standard]
        }
    }

    /// A standalone line that switches the engine to escape nothing (it renders as nothing).
    static let textMode = "{{% CONTENT_TYPE: TEXT }}\n"

    func render(_ context: [String: Any]) throws(InputError) -> String {
        let text: String
        if let builtInText { text = builtInText } else { text = try Self.read(path, what: .templateFile) }
        try Self.parse(text, file: path)
        var used: [String: String] = [:]
        let checker = TemplateChecker(
            partial: { name throws(InputError) in
                guard let found = try findPartial(name) else { return nil }
                used[name] = found.text
                return found
            }, partialFolders: partialPlaces.map(\.description))
        try checker.check(text, file: path)
        var library = MustacheLibrary()
        for (name, partialText) in used {
            // Parsed without error above; `try?` only because the API throws. The engine starts every
            // partial in HTML mode again, so each gets the pragma too.
            if let t = try? MustacheTemplate(string: Self.textMode + partialText) { library.register(t, named: name) }
        }
        guard let template = try? MustacheTemplate(string: Self.textMode + text) else {
            throw InputError(file: path, message: .notMustache())
        }
        var out = template.render(context, library: library)
        if !out.hasSuffix("\n") { out += "\n" }
        return out
    }

    /// The first `<folder>/<name>.mustache`, read and parsed.
    func findPartial(_ name: String) throws(InputError) -> (path: String, text: String)? {
        guard !name.isEmpty, !name.contains("/"), !name.contains("\\"), !name.hasPrefix(".") else { return nil }
        for place in partialPlaces {
            guard case .folder(let folder) = place else {
                let relative = "partials/" + name + ".mustache"
                guard let text = Templates.builtIn(relative) else { continue }
                try Self.parse(text, file: Templates.builtInName(relative))
                return (Templates.builtInName(relative), text)
            }
            let candidate = folder + "/" + name + ".mustache"
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDir), !isDir.boolValue {
                // A partial's folder is `partials/` of a template folder: both must stay inside that folder.
                let root = folder.hasSuffix("/partials") ? String(folder.dropLast("/partials".count)) : folder
                let text = try Self.read(candidate, what: .partialFile, within: root)
                try Self.parse(text, file: candidate)
                return (candidate, text)
            }
        }
        return nil
    }

    /// `within`: the folder the file must really lie in (default: its own folder).
    static func read(_ path: String, what: Message, within root: String? = nil) throws(InputError) -> String {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else {
            throw InputError(file: path, message: .noSuchTemplateFile(what))
        }
        try refuseOutside(root ?? (path as NSString).deletingLastPathComponent, path, what: what)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, message: .cannotReadTemplateFile(what))
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw InputError(file: path, message: .templateNotUTF8(what))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// A template or partial must be a regular file whose real path lies in the real path of its own
    /// folder (docs/SECURITY.md, "Templates and partials"): a link planted as a partial, or a
    /// `CSAT_TEMPLATES` file linked to `/etc/passwd`, would paste that file into the report that goes
    /// to management; a FIFO would hang the run. A link to a file inside the same folder is fine.
    static func refuseOutside(_ dir: String, _ path: String, what: Message) throws(InputError) {
        guard let realFile = Paths.real(path), let realDir = Paths.real(dir.isEmpty ? "." : dir) else {
            throw InputError(file: path, message: .cannotReadTemplateFile(what))
        }
        let base = realDir.hasSuffix("/") ? realDir : realDir + "/"
        guard realFile.hasPrefix(base) else {
            throw InputError(
                file: path,
                message: .templateLinksOutside(what, to: realFile))
        }
        var info = stat()
        guard stat(realFile, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw InputError(file: path, message: .templateNotRegular(what))
        }
    }

    /// Mustache syntax, with the engine's own position of the problem.
    static func parse(_ text: String, file: String) throws(InputError) {
        do {
            _ = try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            let kind = error.error as? MustacheTemplate.Error
            if kind == .expectedSectionEnd, let open = unclosedSection(text) {
                throw InputError(
                    file: file, line: open.line, column: open.column,
                    message: .sectionNeverClosed(open.name))
            }
            if kind == nil, let open = unclosedTag(text) {
                // The engine's reader ran off the end of the text: a tag that is never closed.
                throw InputError(file: file, line: open.line, column: open.column, message: .tagNeverClosed)
            }
            throw InputError(
                file: file, line: error.context.lineNumber, column: error.context.columnNumber,
                message: kind.map(describe) ?? .verbatim("\(error.error)"))
        } catch {
            throw InputError(file: file, message: .notMustache("\(error)"))
        }
    }

    /// Where the last `{{` without a `}}` after it starts.
    static func unclosedTag(_ text: String) -> (line: Int, column: Int)? {
        guard let open = text.range(of: "{{", options: .backwards),
            text.range(of: "}}", range: open.upperBound..<text.endIndex) == nil
        else { return nil }
        let before = text[..<open.lowerBound]
        let line = before.filter(\.isNewline).count + 1
        let column = before.reversed().prefix { !$0.isNewline }.count + 1
        return (line, column)
    }

    /// The innermost section left open at the end, to point at it rather than at the end of the file.
    static func unclosedSection(_ text: String) -> TemplateTag? {
        var open: [TemplateTag] = []
        for tag in TemplateScanner.tags(text) {
            switch tag.kind {
            case .section, .inverted, .parent, .block: open.append(tag)
            case .close: _ = open.popLast()
            default: break
            }
        }
        return open.last
    }

    static func describe(_ error: MustacheTemplate.Error) -> Message {
        switch error {
        case .sectionCloseNameIncorrect: return .closingTagMismatch
        case .unfinishedName:
            return .unfinishedTagName
        case .expectedSectionEnd: return .sectionOpenedNotClosed
        case .invalidSetDelimiter: return .badSetDelimiter
        case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return .inheritanceUnsupported
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable:
            return .pragmasUnsupported
        }
    }
}
