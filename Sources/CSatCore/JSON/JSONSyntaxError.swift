/// A syntax error found by `JSONScanner`: the byte offset where it is and a message for the user.
///
/// The scanner only knows byte offsets; `JSONParser` turns the offset into a
/// line and column once, when the error is reported, so that the hot loop
/// never has to count lines.
struct JSONSyntaxError: Error {
    var offset: Int
    var message: Message
}

extension JSONScanner {
    /// Whether the scanner reads a whole file or one line of a JSON Lines file; only the wording of messages differs.
    enum Mode {
        case document
        case line
    }

    /// The error for input that stops in the middle of a value, placed right after the last non-blank byte.
    ///
    /// Pointing past trailing blank lines would name a line the user cannot
    /// see anything wrong on; the end of the last content is where the cut is.
    func endOfInput() -> JSONSyntaxError {
        var offset = end
        while offset > start && JSONScanner.isWhitespace(buf[offset - 1]) { offset -= 1 }
        switch mode {
        case .document:
            return JSONSyntaxError(offset: offset, message: .jsonCutOff(document: true))
        case .line:
            return JSONSyntaxError(offset: offset, message: .jsonCutOff(document: false))
        }
    }

    /// Describes what stands at `offset`, for messages such as "expected ':' …, found 'x'".
    ///
    /// Non-ASCII characters are decoded and shown, and the full-width punctuation
    /// that Chinese input methods type by accident (`，` `：` `“`) is named,
    /// because it looks like the right character in most editors.
    func describe(at offset: Int) -> Message {
        guard offset < end else { return .jsonEnd(document: mode == .document) }
        let byte = buf[offset]
        switch byte {
        case 0x20:
            return .character(0x20)  // "a space", as the CSV reader names it
        case 0x21...0x7E:
            return .jsonCharacter(String(Character(Unicode.Scalar(byte))))
        case 0x00..<0x20, 0x7F:
            return .jsonControl(JSONScanner.codePoint(UInt32(byte)))
        default:
            guard let length = utf8SequenceLength(at: offset) else {
                return .jsonNotUTF8Byte(JSONScanner.hexByte(byte))
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: buf[offset..<offset + length]), as: UTF8.self)
            let scalar = text.unicodeScalars.first!
            if let ascii = JSONScanner.fullWidthLookalikes[scalar.value] {
                return .jsonFullWidth(text, ascii: "\(ascii)")
            }
            switch scalar.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator:
                return .jsonOtherSpace(JSONScanner.codePoint(scalar.value))
            case .format, .control, .nonspacingMark, .enclosingMark, .privateUse, .unassigned:
                // Invisible in most editors: the code point is the only way to find it.
                return .jsonInvisible(JSONScanner.codePoint(scalar.value))
            default:
                return .jsonCharacter(text)
            }
        }
    }

    /// The end of the bare word starting at `offset`: ASCII letters, digits and `_`, and non-ASCII letters and digits.
    ///
    /// Covers both `True` and unquoted Chinese text such as `锦程花园`.
    func wordEnd(from offset: Int) -> Int {
        var i = offset
        while i < end {
            if JSONScanner.isWordByte(buf[i]) {
                i += 1
            } else if buf[i] >= 0x80, let length = utf8SequenceLength(at: i), isLetterOrDigit(i..<i + length) {
                i += length
            } else {
                break
            }
        }
        return i
    }

    /// Whether the well-formed UTF-8 sequence in `range` is a letter or digit (any script).
    func isLetterOrDigit(_ range: Range<Int>) -> Bool {
        let text = String(decoding: UnsafeBufferPointer(rebasing: buf[range]), as: UTF8.self)
        guard let scalar = text.unicodeScalars.first else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Punctuation typed with a Chinese input method, mapped to the ASCII character JSON expects.
    static let fullWidthLookalikes: [UInt32: Character] = [
        0xFF0C: ",", 0x3001: ",", 0xFF1A: ":", 0x201C: "\"", 0x201D: "\"", 0xFF02: "\"",
        0xFF3B: "[", 0xFF3D: "]", 0xFF5B: "{", 0xFF5D: "}", 0x3010: "[", 0x3011: "]",
    ]

    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    static func hexByte(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "0x" + (hex.count == 1 ? "0" : "") + hex
    }

    /// Shortens a long literal for a message, so that a 10 000-digit number does not fill the terminal.
    static func excerpt(_ text: String, limit: Int = 40) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }
}
