/// Whether option 1 of a by-number download (按选项序号) is the lowest or the top point, told
/// from the answers: `csat init --from` (docs/IMPORT.md "Drafting a definition").
///
/// The numbers alone cannot say it: 1–5 reads the same either way. A question scored in numbers
/// that are not options — the 1–10 or 0–10 overall question — can: a respondent who gives the
/// service 9 of 10 gives its questions high points, so where the option numbers fall as that
/// score rises, option 1 is the top point (`highFirst`, the questionnaire lists 非常满意 first).
public enum OptionOrder {
    public struct Finding: Equatable, Sendable {
        /// nil when the answers cannot tell.
        public var order: Scale.LabelsOrder?
        /// Pearson's r of the forms' mean option number with the anchor score; nil without one.
        public var r: Double?
        /// Forms that answered both.
        public var forms: Int
    }

    /// |r| needed to decide, and forms needed to trust r at all.
    public static let minimumR = 0.3
    public static let minimumForms = 10

    /// `options[f]`: form f's mean option number over the scale's questions (nil when it answered
    /// none); `anchor[f]`: its score on the anchor question (nil when not answered).
    public static func infer(options: [Double?], anchor: [Double?]) -> Finding {
        var moments = CrossProducts(dimension: 2)
        for (x, y) in zip(options, anchor) {
            if let x, let y { moments.add(x, y) }
        }
        let r = moments.count >= 2 ? Pearson.r(moments, 0, 1) : nil
        var finding = Finding(order: nil, r: r, forms: moments.count)
        if let r, moments.count >= minimumForms, abs(r) >= minimumR { finding.order = r < 0 ? .highFirst : .lowFirst }
        return finding
    }
}
