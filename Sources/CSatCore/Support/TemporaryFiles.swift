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
    /// Folders this run created, outermost first.
    private var folders: [String] = []
    /// Whether any output was renamed into place.
    private var committed = false
    /// Commits held back by an open transaction.
    private var pending: [(temp: String, path: String)]? = nil

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
        lock.unlock()
    }

    func begin() {
        lock.lock()
        pending = []
        lock.unlock()
    }

    /// Renames files into place (or, inside a transaction, notes them for its end).
    func commit(_ pairs: [(temp: String, path: String)]) throws(InputError) {
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
        removeFolders()
    }

    /// Must hold the lock. Checks every target first, so that a target in the way fails before anything moves.
    private func renameAll(_ pairs: [(temp: String, path: String)]) throws(InputError) {
        for p in pairs {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: p.path, isDirectory: &isDir), isDir.boolValue {
                for q in pairs { unlink(q.temp); files.remove(q.temp) }
                removeFolders()
                throw InputError(file: p.path, message: "cannot write the output: a folder of that name is in the way")
            }
        }
        for (i, p) in pairs.enumerated() where rename(p.temp, p.path) != 0 {
            let reason = String(cString: strerror(errno))
            for q in pairs[i...] { unlink(q.temp); files.remove(q.temp) }
            throw InputError(file: p.path, message: "cannot write the output: \(reason)")
        }
        for p in pairs { files.remove(p.temp) }
        if !pairs.isEmpty { committed = true }
        folders.removeAll()
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
        removeFolders()
        return (removed, committed)
    }
}
