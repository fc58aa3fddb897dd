/// The numbers of `Masking`: which stretches of a run of digits are personal, and their masks.
///
/// A run is digits with up to four separators between neighbours; the digits between
/// separators are its groups. A phone or ID-card number must fill whole groups (it starts
/// where a group starts and ends where one ends), which is what tells `138.1234.5678` from
/// the middle of a longer number, and lets any separator through without masking lists
/// and amounts: `1, 2, 3` is never a phone.
enum MaskingNumbers {
    /// One digit of a run: its value (0–9; 10 is the `X` that ends an ID-card number), whether
    /// it is a Chinese numeral, its bytes in the text, and how it joins the digit before it.
    struct Digit {
        var value: UInt8
        var han: Bool
        var start: Int
        var end: Int
        /// Separators stand between it and the digit before (or it is the run's first).
        var groupStart: Bool
        /// Joined to the digit before by nothing, one space or one dash: the generic rule's runs.
        var tight: Bool
        /// The last separator before it (folded); 0 when there is none.
        var separator: UInt32
    }

    /// Appends a cut for every personal number in run `r`.
    static func analyse(_ r: [Digit], phones: [[UInt8]], into cuts: inout [MaskScan.Cut]) {
        let n = r.count
        var covered = [Bool](repeating: false, count: n)
        func groupEnd(_ e: Int) -> Bool { e == n || (e < n && r[e].groupStart) }
        func plain(_ a: Int, _ b: Int) -> Bool { b <= n && !r[a..<b].contains { $0.value > 9 } }
        func equal(_ a: Int, _ d: [UInt8]) -> Bool {
            a + d.count <= n && d.indices.allSatisfy { r[a + $0].value == d[$0] }
        }
        func digits(_ a: Int, _ b: Int) -> [UInt8] { r[a..<b].map(\.value) }

        /// The end and the mask of a personal number that starts at `i`, or of a date to leave alone (mask nil).
        func match(_ i: Int) -> (end: Int, mask: String?)? {
            for p in phones where equal(i, p) && groupEnd(i + p.count) {
                return (i + p.count, ownPhoneMask(p))
            }
            if groupEnd(i + 18), plain(i, i + 17), isIDCard(digits(i, i + 18)) {
                return (i + 18, maskDigits(digits(i, i + 18)))
            }
            for prefix in [[0, 0, 8, 6], [8, 6], []] as [[UInt8]] where equal(i, prefix) {
                let m = i + prefix.count
                if groupEnd(m + 11), plain(m, m + 11), isMobile(digits(m, m + 11)) {
                    return (m + 11, maskDigits(digits(m, m + 11)))
                }
            }
            if groupEnd(i + 15), plain(i, i + 15), isIDCard(digits(i, i + 15)) {
                return (i + 15, maskDigits(digits(i, i + 15)))
            }
            if let area = areaLength(r, i) {
                for local in area == 3 ? [8] : [8, 7] {
                    let e = i + area + local
                    guard groupEnd(e), plain(i, e), r[i + area].value >= 2 else { continue }
                    // An extension: the next group, if it is short.
                    var x = e
                    while x < n && (x == e || !r[x].groupStart) && x - e < 7 { x += 1 }
                    let ext = x > e && x - e <= 6 && groupEnd(x) && plain(e, x) ? x - e : 0
                    let mask = maskLandline(area: digits(i, i + area)[...], local: digits(i + area, e)[...], extra: ext)
                    return (e + ext, mask)
                }
            }
            if let end = dateEnd(r, i) { return (end, nil) }
            return nil
        }

        var i = 0
        while i < n {
            if r[i].groupStart, let (end, mask) = match(i) {
                for k in i..<end { covered[k] = true }
                if let mask { cuts.append(MaskScan.Cut(start: r[i].start, end: r[end - 1].end, text: mask)) }
                i = end
            } else {
                i += 1
            }
        }
        // Anything else of seven or more digits joined tightly: an order number, a phone of a shape
        // not known here. Chinese numerals are left to the rules above (一 is a word too).
        var a = 0
        while a < n {
            guard !covered[a] && !r[a].han else {
                a += 1
                continue
            }
            var b = a + 1
            while b < n && !covered[b] && !r[b].han && r[b].tight { b += 1 }
            if b - a >= 7 { cuts.append(MaskScan.Cut(start: r[a].start, end: r[b - 1].end, text: maskDigits(digits(a, b)))) }
            a = b
        }
    }

    /// The digits without a country prefix `0086` or `86` before 11 more.
    static func national(_ d: [UInt8]) -> [UInt8] {
        if d.count == 15 && d.starts(with: [0, 0, 8, 6]) { return Array(d.dropFirst(4)) }
        if d.count == 13 && d.starts(with: [8, 6]) { return Array(d.dropFirst(2)) }
        return d
    }

    /// The mask of the own phone found as `d`: a landline's (`0571-****8888`), else the generic one.
    static func ownPhoneMask(_ d: [UInt8]) -> String {
        let n = national(d)
        guard let (area, _) = landlineParts(n) else { return maskDigits(n) }
        return maskLandline(area: n[..<area], local: n[area...], extra: 0)
    }

    /// A mainland mobile number: 11 digits, `1` then `3`–`9`.
    static func isMobile(_ d: [UInt8]) -> Bool { d.count == 11 && d[0] == 1 && d[1] >= 3 && d[1] <= 9 }

    /// A resident ID-card number: 18 digits (the last may be X) with a birth date 18xx–20xx at
    /// digits 7–14, or the old 15 digits with a date yymmdd at digits 7–12.
    static func isIDCard(_ d: [UInt8]) -> Bool {
        func number(_ a: Int, _ b: Int) -> Int { d[a..<b].reduce(0) { $0 * 10 + Int($1) } }
        guard d.first.map({ $0 >= 1 && $0 <= 9 }) == true, d.dropLast().allSatisfy({ $0 <= 9 }) else { return false }
        if d.count == 18 {
            let century = number(6, 8)
            return (18...20).contains(century) && (1...12).contains(number(10, 12)) && (1...31).contains(number(12, 14))
        }
        return d.count == 15 && d[14] <= 9 && (1...12).contains(number(8, 10)) && (1...31).contains(number(10, 12))
    }

    /// The length of the area code at `i`: `010` and `02x` have three digits, `0[3-9]xx` four.
    static func areaLength(_ r: [Digit], _ i: Int) -> Int? {
        areaLength(r[i...].prefix(3).map(\.value))
    }

    static func areaLength(_ d: [UInt8]) -> Int? {
        guard d.count >= 3, d[0] == 0 else { return nil }
        switch d[1] {
        case 1: return d[2] == 0 ? 3 : nil
        case 2: return 3
        case 3...9: return 4
        default: return nil
        }
    }

    /// Area code and local number of a landline written as digits only (`057188888888`), or nil.
    static func landlineParts(_ d: [UInt8]) -> (area: Int, local: Int)? {
        guard let area = areaLength(d) else { return nil }
        let local = d.count - area
        guard (area == 3 ? 8...8 : 7...8).contains(local), d[area] >= 2 else { return nil }
        return (area, local)
    }

    /// A date `2026-06-15`, `2026/6/15` or `2026.06.15` starting at `i`: the end of its day, or nil.
    static func dateEnd(_ r: [Digit], _ i: Int) -> Int? {
        var groups: [(value: Int, count: Int)] = []
        var k = i
        while groups.count < 3 && k < r.count {
            var e = k + 1
            while e < r.count && !r[e].groupStart { e += 1 }
            if !groups.isEmpty && !(r[k].separator == 0x2D || r[k].separator == 0x2F || r[k].separator == 0x2E) { return nil }
            if groups.count == 2 && r[k].separator != r[i + groups[0].count].separator { return nil }
            guard !r[k..<e].contains(where: { $0.value > 9 }) else { return nil }
            groups.append((r[k..<e].reduce(0) { $0 * 10 + Int($1.value) }, e - k))
            k = e
        }
        guard groups.count == 3, groups[0].count == 4, (1900...2099).contains(groups[0].value), groups[1].count <= 2,
            (1...12).contains(groups[1].value), groups[2].count <= 2, (1...31).contains(groups[2].value)
        else { return nil }
        return k
    }

    /// The generic mask: ID-card lengths keep six and four digits, ten digits or more three and
    /// four, shorter numbers their last four.
    static func maskDigits(_ d: [UInt8]) -> String {
        let n = d.count
        let head = n == 18 || n == 15 ? 6 : n >= 10 ? 3 : 0
        let tail = min(4, n)
        var out = [UInt8](repeating: 0x2A, count: n)
        for k in 0..<head { out[k] = ascii(d[k]) }
        for k in (n - tail)..<n { out[k] = ascii(d[k]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// `0571-****8888`, and `-***` for an extension of three digits.
    static func maskLandline(area: ArraySlice<UInt8>, local: ArraySlice<UInt8>, extra: Int) -> String {
        var out = area.map(ascii)
        out.append(0x2D)
        out += [UInt8](repeating: 0x2A, count: local.count - 4) + local.suffix(4).map(ascii)
        if extra > 0 { out += [0x2D] + [UInt8](repeating: 0x2A, count: extra) }
        return String(decoding: out, as: UTF8.self)
    }

    /// A digit's ASCII byte; 10 is `X`.
    @inline(__always) static func ascii(_ d: UInt8) -> UInt8 { d > 9 ? 0x58 : 0x30 + d }
}
