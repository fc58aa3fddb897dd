/// HMAC-SHA-256 (RFC 2104, FIPS 198-1) over `SHA256` (OpenSSL's libcrypto): the keyed hash
/// behind unit pseudonyms (docs/SECURITY.md, "Unit pseudonyms"). The construction is these few
/// lines rather than OpenSSL's EVP_MAC so that the pads are hashed once per key, not per message.
/// The tests check RFC 4231's vectors and Python's `hmac` module.
///
/// The key's inner and outer pads are hashed once, in `init`; each message
/// then costs two SHA-256 finishes from copies of those states, so a million
/// forms' pseudonyms cost little more than a million hashes.
public struct HMACSHA256: Sendable {
    private let inner: SHA256
    private let outer: SHA256

    public init(key: [UInt8]) {
        var k = key.count > 64 ? SHA256.hash(key) : key
        k += [UInt8](repeating: 0, count: 64 - k.count)
        var i = SHA256()
        i.update(k.map { $0 ^ 0x36 })
        var o = SHA256()
        o.update(k.map { $0 ^ 0x5C })
        inner = i
        outer = o
    }

    /// The 32-byte code of `message`.
    public func code<S: Sequence>(_ message: S) -> [UInt8] where S.Element == UInt8 {
        var i = inner
        i.update(message)
        var o = outer
        o.update(i.finalize())
        return o.finalize()
    }

    public static func code(key: [UInt8], message: [UInt8]) -> [UInt8] {
        HMACSHA256(key: key).code(message)
    }
}
