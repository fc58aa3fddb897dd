import Foundation

/// SHA-256 as specified in FIPS 180-4, written out so that csat needs no
/// crypto package and the sample draw gives the same bits on every platform.
///
/// Its users: the sample draw's per-household key (docs/SAMPLING.md), where an
/// auditor recomputes the same digest with `sha256sum` or Python's `hashlib`;
/// the roster's fingerprint in the sample manifest; and `HMACSHA256`, which
/// keys the unit pseudonyms (docs/SECURITY.md).
public struct SHA256: Sendable {
    private var h: State = SHA256.initial
    /// H(0) (FIPS 180-4 §5.3.3).
    private static let initial: State = (
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
    )
    /// Bytes of the current, not yet full block.
    private var block = [UInt8](repeating: 0, count: 64)
    private var blockCount = 0

    public init() {}

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

    /// The hex digest of a file's bytes, read in 1 MiB pieces (rosters can be hundreds of megabytes).
    public static func hexDigest(ofFile path: String) throws(InputError) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(file: path, message: .cannotReadFileForHash)
        }
        defer { try? handle.close() }
        var s = SHA256()
        while true {
            let chunk: Data
            do {
                guard let c = try handle.read(upToCount: 1 << 20), !c.isEmpty else { break }
                chunk = c
            } catch {
                throw InputError(file: path, message: .cannotReadFileBecause(error.localizedDescription))
            }
            s.update(chunk)
        }
        return hex(s.finalize())
    }

    public mutating func update<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        let done: Void? = bytes.withContiguousStorageIfAvailable { update(buffer: $0) }
        if done == nil {
            for b in bytes { append(b) }
        }
    }

    public mutating func update(_ data: Data) {
        data.withUnsafeBytes { raw in update(buffer: raw.bindMemory(to: UInt8.self)) }
    }

    /// Whole 64-byte blocks go through the compression function straight from `buffer`; only a
    /// partial block is copied (a byte at a time ran at about 130 MB/s, this at 300 MB/s:
    /// docs/PERFORMANCE.md, "Shapes of input and the draw").
    public mutating func update(buffer: UnsafeBufferPointer<UInt8>) {
        guard var p = buffer.baseAddress else { return }
        var n = buffer.count
        if blockCount > 0 {
            let take = Swift.min(64 - blockCount, n)
            let at = blockCount
            block.withUnsafeMutableBufferPointer { (b: inout UnsafeMutableBufferPointer<UInt8>) in
                (b.baseAddress! + at).update(from: p, count: take)
            }
            blockCount += take
            p += take
            n -= take
            guard blockCount == 64 else { return }
            compressBlock()
            blockCount = 0
        }
        let whole = n / 64
        if whole > 0 {
            var state = h
            Self.compress(&state, UnsafeRawPointer(p), blocks: whole)
            h = state
            compressedBlocks &+= UInt64(whole)
            p += whole * 64
            n -= whole * 64
        }
        if n > 0 {
            block.withUnsafeMutableBufferPointer { (b: inout UnsafeMutableBufferPointer<UInt8>) in
                b.baseAddress!.update(from: p, count: n)
            }
            blockCount = n
        }
    }

    @inline(__always)
    private mutating func append(_ b: UInt8) {
        block[blockCount] = b
        blockCount += 1
        if blockCount == 64 {
            compressBlock()
            blockCount = 0
        }
    }

    /// The first 8 bytes of the digest of the `length` bytes at the start of `message`, read
    /// big-endian: the sample key (docs/SAMPLING.md §2), with no allocation. `message` must hold
    /// `paddedLength(length)` bytes; the padding is written into it.
    public static func leadingUInt64(paddingInPlace message: UnsafeMutableBufferPointer<UInt8>, length: Int) -> UInt64 {
        let padded = paddedLength(length)
        precondition(message.count >= padded, "room for the padding")
        let m = message.baseAddress!
        m[length] = 0x80
        (m + length + 1).initialize(repeating: 0, count: padded - length - 9)
        let bits = UInt64(length) &* 8
        for i in 0..<8 { m[padded - 8 + i] = UInt8(truncatingIfNeeded: bits >> (56 - 8 * UInt64(i))) }
        var state = initial
        compress(&state, UnsafeRawPointer(m), blocks: padded / 64)
        return UInt64(state.0) << 32 | UInt64(state.1)
    }

    /// Bytes a message of `length` bytes takes once padded (FIPS 180-4 §5.1.1): whole blocks.
    public static func paddedLength(_ length: Int) -> Int { (length + 9 + 63) / 64 * 64 }

    /// Pads (FIPS 180-4 §5.1.1) and returns the 32-byte digest.
    public mutating func finalize() -> [UInt8] {
        let bitLength = processedBytes &* 8
        block[blockCount] = 0x80
        blockCount += 1
        if blockCount > 56 {
            while blockCount < 64 { block[blockCount] = 0; blockCount += 1 }
            compressBlock()
            blockCount = 0
        }
        while blockCount < 56 { block[blockCount] = 0; blockCount += 1 }
        for i in 0..<8 { block[56 + i] = UInt8(truncatingIfNeeded: bitLength >> (56 - 8 * UInt64(i))) }
        compressBlock()
        var out = [UInt8]()
        out.reserveCapacity(32)
        for word in [h.0, h.1, h.2, h.3, h.4, h.5, h.6, h.7] {
            out.append(UInt8(truncatingIfNeeded: word >> 24))
            out.append(UInt8(truncatingIfNeeded: word >> 16))
            out.append(UInt8(truncatingIfNeeded: word >> 8))
            out.append(UInt8(truncatingIfNeeded: word))
        }
        return out
    }

    /// Bytes hashed so far, counted block by block (exact for any sequence).
    private var processedBytes: UInt64 { compressedBlocks &* 64 &+ UInt64(blockCount) }
    private var compressedBlocks: UInt64 = 0

    /// Round constants: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
    private static let k: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    /// The buffered block through the compression function.
    private mutating func compressBlock() {
        var state = h
        block.withUnsafeBufferPointer { b in Self.compress(&state, UnsafeRawPointer(b.baseAddress!), blocks: 1) }
        h = state
        compressedBlocks &+= 1
    }

    typealias State = (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)

    /// `blocks` 64-byte blocks at `p` through the compression function (FIPS 180-4 §6.2.2),
    /// words loaded straight from memory, the schedule in one stack buffer for them all.
    private static func compress(_ state: inout State, _ p: UnsafeRawPointer, blocks: Int) {
        k.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                var h = state
                for n in 0..<blocks {
                    let base = p + 64 * n
                    for t in 0..<16 {
                        w[t] = UInt32(bigEndian: base.loadUnaligned(fromByteOffset: 4 * t, as: UInt32.self))
                    }
                    for t in 16..<64 {
                        let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
                        let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
                        w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
                    }
                    var (a, b, c, d, e, f, g, hh) = h
                    // Eight rounds a turn with the variables' roles turned instead of the values
                    // moved along: a rolled loop spent eight moves a round on that.
                    for t in stride(from: 0, to: 64, by: 8) {
                        round(a, b, c, &d, e, f, g, &hh, k[t] &+ w[t])
                        round(hh, a, b, &c, d, e, f, &g, k[t + 1] &+ w[t + 1])
                        round(g, hh, a, &b, c, d, e, &f, k[t + 2] &+ w[t + 2])
                        round(f, g, hh, &a, b, c, d, &e, k[t + 3] &+ w[t + 3])
                        round(e, f, g, &hh, a, b, c, &d, k[t + 4] &+ w[t + 4])
                        round(d, e, f, &g, hh, a, b, &c, k[t + 5] &+ w[t + 5])
                        round(c, d, e, &f, g, hh, a, &b, k[t + 6] &+ w[t + 6])
                        round(b, c, d, &e, f, g, hh, &a, k[t + 7] &+ w[t + 7])
                    }
                    h = (h.0 &+ a, h.1 &+ b, h.2 &+ c, h.3 &+ d, h.4 &+ e, h.5 &+ f, h.6 &+ g, h.7 &+ hh)
                }
                state = h
            }
        }
    }

    /// One round (FIPS 180-4 §6.2.2 step 3) where `d` and `h` are the variables that change: the
    /// new `e` lands in `d`, the new `a` in `h`, and the caller turns the names for the next round.
    /// Ch and Maj in their three- and four-operation forms, equal to §4.1.2's bit for bit.
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32,
        _ h: inout UInt32, _ kw: UInt32
    ) {
        let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
        let ch = g ^ (e & (f ^ g))
        let t1 = h &+ s1 &+ ch &+ kw
        let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
        let maj = (a & b) | (c & (a | b))
        d = d &+ t1
        h = t1 &+ s0 &+ maj
    }

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
