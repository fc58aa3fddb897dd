import Foundation

/// Cell values as text: numbers in their shortest form, serial dates as calendar dates.
enum CellText {
    /// A number cell's text as a person reads it: `120`, `13912345678`, `89.5`, `0.875`.
    ///
    /// Integers and plain decimals keep the digits the writer saved (trailing zeros after the point
    /// dropped); exponent forms (`1.5E-3`, `1.3912345678E10`) are written out, integral values below
    /// 10¹⁵ without a point, so that a phone number never reads as E-notation. A fraction of more
    /// than 15 significant digits reads as Excel shows it, to 15 (`text`): Excel saves 96.4 computed
    /// by a formula as `96.40000000000001`, and its user sees 96.4.
    static func number(_ raw: UnsafeBufferPointer<UInt8>, into scanner: inout SheetScanner) -> Bool {
        guard let p = raw.baseAddress, raw.count > 0 else { return true }
        var n = raw.count
        var start = 0
        while start < n && (p[start] == 0x20 || p[start] == 0x09 || p[start] == 0x0A || p[start] == 0x0D) { start += 1 }
        while n > start && (p[n - 1] == 0x20 || p[n - 1] == 0x09 || p[n - 1] == 0x0A || p[n - 1] == 0x0D) { n -= 1 }
        if start == n { return true }
        var point = -1
        var plain = true
        var i = start
        if p[i] == 0x2D { i += 1 }  // '-'
        let firstDigit = i
        while i < n {
            let b = p[i]
            if b == 0x2E && point < 0 {
                point = i
            } else if b < 0x30 || b > 0x39 {
                plain = false
                break
            }
            i += 1
        }
        if plain && n > firstDigit && !(point == firstDigit && n == firstDigit + 1) {
            if point >= 0, significantDigits(UnsafeBufferPointer(start: p + firstDigit, count: n - firstDigit)) > 15,
                let d = parse(UnsafeBufferPointer(start: p + start, count: n - start)), let shown = shown(d)
            {
                scanner.append(shown)
                return true
            }
            var end = n
            if point >= 0 {
                while end > point + 1 && p[end - 1] == 0x30 { end -= 1 }
                if end == point + 1 { end = point }
            }
            if point == firstDigit { scanner.appendBytes(p + start, firstDigit - start); scanner.append("0"); scanner.appendBytes(p + firstDigit, end - firstDigit); return true }
            if end - start == 2 && p[start] == 0x2D && p[start + 1] == 0x30 { scanner.append("0"); return true }  // -0
            scanner.appendBytes(p + start, end - start)
            return true
        }
        guard let d = parse(UnsafeBufferPointer(start: p + start, count: n - start)) else { return false }
        scanner.append(text(d))
        return true
    }

    /// The text of `d` as Excel shows it: integral values below 10¹⁵ without a point, others to at most
    /// 15 significant digits (Excel's precision on screen), else the shortest text that reads back as `d`.
    static func text(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        let shortest = "\(d)"
        guard significantDigits(Array(shortest.utf8)) > 15 else { return shortest }
        return shown(d) ?? shortest
    }

    /// `d` to 15 significant digits without trailing zeros (`%.15g`), or nil where that takes an
    /// exponent (below 10⁻⁴, from 10¹⁵).
    static func shown(_ d: Double) -> String? {
        let rounded = String(format: "%.15g", d)
        return rounded.contains("e") ? nil : rounded
    }

    /// The digits of a decimal's text from its first non-zero one, up to an exponent.
    static func significantDigits<C: Collection<UInt8>>(_ text: C) -> Int {
        var count = 0
        for b in text {
            if b == 0x65 || b == 0x45 { break }  // e, E
            guard b >= 0x30 && b <= 0x39 else { continue }
            if count > 0 || b != 0x30 { count += 1 }
        }
        return count
    }

    /// A number in XML Schema's `xsd:double` lexical form (what `<v>` holds); nil for anything else.
    ///
    /// Plain ASCII (a serial date, a score) is trimmed and read here without Foundation: when the
    /// digits make an integer up to 2⁵³ with at most 22 after the point, `digits / 10^k` is one
    /// correctly rounded division of two exact doubles (Clinger's fast path), so it is the double
    /// `Double(String)` gives; anything else goes to `Double(String)`.
    static func parse(_ raw: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let p = raw.baseAddress, raw.count > 0, raw.count < 64 else { return nil }
        var start = 0
        var end = raw.count
        for k in 0..<end where p[k] >= 0x80 { return parseText(raw) }
        // The ASCII characters of `.whitespacesAndNewlines`: tab, LF, VT, FF, CR, space.
        while start < end && (p[start] == 0x20 || (p[start] >= 0x09 && p[start] <= 0x0D)) { start += 1 }
        while end > start && (p[end - 1] == 0x20 || (p[end - 1] >= 0x09 && p[end - 1] <= 0x0D)) { end -= 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var point = -1
        var i = start
        while i < end {
            let b = p[i]
            if b >= 0x30 && b <= 0x39 {
                mantissa = mantissa &* 10 &+ UInt64(b &- 0x30)
                digits += 1
            } else if b == 0x2E && point < 0 {
                point = digits
            } else {
                break
            }
            i += 1
        }
        // "1." and ".5" are left to `Double`: a digit on each side of the point, or no point.
        if i == end && digits > 0 && digits <= 19 && mantissa <= 1 << 53 && (point < 0 || (point > 0 && point < digits)) {
            let after = point < 0 ? 0 : digits - point
            if after <= 22 { return Double(mantissa) / powersOfTen[after] }
        }
        let text = String(decoding: UnsafeBufferPointer(start: p + start, count: end - start), as: UTF8.self)
        guard let d = Double(text), d.isFinite else { return nil }
        return d
    }

    /// 10⁰ … 10²², each exact in a double.
    private static let powersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { x, _ in x * 10 } }

    /// `parse` for text with non-ASCII bytes: Foundation's trim of Unicode spaces, then `Double`.
    private static func parseText(_ raw: UnsafeBufferPointer<UInt8>) -> Double? {
        let s = String(decoding: raw, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let d = Double(s), d.isFinite else { return nil }
        return d
    }

    /// A `t="d"` cell's ISO 8601 text (`2026-12-16`, `2026-12-16T10:23:11`, `…11.000Z`) as csat writes dates.
    static func isoDate(_ s: String) -> String? {
        let u = Array(s.utf8)
        func num(_ a: Int, _ b: Int) -> Int? {
            guard b <= u.count else { return nil }
            var x = 0
            for k in a..<b {
                guard u[k] >= 0x30 && u[k] <= 0x39 else { return nil }
                x = x * 10 + Int(u[k] - 0x30)
            }
            return x
        }
        if u.count >= 8, u[2] == 0x3A, let h = num(0, 2), let m = num(3, 5), let sec = num(6, 8), h < 24, m < 60, sec < 61 {
            return String(format: "%02d:%02d:%02d", h, m, sec)  // a time alone
        }
        guard u.count >= 10, u[4] == 0x2D, u[7] == 0x2D, let y = num(0, 4), let mo = num(5, 7), let d = num(8, 10),
            (1...12).contains(mo), (1...31).contains(d)
        else { return nil }
        let date = String(format: "%04d-%02d-%02d", y, mo, d)
        guard u.count > 10 else { return date }
        guard u[10] == 0x54 || u[10] == 0x20, let h = num(11, 13), let m = num(14, 16), h < 24, m < 60 else { return nil }
        let sec = num(17, 19) ?? 0
        if h == 0 && m == 0 && sec == 0 { return date }
        return date + String(format: " %02d:%02d:%02d", h, m, sec)
    }

    /// A serial date as `YYYY-MM-DD`, or `YYYY-MM-DD HH:MM:SS` when it has a time of day (to the
    /// second), appended to the cell's text; false when the serial is no date.
    ///
    /// The 1900 system counts 1900-02-29, a day that never was (Lotus's bug, kept by Excel): serial 60.
    /// Written digit by digit (no `String(format:)`: a download's every row has a date).
    static func date(_ serial: Double, date1904: Bool, into scanner: inout SheetScanner) -> Bool {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return false }
        var days = Int64(serial.rounded(.down))
        var seconds = Int64(((serial - Double(days)) * 86400).rounded())
        if seconds >= 86400 {
            days += 1
            seconds -= 86400
        }
        var text = DateText()
        if days == 0 && seconds > 0 && !date1904 {
            // A time of day alone (a time format on a fraction of a day).
            text.time(seconds)
            text.appendTo(&scanner)
            return true
        }
        let y: Int, m: Int, d: Int
        if !date1904 && days == 60 {
            (y, m, d) = (1900, 2, 29)
        } else {
            if !date1904 && days < 60 { days += 1 }  // before the fictitious day, serial 1 is 1900-01-01
            // Serial 0 is 1899-12-30 (day −25,569 of 1970's count) in the 1900 system, 1904-01-01 (−24,107) in 1904's.
            (y, m, d) = civil(days + (date1904 ? -24107 : -25569))
        }
        text.digits(y, 4)
        text.byte(0x2D)
        text.digits(m, 2)
        text.byte(0x2D)
        text.digits(d, 2)
        if seconds != 0 {
            text.byte(0x20)
            text.time(seconds)
        }
        text.appendTo(&scanner)
        return true
    }

    /// Up to 19 bytes of a date's text, built on the stack.
    private struct DateText {
        var bytes: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0

        mutating func byte(_ b: UInt8) {
            withUnsafeMutableBytes(of: &bytes) { $0[count] = b }
            count += 1
        }

        /// `v` in `width` digits, zero-padded (`%04d`, `%02d` for the values a date has).
        mutating func digits(_ v: Int, _ width: Int) {
            var place = 1
            for _ in 1..<width { place *= 10 }
            var v = v
            while place > 0 {
                byte(UInt8(0x30 + v / place % 10))
                v %= place
                place /= 10
            }
        }

        /// `HH:MM:SS` of `seconds` into the day.
        mutating func time(_ seconds: Int64) {
            digits(Int(seconds / 3600), 2)
            byte(0x3A)
            digits(Int(seconds / 60 % 60), 2)
            byte(0x3A)
            digits(Int(seconds % 60), 2)
        }

        func appendTo(_ scanner: inout SheetScanner) {
            var copy = bytes
            let n = count
            withUnsafeBytes(of: &copy) { scanner.appendBytes($0.baseAddress!.assumingMemoryBound(to: UInt8.self), n) }
        }
    }

    /// Year, month and day of `z` days after 1970-01-01 (Howard Hinnant's algorithm).
    static func civil(_ z0: Int64) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (Int(m <= 2 ? y + 1 : y), Int(m), Int(d))
    }
}
