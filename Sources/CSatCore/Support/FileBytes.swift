import Foundation

/// Reads a whole input file (a JSON response file, a survey definition) into
/// memory, with an error that says why when it cannot.
///
/// Why not `FileManager.contents(atPath:)`: it answers only `nil` (missing?
/// a folder? permissions? a disk error?), its `Data` is copied again on the way
/// to `[UInt8]` (twice the memory of a large file), and on an empty file it
/// leaks its 4 KiB read buffer (FoundationEssentials 6.3; found by the json
/// fuzz target, docs/FUZZING.md).
public enum FileBytes {
    /// Reads `path`. `memoryFactor` is the memory each byte of the file takes
    /// once parsed (docs/ERRORS.md, "Files"): a file that would need more
    /// than the memory this machine has free is refused before it is read,
    /// with a message, instead of the system killing csat half-way.
    ///
    /// A pipe, FIFO or device has no size to check first, so it is read up to `streamLimit` (default:
    /// the memory free, divided by `memoryFactor`) and refused past it: `/dev/zero` or `yes` given
    /// as a file stops with a message instead of growing until the system kills csat.
    public static func read(_ path: String, memoryFactor: Int = 1, streamLimit: Int? = nil) throws(InputError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw InputError(file: path, message: openFailure(errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw InputError(file: path, message: readFailure(errno)) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw InputError(file: path, message: isFolder) }
        let regular = (info.st_mode & S_IFMT) == S_IFREG
        let size = regular ? Int(info.st_size) : 0
        let cap = regular ? Int.max : (streamLimit ?? Memory.available().map { $0 / max(memoryFactor, 1) } ?? Int.max)
        let (need, overflow) = size.multipliedReportingOverflow(by: max(memoryFactor, 1))
        if let free = Memory.available(), overflow || need > free {
            throw InputError(file: path, message: tooLarge(size: size, need: overflow ? Int.max : need, free: free))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size + 1)
        var chunk = [UInt8](repeating: 0, count: max(64 << 10, min(size + 1, 16 << 20)))
        while true {
            let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError(file: path, message: readFailure(errno))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > cap { throw InputError(file: path, message: streamTooLong(cap)) }
        }
        return bytes
    }

    /// Peak memory per byte of a JSON response file: the bytes plus the parsed values (measured: a 13 MB
    /// array of 20 000 forms peaks at 97 MB, 25 MB of it csat itself), with room to spare.
    public static let jsonMemoryFactor = 8

    static let isFolder = Message.isAFolder  // as FormImporter.unreadable says it

    static func openFailure(_ code: Int32) -> Message {
        switch code {
        case ENOENT: return .noSuchFile
        case EACCES, EPERM: return .permissionDenied
        case EISDIR: return isFolder
        default: return readFailure(code)
        }
    }

    static func readFailure(_ code: Int32) -> Message {
        if code == EISDIR { return isFolder }
        return .readFailed(String(cString: strerror(code)))
    }

    static func streamTooLong(_ cap: Int) -> Message { .streamTooLong(megabytes(cap)) }

    static func tooLarge(size: Int, need: Int, free: Int) -> Message {
        .fileTooLargeForMemory(size: megabytes(size), need: megabytes(need), free: megabytes(free))
    }

    /// 3 KB, 17 MB, 800 GB: rounded up, for messages.
    package static func megabytes(_ bytes: Int) -> String {
        if bytes >= 10 << 30 { return "\(bytes >> 30) GB" }
        if bytes >= 1 << 20 { return "\((bytes + (1 << 20) - 1) >> 20) MB" }
        return "\(max(1, (bytes + 1023) >> 10)) KB"
    }
}

/// Free memory, for refusing inputs that would not fit (Linux: `MemAvailable`, and a cgroup v2 limit when one is set).
enum Memory {
    /// `CSAT_MEMORY_AVAILABLE` (bytes) overrides what the system says; tests use it.
    static func available() -> Int? {
        if let text = ProcessInfo.processInfo.environment["CSAT_MEMORY_AVAILABLE"], let n = Int(text) { return n }
        var result: Int? = nil
        if let meminfo = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8),
            let line = meminfo.split(separator: "\n").first(where: { $0.hasPrefix("MemAvailable:") }),
            let kb = Int(line.split(separator: " ").dropFirst().first ?? "")
        {
            result = kb * 1024
        }
        if let maxText = try? String(contentsOfFile: "/sys/fs/cgroup/memory.max", encoding: .utf8),
            let limit = Int(maxText.trimmingCharacters(in: .whitespacesAndNewlines))
        {
            let current =
                (try? String(contentsOfFile: "/sys/fs/cgroup/memory.current", encoding: .utf8))
                .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
            result = min(result ?? Int.max, max(0, limit - current))
        }
        return result
    }
}
