/// Cell rules on raw UTF-8 bytes, for the importer's hot path: the common
/// cells (a digit answer, a `√`, an ASCII phone number, an ISO date) are read
/// without making a `String`. Anything unusual returns `nil` and the caller
/// falls back to `CellValues` on a `String`, so both paths give one answer.
enum ByteText {
    /// Trims what `CellValues.trim` trims: ASCII white space, U+3000, U+0085, U+2028/2029.
    @inline(__always)
    static func trim(_ b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard let base = b.baseAddress, b.count > 0 else { return b }
        var start = 0, end = b.count
        while start < end {
            let c = base[start]
            if c == 0x20 || (c >= 0x09 && c <= 0x0D) { start += 1; continue }
            if c == 0xE3 && end - start >= 3 && base[start + 1] == 0x80 && base[start + 2] == 0x80 { start += 3; continue }
            if c == 0xC2 && end - start >= 2 && base[start + 1] == 0x85 { start += 2; continue }
            if c == 0xE2 && end - start >= 3 && base[start + 1] == 0x80 && (base[start + 2] == 0xA8 || base[start + 2] == 0xA9) {
                start += 3; continue
            }
            break
        }
        while end > start {
            let c = base[end - 1]
            if c == 0x20 || (c >= 0x09 && c <= 0x0D) { end -= 1; continue }
            if end - start >= 3 && base[end - 3] == 0xE3 && base[end - 2] == 0x80 && c == 0x80 { end -= 3; continue }
            if end - start >= 2 && base[end - 2] == 0xC2 && c == 0x85 { end -= 2; continue }
            if end - start >= 3 && base[end - 3] == 0xE2 && base[end - 2] == 0x80 && (c == 0xA8 || c == 0xA9) {
                end -= 3; continue
            }
            break
        }
        return UnsafeBufferPointer(rebasing: b[start..<end])
    }

    @inline(__always)
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// An answer of up to two ASCII digits (or empty); `nil` for anything else.
    @inline(__always)
    static func answerCode(_ b: UnsafeBufferPointer<UInt8>, scale: Scale) -> UInt8? {
        switch b.count {
        case 0: return AnswerCode.notAnswered
        case 1:
            guard isDigit(b[0]) else { return nil }
            return CellValues.answerCode(number: Double(b[0] - 0x30), scale: scale)
        case 2:
            guard isDigit(b[0]), isDigit(b[1]) else { return nil }
            return CellValues.answerCode(number: Double(Int(b[0] - 0x30) * 10 + Int(b[1] - 0x30)), scale: scale)
        default: return nil
        }
    }

    /// The falsy flag words as UTF-8 (SPEC.md "Input formats"); ASCII ones lowercase.
    static let falsy: [[UInt8]] = CellValues.falsy.map { Array($0.utf8) }

    /// `CellValues.flag` on trimmed bytes: yes unless the text (ASCII lowercased) is a falsy word.
    static func flag(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        if b.count == 0 { return false }
        if b.count > 8 { return true }  // no falsy word is longer
        // Compare against each falsy word, ASCII case-folded, without allocating.
        outer: for word in falsy where word.count == b.count {
            for i in 0..<b.count {
                let c = b[i]
                if (c >= 0x41 && c <= 0x5A ? c + 32 : c) != word[i] { continue outer }
            }
            return false
        }
        return true
    }

    /// `CellValues.phone` for ASCII text; `nil` for text with other characters (full-width digits).
    static func phone(_ b: UnsafeBufferPointer<UInt8>) -> CellValues.PhoneState? {
        if b.count == 0 { return .missing }
        var digits: [UInt8] = []
        digits.reserveCapacity(b.count)
        var plus = false
        for (i, c) in b.enumerated() {
            if c >= 0x80 { return nil }
            if c == 0x20 || c == 0x2D { continue }
            if c == 0x2B && i == 0 { plus = true; continue }
            guard isDigit(c) else { return .invalid }
            digits.append(c)
        }
        if plus {
            guard digits.count == 13, digits[0] == 0x38, digits[1] == 0x36 else { return .invalid }
            return digits[2] == 0x31 ? .valid : .invalid
        }
        if digits.count == 11 && digits[0] == 0x31 { return .valid }
        if digits.count == 13 && digits[0] == 0x38 && digits[1] == 0x36 && digits[2] == 0x31 { return .valid }
        if digits.count >= 10 && digits.count <= 12 && digits[0] == 0x30 { return .valid }
        return digits.isEmpty ? .invalid : .invalid
    }

    /// `yyyy-mm-dd` or `yyyy/mm/dd` exactly; `nil` for any other shape (the caller tries `CellValues.date`).
    static func isoDate(_ b: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard b.count == 10, b[4] == b[7], b[4] == 0x2D || b[4] == 0x2F else { return nil }
        var v: Int32 = 0
        for i in [0, 1, 2, 3, 5, 6, 8, 9] {
            guard isDigit(b[i]) else { return nil }
            v = v * 10 + Int32(b[i] - 0x30)
        }
        return CellValues.isValid(v) ? v : nil
    }
}
