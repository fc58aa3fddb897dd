import Foundation

/// Finds, reads or makes the company key for a run (docs/SECURITY.md, "Unit pseudonyms and the company key").
///
/// Where: `--key FILE`, else `csat.key` beside the survey definition — the surveyor's and the quality
/// department's folder, where the roster and the sample list are. Never in the output folder, which
/// goes to management: a key there is refused. A missing key is made (32 random bytes, mode 0600)
/// and put in place with the run's other outputs, only when the run succeeds.
public struct CompanyKeyFile: Sendable {
    public let path: String
    public let key: CompanyKey
    /// The key was made by this run: `commit` puts it in place, and the user is told.
    public let isNew: Bool

    public static let defaultName = "csat.key"

    /// `outputFolder`: the folder of management outputs, where a key is refused; nil for the
    /// history, which the quality department keeps beside the definition and the key.
    public static func open(option: String?, survey: String, outputFolder: String?) throws(InputError) -> CompanyKeyFile {
        let path: String
        if let option {
            path = option
        } else {
            var info = stat()
            guard stat(survey, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
                throw InputError(
                    file: survey,
                    message: .keyBesideNonFile)
            }
            path = ((survey as NSString).deletingLastPathComponent as NSString).appendingPathComponent(defaultName)
        }
        let folder = resolved((path as NSString).deletingLastPathComponent)
        if let outputFolder, case let out = resolved(outputFolder), folder == out || folder.hasPrefix(out.hasSuffix("/") ? out : out + "/") {
            throw InputError(
                file: path,
                message: .keyInOutputFolder(outputFolder))
        }
        if let key = try CompanyKey.read(path) { return CompanyKeyFile(path: path, key: key, isNew: false) }
        return CompanyKeyFile(path: path, key: .generate(), isNew: true)
    }

    /// Writes a new key beside its target and puts it in place (inside a transaction: at its end); mode 0600,
    /// and never over a key that another run made meanwhile.
    public func commit() throws(InputError) {
        guard isNew else { return }
        let temp = try OutputFile.temporaryPath(beside: path)
        try OutputFile.writeTemporary(Data(key.fileText.utf8), temp, for: path)
        chmod(temp, 0o600)
        try OutputFile.commitNew(temp, to: path)
    }

    /// What to tell the user about a key this run made.
    public var madeMessage: Message { .madeCompanyKey(path, fingerprint: key.fingerprint) }

    /// The real path of a folder that exists, else the absolute path as written.
    static func resolved(_ p: String) -> String {
        let absolute = URL(fileURLWithPath: p.isEmpty ? "." : p).standardizedFileURL.path
        return Paths.real(absolute) ?? absolute
    }
}
