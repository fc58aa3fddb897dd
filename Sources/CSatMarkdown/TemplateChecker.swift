import CSatCore

/// Checks every name in a template against `ContextSchema` before anything
/// is rendered, so that a misspelt or undocumented variable is an error with
/// its file, line and column rather than a blank in the report.
///
/// Names are resolved as Mustache resolves them: the first part in the
/// innermost open section that has it, then outwards; further parts inside
/// that object. Partials are checked where they are included, with the
/// sections open at that point.
struct TemplateChecker {
    /// A partial's file and text by name, or `nil` when there is none.
    var partial: (String) throws(InputError) -> (path: String, text: String)?
    /// Where partials are looked for, for the message when one is missing.
    var partialFolders: [String]

    func check(_ text: String, file: String, scopes: [[String: ContextShape]] = [ContextSchema.root], depth: Int = 0)
        throws(InputError)
    {
        var scopes = scopes
        // Open sections: whether each pushed a scope.
        var open: [Bool] = []
        for tag in TemplateScanner.tags(text) {
            func fail(_ message: Message) -> InputError {
                InputError(file: file, line: tag.line, column: tag.column, message: message)
            }
            switch tag.kind {
            case .comment, .delimiters:
                continue
            case .variable, .unescaped:
                try Self.requireName(tag.name, fail)
                if tag.name == "." { throw fail(.dotInTemplate) }
                let shape = try resolve(tag.name, in: scopes, fail)
                guard shape == .text else {
                    throw fail(.notText(tag.name, is: shape.kind))
                }
            case .section, .inverted:
                try Self.requireName(tag.name, fail)
                if tag.name == "." { throw fail(.dotInTemplate) }
                let shape = try resolve(tag.name, in: scopes, fail)
                switch shape {
                case .text:
                    throw fail(.sectionOverText(tag.name))
                case .flag:
                    open.append(false)
                case .object(let fields), .list(let fields):
                    if tag.kind == .section {
                        scopes.append(fields)
                        open.append(true)
                    } else {
                        open.append(false)
                    }
                }
            case .close:
                if open.popLast() == true { scopes.removeLast() }
            case .partial:
                if tag.name.hasPrefix("*") { throw fail(.dynamicPartialsUnsupported) }
                guard depth < 16 else {
                    throw fail(.partialsTooDeep(tag.name))
                }
                guard let found = try partial(tag.name) else {
                    throw fail(.noSuchPartial(tag.name, folders: partialFolders.joined(separator: ", ")))
                }
                try check(found.text, file: found.path, scopes: scopes, depth: depth + 1)
            case .parent, .block:
                throw fail(.inheritanceTagsUnsupported)
            case .pragma:
                throw fail(.pragmasUnsupported)
            }
        }
    }

    static func requireName(_ name: String, _ fail: (Message) -> InputError) throws(InputError) {
        if name.contains("(") {
            throw fail(.transformsUnsupported(name))
        }
        if name.isEmpty { throw fail(.tagWithoutName) }
    }

    /// The shape a name refers to, resolved as Mustache does.
    func resolve(_ name: String, in scopes: [[String: ContextShape]], _ fail: (Message) -> InputError) throws(InputError)
        -> ContextShape
    {
        let explicit = name.hasPrefix(".")
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).dropFirst(explicit ? 1 : 0).map(String.init)
        guard let first = parts.first, !parts.contains(where: \.isEmpty) else { throw fail(.notAValidName(name)) }
        let candidates = explicit ? [scopes.last!] : Array(scopes.reversed())
        guard var shape = candidates.lazy.compactMap({ $0[first] }).first else {
            let keys = Set(candidates.flatMap(\.keys))
            throw fail(.unknownVariable(name, suggestion: Self.suggestion(first, among: keys, rest: parts.dropFirst())))
        }
        var path = first
        for part in parts.dropFirst() {
            switch shape {
            case .object(let fields):
                guard let next = fields[part] else {
                    throw fail(
                        .unknownField(
                            name, path: path, part: part,
                            suggestion: Self.suggestion(part, among: Set(fields.keys), prefix: path + ".")))
                }
                shape = next
                path += "." + part
            case .list:
                throw fail(.listNeedsSection(path, part: part))
            case .text, .flag:
                throw fail(.hasNoFields(name, path: path, is: shape.kind))
            }
        }
        return shape
    }

    /// `headline.index` for a near miss, else nil.
    static func suggestion(_ word: String, among keys: Set<String>, prefix: String = "", rest: ArraySlice<String> = [])
        -> String?
    {
        let lower = word.lowercased()
        let best = keys.map { ($0, distance(lower, $0.lowercased())) }
            .filter { $0.1 <= max(1, min(2, word.count / 3)) }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }
        guard let best else { return nil }
        let tail = rest.isEmpty ? "" : "." + rest.joined(separator: ".")
        return prefix + best.0 + tail
    }

    /// Edit distance with swapped neighbours counting as one edit (`nmae` → `name`), for suggestions.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = Swift.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = Swift.min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
