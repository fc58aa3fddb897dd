/// The two languages csat speaks: every report, sheet, warning and message exists in both.
public enum Language: String, Sendable, CaseIterable, Codable {
    case zh, en

    /// `"en"` → `.en`; anything else is Chinese, csat's first language (a definition's `language` is checked on load).
    public init(code: String) { self = code == "en" ? .en : .zh }

    /// A locale value such as `zh_CN.UTF-8` or `en_US.UTF-8`; nil for `C`, `POSIX` and anything else.
    public init?(locale: String) {
        let l = locale.lowercased()
        if l.hasPrefix("zh") { self = .zh } else if l.hasPrefix("en") { self = .en } else { return nil }
    }
}
