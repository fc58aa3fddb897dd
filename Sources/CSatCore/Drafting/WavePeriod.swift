import Foundation

/// The wave a new definition is for: waves are run in June (`YYYYH1`) and December (`YYYYH2`), so from
/// January to June the coming wave is the year's H1, from July to December its H2 (docs/DEFINITION.md).
public enum WavePeriod {
    public static func coming(on date: Date = Date(), calendar: Calendar = Calendar(identifier: .gregorian)) -> String {
        var cal = calendar
        cal.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
        let c = cal.dateComponents([.year, .month], from: date)
        return "\(c.year ?? 2026)H\((c.month ?? 1) <= 6 ? 1 : 2)"
    }

    /// A template's definition text with its `"period"` value replaced (the first one: the top-level key
    /// of csat's templates), so that the file keeps its layout and comments as written.
    public static func replacing(in text: String, with period: String) -> String {
        guard let key = text.range(of: "\"period\"") else { return text }
        guard let open = text[key.upperBound...].firstIndex(of: "\""),
            let close = text[text.index(after: open)...].firstIndex(of: "\"")
        else { return text }
        let escaped = period.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return String(text[..<text.index(after: open)]) + escaped + String(text[close...])
    }
}
