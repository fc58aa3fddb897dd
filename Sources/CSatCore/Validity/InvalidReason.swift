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
    /// Dated before the wave's hand-out day, or after its collection deadline, with `lateForms: invalid`.
    public static let early = ReasonSet(rawValue: 1 << 11)
    public static let late = ReasonSet(rawValue: 1 << 12)
    /// Typed into another household's row of the entry workbook: its 核对编号 is that household's form id.
    public static let wrongHousehold = ReasonSet(rawValue: 1 << 13)
    /// In the entry workbook under a form id csat did not print for this wave (a slip, another wave's form).
    public static let unknownForm = ReasonSet(rawValue: 1 << 14)

    /// Each single reason with its name in the outputs, in listing order.
    public static let named: [(ReasonSet, String)] = [
        (.damaged, "damaged"), (.altered, "altered"), (.missingSignature, "missing_signature"),
        (.missingPhone, "missing_phone"), (.invalidPhone, "invalid_phone"), (.tooFewAnswers, "too_few_answers"),
        (.outOfRange, "out_of_range"), (.duplicateUnit, "duplicate_unit"), (.offSample, "off_sample"),
        (.unknownProject, "unknown_project"), (.unknownUnit, "unknown_unit"), (.early, "early"), (.late, "late"),
        (.wrongHousehold, "wrong_household"), (.unknownForm, "unknown_form"),
    ]

    /// Reason names in the report language, for people (the JSON keeps the codes above).
    public static func label(_ code: String, language: String) -> String {
        let base = code.hasPrefix("out_of_range:") ? "out_of_range" : code
        let text = (language == "zh" ? ReasonWords.zh : ReasonWords.en)[base] ?? code
        if code.hasPrefix("out_of_range:") { return text + " (" + code.dropFirst("out_of_range:".count) + ")" }
        return text
    }
}
