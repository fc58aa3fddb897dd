import CSatCore
import Foundation
import Testing

/// HMAC-SHA-256 against RFC 4231's test cases (1–4, 6, 7; case 5 is a truncated code), and the
/// unit pseudonym against Python's `hmac` (the values below were computed with it).
@Suite struct HMACTests {
    static let cases: [(key: [UInt8], message: [UInt8], code: String)] = [
        ([UInt8](repeating: 0x0b, count: 20), Array("Hi There".utf8),
         "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        (Array("Jefe".utf8), Array("what do ya want for nothing?".utf8),
         "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        ([UInt8](repeating: 0xaa, count: 20), [UInt8](repeating: 0xdd, count: 50),
         "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
        (Array(1...25), [UInt8](repeating: 0xcd, count: 50),
         "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
        ([UInt8](repeating: 0xaa, count: 131), Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
         "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
        ([UInt8](repeating: 0xaa, count: 131),
         Array(
            ("This is a test using a larger than block-size key and a larger than block-size data. "
                + "The key needs to be hashed before being used by the HMAC algorithm.").utf8),
         "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
        // A 64-byte key (exactly one block: neither hashed nor padded) and an empty message.
        ([UInt8](repeating: 0x6b, count: 64), [],
         "83026a325aaee70e36cfe607536aa1054104ad1077c36134810d4ccded1ccd3b"),
    ]

    @Test(arguments: 0..<cases.count) func rfc4231(_ i: Int) {
        let c = Self.cases[i]
        #expect(SHA256.hex(HMACSHA256.code(key: c.key, message: c.message)) == c.code)
        // The precomputed pads give the same code when reused.
        let mac = HMACSHA256(key: c.key)
        #expect(SHA256.hex(mac.code(c.message)) == c.code)
        #expect(SHA256.hex(mac.code(c.message)) == c.code)
    }

    @Test func pseudonym() {
        let p = UnitPseudonyms(key: CompanyKey(bytes: [UInt8](repeating: 7, count: 32)))
        // hmac.new(bytes([7]*32), "unit\x1f锦程花园\x1f1-1-101".encode(), sha256).hexdigest()[:12]
        #expect(p.pseudonym(project: "锦程花园", unit: "1-1-101") == "U-5cba-a682-a7af")
        #expect(p.pseudonym(project: "锦程花园", unit: "1-1-102") != "U-5cba-a682-a7af")
        let other = UnitPseudonyms(key: CompanyKey(bytes: [UInt8](repeating: 8, count: 32)))
        #expect(other.pseudonym(project: "锦程花园", unit: "1-1-101") != "U-5cba-a682-a7af")
    }

    @Test func keyFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csat-key-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let key = CompanyKey.generate()
        #expect(key != CompanyKey.generate())
        let path = dir.appendingPathComponent("k").path
        try Data(key.fileText.utf8).write(to: URL(fileURLWithPath: path))
        #expect(try CompanyKey.read(path) == key)
        #expect(try CompanyKey.read(dir.appendingPathComponent("missing").path) == nil)
        try Data("csat-key-1 \(String(repeating: "0", count: 63))\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: InputError.self) { try CompanyKey.read(path) }
    }
}
