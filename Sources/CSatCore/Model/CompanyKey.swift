import Foundation

/// The company's secret for unit pseudonyms (SPEC.md "Privacy"; docs/SECURITY.md).
///
/// 32 random bytes, made once per company and kept with the surveyor's files
/// (the roster, the sample list), never with the reports. The same key every
/// wave gives every household the same pseudonym, so waves line up; without
/// it, knowing the survey, the projects and every unit number does not give
/// the pseudonyms.
///
/// The file is text, so that it survives e-mail and copying:
///
///     # csat company key … (comment lines)
///     csat-key-1 <64 hex digits>
public struct CompanyKey: Sendable, Equatable {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        precondition(bytes.count == 32, "a company key is 32 bytes")
        self.bytes = bytes
    }

    /// A new key from the system's cryptographic generator (getrandom on Linux).
    public static func generate() -> CompanyKey {
        var rng = SystemRandomNumberGenerator()
        return CompanyKey(bytes: (0..<32).map { _ in UInt8.random(in: 0...255, using: &rng) })
    }

    static let tag = "csat-key-1"

    /// The key file's text.
    public var fileText: String {
        """
        # csat company key: it keys the unit pseudonyms of the Data sheet (docs/SECURITY.md).
        # Keep it with the roster and the sample list, never with the reports; give the same
        # key every wave, or the pseudonyms will not line up with earlier waves. Lost, it
        # cannot be made again: later waves then get new pseudonyms.
        \(Self.tag) \(SHA256.hex(bytes))

        """
    }

    /// 8 hex digits of SHA-256 of the key: shown in the Method sheet, so that a reader can see that two
    /// waves were keyed alike without the key itself (a digest of 256 random bits tells nothing of them).
    public var fingerprint: String { String(SHA256.hex(SHA256.hash(Array("csat-key-fingerprint".utf8) + bytes)).prefix(8)) }

    /// Reads a key file; a missing file is `nil` (the caller makes one), anything else wrong is an error with its line.
    public static func read(_ path: String) throws(InputError) -> CompanyKey? {
        var info = stat()
        if lstat(path, &info) != 0 {
            if errno == ENOENT { return nil }
            throw InputError(file: path, message: .cannotReadKeyPrefix + .verbatim(String(cString: strerror(errno))))
        }
        let bytes: [UInt8]
        do {
            // A key from a pipe (`--key <(…)`) is read once; `/dev/zero` stops at 64 KB.
            bytes = try FileBytes.read(path, streamLimit: 64 << 10)
        } catch {
            var e = error
            e.message = .cannotReadKeyPrefix + e.message
            throw e
        }
        guard bytes.count <= 64 << 10 else {
            throw InputError(file: path, message: .keyFileTooLarge(FileBytes.megabytes(bytes.count)))
        }
        let text = String(decoding: bytes, as: UTF8.self)
        var found: CompanyKey? = nil
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard found == nil, parts.count == 2, parts[0] == tag, let key = hexBytes(parts[1]), key.count == 32 else {
                throw InputError(
                    file: path, line: n + 1,
                    message: found == nil
                        ? .notACompanyKey(tag: tag)
                        : .secondCompanyKey)
            }
            found = CompanyKey(bytes: key)
        }
        guard let found else {
            throw InputError(file: path, message: .noCompanyKey(tag: tag))
        }
        return found
    }

    static func hexBytes(_ s: Substring) -> [UInt8]? {
        let digits = Array(s.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(digits.count / 2)
        func value(_ c: UInt8) -> UInt8? {
            switch c {
            case 0x30...0x39: return c - 0x30
            case 0x61...0x66: return c - 0x61 + 10
            case 0x41...0x46: return c - 0x41 + 10
            default: return nil
            }
        }
        var i = 0
        while i < digits.count {
            guard let hi = value(digits[i]), let lo = value(digits[i + 1]) else { return nil }
            out.append(hi << 4 | lo)
            i += 2
        }
        return out
    }
}

/// How the Data sheet shows units: as they are (`--show-units`), as keyed pseudonyms, or not at all
/// (`--no-data-sheet`, or no workbook: no key is read or made).
public enum UnitLabels: Sendable {
    case shown
    case keyed(UnitPseudonyms)
    case omitted

    public var isShown: Bool { if case .shown = self { return true } else { return false } }
}

/// A unit's stand-in: `U-` and 12 hex digits of HMAC-SHA-256(key, "unit" ‖ 0x1F ‖ project ‖ 0x1F ‖ unit),
/// in groups of four (`U-5cba-a682-a7af`): ungrouped, a run of 11 decimal digits such as
/// `U-f14729500985` reads as a phone number to people and to the privacy audit.
///
/// The survey id is not in the message: the company key already makes the pseudonyms the company's
/// own, and a definition renamed between waves must not break the trend. 48 bits: within a project
/// of 20,000 households the chance that two share a pseudonym is about 7 in 10⁷.
public struct UnitPseudonyms: Sendable {
    let mac: HMACSHA256
    public let fingerprint: String

    public init(key: CompanyKey) {
        mac = HMACSHA256(key: key.bytes)
        fingerprint = key.fingerprint
    }

    public func pseudonym(project: String, unit: String) -> String {
        var message: [UInt8] = Array("unit".utf8)
        message.reserveCapacity(6 + project.utf8.count + unit.utf8.count)
        message.append(0x1F)
        message.append(contentsOf: project.utf8)
        message.append(0x1F)
        message.append(contentsOf: unit.utf8)
        let code = mac.code(message)
        return "U-" + [code[0..<2], code[2..<4], code[4..<6]].map { SHA256.hex(Array($0)) }.joined(separator: "-")
    }
}
