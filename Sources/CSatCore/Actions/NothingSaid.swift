/// Open answers that say only "nothing" (无, 没有, 暂无, none, …): not a comment to act on or to reply
/// to (docs/ACTIONS.md). The management workbook's Comments sheet still lists them as written.
enum NothingSaid {
    /// Compared after dropping spaces and punctuation and lowering case.
    static let words: Set<String> = [
        "无", "没有", "暂无", "暂时没有", "暂时没有了", "没", "无意见", "没有意见", "没意见", "暂无意见", "无建议", "没有建议", "暂无建议",
        "无意见和建议", "没有了", "否", "none", "no", "nil", "na", "n/a", "nothing", "nocomment", "nocomments", "nothingtoadd",
        "", "/", "-", "—", "…",
    ]

    static func isNothing(_ text: String) -> Bool {
        let kept = text.lowercased().unicodeScalars.filter { u in
            !u.properties.isWhitespace && !".,!?;:。，！？；：、~～\"'“”‘’()（）".unicodeScalars.contains(u)
        }
        return words.contains(String(String.UnicodeScalarView(kept)))
    }
}
