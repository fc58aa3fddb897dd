/// Everything the workbook and the Markdown report show, in the report
/// language, built once from the figures (SPEC.md "Outputs"). Both exporters
/// render this value, so they show the same numbers, rounded alike.
///
/// Numbers are kept unrounded (`Double`); `Rounding` gives the reading form.
/// Privacy (SPEC.md "Privacy"): nothing here holds a name or a full phone
/// number; comments were masked at import; units appear only in the Data rows
/// and only pseudonymised unless `showUnits` is set.
public struct ReportModel: Sendable {
    public struct Headline: Sendable {
        public var index: Double?
        public var indexCI: Figures.Interval?
        public var rate: Double?
        public var rateCI: Figures.Interval?
        public var n: Int
        public var overallQuestionIndex: Double?
        public var overallQuestionRate: Double?
        public var previousPeriod: String?
        public var previousIndex: Double?
        public var previousRate: Double?
        public var change: Figures.Change?
        public var formsRead: Int
        public var formsValid: Int
        public var formsInvalid: Int
        /// Projects with at least one valid form.
        public var projects: Int
    }

    public struct DriverRow: Sendable {
        public var id: String
        public var name: String
        /// Normalised weight (share of 1).
        public var weight: Double
        public var index: Double?
        public var indexCI: Figures.Interval?
        public var rate: Double?
        public var rateCI: Figures.Interval?
        public var n: Int
        public var alpha: Double?
        public var importance: Double?
        public var relativeWeight: Double?
        public var quadrant: Figures.Quadrant?
        /// 优势保持 / Keep up, …
        public var quadrantLabel: String
        public var previousIndex: Double?
        public var change: Figures.Change?
    }

    public struct QuestionRow: Sendable {
        public var id: String
        public var text: String
        public var driverName: String
        public var n: Int
        public var mean: Double?
        public var index: Double?
        public var rate: Double?
        public var rateCI: Figures.Interval?
        public var dissatisfied: Double?
        /// Forms at each point of the scale, lowest first; `scalePoints` names the points.
        public var distribution: [Int]
        public var scalePoints: [String]
        /// Weight inside its driver (v_q of SPEC.md "Scoring", default 1), for the report's method section.
        public var weight: Double = 1
    }

    public struct SegmentTable: Sendable {
        /// The column's key (`project`, `building`, …) and its label in the report language.
        public var column: String
        public var label: String
        public var rows: [Figures.SegmentRow]
    }

    public struct ReasonCount: Sendable {
        public var code: String
        public var label: String
        public var count: Int
    }

    public struct Theme: Sendable {
        public var name: String
        public var count: Int
        /// Up to three distinct masked comments, in form order.
        public var examples: [String]
    }

    public struct ScaleNote: Sendable {
        public var id: String
        public var points: Int
        public var min: Int
        public var max: Int
        public var satisfiedFrom: Int
        public var dissatisfiedTo: Int
        public var labels: [String]
    }

    public struct Method: Sendable {
        public var scales: [ScaleNote]
        public var aggregate: AggregateMode
        public var aggregateText: String
        public var minSampleRate: Double
        public var minSampleCount: Int
        public var minReturnRate: Double?
        public var validityText: String
        /// The seed of the sample draw, read from the sample list's manifest when one is found.
        public var seed: String?
        public var sampleMethod: String?
        /// Formulas, one line each, in the report language.
        public var formulas: [String]
    }

    /// Every invalid form and every comment, with the survey's titles and the report's words:
    /// what the workbook's long sheets show before the figures are ready.
    public var lists: ReportLists
    public var language: String { lists.language }
    public var labels: ReportLabels { lists.labels }
    public var surveyID: String { lists.surveyID }
    public var title: String {
        get { lists.title }
        set { lists.title = newValue }
    }
    public var period: String { lists.period }
    /// The output files' base name: `<id>-<period>`.
    public var baseName: String { lists.baseName }
    public var headline: Headline
    public var drivers: [DriverRow]
    /// Names of `keep` drivers (满意驱动因素) and `improve` drivers (不满意驱动因素).
    public var satisfactionDrivers: [String]
    public var dissatisfactionDrivers: [String]
    public var questions: [QuestionRow]
    /// The five questions with the lowest index.
    public var weakestQuestions: [QuestionRow]
    public var segments: [SegmentTable]
    /// Projects by index, best first (the `project` segment).
    public var projectsRanked: [Figures.SegmentRow]
    public var coverage: [CoverageRow]
    public var invalidByReason: [ReasonCount]
    public var invalidForms: [CheckReport.InvalidForm] { lists.invalidForms }
    public var themes: [Theme]
    public var comments: [Figures.TaggedComment] { lists.comments }
    public var surveyors: [Figures.SurveyorRow]
    public var method: Method
    /// Validity and coverage warnings in the report language.
    public var warnings: [String] { lists.warnings.map { $0.text(Language(code: language)) } }
    /// The valid forms, for the Data sheet (pseudonymised on the way out).
    public var data: DataRows
    /// The `role: "overall"` question with its distribution (not among `questions`), when the survey has one.
    public var overallQuestion: QuestionRow? = nil
    /// ▲ / ▼ on the project segment table (SPEC.md "Across waves").
    public var significance: Significance? = nil
    /// The waves of the history with this one, with `--history`.
    public var trend: Trend? = nil
}
