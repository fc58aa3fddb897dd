import Foundation

/// Masks personal data in free text (SPEC.md "Privacy", "Comments").
///
/// Phone numbers keep their first three and last four digits (`138****5678`),
/// ID-card numbers their first six and last four (`110101********1234`), any
/// other run of seven or more digits its last four; the respondent's own name
/// keeps its first character (`张**`). Separators inside a number (spaces,
/// dashes) are dropped from the masked form. Over-masking a long order
/// number is the safe error here.
public enum Masking {
    public static func mask(_ text: String, name: String? = nil) -> String {
        var result = maskDigitRuns(text)
        if let name, name.count >= 2 {
            result = TextSearch.replacingAll(result, name, with: maskName(name))
        }
        return result
    }

    /// `138****5678`: the form the management outputs use for a phone number.
    public static func maskPhone(_ digits: String) -> String {
        let d = Array(digits)
        guard d.count >= 8 else { return String(repeating: "*", count: d.count) }
        return String(d.prefix(3)) + String(repeating: "*", count: d.count - 7) + String(d.suffix(4))
    }

    public static func maskName(_ name: String) -> String {
        guard let first = name.first else { return name }
        return String(first) + "**"
    }

    static func maskDigitRuns(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            guard chars[i].isASCII && chars[i].isNumber else {
                out.append(chars[i])
                i += 1
                continue
            }
            // A run: digits with single spaces or dashes between them, maybe ending in X (ID cards).
            var j = i
            var digits = ""
            var end = i
            while j < chars.count {
                let c = chars[j]
                if c.isASCII && c.isNumber {
                    digits.append(c)
                    j += 1
                    end = j
                } else if (c == "X" || c == "x") && digits.count == 17 {
                    digits.append("X")
                    j += 1
                    end = j
                    break
                } else if (c == " " || c == "-") && j + 1 < chars.count && chars[j + 1].isASCII && chars[j + 1].isNumber {
                    j += 1
                } else {
                    break
                }
            }
            if digits.count >= 7 {
                out += maskNumber(digits)
                i = end
            } else {
                out += String(chars[i..<end])
                i = end
            }
        }
        return out
    }

    static func maskNumber(_ digits: String) -> String {
        let d = Array(digits)
        if d.count == 18 || d.count == 15 {  // resident ID card
            return String(d.prefix(6)) + String(repeating: "*", count: d.count - 10) + String(d.suffix(4))
        }
        if d.count >= 10 { return maskPhone(digits) }
        return String(repeating: "*", count: d.count - 4) + String(d.suffix(4))
    }
}
