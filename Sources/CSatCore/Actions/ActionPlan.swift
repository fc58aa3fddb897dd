/// What `csat actions` writes (docs/ACTIONS.md): the improvement plan's rows, the reply list, the
/// prefilled deadline. Plain values in the workbook's language; `ActionsWorkbook` only lays them out.
public struct ActionPlan: Sendable {
    public enum Kind: String, Sendable { case driver, question, theme }

    /// One row of the plan sheet.
    public struct Action: Sendable, Equatable {
        /// `2026H1-锦程花园-03`: period, project (or the company's word), number within the block.
        public var id: String
        public var project: String
        public var kind: Kind
        public var item: String
        /// Drivers and questions: the block's index (0–100, unrounded).
        public var index: Double?
        /// Drivers, with `--history`: the same block's index of the driver in the stored wave before this one.
        public var previousIndex: Double? = nil
        /// Questions: dissatisfied answers; drivers: forms with a dissatisfied answer on one of its questions.
        public var dissatisfied: Int?
        /// Themes: comments of the block that name it.
        public var comments: Int?
        /// Why the row is here (drivers, questions) or 1–2 example comments, masked (themes).
        public var detail: String
        public var department: String
    }

    /// One household of the reply list.
    public struct Reply: Sendable, Equatable {
        public var form: String
        public var project: String
        public var building: String
        public var unit: String
        /// Empty for a valid form; else its reason codes (`duplicate_unit`, `out_of_range:q3`).
        public var reasons: [String]
        /// The form's open answers, masked at import.
        public var comments: [String]
        /// The dissatisfied answers: question text and the answer as the scale shows it.
        public var lowAnswers: [(question: String, answer: String)]
        public var themes: [String]
        public var departments: [String]

        public static func == (a: Reply, b: Reply) -> Bool {
            a.form == b.form && a.project == b.project && a.building == b.building && a.unit == b.unit
                && a.reasons == b.reasons && a.comments == b.comments && a.themes == b.themes
                && a.departments == b.departments && a.lowAnswers.map(\.question) == b.lowAnswers.map(\.question)
                && a.lowAnswers.map(\.answer) == b.lowAnswers.map(\.answer)
        }
    }

    public var title: String
    public var period: String
    public var language: Language
    public var actions: [Action]
    public var replies: [Reply]
    public var deadline: ActionDeadline.Result?
    /// With `--history`: the period of the stored wave before this one, whose driver indices the plan shows.
    public var previousPeriod: String? = nil
    /// How many of the weakest questions each block lists.
    public static let weakestCount = 3
    /// How many example comments a theme row shows, and how long each may be.
    public static let examples = 2
    public static let exampleLength = 120
}
