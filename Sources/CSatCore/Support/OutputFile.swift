import Foundation

/// Writes output files atomically: to a temporary file beside the target,
/// then renamed over it, so a failed run leaves no partial file and the old
/// output untouched.
public enum OutputFile {
    public static func write(_ text: String, to path: String) throws(InputError) {
        try write(Data(text.utf8), to: path)
    }

    public static func write(_ data: Data, to path: String) throws(InputError) {
        let temp = temporaryPath(beside: path)
        do {
            try data.write(to: URL(fileURLWithPath: temp))
        } catch {
            try? FileManager.default.removeItem(atPath: temp)
            throw InputError(file: path, message: "cannot write the output: \(describe(error)) (is the folder there and writable, and is the disk full?)")
        }
        try commit(temp, to: path)
    }

    /// A hidden temporary name in the target's folder (same file system, so the rename is atomic).
    public static func temporaryPath(beside path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        return dir + "/." + url.lastPathComponent + ".tmp-\(getpid())"
    }

    /// Renames a finished temporary file over the target.
    public static func commit(_ temp: String, to path: String) throws(InputError) {
        if rename(temp, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw InputError(file: path, message: "cannot write the output: \(reason)")
        }
    }

    static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }
}
