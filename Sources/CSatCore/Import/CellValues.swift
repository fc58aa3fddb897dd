/// How csat reads single cells: answers, yes/no flags, phone numbers, dates.
/// SPEC.md "Input formats" and "Validity" define each rule.
public enum CellValues {
    /// Answers that mean "not answered" (SPEC.md "Input formats").
    static let notAnsweredWords: Set<String> = Set(["n/a", "na", "不适用", "无法评价", ""]).union(skipMarkers)

    /// What survey platforms write for a question the respondent skipped or never saw (SPEC.md
    /// "Platform downloads as they are"): 问卷星 writes `(跳过)` / `(空)` by option text and `-3`
    /// (skipped) / `-2` (not shown) by option number. Not answered in a closed question, empty in
    /// every other cell (docs/IMPORT.md, "问卷星 downloads").
    public static let skipMarkers: Set<String> = ["(跳过)", "（跳过）", "(空)", "（空）", "-3", "-2"]

    /// Whether trimmed `text` is one of `skipMarkers`.
    @inline(__always)
    static func isSkipMarker(_ text: String) -> Bool {
        guard let c = text.utf8.first, c == 0x28 || c == 0x2D || c == 0xEF else { return false }
        return skipMarkers.contains(text)
    }

    /// 问卷星 joins the choices of a multiple-choice answer with `┋`; an open answer keeps them as text, `；` between.
    /// (The check walks UTF-8 bytes: `String.contains` goes through Foundation, per comment.)
    static func openText(_ text: String) -> String {
        guard text.utf8.contains(0x8B), text.unicodeScalars.contains("┋") else { return text }
        return text.replacingOccurrences(of: "┋", with: "；")
    }

    /// Truthy and falsy flag words (SPEC.md "Input formats"), compared lowercased.
    static let truthy: Set<String> = ["1", "true", "yes", "y", "是", "有", "√", "✓", "✔", "t"]
    static let falsy: Set<String> = ["0", "false", "no", "n", "否", "无", "", "f", "×", "✗"]

    /// The text without surrounding spaces (ASCII, tab, full-width space, line breaks).
    public static func trim(_ s: String) -> String {
        String(s.trimmingSpaces)
    }

    /// Full-width digits and ASCII letters become half-width, so `４` reads as `4`.
    static func halfWidth(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0.value >= 0xFF01 && $0.value <= 0xFF5E }) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if u.value >= 0xFF01 && u.value <= 0xFF5E, let h = Unicode.Scalar(u.value - 0xFEE0) {
                out.append(h)
            } else {
                out.append(u)
            }
        }
        return String(out)
    }

    /// An answer code for `text` on `scale` (see `AnswerCode`).
    ///
    /// A label (exact, after trimming) or a whole number on the scale is an
    /// answer; `N/A`, `不适用`, `无法评价` and empty are not answered; anything
    /// else — 6 on a five-point scale, 4.5, an unknown word — is out of range.
    public static func answerCode(_ raw: String, scale: Scale) -> UInt8 {
        let text = trim(raw)
        if notAnsweredWords.contains(text.lowercased()) { return AnswerCode.notAnswered }
        if let labels = scale.labels, let i = labels.firstIndex(of: text) {
            return UInt8(i + 1)
        }
        let digits = halfWidth(text)
        if let d = Double(digits), d.isFinite, d == d.rounded() {
            return answerCode(number: d, scale: scale)
        }
        return AnswerCode.outOfRange
    }

    /// An answer code for a JSON number.
    /// `-3` and `-2` (a platform's skipped / not shown) are not answered. With `labelsOrder`
    /// `highFirst` the number is the option's position in a list that starts at the top point.
    public static func answerCode(number d: Double, scale: Scale) -> UInt8 {
        if d == -3 || d == -2 { return AnswerCode.notAnswered }
        guard d.isFinite, d == d.rounded(), d >= Double(scale.min), d <= Double(scale.max) else {
            return AnswerCode.outOfRange
        }
        return ByteText.code(Int(d), min: scale.min, max: scale.max, highFirst: scale.labelsOrder == .highFirst)
    }

    /// A yes/no flag. Any other non-empty text counts as yes: a signature cell
    /// often holds the signer's name, and a remark in the damaged column
    /// ("有折痕") means the form was damaged. Documented in docs/IMPORT.md.
    public static func flag(_ raw: String) -> Bool {
        let t = trim(raw).lowercased()
        if falsy.contains(t) || isSkipMarker(t) { return false }
        return true
    }

    public enum PhoneState { case missing, invalid, valid }

    /// SPEC.md "Validity": spaces and dashes ignored, a mainland mobile (11
    /// digits starting with 1, optionally after +86 or 86) or a landline with
    /// its area code (0, then 2–3 digits, then 7–8 digits).
    public static func phone(_ raw: String) -> PhoneState {
        var s = halfWidth(trim(raw))
        if s.isEmpty || isSkipMarker(trim(raw)) { return .missing }
        s.removeAll { $0 == " " || $0 == "-" || $0 == "\u{3000}" }
        if s.hasPrefix("+86") {
            s.removeFirst(3)
            return isMobile(s) ? .valid : .invalid
        }
        guard s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .invalid }
        if s.count == 13 && s.hasPrefix("86") && isMobile(String(s.dropFirst(2))) { return .valid }
        if isMobile(s) { return .valid }
        if s.hasPrefix("0") && (10...12).contains(s.count) { return .valid }  // 0 + 2–3 + 7–8 digits
        return .invalid
    }

    /// A number as Excel shows it once it has turned a long digit string into a number:
    /// `1.39123E+10`, `1.39E+10`, `2E+11`. The digits past the shown ones are lost.
    public static func looksLikeENotation(_ raw: String) -> Bool {
        let t = trim(raw)
        return t.utf8.count <= 32 && Array(t.utf8).withUnsafeBufferPointer { ByteText.looksLikeENotation($0) }
    }

    static func isMobile(_ s: String) -> Bool {
        s.count == 11 && s.hasPrefix("1") && s.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A date as yyyymmdd, 0 for an empty cell, `nil` for text that is not a date.
    /// Accepts 2026-06-18, 2026/6/18, 2026.6.18, 2026年6月18日 (a time after it
    /// is ignored), 20260618, and Excel serial day numbers (46191).
    public static func date(_ raw: String) -> Int32? {
        let t = halfWidth(trim(raw))
        if t.isEmpty || isSkipMarker(trim(raw)) { return 0 }
        let datePart = t.split(whereSeparator: { $0 == " " || $0 == "T" }).first.map(String.init) ?? t
        if datePart.count == 8, let v = Int32(datePart), isValid(v) { return v }
        if let serial = Int(datePart), (20_000...80_000).contains(serial) { return fromExcelSerial(serial) }
        let parts = datePart.split(whereSeparator: { "-/.年月日".contains($0) }).map(String.init)
        // Month and day are checked on their own before they are combined: "2026-0-131" is not
        // January 31st, and "2026-02026061-15" must not overflow (found by the json fuzz target).
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), (1...31).contains(d), (0...9999).contains(y)
        else { return nil }
        let v = Int32(y * 10000 + m * 100 + d)
        return isValid(v) ? v : nil
    }

    static func isValid(_ yyyymmdd: Int32) -> Bool {
        let y = Int(yyyymmdd / 10000), m = Int(yyyymmdd / 100 % 100), d = Int(yyyymmdd % 100)
        guard (1900...2200).contains(y), (1...12).contains(m), d >= 1 else { return false }
        return d <= CivilDate.daysIn(month: m, year: y)  // a switch, no array: this runs on every date cell
    }

    /// Excel's day 1 is 1900-01-01 with the 1900 leap-year bug: serials from 61 on count from 1899-12-30.
    static func fromExcelSerial(_ serial: Int) -> Int32 {
        let c = CivilDate(dayNumber: serial - 25569)  // days since 1970-01-01
        return Int32(c.year * 10000 + c.month * 100 + c.day)
    }

    /// Formats yyyymmdd as 2026-06-18.
    public static func formatDate(_ v: Int32) -> String {
        guard v > 0 else { return "" }
        let y = v / 10000, m = v / 100 % 100, d = v % 100
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }
}
