import Foundation

/// The temporary output files and new output folders of this run, in one
/// place (docs/ERRORS.md, "Interrupted runs").
///
/// `OutputFile` registers every temporary file before it is created and
/// forgets it once it is renamed into place or removed. When the run is
/// interrupted, the CLI's signal handler calls `abandon()`, which removes
/// whatever is still registered and keeps the lock for good, so that no
/// rename can slip in between the clean-up and the exit.
public final class TemporaryFiles: @unchecked Sendable {
    public static let shared = TemporaryFiles()

    private let lock = NSLock()
    private var files: Set<String> = []
    /// This run's private folders for temporary files, by the output folder they are in.
    private var staging: [String: String] = [:]
    /// Folders this run created, outermost first.
    private var folders: [String] = []
    /// Whether any output was renamed into place.
    private var committed = false
    /// Commits held back by an open transaction.
    private var pending: [Commit]? = nil

    /// A finished temporary file and its target; `exclusive`: never replace a file already there.
    struct Commit {
        var temp: String
        var path: String
        var exclusive = false
    }

    /// The private folder for temporary files in `folder`, made on first use: `mkdtemp` gives a new
    /// name of mode 0700, so no one else can put a file or a link where csat writes.
    func stagingFolder(in folder: String, for path: String, what: Message) throws(InputError) -> String {
        let dir = folder.isEmpty ? "." : folder
        lock.lock()
        defer { lock.unlock() }
        if let made = staging[dir] { return made }
        var template = Array((dir + "/.csat.tmp-\(getpid())-XXXXXX").utf8CString)
        let made: String? = template.withUnsafeMutableBufferPointer { buf in
            mkdtemp(buf.baseAddress!).map { String(cString: $0) }
        }
        guard let made else { throw OutputFile.cannotWrite(path, errno, what: what) }
        staging[dir] = made
        return made
    }

    /// Must hold the lock. Removes the private folders that no longer hold a file of this run.
    private func pruneStaging() {
        for (dir, made) in staging {
            let prefix = made + "/"
            if files.contains(where: { $0.hasPrefix(prefix) }) || (pending ?? []).contains(where: { $0.temp.hasPrefix(prefix) }) {
                continue
            }
            rmdir(made)
            staging[dir] = nil
        }
    }

    func register(_ temp: String) {
        lock.lock()
        files.insert(temp)
        lock.unlock()
    }

    func registerFolder(_ folder: String) {
        lock.lock()
        folders.append(folder)
        lock.unlock()
    }

    func forget(_ temp: String) {
        lock.lock()
        files.remove(temp)
        pruneStaging()
        lock.unlock()
    }

    func begin() {
        lock.lock()
        pending = []
        lock.unlock()
    }

    /// Renames files into place (or, inside a transaction, notes them for its end).
    func commit(_ pairs: [Commit]) throws(InputError) {
        lock.lock()
        defer { lock.unlock() }
        if pending != nil {
            pending! += pairs
            return
        }
        try renameAll(pairs)
    }

    /// Ends a transaction: every noted file goes into place.
    func end() throws(InputError) {
        lock.lock()
        defer { lock.unlock() }
        let pairs = pending ?? []
        pending = nil
        try renameAll(pairs)
        pruneStaging()
    }

    /// Ends a transaction that failed: every file it wrote is removed, and the folders it made.
    func rollBack() {
        lock.lock()
        defer { lock.unlock() }
        for p in pending ?? [] {
            unlink(p.temp)
            files.remove(p.temp)
        }
        pending = nil
        pruneStaging()
        removeFolders()
    }

    /// Must hold the lock. Checks every target first, so that a target in the way fails before anything
    /// moves: only a regular file is ever replaced (docs/SECURITY.md, "Output files").
    private func renameAll(_ pairs: [Commit]) throws(InputError) {
        func fail(_ path: String, _ message: Message) -> InputError {
            for q in pairs { unlink(q.temp); files.remove(q.temp) }
            pruneStaging()
            removeFolders()
            return InputError(file: path, message: message)
        }
        for p in pairs {
            var info = stat()
            guard lstat(p.path, &info) == 0 else { continue }
            if p.exclusive { throw fail(p.path, .madeMeanwhile) }
            if let kind = Self.notRegular(info.st_mode) { throw fail(p.path, OutputFile.notReplaced(p.path, kind).message) }
        }
        for (i, p) in pairs.enumerated() {
            let failed: Bool
            if p.exclusive {
                failed = link(p.temp, p.path) != 0
                if !failed { unlink(p.temp) }
            } else {
                failed = rename(p.temp, p.path) != 0
            }
            guard failed else { continue }
            let reason = String(cString: strerror(errno))
            for q in pairs[i...] { unlink(q.temp); files.remove(q.temp) }
            pruneStaging()
            throw InputError(file: p.path, message: .cannotMoveOutput(reason))
        }
        for p in pairs { files.remove(p.temp) }
        if !pairs.isEmpty { committed = true }
        folders.removeAll()
        pruneStaging()
    }

    /// "a folder", "a symbolic link", …: what an existing target is when it is not a regular file.
    static func notRegular(_ mode: mode_t) -> Message.NonRegular? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        case S_IFCHR, S_IFBLK: return .device
        case S_IFIFO: return .fifo
        case S_IFSOCK: return .socket
        default: return .other
        }
    }

    /// Must hold the lock. Removes the folders this run made, innermost first, if they are still empty.
    private func removeFolders() {
        for folder in folders.reversed() { rmdir(folder) }
        folders.removeAll()
    }

    /// Removes every temporary file and new empty folder, and never releases the lock: for the
    /// signal handler, right before the process exits. Returns how many files it removed, and
    /// whether the run had already put outputs in place (the signal came after the last rename).
    public func abandon() -> (removed: Int, committed: Bool) {
        lock.lock()
        var removed = 0
        for f in files where unlink(f) == 0 { removed += 1 }
        files.removeAll()
        for p in pending ?? [] where unlink(p.temp) == 0 { removed += 1 }
        pending = nil
        pruneStaging()
        removeFolders()
        return (removed, committed)
    }
}
