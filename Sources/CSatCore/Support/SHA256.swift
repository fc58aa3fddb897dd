import CLibCrypto
import Foundation

/// SHA-256 (FIPS 180-4) from OpenSSL's libcrypto, through its EVP digest interface: on a CPU
/// with the SHA extensions (SHA-NI) it runs them, about six times csat's own Swift rounds it
/// replaced (docs/PERFORMANCE.md, "Third round"). The digest is the standard one, so the
/// same bits come out on every platform.
///
/// Its users: the sample draw's per-household key (docs/SAMPLING.md), where an auditor
/// recomputes the same digest with `sha256sum` or Python's `hashlib`; the roster's fingerprint in
/// the sample manifest; and `HMACSHA256`, which keys the unit pseudonyms (docs/SECURITY.md).
///
/// A value type: a copy goes on from the same state on its own (copy on write: the context is
/// duplicated the first time a shared one is updated), which `HMACSHA256` relies on.
public struct SHA256: @unchecked Sendable {
    private var context: Context

    public init() { context = Context() }

    /// The digest of `bytes` in one call.
    public static func hash<S: Sequence>(_ bytes: S) -> [UInt8] where S.Element == UInt8 {
        var s = SHA256()
        s.update(bytes)
        return s.finalize()
    }

    /// Lower-case hex of a digest, as `sha256sum` prints it.
    public static func hex(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(digest.count * 2)
        for b in digest {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The hex digest of a file's bytes, read in 1 MiB pieces into one buffer (rosters can be
    /// hundreds of megabytes).
    public static func hexDigest(ofFile path: String) throws(InputError) -> String {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw InputError(file: path, message: .cannotReadFileForHash) }
        defer { close(fd) }
        var s = SHA256()
        let size = 1 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 64)
        defer { buffer.deallocate() }
        while true {
            let n = read(fd, buffer.baseAddress, size)
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError(file: path, message: .cannotReadFileBecause(String(cString: strerror(errno))))
            }
            s.update(buffer: UnsafeBufferPointer(start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: n))
        }
        return hex(s.finalize())
    }

    public mutating func update<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        let done: Void? = bytes.withContiguousStorageIfAvailable { update(buffer: $0) }
        if done == nil { update(buffer: Array(bytes)) }
    }

    public mutating func update(_ data: Data) {
        data.withUnsafeBytes { raw in update(buffer: raw.bindMemory(to: UInt8.self)) }
    }

    public mutating func update(buffer: UnsafeBufferPointer<UInt8>) {
        guard let p = buffer.baseAddress, buffer.count > 0 else { return }
        unique()
        let ok = EVP_DigestUpdate(context.pointer, p, buffer.count)
        precondition(ok == 1, "EVP_DigestUpdate failed")
    }

    private mutating func update(buffer: [UInt8]) {
        buffer.withUnsafeBufferPointer { update(buffer: $0) }
    }

    /// The 32-byte digest. The value is spent: update it no further.
    public mutating func finalize() -> [UInt8] {
        unique()
        var length: UInt32 = 0
        let out = [UInt8](unsafeUninitializedCapacity: 32) { b, n in
            let ok = EVP_DigestFinal_ex(context.pointer, b.baseAddress, &length)
            precondition(ok == 1 && length == 32, "EVP_DigestFinal_ex failed")
            n = 32
        }
        return out
    }

    private mutating func unique() {
        if !isKnownUniquelyReferenced(&context) { context = Context(copying: context) }
    }

    /// The algorithm, fetched from libcrypto once (a fetch per digest costs more than the digest
    /// of a short message).
    nonisolated(unsafe) fileprivate static let algorithm: OpaquePointer = {
        guard let md = EVP_MD_fetch(nil, "SHA256", nil) else { fatalError("libcrypto has no SHA256") }
        return md
    }()

    /// One EVP digest context.
    fileprivate final class Context {
        let pointer: OpaquePointer

        init() {
            pointer = EVP_MD_CTX_new()!
            let ok = EVP_DigestInit_ex2(pointer, SHA256.algorithm, nil)
            precondition(ok == 1, "EVP_DigestInit_ex2 failed")
        }

        init(copying other: Context) {
            pointer = EVP_MD_CTX_new()!
            let ok = EVP_MD_CTX_copy_ex(pointer, other.pointer)
            precondition(ok == 1, "EVP_MD_CTX_copy_ex failed")
        }

        deinit { EVP_MD_CTX_free(pointer) }
    }

    /// Digests of many short messages, one after another on one context (the sample keys:
    /// 4.5 million households, 74 ns each here against 270 ns with a new context each). One
    /// thread at a time: each worker makes its own.
    public final class Reused {
        private let context = Context()

        public init() {}

        /// The first 8 bytes of the digest of `message`, read big-endian: the sample key
        /// (docs/SAMPLING.md §2).
        public func leadingUInt64(_ message: UnsafeRawBufferPointer) -> UInt64 {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { out in
                var length: UInt32 = 0
                let pointer = context.pointer
                let ok = EVP_DigestInit_ex2(pointer, SHA256.algorithm, nil) == 1
                    && EVP_DigestUpdate(pointer, message.baseAddress, message.count) == 1
                    && EVP_DigestFinal_ex(pointer, out.baseAddress, &length) == 1
                precondition(ok && length == 32, "EVP digest failed")
                var key: UInt64 = 0
                for i in 0..<8 { key = key << 8 | UInt64(out[i]) }
                return key
            }
        }
    }
}
