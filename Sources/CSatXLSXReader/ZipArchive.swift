internal import CLibZip
import Foundation

/// The workbook's zip archive through libzip: parts found by name, inflated
/// whole (small parts) or chunk by chunk (sheets), with the bytes counted as
/// they come so that a zip bomb stops at `XLSXLimits` whatever its header says.
final class ZipArchive: @unchecked Sendable {
    private let zip: OpaquePointer
    let limits: XLSXLimits

    private var held: UnsafeMutableRawPointer?

    init(path: String, limits: XLSXLimits) throws(XLSXError) {
        self.limits = limits
        var code: Int32 = 0
        guard let z = zip_open(path, ZIP_RDONLY, &code) else {
            // A zip's first entry but no directory at its end: a download or copy cut short.
            if code == ZIP_ER_NOZIP, let h = FileHandle(forReadingAtPath: path), let head = try? h.read(upToCount: 4),
                [UInt8](head) == [0x50, 0x4B, 0x03, 0x04]
            {
                throw Self.openError(ZIP_ER_INCONS)
            }
            throw Self.openError(code)
        }
        zip = z
    }

    /// An archive in memory; the bytes are copied and kept for the archive's life.
    init(bytes: [UInt8], limits: XLSXLimits) throws(XLSXError) {
        self.limits = limits
        let copy = UnsafeMutableRawPointer.allocate(byteCount: max(1, bytes.count), alignment: 16)
        bytes.withUnsafeBytes { if let b = $0.baseAddress { copy.copyMemory(from: b, byteCount: bytes.count) } }
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(copy, UInt64(bytes.count), 0, &error) else {
            copy.deallocate()
            throw Self.openError(zip_error_code_zip(&error))
        }
        guard let z = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source)
            copy.deallocate()
            throw Self.openError(zip_error_code_zip(&error))
        }
        zip = z
        held = copy
    }

    private static func openError(_ code: Int32) -> XLSXError {
        var e = zip_error_t()
        zip_error_init_with_code(&e, code)
        defer { zip_error_fini(&e) }
        let why = String(cString: zip_error_strerror(&e))
        if code == ZIP_ER_NOZIP {
            return XLSXError(
                message: .notAZip)
        }
        if code == ZIP_ER_OPEN || code == ZIP_ER_NOENT || code == ZIP_ER_READ {
            return XLSXError(message: .zipCannotBeRead(why))
        }
        return XLSXError(
            message: .notReadableXLSX(why))
    }

    deinit {
        zip_discard(zip)
        held?.deallocate()
    }

    /// The index of the part `name` (`xl/workbook.xml`), matched case-insensitively as Excel does.
    func index(of name: String) -> UInt64? {
        let i = zip_name_locate(zip, name, ZIP_FL_NOCASE)
        return i < 0 ? nil : UInt64(i)
    }

    /// A whole part, for the small ones (workbook, relationships, styles); nil when absent.
    func read(_ name: String, limit: Int64) throws(XLSXError) -> [UInt8]? {
        guard let i = index(of: name) else { return nil }
        let part = try open(i, name: name, limit: limit)
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = try chunk.withUnsafeMutableBufferPointer { b throws(XLSXError) in try part.read(into: b.baseAddress!, room: b.count) }
            if n == 0 { return out }
            out.append(contentsOf: chunk[0..<n])
        }
    }

    /// Part `i`, to be inflated by the caller a chunk at a time.
    func open(_ i: UInt64, name: String, limit: Int64? = nil) throws(XLSXError) -> Part {
        var st = zip_stat_t()
        zip_stat_init(&st)
        let compressed: Int64 = zip_stat_index(zip, i, 0, &st) == 0 && st.valid & UInt64(ZIP_STAT_COMP_SIZE) != 0 ? Int64(st.comp_size) : 0
        let size: Int64? = st.valid & UInt64(ZIP_STAT_SIZE) != 0 ? Int64(st.size) : nil
        guard let file = zip_fopen_index(zip, i, 0) else {
            let e = zip_get_error(zip)!
            let code = zip_error_code_zip(e)
            if code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP {
                throw XLSXError(
                    kind: .encrypted,
                    message: .zipPassword)
            }
            throw XLSXError(message: .partCannotBeRead(name, String(cString: zip_error_strerror(e))))
        }
        return Part(
            archive: self, file: file, name: name, compressed: compressed, size: size,
            cap: min(limit ?? limits.maxEntryBytes, limits.maxEntryBytes))
    }

    /// One part being inflated; the bytes are counted as they come, so a zip bomb stops at
    /// `XLSXLimits` whatever sizes its headers claim.
    final class Part: @unchecked Sendable {
        let archive: ZipArchive  // keeps the archive open while the part is read
        private let file: OpaquePointer
        let name: String
        let compressed: Int64
        /// What the zip's directory says the part inflates to (not trusted, only for planning).
        let size: Int64?
        private let cap: Int64
        private(set) var total: Int64 = 0

        init(archive: ZipArchive, file: OpaquePointer, name: String, compressed: Int64, size: Int64?, cap: Int64) {
            self.archive = archive
            self.file = file
            self.name = name
            self.compressed = compressed
            self.size = size
            self.cap = cap
        }

        deinit { zip_fclose(file) }

        /// The part's first `count` bytes (fewer when it is shorter).
        func prefix(_ count: Int) throws(XLSXError) -> [UInt8] {
            var bytes = [UInt8](repeating: 0, count: count)
            var filled = 0
            while filled < count {
                let n = try bytes.withUnsafeMutableBufferPointer { b throws(XLSXError) in
                    try read(into: b.baseAddress! + filled, room: b.count - filled)
                }
                if n == 0 { break }
                filled += n
            }
            bytes.removeLast(count - filled)
            return bytes
        }

        /// Up to `room` inflated bytes into `buffer`; 0 at the part's end.
        func read(into buffer: UnsafeMutablePointer<UInt8>, room: Int) throws(XLSXError) -> Int {
            let n = zip_fread(file, buffer, UInt64(room))
            if n < 0 {
                let why = String(cString: zip_error_strerror(zip_file_get_error(file)))
                throw XLSXError(message: .partDamaged(name, why))
            }
            total += n
            let limits = archive.limits
            if total > cap || (total > limits.ratioFrom && compressed > 0 && total / compressed > limits.maxRatio) {
                throw XLSXError(
                    kind: .limit,
                    message: .zipBomb(name, megabytes: total >> 20, ratio: compressed > 0 ? total / compressed : 0))
            }
            return Int(n)
        }
    }
}

/// A sheet inflated on a second thread while the first scans it: the two stages overlap
/// (inflating is a quarter to a third of reading a sheet; docs/PERFORMANCE.md).
///
/// At most `depth` chunks wait, so memory stays a few megabytes whatever the sheet's size. An
/// error while inflating reaches the reader at the point where the bytes would have; a reader
/// that stops early stops the thread before the part is closed.
final class PrefetchedPart: @unchecked Sendable {
    private final class Shared: @unchecked Sendable {
        let condition = NSCondition()
        /// Filled chunks, oldest last, each with how many of its bytes hold data.
        var ready: [([UInt8], Int)] = []
        var free: [[UInt8]] = []
        var finished = false
        var failure: XLSXError?
        var cancelled = false
        var exited = false
    }

    private let shared = Shared()
    private var current: [UInt8] = []
    private var currentCount = 0
    private var offset = 0
    static let chunk = 1 << 20
    static let depth = 4

    init(_ part: ZipArchive.Part) {
        let shared = self.shared
        let thread = Thread {
            defer {
                shared.condition.lock()
                shared.exited = true
                shared.condition.broadcast()
                shared.condition.unlock()
            }
            while true {
                shared.condition.lock()
                while shared.ready.count >= Self.depth && !shared.cancelled { shared.condition.wait() }
                if shared.cancelled {
                    shared.condition.unlock()
                    return
                }
                // Buffers go round between the threads: a sheet of any size touches `depth + 2` of them.
                var buffer = shared.free.popLast() ?? [UInt8](repeating: 0, count: Self.chunk)
                shared.condition.unlock()
                var n = 0
                var failure: XLSXError?
                do {
                    n = try buffer.withUnsafeMutableBufferPointer { b throws(XLSXError) in
                        try part.read(into: b.baseAddress!, room: b.count)
                    }
                } catch let e as XLSXError {
                    failure = e
                } catch {
                    failure = XLSXError(message: .verbatim("\(error)"))
                }
                shared.condition.lock()
                if let failure {
                    shared.failure = failure
                    shared.finished = true
                } else if n == 0 {
                    shared.finished = true
                } else {
                    shared.ready.insert((buffer, n), at: 0)
                }
                let done = shared.finished
                shared.condition.broadcast()
                shared.condition.unlock()
                if done { return }
            }
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    deinit {
        shared.condition.lock()
        shared.cancelled = true
        shared.condition.broadcast()
        while !shared.exited { shared.condition.wait() }
        shared.condition.unlock()
    }

    /// Up to `room` bytes into `buffer`; 0 at the part's end.
    func read(into buffer: UnsafeMutablePointer<UInt8>, room: Int) throws(XLSXError) -> Int {
        if offset == currentCount {
            shared.condition.lock()
            if currentCount > 0 {
                shared.free.append(current)
                current = []
                currentCount = 0
                offset = 0
            }
            while shared.ready.isEmpty && !shared.finished { shared.condition.wait() }
            if let (next, n) = shared.ready.popLast() {
                current = next
                currentCount = n
                offset = 0
                shared.condition.broadcast()
            }
            let failure = shared.ready.isEmpty && currentCount == 0 ? shared.failure : nil
            shared.condition.unlock()
            if let failure { throw failure }
            if currentCount == 0 { return 0 }
        }
        let n = min(room, currentCount - offset)
        current.withUnsafeBufferPointer { src in buffer.update(from: src.baseAddress! + offset, count: n) }
        offset += n
        return n
    }
}

extension ByteWindow {
    /// A window over `part`, inflated on a second thread while the caller reads it when it is large
    /// (past 8 MB: a sheet, a big shared-strings table), on the caller's thread otherwise.
    static func reading(_ part: ZipArchive.Part) -> ByteWindow {
        if (part.size ?? 0) > 8 << 20 {
            let prefetched = PrefetchedPart(part)
            return ByteWindow { buffer, room throws(XLSXError) in try prefetched.read(into: buffer, room: room) }
        }
        return ByteWindow { buffer, room throws(XLSXError) in try part.read(into: buffer, room: room) }
    }
}
