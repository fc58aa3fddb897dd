/// Masks personal data in free text (SPEC.md "Privacy", "Comments"); docs/SECURITY.md
/// "Masking in comments" has the rules and a table of cases, which MaskingTests checks.
///
/// What is found, in any digits (ASCII, full-width, circled, mathematical, other scripts'
/// decimal digits, and for the numbers below Chinese numerals) and with any separators between
/// the digits (up to eight in a row: spaces, `-`, `.`, `,`, `/`, `_`, `、`, their full-width
/// forms, invisible ones): mobile phones (11 digits from `13`–`19`, maybe after `+86`, `86` or
/// `0086`), landlines (an area code from `0` and a local number of 7–8 digits, with an
/// extension), ID-card numbers (18 digits, the last maybe `X`, or 15, with a birth date where
/// one belongs), the respondent's own phone; e-mail addresses (`@`, `＠`, `#`, `(at)`); the
/// respondent's own name with anything of that kind between its characters, in full-width
/// letters or any case. Any other run of seven or more digits joined by nothing, one space or
/// one dash (an order number) is masked too, except a date written `2026-06-15`:
/// over-masking is the safe error there.
///
/// The mask keeps what lets a reader tell entries apart and nothing that finds the person:
/// phones their first three and last four digits (`138****5678`), landlines the area code
/// and last four (`0571-****8888`), ID-card numbers their first six and last four
/// (`110101********1234`), other numbers their last four, e-mail addresses the first
/// character and the top-level domain (`z***@***.com`), the own name its first character
/// (`张**`). Separators inside a masked number are dropped.
///
/// Why one pass over the UTF-8 bytes and no regular expression: it runs on every open answer
/// of a million forms; a comment with nothing to mask costs one read of its bytes, and no
/// new string is made for it (docs/PERFORMANCE.md "Masking comments").
public enum Masking {
    /// The respondent's own name and phone, prepared once per form for all of its open answers.
    public struct Respondent: Sendable {
        /// The name's scalars folded (`MaskingScalars.fold`), separators left out; empty: none to look for.
        let name: [UInt32]
        /// The name as given, for its mask; the phone as given, read only when a comment has a long
        /// number (most have none, and this runs for every form).
        let nameText: String
        let phoneText: String
        /// Whether the name starts with an ASCII letter: then a match must be a whole word.
        let latinName: Bool

        public init(name: String?, phone: String?) {
            nameText = name ?? ""
            phoneText = phone ?? ""
            var folded: [UInt32] = []
            for s in nameText.unicodeScalars {
                let v = MaskingScalars.fold(s.value)
                if !MaskingScalars.isSeparator(v) { folded.append(v) }
            }
            // A one-character name would mask that character everywhere.
            self.name = folded.count >= 2 ? folded : []
            latinName = self.name.first.map { $0 &- 0x61 < 26 } ?? false
        }

        public static let none = Respondent(name: nil, phone: nil)

        /// `张**`: the name's first character (not a separator) and two stars.
        var nameMask: String {
            let first = nameText.unicodeScalars.first { !MaskingScalars.isSeparator(MaskingScalars.fold($0.value)) }
            return first.map { String($0) + "**" } ?? "**"
        }

        /// The own phone's digits as written, without a country prefix, and a landline's local
        /// part alone: each looked for, longest first.
        var phones: [[UInt8]] {
            var digits: [UInt8] = []
            for s in phoneText.unicodeScalars {
                let d = MaskingScalars.digit(MaskingScalars.fold(s.value))
                if d >= 0 { digits.append(UInt8(d % 10)) }
            }
            guard digits.count >= 7 else { return [] }
            let national = MaskingNumbers.national(digits)
            var targets = [digits]
            if national.count != digits.count { targets.append(national) }
            if let (area, _) = MaskingNumbers.landlineParts(national) { targets.append(Array(national[area...])) }
            return targets
        }
    }

    public static func mask(_ text: String, name: String? = nil, phone: String? = nil) -> String {
        mask(text, Respondent(name: name, phone: phone))
    }

    /// `text` with every match masked; `text` itself when there is none.
    public static func mask(_ text: String, _ respondent: Respondent) -> String {
        var text = text
        let cuts = text.withUTF8 { p -> [MaskScan.Cut] in
            var scan = MaskScan(p, respondent)
            scan.run()
            return scan.resolvedCuts()
        }
        guard !cuts.isEmpty else { return text }
        return text.withUTF8 { p -> String in
            var out: [UInt8] = []
            out.reserveCapacity(p.count)
            var last = 0
            for cut in cuts {
                out += p[last..<cut.start]
                out += cut.text.utf8
                last = cut.end
            }
            out += p[last...]
            return String(decoding: out, as: UTF8.self)
        }
    }
}
