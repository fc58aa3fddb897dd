/// The reasons a form is invalid (SPEC.md "Validity"), in the order they are listed.
public struct ReasonSet: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let damaged = ReasonSet(rawValue: 1 << 0)
    public static let altered = ReasonSet(rawValue: 1 << 1)
    public static let missingSignature = ReasonSet(rawValue: 1 << 2)
    public static let missingPhone = ReasonSet(rawValue: 1 << 3)
    public static let invalidPhone = ReasonSet(rawValue: 1 << 4)
    public static let tooFewAnswers = ReasonSet(rawValue: 1 << 5)
    /// One or more answers off their scale; which ones is read from the answer codes.
    public static let outOfRange = ReasonSet(rawValue: 1 << 6)
    public static let duplicateUnit = ReasonSet(rawValue: 1 << 7)
    public static let offSample = ReasonSet(rawValue: 1 << 8)
    public static let unknownProject = ReasonSet(rawValue: 1 << 9)
    public static let unknownUnit = ReasonSet(rawValue: 1 << 10)

    /// Each single reason with its name in the outputs, in listing order.
    public static let named: [(ReasonSet, String)] = [
        (.damaged, "damaged"), (.altered, "altered"), (.missingSignature, "missing_signature"),
        (.missingPhone, "missing_phone"), (.invalidPhone, "invalid_phone"), (.tooFewAnswers, "too_few_answers"),
        (.outOfRange, "out_of_range"), (.duplicateUnit, "duplicate_unit"), (.offSample, "off_sample"),
        (.unknownProject, "unknown_project"), (.unknownUnit, "unknown_unit"),
    ]

    /// Reason names in the report language, for people (the JSON keeps the codes above).
    public static func label(_ code: String, language: String) -> String {
        let base = code.hasPrefix("out_of_range:") ? "out_of_range" : code
        let text = (language == "zh" ? zhLabels : enLabels)[base] ?? code
        if code.hasPrefix("out_of_range:") { return text + " (" + code.dropFirst("out_of_range:".count) + ")" }
        return text
    }

    /// Made once: the Invalid forms sheet asks for a label per reason of every invalid form.
    static let zhLabels: [String: String] = [
        "damaged": "问卷损坏", "altered": "人为涂改", "missing_signature": "缺少业主签名", "missing_phone": "缺少联系电话",
        "invalid_phone": "联系电话无效", "too_few_answers": "答题数量不足", "out_of_range": "答案超出量表",
        "duplicate_unit": "同户重复", "off_sample": "不在样本名单", "unknown_project": "项目不在花名册",
        "unknown_unit": "房号不在花名册",
    ]
    static let enLabels: [String: String] = [
        "damaged": "damaged", "altered": "altered", "missing_signature": "no signature", "missing_phone": "no phone number",
        "invalid_phone": "invalid phone number", "too_few_answers": "too few answers", "out_of_range": "answer off the scale",
        "duplicate_unit": "unit already answered", "off_sample": "not in the sample",
        "unknown_project": "project not in roster",
        "unknown_unit": "unit not in roster",
    ]
}
