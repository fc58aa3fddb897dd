/// Builds the JSON paths that messages name, such as `$.drivers[1].weight` or `$["项目 名"]`.
///
/// A key that reads as an identifier (letters of any script, digits after the
/// first character, `_`) is written after a dot, so Chinese keys stay readable
/// (`$.问卷编号`); any other key — with spaces, dots, brackets, quotes, a leading
/// digit, or empty — is written as `["…"]` with JSON string escapes, so the
/// path can always be read back without ambiguity.
public enum JSONPath {
    /// The path of the whole document.
    public static let root = "$"

    /// The path of member `key` of the object at `base`.
    public static func key(_ base: String, _ key: String) -> String {
        isIdentifier(key) ? "\(base).\(key)" : "\(base)[\(quoted(key))]"
    }

    /// The path of element `i` (0-based, as in the file) of the array at `base`.
    public static func index(_ base: String, _ i: Int) -> String {
        "\(base)[\(i)]"
    }

    /// True for keys made of Unicode identifier characters (UAX #31 XID_Start, then XID_Continue), or `_`.
    static func isIdentifier(_ key: String) -> Bool {
        var scalars = key.unicodeScalars.makeIterator()
        guard let first = scalars.next(), first == "_" || first.properties.isXIDStart else { return false }
        while let scalar = scalars.next() {
            guard scalar.properties.isXIDContinue else { return false }
        }
        return true
    }

    /// The key as a JSON string literal, quotes included.
    static func quoted(_ key: String) -> String {
        var out = ""
        JSONWriter.string(key, &out)
        return out
    }
}
