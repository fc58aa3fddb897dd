/// The byte-level JSON reader behind `JSONParser`: one value from a range of a byte buffer.
///
/// Containers are parsed with an explicit stack instead of recursion, so the
/// depth of the input never touches the thread's stack (Swift Testing and
/// Dispatch run on threads with as little as 512 KB). Children wait in one
/// flat `values` array and are moved into their container when it closes,
/// which avoids copy-on-write of half-built nested arrays.
///
/// The depth limit (`maxDepth`) still exists because a `JSONValue` nested
/// 100 000 levels deep would overflow the stack when it is released.
struct JSONScanner {
    /// Deepest nesting of arrays and objects accepted; real survey files nest two or three levels.
    static let maxDepth = 512

    let buf: UnsafeBufferPointer<UInt8>
    /// Where the range to parse starts; the scanner never reads before it.
    let start: Int
    /// One past the last byte of the range to parse.
    let end: Int
    let mode: Mode
    /// The next byte to read.
    var pos: Int
    /// Reused buffer for strings with escapes, so that each one costs one `String` and no array.
    var scratch: [UInt8] = []
    /// The last key seen at each member index; arrays of objects repeat their keys, and reusing
    /// the `String` saves an allocation per key longer than 15 bytes (Chinese question texts).
    var keyCache: [String] = []

    init(_ buf: UnsafeBufferPointer<UInt8>, start: Int, end: Int, mode: Mode) {
        self.buf = buf
        self.start = start
        self.end = end
        self.mode = mode
        self.pos = start
    }

    /// Parses exactly one value filling the range, with only JSON whitespace around it.
    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        let value = try parseValue()
        skipWhitespace()
        if pos < end {
            if buf[pos] == UInt8(ascii: "/") { throw commentError() }
            let what = describe(at: pos)
            switch mode {
            case .document:
                throw JSONSyntaxError(offset: pos, message: .jsonAfterValue(what, document: true))
            case .line:
                throw JSONSyntaxError(offset: pos, message: .jsonAfterValue(what, document: false))
            }
        }
        return value
    }

    /// An array or object being filled: where its children start in the shared stacks.
    private struct Frame {
        var isObject: Bool
        var valueStart: Int
        var keyStart: Int
    }

    /// Parses one value of any kind starting at the next non-blank byte.
    mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        var frames: [Frame] = []
        var values: [JSONValue] = []
        var keys: [String] = []
        var value: JSONValue
        nextValue: while true {
            skipWhitespace()
            guard pos < end else { throw endOfInput() }
            switch buf[pos] {
            case UInt8(ascii: "["):
                if frames.count >= Self.maxDepth { throw tooDeep() }
                pos += 1
                skipWhitespace()
                if pos < end && buf[pos] == UInt8(ascii: "]") {
                    pos += 1
                    value = .array([])
                } else {
                    frames.append(Frame(isObject: false, valueStart: values.count, keyStart: keys.count))
                    continue nextValue
                }
            case UInt8(ascii: "{"):
                if frames.count >= Self.maxDepth { throw tooDeep() }
                pos += 1
                skipWhitespace()
                if pos < end && buf[pos] == UInt8(ascii: "}") {
                    pos += 1
                    value = .object(JSONObject())
                } else {
                    frames.append(Frame(isObject: true, valueStart: values.count, keyStart: keys.count))
                    keys.append(try parseKey(memberIndex: 0))
                    continue nextValue
                }
            default:
                value = try parseScalar()
            }
            // A value is complete: hand it to its container, closing every container that ends here.
            while let frame = frames.last {
                values.append(value)
                skipWhitespace()
                guard pos < end else { throw endOfInput() }
                let byte = buf[pos]
                if byte == UInt8(ascii: ",") {
                    let comma = pos
                    pos += 1
                    skipWhitespace()
                    let closer = UInt8(ascii: frame.isObject ? "}" : "]")
                    if pos < end && buf[pos] == closer {
                        let shown = Character(Unicode.Scalar(closer))
                        throw JSONSyntaxError(offset: comma, message: .jsonTrailingComma(before: String(shown)))
                    }
                    if frame.isObject { keys.append(try parseKey(memberIndex: keys.count - frame.keyStart)) }
                    continue nextValue
                }
                if byte == UInt8(ascii: frame.isObject ? "}" : "]") {
                    pos += 1
                    frames.removeLast()
                    value =
                        frame.isObject
                        ? .object(Self.closeObject(&keys, &values, frame))
                        : .array(Self.closeArray(&values, frame))
                    continue
                }
                if byte == UInt8(ascii: "/") { throw commentError() }
                throw JSONSyntaxError(
                    offset: pos, message: .jsonExpectedAfterMember(object: frame.isObject, found: describe(at: pos)))
            }
            return value
        }
    }

    private static func closeArray(_ values: inout [JSONValue], _ frame: Frame) -> [JSONValue] {
        let elements = Array(values[frame.valueStart...])
        values.removeSubrange(frame.valueStart...)
        return elements
    }

    private static func closeObject(_ keys: inout [String], _ values: inout [JSONValue], _ frame: Frame) -> JSONObject {
        let count = values.count - frame.valueStart
        var members: [(key: String, value: JSONValue)] = []
        members.reserveCapacity(count)
        for i in 0..<count { members.append((keys[frame.keyStart + i], values[frame.valueStart + i])) }
        keys.removeSubrange(frame.keyStart...)
        values.removeSubrange(frame.valueStart...)
        return JSONObject(members)
    }

    private func commentError() -> JSONSyntaxError {
        JSONSyntaxError(offset: pos, message: .jsonComment)
    }

    private func tooDeep() -> JSONSyntaxError {
        JSONSyntaxError(offset: pos, message: .jsonTooDeep(Self.maxDepth))
    }

    /// Parses `"key"` and the `:` after it; `memberIndex` picks the key-cache slot.
    private mutating func parseKey(memberIndex: Int) throws(JSONSyntaxError) -> String {
        skipWhitespace()
        guard pos < end else { throw endOfInput() }
        let byte = buf[pos]
        guard byte == UInt8(ascii: "\"") else {
            if byte == UInt8(ascii: "'") || wordEnd(from: pos) > pos {
                throw JSONSyntaxError(offset: pos, message: .jsonUnquotedKey)
            }
            throw JSONSyntaxError(offset: pos, message: .jsonExpectedKey(found: describe(at: pos)))
        }
        let key = try parseString(cacheSlot: memberIndex)
        skipWhitespace()
        guard pos < end else { throw endOfInput() }
        guard buf[pos] == UInt8(ascii: ":") else {
            throw JSONSyntaxError(offset: pos, message: .jsonExpectedColon(found: describe(at: pos)))
        }
        pos += 1
        return key
    }

    /// Parses a string, number or literal; anything else gets a message that names the likely mistake.
    private mutating func parseScalar() throws(JSONSyntaxError) -> JSONValue {
        let byte = buf[pos]
        switch byte {
        case UInt8(ascii: "\""):
            return .string(try parseString(cacheSlot: nil))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try parseNumber()
        case UInt8(ascii: "t"):
            return try parseLiteral("true", .bool(true))
        case UInt8(ascii: "f"):
            return try parseLiteral("false", .bool(false))
        case UInt8(ascii: "n"):
            return try parseLiteral("null", .null)
        case UInt8(ascii: "'"):
            throw JSONSyntaxError(offset: pos, message: .jsonSingleQuotes)
        case UInt8(ascii: "/"):
            throw commentError()
        case UInt8(ascii: "+"):
            throw JSONSyntaxError(offset: pos, message: .jsonPlusSign)
        case UInt8(ascii: "."):
            throw JSONSyntaxError(offset: pos, message: .jsonLeadingDot)
        default:
            if wordEnd(from: pos) > pos { throw unknownWord(at: pos) }
            throw JSONSyntaxError(offset: pos, message: .jsonExpectedValue(found: describe(at: pos)))
        }
    }

    /// Matches `true`, `false` or `null` exactly; a longer or different word is reported whole.
    private mutating func parseLiteral(_ word: StaticString, _ value: JSONValue) throws(JSONSyntaxError) -> JSONValue {
        let count = word.utf8CodeUnitCount
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
        var i = 0
        while i < count {
            guard pos + i < end else { throw endOfInput() }
            guard buf[pos + i] == expected[i] else { throw unknownWord(at: pos) }
            i += 1
        }
        if pos + count < end && Self.isWordByte(buf[pos + count]) { throw unknownWord(at: pos) }
        pos += count
        return value
    }

    /// The error for a bare word where a value should be: `True`, `NaN`, or an unquoted string.
    private func unknownWord(at offset: Int) -> JSONSyntaxError {
        let word = String(decoding: UnsafeBufferPointer(rebasing: buf[offset..<wordEnd(from: offset)]), as: UTF8.self)
        let message: Message
        switch word.lowercased() {
        case "true", "false", "null":
            message = .jsonWordCase(word)
        case "nan", "infinity", "inf":
            message = .jsonNotANumber(word)
        default:
            message = .jsonBareText(Self.excerpt(word))
        }
        return JSONSyntaxError(offset: offset, message: message)
    }

    /// Parses a number by the RFC 8259 grammar and keeps its literal.
    ///
    /// A number whose magnitude is beyond `Double` (such as `1e999`) is rejected
    /// rather than read as infinity, which would poison every mean it enters. One
    /// that underflows (`1e-999`) reads as 0, which is what it means for a score;
    /// the literal keeps the exact text either way.
    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
        let numberStart = pos
        var i = pos
        if buf[i] == UInt8(ascii: "-") {
            i += 1
            guard i < end else { throw endOfInput() }
            guard Self.isDigit(buf[i]) else {
                if Self.isWordByte(buf[i]) { throw unknownWord(at: numberStart + 1) }
                throw JSONSyntaxError(offset: i, message: .jsonDigitAfterMinus(found: describe(at: i)))
            }
        }
        let digitsStart = i
        if buf[i] == UInt8(ascii: "0") {
            i += 1
            if i < end && Self.isDigit(buf[i]) {
                throw JSONSyntaxError(
                    offset: numberStart,
                    message: .jsonLeadingZero)
            }
            if i < end && (buf[i] == UInt8(ascii: "x") || buf[i] == UInt8(ascii: "X")) {
                throw JSONSyntaxError(offset: numberStart, message: .jsonHexNumber)
            }
        } else {
            while i < end && Self.isDigit(buf[i]) { i += 1 }
        }
        var isInteger = true
        if i < end && buf[i] == UInt8(ascii: ".") {
            isInteger = false
            i += 1
            guard i < end else { throw endOfInput() }
            guard Self.isDigit(buf[i]) else {
                throw JSONSyntaxError(
                    offset: i, message: .jsonDigitAfterPoint(found: describe(at: i)))
            }
            while i < end && Self.isDigit(buf[i]) { i += 1 }
        }
        if i < end && (buf[i] == UInt8(ascii: "e") || buf[i] == UInt8(ascii: "E")) {
            isInteger = false
            i += 1
            if i < end && (buf[i] == UInt8(ascii: "+") || buf[i] == UInt8(ascii: "-")) { i += 1 }
            guard i < end else { throw endOfInput() }
            guard Self.isDigit(buf[i]) else {
                throw JSONSyntaxError(offset: i, message: .jsonDigitInExponent(found: describe(at: i)))
            }
            while i < end && Self.isDigit(buf[i]) { i += 1 }
        }
        pos = i
        let literal = String(decoding: UnsafeBufferPointer(rebasing: buf[numberStart..<i]), as: UTF8.self)
        // Up to 15 digits an integer is exact in a Double and cheaper to add up than to hand to strtod.
        if isInteger && i - digitsStart <= 15 {
            var magnitude: Int64 = 0
            for j in digitsStart..<i { magnitude = magnitude &* 10 &+ Int64(buf[j] &- UInt8(ascii: "0")) }
            let number = Double(magnitude)
            return .number(digitsStart > numberStart ? -number : number, literal: literal)
        }
        guard let number = Double(literal), number.isFinite else {
            throw JSONSyntaxError(
                offset: numberStart,
                message: .jsonNumberTooLarge(Self.excerpt(literal)))
        }
        return .number(number, literal: literal)
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while pos < end && Self.isWhitespace(buf[pos]) { pos += 1 }
    }

    /// JSON whitespace: space, tab, line feed, carriage return (RFC 8259 §2); nothing else.
    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    /// ASCII letters, digits and `_`: the bytes of a bare word such as `True` or `NaN`.
    static func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || byte == UInt8(ascii: "_") || (byte | 0x20) &- UInt8(ascii: "a") < 26
    }
}
