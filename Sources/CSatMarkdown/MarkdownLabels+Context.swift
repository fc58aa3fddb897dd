import CSatCore

extension MarkdownLabels {
    /// The `labels` object, escaped like every other value.
    static func context(_ report: ReportLabels, _ extra: MarkdownLabels) -> [String: Any] {
        var out: [String: Any] = [:]
        for (key, path) in reportKeys { out[key] = MarkdownEscape.text(report[keyPath: path]) }
        for (key, path) in extraKeys { out[key] = MarkdownEscape.text(extra[keyPath: path]) }
        return out
    }
}
