internal import Glibc

/// The input file (or byte array), read in large chunks into one growable buffer.
///
/// Bytes not yet used (an incomplete character at a chunk's end, or a
/// look-ahead window for detection) stay at the front of `buffer`, and the next
/// chunk is appended after them. Nothing else of the file is kept: a 1 GB file
/// passes through a buffer of a few MiB.
final class ChunkedInput {
    enum Origin: Sendable {
        case path(String)
        case bytes([UInt8])
    }

    private let chunkSize: Int
    private var descriptor: Int32 = -1
    private let bytes: [UInt8]
    private var offset = 0
    private(set) var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes in `buffer` not yet handed on.
    private(set) var count = 0
    /// The source has no more bytes (the buffer may still hold some).
    private(set) var atEnd = false

    init(_ origin: Origin, chunkSize: Int) throws(CSVError) {
        self.chunkSize = max(1, chunkSize)
        switch origin {
        case .path(let path):
            bytes = []
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            if descriptor < 0 { throw CSVError.io(.cannotOpenFile, errno: errno) }
        case .bytes(let array):
            bytes = array
        }
        capacity = self.chunkSize + 64
        buffer = .allocate(capacity: capacity)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        buffer.deallocate()
    }

    /// The unused bytes.
    var view: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: buffer, count: count) }

    /// Appends up to one chunk; sets `atEnd` when the source is exhausted.
    func readChunk() throws(CSVError) {
        if atEnd { return }
        reserve(chunkSize)
        let n: Int
        if descriptor >= 0 {
            n = try readFile(into: buffer + count, max: chunkSize)
        } else {
            n = min(chunkSize, bytes.count - offset)
            bytes.withUnsafeBufferPointer { (buffer + count).update(from: $0.baseAddress! + offset, count: n) }
            offset += n
        }
        if n == 0 { atEnd = true } else { count += n }
    }

    /// Drops the first `n` bytes (they have been handed on).
    func consume(_ n: Int) {
        precondition(n <= count)
        if n == count {
            count = 0
        } else if n > 0 {
            memmove(buffer, buffer + n, count - n)  // regions overlap
            count -= n
        }
    }

    private func reserve(_ free: Int) {
        guard capacity - count < free else { return }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: count + free)
        bigger.update(from: buffer, count: count)
        buffer.deallocate()
        buffer = bigger
        capacity = count + free
    }

    private func readFile(into target: UnsafeMutablePointer<UInt8>, max: Int) throws(CSVError) -> Int {
        while true {
            let n = Glibc.read(descriptor, target, max)
            if n >= 0 { return n }
            if errno != EINTR { throw CSVError.io(.cannotReadFile, errno: errno) }
        }
    }
}
