/// One pass of `Masking` over a text's UTF-8 bytes: finds runs of digits (handed to
/// `MaskingNumbers`), e-mail addresses and the respondent's own name, and collects what
/// to cut out and put in their place.
struct MaskScan {
    /// Bytes `start..<end` of the text are replaced by `text`.
    struct Cut {
        var start: Int
        var end: Int
        var text: String
    }

    /// Separators allowed between two digits of one number (`138 - 1234`, `1 ３`, `8,\u{200B}1`):
    /// a number must still fill whole groups, so a wide gap joins nothing by itself.
    static let maxSeparators = 8
    /// Separators allowed between two characters of the own name (`张 三`, `张·三`, `Zhang  San`).
    static let maxNameSeparators = 3

    private let p: UnsafeBufferPointer<UInt8>
    private let respondent: Masking.Respondent
    private var cuts: [Cut] = []
    private var digits: [MaskingNumbers.Digit] = []
    /// Byte ranges of every `@`, `＠`, `#` and `(at)`, looked at once the pass is done.
    private var ats: [Range<Int>] = []
    /// Where a WeChat ID may start: just after `微信`, `v信`, `vx`, `wx`, `wechat` or `weixin`.
    private var accounts: [Int] = []
    /// `respondent.phones`, made at the first run of seven digits or more.
    private var phones: [[UInt8]]? = nil

    init(_ p: UnsafeBufferPointer<UInt8>, _ respondent: Masking.Respondent) {
        self.p = p
        self.respondent = respondent
    }

    mutating func run() {
        let n = p.count
        let name0 = respondent.name.first ?? UInt32.max  // no folded scalar is UInt32.max
        var i = 0
        var separators = 0
        var lastSeparator: UInt32 = 0
        var previous: UInt32 = 0  // the folded scalar before i
        while i < n {
            let (raw, length) = MaskingScalars.decode(p, i)
            let v = MaskingScalars.fold(raw)
            let d = MaskingScalars.digit(v)
            // What may stand for `@`: `#` and `(at)` are how addresses are written to escape harvesters.
            // (Only ASCII and U+3008–U+3014 can be either: one compare for the rest of the text.)
            if v < 0x80 || v &- 0x3008 <= 0x0C {
                if v == 0x40 || v == 0x23 {
                    ats.append(i..<(i + length))
                } else if MaskingScalars.isOpening(v), let end = bracketed("at", from: i + length) {
                    ats.append(i..<end)
                }
            }
            // `微信` / `v信` (信 is U+4FE1), and the Latin names as whole words (`vx`, `wx`, `wechat`, `weixin`).
            if v == 0x4FE1 && (previous == 0x5FAE || previous == 0x76) {
                accounts.append(i + length)
            } else if (v == 0x78 && (previous == 0x76 || previous == 0x77)) || v == 0x77 {
                if let end = accountWord(v, at: i, length) { accounts.append(end) }
            }
            if d >= 0 {
                let first = digits.isEmpty
                let tight = !first && (separators == 0 || (separators == 1 && (lastSeparator == 0x20 || lastSeparator == 0x2D)))
                digits.append(
                    MaskingNumbers.Digit(
                        value: UInt8(d % 10), han: d >= 10, start: i, end: i + length, groupStart: first || separators > 0,
                        tight: tight, separator: separators > 0 ? lastSeparator : 0))
                separators = 0
            } else if v == 0x78 && separators == 0 && digits.count >= 17 && !digits[digits.count - 1].han {
                // The X that ends an 18-digit ID-card number ends the run.
                digits.append(
                    MaskingNumbers.Digit(
                        value: 10, han: false, start: i, end: i + length, groupStart: false, tight: true, separator: 0))
                endRun()
            } else if !digits.isEmpty && MaskingScalars.isSeparator(v) {
                separators += 1
                lastSeparator = v
                if separators > Self.maxSeparators {
                    endRun()
                    separators = 0
                }
            } else {
                if !digits.isEmpty {
                    endRun()
                    separators = 0
                }
            }
            if v == name0, let end = nameEnd(i + length, after: previous) {
                cuts.append(Cut(start: i, end: end, text: respondent.nameMask))
            }
            previous = v
            i += length
        }
        if !digits.isEmpty { endRun() }
        for at in ats {
            if let cut = email(at) { cuts.append(cut) }
        }
        for start in accounts {
            if let cut = account(after: start) { cuts.append(cut) }
        }
    }

    /// The end of `vx`/`wx` whose `x` is at `i`, or of `wechat`/`weixin` whose `w` is at `i`, when it
    /// is a word of its own (no Latin letter before it); nil otherwise.
    private func accountWord(_ v: UInt32, at i: Int, _ length: Int) -> Int? {
        func isLetter(_ at: Int) -> Bool { MaskingScalars.fold(MaskingScalars.decode(p, at).value) &- 0x61 < 26 }
        if v == 0x78 {
            let w = MaskingScalars.previousStart(p, i)
            guard w == 0 || !isLetter(MaskingScalars.previousStart(p, w)) else { return nil }
            return i + length
        }
        guard i == 0 || !isLetter(MaskingScalars.previousStart(p, i)) else { return nil }
        for word in ["wechat", "weixin"] {
            var j = i
            var matched = true
            for c in word.utf8 {
                guard j < p.count else { matched = false; break }
                let (raw, l) = MaskingScalars.decode(p, j)
                guard MaskingScalars.fold(raw) == UInt32(c) else { matched = false; break }
                j += l
            }
            if matched { return j }
        }
        return nil
    }

    /// The WeChat ID after a name of WeChat at byte `i`: after `号`, `ID`, `是`, `:` and spaces (up to
    /// four of them), 6–20 letters, digits, `_` or `-` starting with a letter (WeChat's own rule),
    /// masked to its first character and `***`; nil when there is none (`微信也不回`). An ID of
    /// digits is a phone or QQ number, which the number rules see.
    private func account(after i: Int) -> Cut? {
        var j = i
        var skipped = 0
        while j < p.count && skipped < 4 {
            let (raw, l) = MaskingScalars.decode(p, j)
            let v = MaskingScalars.fold(raw)
            if v == 0x53F7 || v == 0x662F || v == 0x3A || v == 0x20 || v == 0x3D {  // 号 是 : space =
                j += l
                skipped += 1
            } else if v == 0x69, j + l < p.count, MaskingScalars.fold(MaskingScalars.decode(p, j + l).value) == 0x64 {
                j += l + MaskingScalars.decode(p, j + l).length  // ID
                skipped += 1
            } else {
                break
            }
        }
        let start = j
        var count = 0
        while j < p.count {
            let (raw, l) = MaskingScalars.decode(p, j)
            let v = MaskingScalars.fold(raw)
            guard MaskingScalars.isAlphanumeric(v) || v == 0x5F || v == 0x2D else { break }
            if count == 0 && !(v &- 0x61 < 26) { return nil }
            count += 1
            j += l
        }
        guard count >= 6 && count <= 20 else { return nil }
        let first = String(decoding: p[start..<(start + MaskingScalars.decode(p, start).length)], as: UTF8.self)
        return Cut(start: start, end: j, text: first + "***")
    }

    /// The cuts in text order, overlapping ones joined (a number inside an e-mail address).
    func resolvedCuts() -> [Cut] {
        guard cuts.count > 1 else { return cuts }
        var kept: [Cut] = []
        for cut in cuts.sorted(by: { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }) {
            if let last = kept.last, cut.start < last.end {
                if cut.end > last.end {
                    kept[kept.count - 1].end = cut.end
                    kept[kept.count - 1].text += cut.text
                }
            } else {
                kept.append(cut)
            }
        }
        return kept
    }

    private mutating func endRun() {
        if digits.count >= 7 {
            let before = cuts.count
            if phones == nil { phones = respondent.phones }
            MaskingNumbers.analyse(digits, phones: phones!, into: &cuts)
            // A `+` or `(` before a number's first digit (`+86 138…`, `(0571)…`) goes with it.
            if cuts.count > before, cuts[before].start == digits[0].start, digits[0].start > 0 {
                let s = MaskingScalars.previousStart(p, digits[0].start)
                let v = MaskingScalars.fold(MaskingScalars.decode(p, s).value)
                if v == 0x2B || v == 0x28 { cuts[before].start = s }
            }
        }
        digits.removeAll(keepingCapacity: true)
    }

    /// The end of the own name whose first character ends at `i`, or nil: the other characters
    /// follow with up to three separators before each; a Latin name stands as a whole word.
    private func nameEnd(_ i: Int, after previous: UInt32) -> Int? {
        let name = respondent.name
        func isLetter(_ v: UInt32) -> Bool { v &- 0x61 < 26 }
        if respondent.latinName && isLetter(previous) { return nil }
        var j = i
        for k in 1..<name.count {
            var separators = 0
            while true {
                guard j < p.count else { return nil }
                let (raw, length) = MaskingScalars.decode(p, j)
                let v = MaskingScalars.fold(raw)
                j += length
                if v == name[k] { break }
                guard separators < Self.maxNameSeparators, MaskingScalars.isSeparator(v) else { return nil }
                separators += 1
            }
        }
        if respondent.latinName && j < p.count && isLetter(MaskingScalars.fold(MaskingScalars.decode(p, j).value)) {
            return nil
        }
        return j
    }

    /// The end of `word` (ASCII, any case, spaces around it) from byte `i` up to a closing bracket
    /// (or the scalar `closedBy`) and the spaces after it; nil when the text there is not that.
    private func bracketed(_ word: String, from i: Int, closedBy: UInt32? = nil) -> Int? {
        var j = i
        func skipSpaces() {
            while j < p.count, case let (raw, length) = MaskingScalars.decode(p, j), MaskingScalars.fold(raw) == 0x20 {
                j += length
            }
        }
        skipSpaces()
        for c in word.utf8 {
            guard j < p.count else { return nil }
            let (raw, length) = MaskingScalars.decode(p, j)
            guard MaskingScalars.fold(raw) == UInt32(c) else { return nil }
            j += length
        }
        if let closedBy {
            guard j < p.count, MaskingScalars.fold(MaskingScalars.decode(p, j).value) == closedBy else { return nil }
        } else {
            skipSpaces()
            guard j < p.count, MaskingScalars.isClosing(MaskingScalars.fold(MaskingScalars.decode(p, j).value)) else {
                return nil
            }
        }
        j += MaskingScalars.decode(p, j).length
        skipSpaces()
        return j
    }

    /// The end of a dot spelt out in a domain from byte `i`: `(dot)`, ` [dot] `, ` dot `.
    private func spelledDot(from i: Int) -> Int? {
        var j = i
        while j < p.count, case let (raw, length) = MaskingScalars.decode(p, j), MaskingScalars.fold(raw) == 0x20 {
            j += length
        }
        guard j < p.count else { return nil }
        let (raw, length) = MaskingScalars.decode(p, j)
        if MaskingScalars.isOpening(MaskingScalars.fold(raw)) { return bracketed("dot", from: j + length) }
        return j > i ? bracketed("dot", from: j, closedBy: 0x20) : nil
    }

    /// The e-mail address around the `@` at `at`: a local part of letters, digits and `._%+-`
    /// before it, a domain of two or more labels with a top-level domain of letters after it
    /// (full-width forms folded, up to two spaces on each side of the `@`), or nil.
    private func email(_ at: Range<Int>) -> Cut? {
        func value(_ i: Int) -> (UInt32, Int) {
            let (raw, length) = MaskingScalars.decode(p, i)
            return (MaskingScalars.fold(raw), length)
        }
        var localEnd = at.lowerBound
        for _ in 0..<2 where localEnd > 0 {
            let s = MaskingScalars.previousStart(p, localEnd)
            guard value(s).0 == 0x20 else { break }
            localEnd = s
        }
        var localStart = localEnd
        var first: UInt32? = nil
        while localStart > 0 {
            let s = MaskingScalars.previousStart(p, localStart)
            let v = value(s).0
            guard MaskingScalars.isAlphanumeric(v) || v == 0x2E || v == 0x5F || v == 0x25 || v == 0x2B || v == 0x2D else { break }
            if MaskingScalars.isAlphanumeric(v) { first = v }
            localStart = s
        }
        guard let first else { return nil }
        var k = at.upperBound
        for _ in 0..<2 where k < p.count {
            let (v, length) = value(k)
            guard v == 0x20 else { break }
            k += length
        }
        var labels: [[UInt32]] = [], label: [UInt32] = []
        var end = k
        while k < p.count {
            let (v, length) = value(k)
            if MaskingScalars.isAlphanumeric(v) || v == 0x2D {
                label.append(v)
                k += length
                end = k
            } else if MaskingScalars.isDot(v) && !label.isEmpty {
                labels.append(label)
                label = []
                k += length
            } else if !label.isEmpty, MaskingScalars.isOpening(v) || v == 0x20, let after = spelledDot(from: k) {
                // `qq(dot)com`, `qq [dot] com`, `qq dot com`.
                labels.append(label)
                label = []
                k = after
            } else {
                break
            }
        }
        if !label.isEmpty { labels.append(label) }
        guard labels.count >= 2, let top = labels.last, top.count >= 2, top.allSatisfy({ $0 &- 0x61 < 26 }) else { return nil }
        let topText = String(String.UnicodeScalarView(top.compactMap(Unicode.Scalar.init)))
        return Cut(start: localStart, end: end, text: String(Unicode.Scalar(first)!) + "***@***." + topText)
    }
}
