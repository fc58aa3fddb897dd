import Foundation
import Testing

@testable import CSatCore

/// SHA-256 against the FIPS 180-4 example vectors (NIST CSRC "SHA256.pdf",
/// "SHA256ShortMsg") and the household key against Python's `hashlib`.
@Suite struct SamplingSHA256Tests {
    static func hex(_ s: String) -> String { SHA256.hex(SHA256.hash(Array(s.utf8))) }

    @Test func nistVectors() {
        #expect(Self.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Self.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            Self.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            Self.hex(
                "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
            )
                == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test func oneMillionAs() {
        #expect(
            SHA256.hex(SHA256.hash([UInt8](repeating: 0x61, count: 1_000_000)))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Fed in pieces that straddle block boundaries, the digest is the same.
    @Test func incrementalUpdatesAgree() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        for cut in [0, 1, 55, 56, 63, 64, 65, 128, 999] {
            var s = SHA256()
            s.update(bytes[..<cut])
            s.update(Data(bytes[cut...]))
            #expect(s.finalize() == SHA256.hash(bytes), "cut at \(cut)")
        }
    }

    /// A copy goes on from the state it was copied in, without touching the original (HMAC's
    /// pads rely on it). Digests from Python's hashlib; the keys' too (as above).
    @Test func copiesAreIndependent() {
        var a = SHA256()
        a.update(Array("abc".utf8))
        var b = a
        b.update(Array("def".utf8))
        #expect(SHA256.hex(b.finalize()) == "bef57ec7f53a6d40beb640a780a639c83bc29ac8a9816f1fc6c5c6dcd93c4721")
        #expect(SHA256.hex(a.finalize()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func fileDigestMatchesInMemory() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csat-sha-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        let bytes = [UInt8](repeating: 0x61, count: 1_000_000)
        try Data(bytes).write(to: url)
        #expect(try SHA256.hexDigest(ofFile: url.path) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Values from Python: int.from_bytes(hashlib.sha256(b"2026H1\x1f" + "锦程花园".encode() + b"\x1f1-101").digest()[:8], "big").
    @Test func householdKeyMatchesHashlib() {
        #expect(SampleKey.key(seed: "2026H1", project: "锦程花园", unit: "1-101") == 0x2603_2e47_27b0_c260)
        // One context reused for several keys, one of them longer than a block, gives each its own digest.
        let hasher = SHA256.Reused()
        func key(_ unit: String) -> UInt64 {
            var (s, p, u) = ("2026H1", "锦程花园", unit)
            return s.withUTF8 { s in p.withUTF8 { p in u.withUTF8 { u in SampleKey.key(s, p, u, using: hasher) } } }
        }
        #expect(key("1-101") == 0x2603_2e47_27b0_c260)
        #expect(key("1-102") == 0xb25f_81a6_344b_7158)
        #expect(key(String(repeating: "7栋2单元1502", count: 8)) == 0x4b1e_0fae_5d69_8eda)
        #expect(key("1-101") == 0x2603_2e47_27b0_c260)
    }

    @Test func freshSeedsAreSixteenHexDigitsAndDiffer() {
        let a = SampleKey.freshSeed(), b = SampleKey.freshSeed()
        #expect(a.count == 16 && a.allSatisfy(\.isHexDigit))
        #expect(a != b)
    }
}
