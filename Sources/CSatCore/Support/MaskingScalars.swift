import Foundation

/// The classes of characters that masking looks at, on scalar values.
///
/// Why folding and a wide separator class: a phone typed on a Chinese input
/// method comes in full-width digits (`１３８…`), split by `，`, `、`, `．`, or by
/// whatever the writer found (double spaces, `_`, `/`, a zero-width space that
/// nobody sees). Folding makes every such form the plain one before any rule
/// looks at it, so each rule is written once.
enum MaskingScalars {
    /// Full-width ASCII (U+FF01–FF5E) as ASCII, the ideographic space as a space, ASCII letters
    /// lowercased; and the look-alikes that compatibility normalisation (NFKC) makes one plain
    /// character of: circled, super- and subscript digits (`①`, `²`), mathematical letters and
    /// digits (`𝐳`, `𝟏`), Kangxi radicals and compatibility ideographs (`⼀` is `一`).
    @inline(__always) static func fold(_ v: UInt32) -> UInt32 {
        if v < 0x80 { return v &- 0x41 < 26 ? v | 0x20 : v }
        if v &- 0x3001 < 0xC8FF { return v }  // CJK punctuation, kana and ideographs: nothing to fold
        if v &- 0xFF01 < 0x5E {
            let a = v &- 0xFEE0
            return a &- 0x41 < 26 ? a | 0x20 : a
        }
        if v == 0x3000 { return 0x20 }
        if mayHaveLookAlike(v), let plain = lookAlikes[v] { return plain &- 0x41 < 26 ? plain | 0x20 : plain }
        return v
    }

    /// Whether `v` is in a block of `lookAlikes`: a few compares, false at once for CJK text.
    @inline(__always) static func mayHaveLookAlike(_ v: UInt32) -> Bool {
        if v < 0x2070 { return v >= 0xB2 && v <= 0xB9 }
        if v < 0x3000 { return v <= 0x209F || (v >= 0x2460 && v <= 0x2793) || (v >= 0x2F00 && v <= 0x2FD5) }
        if v < 0xF900 { return false }
        return v <= 0xFAFF || (v >= 0x1D400 && v <= 0x1D7FF) || (v >= 0x2F800 && v <= 0x2FA1F)
    }

    /// Each scalar of those blocks whose NFKC form is one other scalar, made once from
    /// Foundation's normalisation; and the dingbat circled digits (`❶`, `➀`, `➊`), which NFKC
    /// leaves alone.
    static let lookAlikes: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [:]
        let blocks: [ClosedRange<UInt32>] = [
            0xB2...0xB9, 0x2070...0x209F, 0x2460...0x24FF, 0x2F00...0x2FD5, 0xF900...0xFAFF, 0x1D400...0x1D7FF,
            0x2F800...0x2FA1F,
        ]
        for block in blocks {
            for v in block {
                guard let s = Unicode.Scalar(v) else { continue }
                let plain = String(Character(s)).precomposedStringWithCompatibilityMapping.unicodeScalars
                if plain.count == 1, let p = plain.first, p.value != v { table[v] = p.value }
            }
        }
        for first: UInt32 in [0x2776, 0x2780, 0x278A] {
            for k: UInt32 in 0..<9 { table[first + k] = 0x31 + k }
        }
        return table
    }()

    /// The digit a folded scalar stands for: 0–9 for a decimal digit of any script (ASCII, and
    /// after folding full-width; Arabic-Indic, mathematical bold, …); 10–19 for a Chinese numeral
    /// (〇零一二三四五六七八九, and 幺 read as 1) as digit + 10; -1 for anything else.
    @inline(__always) static func digit(_ v: UInt32) -> Int {
        if v < 0x80 { return v &- 0x30 < 10 ? Int(v &- 0x30) : -1 }
        if v >= 0x2000 && v < 0xA000 { return hanDigit(v) }
        return otherDecimal(v)
    }

    /// 〇零一二三四五六七八九 and 幺 (as 1) plus 10; -1 for any other character.
    static func hanDigit(_ v: UInt32) -> Int {
        switch v {
        case 0x3007, 0x96F6: return 10
        case 0x4E00, 0x5E7A: return 11
        case 0x4E8C: return 12
        case 0x4E09: return 13
        case 0x56DB: return 14
        case 0x4E94: return 15
        case 0x516D: return 16
        case 0x4E03: return 17
        case 0x516B: return 18
        case 0x4E5D: return 19
        default: return -1
        }
    }

    /// A decimal digit outside ASCII and the CJK blocks, from Unicode's own table (`Nd`).
    static func otherDecimal(_ v: UInt32) -> Int {
        guard v >= 0x660 else { return -1 }  // Latin, Greek, Cyrillic, Hebrew: no digits but ASCII's
        // Each script's digits are ten consecutive scalars from its zero: the last zero at or below v.
        var low = 0, high = decimalZeros.count
        while low < high {
            let mid = (low + high) / 2
            if decimalZeros[mid] <= v { low = mid + 1 } else { high = mid }
        }
        guard low > 0, v - decimalZeros[low - 1] < 10 else { return -1 }
        return Int(v - decimalZeros[low - 1])
    }

    /// The zero of every decimal-digit block above ASCII, ascending; made once from the standard
    /// library's Unicode data, so that no script is forgotten.
    static let decimalZeros: [UInt32] = {
        var zeros: [UInt32] = []
        var v: UInt32 = 0x80
        while v < 0x20000 {
            if let s = Unicode.Scalar(v), s.properties.numericType == .decimal, s.properties.numericValue == 0 {
                zeros.append(v)
                v += 10
            } else {
                v += 1
            }
        }
        return zeros
    }()

    /// Whether a folded scalar may stand between the digits of one number: white space and line
    /// breaks, ASCII punctuation except `@`, dashes, dots, quotes and brackets of CJK text, and the
    /// invisible ones (zero-width spaces and joiners, direction marks, variation selectors, the
    /// keycap mark).
    @inline(__always) static func isSeparator(_ v: UInt32) -> Bool {
        if v < 0x80 {
            // Space, tab and line breaks; !"#$%&'()*+,-./ :;<=>? [\]^_` {|}~ (not @, not letters or digits).
            return (v >= 0x09 && v <= 0x0D) || (v >= 0x20 && v <= 0x2F) || (v >= 0x3A && v <= 0x3F)
                || (v >= 0x5B && v <= 0x60) || (v >= 0x7B && v <= 0x7E)
        }
        switch v {
        case 0xA0, 0xAD, 0xB7, 0x2000...0x202F, 0x205F...0x2069, 0x2212, 0x20E3, 0x3001, 0x3002,
            0x3008...0x3011, 0x3014...0x301F, 0x30FB, 0xFE00...0xFE0F, 0xFE50...0xFE6B, 0xFEFF, 0xFF5F...0xFF65:
            return true
        default:
            return false
        }
    }

    /// An opening bracket: `( [ {` (and their full-width forms once folded), `【 〔 〈 「`.
    @inline(__always) static func isOpening(_ v: UInt32) -> Bool {
        v == 0x28 || v == 0x5B || v == 0x7B || v == 0x3010 || v == 0x3014 || v == 0x3008 || v == 0x300C
    }

    /// A closing bracket: `) ] }` (and their full-width forms once folded), `】 〕 〉 」`.
    @inline(__always) static func isClosing(_ v: UInt32) -> Bool {
        v == 0x29 || v == 0x5D || v == 0x7D || v == 0x3011 || v == 0x3015 || v == 0x3009 || v == 0x300D
    }

    /// A dot in an e-mail domain: `.` (and `．` once folded), `。`, `｡`.
    @inline(__always) static func isDot(_ v: UInt32) -> Bool { v == 0x2E || v == 0x3002 || v == 0xFF61 }

    /// An ASCII letter or digit once folded.
    @inline(__always) static func isAlphanumeric(_ v: UInt32) -> Bool { v &- 0x61 < 26 || v &- 0x30 < 10 }

    /// One scalar of valid UTF-8 (a Swift string's bytes) at `i`: its value and length.
    @inline(__always) static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3)
        }
        return (
            (b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F), 4
        )
    }

    /// The start of the scalar that ends just before byte `i` (`i` > 0).
    @inline(__always) static func previousStart(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var j = i - 1
        while j > 0 && p[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }
}
