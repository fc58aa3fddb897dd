/// Reads typed values out of a `JSONValue`, tracking the JSON path so that
/// every complaint about a survey definition names where it is.
struct DefinitionDecoder {
    let file: String

    func fail(_ path: String, _ message: Message) -> InputError {
        InputError(file: file, path: path, message: message)
    }

    func object(_ value: JSONValue, _ path: String, allowed: Set<String>) throws(InputError) -> JSONObject {
        guard let object = value.objectValue else {
            throw fail(path, .expectedObject(found: value.kindName))
        }
        for key in object.keys where !allowed.contains(key) && !key.hasPrefix("_") && key != "$schema" {
            let nearest = allowed.sorted().first { editDistance($0.lowercased(), key.lowercased()) <= 2 }
            throw fail(JSONPath.key(path, key), .unknownKey(nearest: nearest, allowed: allowed.sorted()))
        }
        return object
    }

    func array(_ value: JSONValue, _ path: String) throws(InputError) -> [JSONValue] {
        guard let array = value.arrayValue else {
            throw fail(path, .expectedArray(found: value.kindName))
        }
        return array
    }

    func string(_ value: JSONValue, _ path: String, nonEmpty: Bool = true) throws(InputError) -> String {
        guard let s = value.stringValue else {
            throw fail(path, .expectedString(found: value.kindName))
        }
        if nonEmpty && s.trimmingSpaces.isEmpty {
            throw fail(path, .mustNotBeEmpty)
        }
        return s
    }

    func number(_ value: JSONValue, _ path: String) throws(InputError) -> Double {
        guard let d = value.doubleValue, d.isFinite else {
            throw fail(path, .expectedNumber(found: value.kindName))
        }
        return d
    }

    func integer(_ value: JSONValue, _ path: String) throws(InputError) -> Int {
        let d = try number(value, path)
        guard d == d.rounded(), abs(d) < 1e9 else {
            throw fail(path, .expectedWholeNumber(found: "\(d)"))
        }
        return Int(d)
    }

    func bool(_ value: JSONValue, _ path: String) throws(InputError) -> Bool {
        guard let b = value.boolValue else {
            throw fail(path, .expectedBool(found: value.kindName))
        }
        return b
    }

    func strings(_ value: JSONValue, _ path: String) throws(InputError) -> [String] {
        let items = try array(value, path)
        var result: [String] = []
        for (i, item) in items.enumerated() {
            result.append(try string(item, JSONPath.index(path, i)))
        }
        return result
    }
}

/// Levenshtein distance, for "did you mean" hints on misspelt keys.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}

extension String {
    /// The string without leading and trailing spaces, tabs, full-width spaces and line breaks.
    var trimmingSpaces: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0.isNewline }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = lastIndex(where: { !isSpace($0) })!
        return self[start...end]
    }
}
