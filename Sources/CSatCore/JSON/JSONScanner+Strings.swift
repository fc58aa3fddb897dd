/// String scanning: UTF-8 validation, escapes and surrogate pairs, straight from the byte buffer.
///
/// Strings are built from byte slices, never character by character: a string
/// without escapes becomes one `String(decoding:)` of its slice; one with
/// escapes is assembled in the reused `scratch` buffer first.
///
/// Policy (documented in `JSONParser`): invalid UTF-8 and unpaired surrogate
/// escapes are rejected with their position, not replaced with U+FFFD,
/// because csat never guesses at broken input (SPEC.md "Responses").
extension JSONScanner {
    /// Parses the string whose opening quote is at `pos`; `cacheSlot` names a key-cache slot for object keys.
    mutating func parseString(cacheSlot: Int?) throws(JSONSyntaxError) -> String {
        let open = pos
        var i = pos + 1
        // Fast path: plain ASCII up to the closing quote, eight bytes at a time while none needs a look.
        if let base = buf.baseAddress {
            while i + 8 <= end && !Self.needsAttention(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
                i += 8
            }
        }
        while i < end {
            let byte = buf[i]
            if byte == UInt8(ascii: "\"") {
                pos = i + 1
                return makeString(open + 1..<i, cacheSlot: cacheSlot)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { break }
            i += 1
        }
        return try parseStringSlowly(open: open, from: i, cacheSlot: cacheSlot)
    }

    /// The general path: validates UTF-8 and decodes escapes; `i` is the first byte the fast path did not take.
    private mutating func parseStringSlowly(open: Int, from i: Int, cacheSlot: Int?) throws(JSONSyntaxError) -> String {
        var i = i
        var segmentStart = open + 1
        var hasEscapes = false
        while i < end {
            let byte = buf[i]
            switch byte {
            case UInt8(ascii: "\""):
                pos = i + 1
                guard hasEscapes else { return makeString(open + 1..<i, cacheSlot: cacheSlot) }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buf[segmentStart..<i]))
                let decoded = scratch
                return decoded.withUnsafeBufferPointer { makeString($0, cacheSlot: cacheSlot) }
            case UInt8(ascii: "\\"):
                if !hasEscapes {
                    hasEscapes = true
                    scratch.removeAll(keepingCapacity: true)
                }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buf[segmentStart..<i]))
                i = try decodeEscape(at: i, open: open)
                segmentStart = i
            case 0x0A, 0x0D:
                throw JSONSyntaxError(
                    offset: i,
                    message: .jsonLineBreakInString)
            case 0x00..<0x20:
                throw JSONSyntaxError(
                    offset: i, message: .jsonControlInString(Self.codePoint(UInt32(byte))))
            case 0x80...:
                guard let length = utf8SequenceLength(at: i) else {
                    throw JSONSyntaxError(
                        offset: i,
                        message: .jsonInvalidUTF8(Self.hexByte(byte)))
                }
                i += length
            default:
                i += 1
            }
        }
        throw unterminatedString(open: open)
    }

    private func unterminatedString(open: Int) -> JSONSyntaxError {
        JSONSyntaxError(offset: open, message: .jsonUnterminatedString(document: mode == .document))
    }

    /// Decodes the escape whose backslash is at `i` into `scratch`; returns the offset after it.
    private mutating func decodeEscape(at i: Int, open: Int) throws(JSONSyntaxError) -> Int {
        guard i + 1 < end else { throw unterminatedString(open: open) }
        let simple: UInt8
        switch buf[i + 1] {
        case UInt8(ascii: "\""): simple = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): simple = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): simple = UInt8(ascii: "/")
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"):
            return try decodeUnicodeEscape(at: i, open: open)
        default:
            let found = buf[i + 1]
            let escape: Message
            if found >= 0x21 && found <= 0x7E {
                escape = .verbatim("\\" + String(Character(Unicode.Scalar(found))))
            } else if found >= 0x80, let length = utf8SequenceLength(at: i + 1),
                isLetterOrDigit(i + 1..<i + 1 + length)
            {
                let letter = UnsafeBufferPointer(rebasing: buf[i + 1..<i + 1 + length])
                escape = .verbatim("\\" + String(decoding: letter, as: UTF8.self))
            } else {
                escape = .jsonBackslashFollowedBy(describe(at: i + 1))
            }
            throw JSONSyntaxError(offset: i, message: .jsonInvalidEscape(escape))
        }
        scratch.append(simple)
        return i + 2
    }

    /// Decodes `\uXXXX`, joining a surrogate pair written as two escapes.
    private mutating func decodeUnicodeEscape(at i: Int, open: Int) throws(JSONSyntaxError) -> Int {
        let first = try hex4(at: i, open: open)
        var scalarValue = UInt32(first)
        var next = i + 6
        switch first {
        case 0xD800...0xDBFF:
            guard next + 1 < end, buf[next] == UInt8(ascii: "\\"), buf[next + 1] == UInt8(ascii: "u") else {
                throw loneSurrogate(first, at: i)
            }
            let second = try hex4(at: next, open: open)
            guard (0xDC00...0xDFFF).contains(second) else { throw loneSurrogate(first, at: i) }
            scalarValue = 0x10000 + ((UInt32(first) - 0xD800) << 10) + (UInt32(second) - 0xDC00)
            next += 6
        case 0xDC00...0xDFFF:
            throw loneSurrogate(first, at: i)
        default:
            break
        }
        appendUTF8(scalarValue)
        return next
    }

    /// Appends the UTF-8 form of a scalar value (never a surrogate: those were paired or rejected).
    private mutating func appendUTF8(_ value: UInt32) {
        switch value {
        case 0..<0x80:
            scratch.append(UInt8(value))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | value >> 6))
            scratch.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | value >> 12))
            scratch.append(UInt8(0x80 | value >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | value & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | value >> 18))
            scratch.append(UInt8(0x80 | value >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | value >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | value & 0x3F))
        }
    }

    private func loneSurrogate(_ unit: UInt16, at offset: Int) -> JSONSyntaxError {
        let hex = String(unit, radix: 16, uppercase: true)
        return JSONSyntaxError(offset: offset, message: .jsonLoneSurrogate(hex))
    }

    /// Reads the four hex digits of the `\u` escape whose backslash is at `i`.
    private func hex4(at i: Int, open: Int) throws(JSONSyntaxError) -> UInt16 {
        var value: UInt16 = 0
        for j in i + 2..<i + 6 {
            guard j < end else { throw unterminatedString(open: open) }
            let byte = buf[j]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default:
                throw JSONSyntaxError(offset: i, message: .jsonBadUnicodeEscape)
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    /// Makes a `String` from a slice of the input already known to be valid UTF-8.
    private mutating func makeString(_ range: Range<Int>, cacheSlot: Int?) -> String {
        makeString(UnsafeBufferPointer(rebasing: buf[range]), cacheSlot: cacheSlot)
    }

    /// Makes a `String` from valid UTF-8, reusing the cached key of this slot when the bytes match.
    private mutating func makeString(_ bytes: UnsafeBufferPointer<UInt8>, cacheSlot: Int?) -> String {
        guard let slot = cacheSlot, slot < 256 else { return String(decoding: bytes, as: UTF8.self) }
        if slot < keyCache.count {
            var cached = keyCache[slot]
            if cached.withUTF8({ Self.bytesEqual($0, bytes) }) { return cached }
            cached = String(decoding: bytes, as: UTF8.self)
            keyCache[slot] = cached
            return cached
        }
        let key = String(decoding: bytes, as: UTF8.self)
        while keyCache.count < slot { keyCache.append("") }
        keyCache.append(key)
        return key
    }

    /// Compares two byte buffers eight bytes at a time (the key cache compares every key it sees).
    static func bytesEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let pa = a.baseAddress, let pb = b.baseAddress else { return true }
        var i = 0
        while i + 8 <= a.count {
            let wa = UnsafeRawPointer(pa + i).loadUnaligned(as: UInt64.self)
            let wb = UnsafeRawPointer(pb + i).loadUnaligned(as: UInt64.self)
            if wa != wb { return false }
            i += 8
        }
        while i < a.count {
            if pa[i] != pb[i] { return false }
            i += 1
        }
        return true
    }

    /// True when any of eight bytes ends the fast string path: `"`, `\`, a control byte or a non-ASCII byte.
    ///
    /// The standard "has zero byte" / "has byte less than" bit tricks; exact for
    /// existence, so a false answer means all eight bytes are plain ASCII text.
    @inline(__always)
    static func needsAttention(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let hasQuote = (quote &- ones) & ~quote
        let hasBackslash = (backslash &- ones) & ~backslash
        let hasControl = (word &- ones &* 0x20) & ~word
        return (hasQuote | hasBackslash | hasControl | word) & highs != 0
    }

    /// The length of the well-formed UTF-8 sequence at `i`, or nil (Unicode 15, table 3-7).
    ///
    /// Rejects overlong forms, encoded surrogates (ED A0…) and code points above U+10FFFF.
    func utf8SequenceLength(at i: Int) -> Int? {
        @inline(__always) func continuation(_ j: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            j < end && buf[j] >= low && buf[j] <= high
        }
        switch buf[i] {
        case 0x00...0x7F:
            return 1
        case 0xC2...0xDF:
            return continuation(i + 1) ? 2 : nil
        case 0xE0:
            return continuation(i + 1, 0xA0) && continuation(i + 2) ? 3 : nil
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(i + 1) && continuation(i + 2) ? 3 : nil
        case 0xED:
            return continuation(i + 1, 0x80, 0x9F) && continuation(i + 2) ? 3 : nil
        case 0xF0:
            return continuation(i + 1, 0x90) && continuation(i + 2) && continuation(i + 3) ? 4 : nil
        case 0xF1...0xF3:
            return continuation(i + 1) && continuation(i + 2) && continuation(i + 3) ? 4 : nil
        case 0xF4:
            return continuation(i + 1, 0x80, 0x8F) && continuation(i + 2) && continuation(i + 3) ? 4 : nil
        default:
            return nil
        }
    }
}
