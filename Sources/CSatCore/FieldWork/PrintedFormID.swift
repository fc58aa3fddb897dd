/// The form id csat prints on a paper questionnaire: `2026H1-0042-3`, the wave's period, the
/// household's row in the sample list (from 1, at least four digits) and a Luhn check digit.
///
/// Why a check digit: the clerk types the id from the paper into the entry workbook's 核对编号
/// column, and csat compares it with the row's own id. Luhn catches every single wrong digit and
/// every swap of two neighbours, so a slip of the clerk's reads `unknown_form` (not an id csat
/// printed) instead of passing as another household's form (`wrong_household`).
public struct PrintedFormID: Sendable {
    public let period: String
    public let width: Int

    /// `count`: how many rows the sample list has (the width grows past 9,999 rows).
    public init(period: String, count: Int) {
        self.period = period
        width = max(4, String(count).count)
    }

    public func id(_ serial: Int) -> String {
        let digits = String(serial)
        let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
        return "\(period)-\(padded)-\(Self.luhn(padded))"
    }

    /// The serial of an id csat printed for this period (any width), or nil: another period, a
    /// missing part, or a check digit that does not match.
    public static func serial(of text: String, period: String) -> Int? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == period, !parts[1].isEmpty, parts[2].count == 1,
            parts[1].allSatisfy({ $0.isASCII && $0.isNumber }), let check = parts[2].first, check.isASCII,
            check.isNumber, luhn(String(parts[1])) == check, let n = Int(parts[1]), n > 0
        else { return nil }
        return n
    }

    /// The Luhn digit that makes `digits` + it pass (ISO/IEC 7812-1, as on bank cards).
    static func luhn(_ digits: String) -> Character {
        var sum = 0
        for (i, c) in digits.reversed().enumerated() {
            var d = Int(c.asciiValue! - 48)
            if i % 2 == 0 {
                d *= 2
                if d > 9 { d -= 9 }
            }
            sum += d
        }
        return Character(String((10 - sum % 10) % 10))
    }
}
