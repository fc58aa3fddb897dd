import Foundation

/// Paths as the file system resolves them.
public enum Paths {
    /// The real path of `path` (every link resolved, `..` taken out), or nil when it does not exist.
    public static func real(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }
}
