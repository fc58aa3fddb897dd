/// Cell rules on raw UTF-8 bytes, for the importer's hot path: the common
/// cells (a digit answer, a `√`, an ASCII phone number, an ISO date) are read
/// without making a `String`. Anything unusual returns `nil` and the caller
/// falls back to `CellValues` on a `String`, so both paths give one answer.
enum ByteText {
    /// Trims what `CellValues.trim` trims: ASCII white space, U+3000, U+0085, U+2028/2029.
    @inline(__always)
    static func trim(_ b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard let base = b.baseAddress, b.count > 0 else { return b }
        // Nearly every cell starts and ends with bytes that begin and end no trimmed character.
        let n = b.count
        let first = base[0], second = n > 1 ? base[1] : 0
        let last = base[n &- 1], beforeLast = n > 1 ? base[n &- 2] : 0
        let mayStart =
            first == 0x20 || first &- 0x09 < 5 || (first == 0xC2 && second == 0x85)
            || ((first == 0xE2 || first == 0xE3) && second == 0x80)
        let mayEnd =
            last == 0x20 || last &- 0x09 < 5 || (last == 0x85 && beforeLast == 0xC2)
            || (beforeLast == 0x80 && (last == 0x80 || last == 0xA8 || last == 0xA9))
        return mayStart || mayEnd ? trimEnds(b) : b
    }

    /// `trim` for a cell that may need it, character by character.
    private static func trimEnds(_ b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
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

    /// An answer of up to two ASCII digits (or empty, or a platform's `-3` / `-2`); `nil` for anything else.
    @inline(__always)
    static func answerCode(_ b: UnsafeBufferPointer<UInt8>, scale: Scale) -> UInt8? {
        answerCode(b, min: scale.min, max: scale.max, highFirst: scale.labelsOrder == .highFirst)
    }

    /// `answerCode(_:scale:)` with the scale's bounds taken out once per file: the hot path
    /// neither copies a `Scale` (two reference-counted fields) nor goes through `Double`.
    @inline(__always)
    static func answerCode(_ b: UnsafeBufferPointer<UInt8>, min: Int, max: Int, highFirst: Bool = false) -> UInt8? {
        let value: Int
        switch b.count {
        case 0: return AnswerCode.notAnswered
        case 1:
            let d = b[0] &- 0x30
            guard d < 10 else { return nil }
            value = Int(d)
        case 2:
            let d0 = b[0] &- 0x30, d1 = b[1] &- 0x30
            // 问卷星's "skipped" (-3) and "not shown" (-2): CellValues.skipMarkers.
            if b[0] == 0x2D && (b[1] == 0x32 || b[1] == 0x33) { return AnswerCode.notAnswered }
            guard d0 < 10, d1 < 10 else { return nil }
            value = Int(d0) * 10 + Int(d1)
        default: return nil
        }
        return code(value, min: min, max: max, highFirst: highFirst)
    }

    /// `CellValues.answerCode(number:scale:)` for a whole number, in integers. With `highFirst`
    /// the number counts options from the top point: x means `max − (x − min)` (docs/DEFINITION.md).
    @inline(__always)
    static func code(_ value: Int, min: Int, max: Int, highFirst: Bool = false) -> UInt8 {
        guard value >= min && value <= max else { return AnswerCode.outOfRange }
        return UInt8(highFirst ? max - value + 1 : value - min + 1)
    }

    /// The skip markers (`CellValues.skipMarkers`) as bytes.
    static let skipMarkerBytes: [[UInt8]] = CellValues.skipMarkers.map { Array($0.utf8) }

    /// Whether trimmed bytes are a skip marker: one byte compare for nearly every cell.
    @inline(__always)
    static func isSkipMarker(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.count >= 2 && b.count <= 12, case let c = b[0], c == 0x28 || c == 0x2D || c == 0xEF else { return false }
        return skipMarkerBytes.contains { $0.count == b.count && $0.elementsEqual(b) }
    }

    /// The cell, or an empty one when it is a skip marker (a role or open cell that the platform left empty).
    @inline(__always)
    static func blankIfSkip(_ b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        isSkipMarker(b) ? UnsafeBufferPointer(rebasing: b[0..<0]) : b
    }

    /// `1.39123E+10`, `2E+11`, `1.5e10`: digits, an optional fraction, `E` or `e`, an optional `+`,
    /// digits. What Excel shows for a long number it stored as a number (docs/IMPORT.md).
    static func looksLikeENotation(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        func digits() -> Int {
            let start = i
            while i < n && isDigit(b[i]) { i += 1 }
            return i - start
        }
        guard digits() > 0 else { return false }
        if i < n && b[i] == 0x2E {
            i += 1
            guard digits() > 0 else { return false }
        }
        guard i < n && (b[i] == 0x45 || b[i] == 0x65) else { return false }
        i += 1
        if i < n && b[i] == 0x2B { i += 1 }
        return digits() > 0 && i == n
    }

    /// The falsy flag words (SPEC.md "Input formats"), each packed as `packed` packs a cell.
    static let falsyPacked: [UInt64] = CellValues.falsy.map { word in
        Array(word.utf8).withUnsafeBufferPointer { packed($0)! }
    }

    /// Up to 7 bytes, ASCII letters lowercased, with the length in the top byte: one integer
    /// compare per falsy word instead of a byte loop. `nil` for longer text (no falsy word is).
    @inline(__always)
    static func packed(_ b: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard b.count <= 7 else { return nil }
        var v = UInt64(b.count) << 56
        for i in 0..<b.count {
            let c = b[i]
            v |= UInt64(c &- 0x41 < 26 ? c | 0x20 : c) << (8 * UInt64(i))
        }
        return v
    }

    /// `CellValues.flag` on trimmed bytes: yes unless the text (ASCII lowercased) is a falsy word.
    @inline(__always)
    static func flag(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let v = packed(b) else { return !isSkipMarker(b) }
        return !falsyPacked.contains(v) && !isSkipMarker(b)
    }

    /// `CellValues.phone` for ASCII text; `nil` for text with other characters (full-width digits).
    ///
    /// Keeps only what the rule looks at (how many digits, the first three) rather than the
    /// digits themselves: no array per cell.
    static func phone(_ b: UnsafeBufferPointer<UInt8>) -> CellValues.PhoneState? {
        if b.count == 0 { return .missing }
        if b.count == 11 && b[0] == 0x31 && allDigits(b) { return .valid }  // a plain mobile number
        if isSkipMarker(b) { return .missing }
        var count = 0
        var first: UInt32 = 0  // the first three digits, one a byte
        var plus = false
        for i in 0..<b.count {
            let c = b[i]
            if c >= 0x80 { return nil }
            if c == 0x20 || c == 0x2D { continue }
            if c == 0x2B && i == 0 {
                plus = true
                continue
            }
            guard isDigit(c) else { return .invalid }
            if count < 3 { first |= UInt32(c) << (8 * UInt32(count)) }
            count += 1
        }
        let d0 = UInt8(truncatingIfNeeded: first), d1 = UInt8(truncatingIfNeeded: first >> 8)
        let d2 = UInt8(truncatingIfNeeded: first >> 16)
        if plus {
            return count == 13 && d0 == 0x38 && d1 == 0x36 && d2 == 0x31 ? .valid : .invalid
        }
        if count == 11 && d0 == 0x31 { return .valid }
        if count == 13 && d0 == 0x38 && d1 == 0x36 && d2 == 0x31 { return .valid }
        if count >= 10 && count <= 12 && d0 == 0x30 { return .valid }
        return .invalid
    }

    /// Whether every byte is an ASCII digit, eight at a time: a byte x is a digit when neither
    /// x − 0x30 borrows nor x + 0x46 reaches 0x80. The lowest non-digit byte of a word always
    /// shows (carries and borrows only spoil the bytes above it), so no word is misjudged.
    static func allDigits(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = b.baseAddress else { return true }
        let raw = UnsafeRawPointer(p)
        let ones: UInt64 = 0x0101_0101_0101_0101
        var i = 0
        while i &+ 8 <= b.count {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if ((w &- ones &* 0x30) | (w &+ ones &* 0x46)) & (ones &* 0x80) != 0 { return false }
            i &+= 8
        }
        while i < b.count {
            if !isDigit(p[i]) { return false }
            i &+= 1
        }
        return true
    }

    /// `yyyy-mm-dd` or `yyyy/mm/dd`, alone or before a time (`2026-06-18 10:23:11`, as 问卷星's
    /// 提交答卷时间 gives it: the time is ignored, as `CellValues.date` ignores it); `nil` for any
    /// other shape (the caller tries `CellValues.date`).
    @inline(__always)
    static func isoDate(_ b: UnsafeBufferPointer<UInt8>) -> Int32? {
        // 2026-06-18, 2026/6/18 (问卷星's 提交答卷时间), either followed by a time: month and day of one or two digits.
        let n = b.count
        guard n >= 8 else { return nil }
        var y: Int32 = 0
        for k in 0..<4 {
            let d = b[k] &- 0x30
            guard d < 10 else { return nil }
            y = y * 10 + Int32(d)
        }
        let sep = b[4]
        guard sep == 0x2D || sep == 0x2F else { return nil }
        var i = 5
        @inline(__always) func part(_ i: inout Int) -> Int32? {
            var v: Int32 = 0
            let start = i
            while i < n, i - start < 2 {
                let d = b[i] &- 0x30
                guard d < 10 else { break }
                v = v * 10 + Int32(d)
                i += 1
            }
            return i > start ? v : nil
        }
        guard let m = part(&i), i < n, b[i] == sep else { return nil }
        i += 1
        guard let d = part(&i), i == n || b[i] == 0x20 || b[i] == 0x54 else { return nil }
        let v = y * 10000 + m * 100 + d
        return CellValues.isValid(v) ? v : nil
    }
}
