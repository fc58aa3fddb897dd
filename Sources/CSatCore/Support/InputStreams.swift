import Foundation

/// Inputs that are not files — `-` (standard input), `/dev/stdin`, a pipe such as `<(…)`, a named
/// FIFO, a device — made into files before anything reads them (docs/SECURITY.md, "Inputs that are
/// not files").
///
/// Why a copy: csat reads a table more than once (its encoding is guessed on its first bytes, a
/// roster is hashed and then read twice, a workbook is a zip read out of order), and a stream can be
/// read only once — the second reader found it empty, or, for a named FIFO, waited for ever. So a
/// stream is read once, to its end, into a private folder of this run (`mkdtemp`, mode 0700, in
/// `TMPDIR`), up to a limit, and every reader gets the copy, a regular file like any other, with its
/// size guards. The copy keeps the input's name, so labels, form ids and the sheets read as for the
/// input; messages name the input as the user gave it (`shown`). The folder is removed when csat
/// exits, on an error or on Ctrl-C too.
public enum InputStreams {
    /// How far a stream is read before csat gives up on it.
    public enum Limit: Sendable {
        /// A survey definition: 16 MB (any real one is a few kilobytes).
        case definition
        /// A table (forms, roster, sample list, household list): `CSAT_STREAM_LIMIT` (bytes, or with K, M,
        /// G), else 2 GB or half the free space of the temporary folder, whichever is less: a million-form
        /// wave is a few hundred MB of CSV, and `/dev/urandom` given by mistake stops in seconds.
        case table
    }

    /// The name `-` has in messages.
    public static let standardInputName = "(standard input)"

    /// A path that reads like `spec` and names a regular file: `spec` itself for a regular file, a
    /// folder or a name that does not exist (the readers say what is wrong with it), else the copy of
    /// the stream. `spec` may end in a worksheet (`book.xlsx:数据`); the sheet stays on the copy.
    /// The same stream named twice is read once. `what` ("the survey definition") leads a message.
    public static func regular(_ spec: String, limit: Limit, what: Message? = nil) throws(InputError) -> String {
        try shared.regular(spec, limit: limit, what: what)
    }

    /// Whether `path` names a regular file, a folder or nothing — not `-`, a pipe, a FIFO or a device.
    public static func isFileOrMissing(_ path: String) -> Bool {
        if path == "-" { return false }
        var info = stat()
        guard stat(path, &info) == 0 else { return true }
        return [S_IFREG, S_IFDIR].contains(info.st_mode & S_IFMT)
    }

    /// `text` with every copy's path replaced by the input's name as the user gave it.
    public static func shown(_ text: String) -> String { shared.shown(text) }

    /// Removes the copies and their folder. Called at exit and by the CLI's signal handler, right before
    /// the process ends: the lock is kept, so no copy is started after it.
    public static func removeAll() { shared.removeAll() }

    /// The run's copies: the ones `shown` and `InputError` name as the user gave them.
    public static let shared = Spool()

    /// Bytes in `CSAT_STREAM_LIMIT`: `2000000`, `500K`, `64M`, `4G`.
    package static func parseLimit(_ text: String) -> Int? {
        var digits = text.trimmingCharacters(in: .whitespaces)
        var unit = 1
        if let last = digits.last?.uppercased(), let shift = ["K": 10, "M": 20, "G": 30][last] {
            unit = 1 << shift
            digits.removeLast()
        }
        guard let n = Int(digits), n > 0 else { return nil }
        let (bytes, overflow) = n.multipliedReportingOverflow(by: unit)
        return overflow ? nil : bytes
    }

    /// The file name a stream's copy gets: the input's own name, and for a name without a table
    /// extension (`63` of `/dev/fd/63`, `-`) one from its first bytes, so that the kind is guessed
    /// as for a file: `[` JSON, `{` JSON Lines; a zip goes to the workbook reader by its bytes anyway.
    static func copyName(_ path: String, head: ArraySlice<UInt8>) -> String {
        var name = path == "-" ? "stdin" : (path as NSString).lastPathComponent
        if name.isEmpty || name == "." || name == ".." || name.hasPrefix(".") { name = "stream" + name }
        let known = ["csv", "txt", "tsv", "xlsx", "xlsm", "json", "jsonl", "ndjson"]
        guard !known.contains((name as NSString).pathExtension.lowercased()) else { return name }
        var rest = head[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        switch rest.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
        case UInt8(ascii: "["): return name + ".json"
        case UInt8(ascii: "{"): return name + ".jsonl"
        default: return name
        }
    }

    /// A set of copies and their folder. csat has one (`shared`); the stream fuzz target makes one per input.
    public final class Spool: @unchecked Sendable {
        private let lock = NSLock()
        /// Overrides the limit for tables (the fuzz target's small limits).
        private let tableLimit: Int?
        private var folder: String?
        /// Input as given (the path part) → its copy.
        private var copies: [String: String] = [:]
        /// Copy → the name shown for it, longest copy first when replacing.
        private var names: [(copy: String, shown: String)] = []

        public init(tableLimit: Int? = nil) {
            self.tableLimit = tableLimit
        }

        /// `InputStreams.regular` for this set of copies.
        public func regular(_ spec: String, limit: Limit, what: Message? = nil) throws(InputError) -> String {
            if spec == "-" { return try spool(spec, path: spec, sheet: nil, limit: limit, what: what) }
            let (path, sheet) = TableFile.split(spec)
            if InputStreams.isFileOrMissing(path) { return spec }
            var info = stat()
            if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFSOCK {
                throw InputError(
                    file: path,
                    message: (what.map(Message.cannotReadWhat) ?? .verbatim("")) + .isASocket)
            }
            return try spool(spec, path: path, sheet: sheet, limit: limit, what: what)
        }

        /// Copies a stream. The lock guards only the lists, not the copying: Ctrl-C during a long copy
        /// must still find the copy to remove.
        private func spool(_ spec: String, path: String, sheet: String?, limit: Limit, what: Message?) throws(InputError) -> String {
            let suffix = sheet.map { ":" + $0 } ?? ""
            if let copy = copy(of: path) { return copy + suffix }
            func failure(_ message: Message) -> InputError {
                InputError(file: path, message: (what.map(Message.cannotReadWhat) ?? .verbatim("")) + message)
            }
            let source = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
            guard source >= 0 else { throw failure(FileBytes.openFailure(errno)) }
            defer { if source != STDIN_FILENO { close(source) } }
            let dir = try makeFolder(path)
            let cap = try capacity(limit, folder: dir, path: path)

            var buffer = [UInt8](repeating: 0, count: 1 << 20)
            var filled = 0
            var ended = false
            // The first bytes name the copy, so they are read before it is made.
            while filled < 64 && !ended {
                let n = try readSome(source, &buffer, at: filled, failure)
                if n == 0 { ended = true } else { filled += n }
            }
            let copy = try register(InputStreams.copyName(path, head: buffer[0..<filled]), in: dir, for: path, failure)
            let target = open(copy, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            guard target >= 0 else { throw failure(cannotCopy(errno)) }
            defer { close(target) }
            var total = 0
            while true {
                total += filled
                if total > cap {
                    throw failure(FileBytes.streamTooLong(cap) + (limit == .table ? .raiseStreamLimit : .verbatim("")))
                }
                try writeAll(target, buffer[0..<filled], failure)
                if ended { break }
                filled = try readSome(source, &buffer, at: 0, failure)
                if filled == 0 { break }
            }
            return copy + suffix
        }

        private func copy(of path: String) -> String? {
            lock.lock()
            defer { lock.unlock() }
            return copies[path]
        }

        /// Notes a copy before it is made, so that a clean-up at any moment removes it. Each copy has a
        /// folder of its own: two streams may have the same name (`a/63`, `b/63`).
        private func register(
            _ name: String, in dir: String, for path: String, _ failure: (Message) -> InputError
        ) throws(InputError) -> String {
            lock.lock()
            defer { lock.unlock() }
            let sub = dir + "/\(copies.count + 1)"
            guard mkdir(sub, 0o700) == 0 else { throw failure(cannotCopy(errno)) }
            let copy = sub + "/" + name
            copies[path] = copy
            names.append((copy, path == "-" ? InputStreams.standardInputName : path))
            names.sort { $0.copy.count > $1.copy.count }
            return copy
        }

        public func shown(_ text: String) -> String {
            lock.lock()
            let names = self.names
            lock.unlock()
            var text = text
            for (copy, shown) in names where text.contains(copy) {
                text = text.replacingOccurrences(of: copy, with: shown)
            }
            return text
        }

        /// Removes the copies and the folder. The shared set keeps its lock, as the process is ending:
        /// nothing is copied afterwards.
        public func removeAll() {
            lock.lock()
            defer { if self !== InputStreams.shared { lock.unlock() } }
            for copy in copies.values {
                unlink(copy)
                rmdir((copy as NSString).deletingLastPathComponent)
            }
            if let folder { rmdir(folder) }
            copies.removeAll()
            names.removeAll()
            folder = nil
        }

        private func makeFolder(_ path: String) throws(InputError) -> String {
            lock.lock()
            defer { lock.unlock() }
            if let folder { return folder }
            let base = NSTemporaryDirectory()
            var template = Array(((base as NSString).appendingPathComponent("csat-in-\(getpid())-XXXXXX")).utf8CString)
            let made: String? = template.withUnsafeMutableBufferPointer { buf in
                mkdtemp(buf.baseAddress!).map { String(cString: $0) }
            }
            guard let made else {
                throw InputError(file: path, message: cannotCopy(errno))
            }
            folder = made
            if self === InputStreams.shared { atexit { InputStreams.removeAll() } }
            return made
        }

        private func capacity(_ limit: Limit, folder: String, path: String) throws(InputError) -> Int {
            switch limit {
            case .definition:
                return SurveyLoader.maxBytes
            case .table:
                if let tableLimit { return tableLimit }
                if let text = ProcessInfo.processInfo.environment["CSAT_STREAM_LIMIT"] {
                    guard let n = InputStreams.parseLimit(text) else {
                        throw InputError(
                            file: "CSAT_STREAM_LIMIT",
                            message: .badStreamLimit(text))
                    }
                    return n
                }
                var fs = statvfs()
                let free = statvfs(folder, &fs) == 0 ? Int(fs.f_bavail) &* Int(fs.f_frsize) : Int.max
                return min(2 << 30, max(free / 2, 1 << 20))
            }
        }

        private func readSome(
            _ fd: Int32, _ buffer: inout [UInt8], at offset: Int, _ failure: (Message) -> InputError
        ) throws(InputError) -> Int {
            while true {
                let n = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress! + offset, $0.count - offset) }
                if n >= 0 { return n }
                if errno != EINTR { throw failure(FileBytes.readFailure(errno)) }
            }
        }

        private func writeAll(_ fd: Int32, _ bytes: ArraySlice<UInt8>, _ failure: (Message) -> InputError) throws(InputError) {
            var done = 0
            while done < bytes.count {
                let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + done, $0.count - done) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw failure(cannotCopy(errno))
                }
                done += n
            }
        }

        private func cannotCopy(_ code: Int32) -> Message {
            .cannotKeepStreamCopy(folder: NSTemporaryDirectory(), reason: String(cString: strerror(code)))
        }
    }
}
