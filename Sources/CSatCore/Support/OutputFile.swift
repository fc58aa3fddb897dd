import Foundation

/// Writes output files atomically: to a temporary file beside the target,
/// then renamed over it, so a failed run leaves no partial file and the old
/// output untouched.
///
/// The temporary files live in a private folder that this run makes in the
/// target's folder (`.csat.tmp-PID-XXXXXX`, mode 0700, by `mkdtemp`), and each
/// is created with `O_EXCL | O_NOFOLLOW`: in a shared output folder nobody can
/// plant a link that makes csat write through it, and libxlsxwriter, which
/// opens its file by name, opens it inside that folder (docs/SECURITY.md,
/// "Output files"). A target that is in place already is replaced only when it
/// is a regular file: never a device, a FIFO, a folder or a symbolic link.
///
/// Every temporary path is registered in one place (`TemporaryFiles`), so
/// that an interrupted run (Ctrl-C, SIGTERM) can remove them before it exits
/// (the signal handler is the CLI's `Interrupts`). A run that writes several
/// files (`csat report`: workbook, Markdown, charts; `csat sample`: list,
/// workbook, manifest) wraps them in `transaction`, so they are renamed into
/// place together at the end, or none is.
public enum OutputFile {
    public static func write(_ text: String, to path: String) throws(InputError) {
        try write(Data(text.utf8), to: path)
    }

    public static func write(_ data: Data, to path: String) throws(InputError) {
        let temp = try temporaryPath(beside: path)
        try writeTemporary(data, temp, for: path)
        try commit(temp, to: path)
    }

    /// Writes a temporary file with plain system calls, so a failure names the system's reason
    /// ("No space left on device", "Permission denied"); on failure the file is removed.
    /// Not Foundation's `.atomic` write: it makes a second temporary file that Ctrl-C would not know.
    public static func writeTemporary(_ data: Data, _ temp: String, for path: String) throws(InputError) {
        let fd = try createTemporary(temp, for: path)
        var failure: Int32 = 0
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += n
            }
        }
        if close(fd) != 0 && failure == 0 { failure = errno }
        guard failure != 0 else { return }
        discard(temp)
        throw cannotWrite(path, failure)
    }

    /// Creates a temporary file exclusively (never through an existing name or link) and returns its descriptor.
    public static func createTemporary(_ temp: String, for path: String) throws(InputError) -> Int32 {
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            let code = errno
            discard(temp)
            throw cannotWrite(path, code)
        }
        return fd
    }

    static func cannotWrite(_ path: String, _ code: Int32, what: Message = .theOutput) -> InputError {
        InputError(
            file: path,
            message: .cannotWrite(what, reason: String(cString: strerror(code))))
    }

    /// A temporary name for `path` inside this run's private folder beside it (same file system, so the
    /// rename is atomic), registered so that an interrupted run removes it. The folder is made on first use.
    /// `what` names the output in a failure ("the workbook").
    public static func temporaryPath(beside path: String, what: Message? = nil) throws(InputError) -> String {
        let url = URL(fileURLWithPath: path)
        let staging = try TemporaryFiles.shared.stagingFolder(in: url.deletingLastPathComponent().path, for: path, what: what ?? .theOutput)
        let temp = staging + "/" + url.lastPathComponent
        TemporaryFiles.shared.register(temp)
        return temp
    }

    /// Refuses, before any work, a target that csat would not replace: anything but a regular file
    /// (a device such as /dev/null, a FIFO, a folder, a symbolic link), even with `--force`.
    public static func refuseNonRegular(_ path: String) throws(InputError) {
        var info = stat()
        guard lstat(path, &info) == 0, let kind = TemporaryFiles.notRegular(info.st_mode) else { return }
        throw notReplaced(path, kind)
    }

    static func notReplaced(_ path: String, _ kind: Message.NonRegular) -> InputError {
        InputError(
            file: path,
            message: .outputInTheWay(.nonRegular(kind)))
    }

    /// Removes a temporary file that will not be committed.
    public static func discard(_ temp: String) {
        unlink(temp)
        TemporaryFiles.shared.forget(temp)
    }

    /// Renames a finished temporary file over the target; inside a `transaction`, at its end.
    public static func commit(_ temp: String, to path: String) throws(InputError) {
        try TemporaryFiles.shared.commit([.init(temp: temp, path: path)])
    }

    /// Like `commit`, but never replaces a file: for a file that must be made once (the company key).
    /// The target was absent when the run looked; if another run made it since, that one stays.
    public static func commitNew(_ temp: String, to path: String) throws(InputError) {
        try TemporaryFiles.shared.commit([.init(temp: temp, path: path, exclusive: true)])
    }

    /// Runs `body`, holding back every commit until it has finished; then renames all the files
    /// into place, or, when `body` throws, removes them all and leaves the old outputs untouched.
    public static func transaction<T>(_ body: () throws(InputError) -> T) throws(InputError) -> T {
        TemporaryFiles.shared.begin()
        let result: T
        do {
            result = try body()
        } catch {
            TemporaryFiles.shared.rollBack()
            throw error
        }
        try TemporaryFiles.shared.end()
        return result
    }

    /// Creates the output folder (and its parents); a folder made by this run is removed again
    /// when the run fails or is interrupted before anything was written into it.
    public static func createFolder(_ path: String) throws(InputError) {
        var missing: [String] = []
        var dir = URL(fileURLWithPath: path).standardizedFileURL
        while !FileManager.default.fileExists(atPath: dir.path) && dir.path != "/" {
            missing.append(dir.path)
            dir = dir.deletingLastPathComponent()
        }
        for folder in missing.reversed() {
            TemporaryFiles.shared.registerFolder(folder)
            if mkdir(folder, 0o777) != 0 && errno != EEXIST {
                let reason = String(cString: strerror(errno))
                throw InputError(file: path, message: .cannotCreateOutputFolder(reason))
            }
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else {
            throw InputError(file: path, message: .outputFolderBlocked)
        }
    }
}
