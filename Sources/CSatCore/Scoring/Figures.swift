/// Every figure of SPEC.md "Scoring" for one wave: the value `csat score
/// --json` prints and the report model is built from. Absent figures are
/// `nil` (a driver with no answers, an interval with too few forms), never NaN.
public struct Figures: Sendable {
    public struct Interval: Sendable, Equatable {
        public var low: Double
        public var high: Double

        public init(low: Double, high: Double) { (self.low, self.high) = (low, high) }
    }

    public struct Overall: Sendable {
        public var index: Double?
        public var indexCI: Interval?
        public var rate: Double?
        public var rateCI: Interval?
        /// Valid forms that answered at least one driver's question.
        public var n: Int
        public var overallQuestion: QuestionFigures?
    }

    public struct DriverFigures: Sendable {
        public var id: String
        public var name: String
        /// Normalised weight (Σ = 1 over all drivers).
        public var weight: Double
        public var index: Double?
        public var indexCI: Interval?
        public var rate: Double?
        public var rateCI: Interval?
        public var n: Int
        public var alpha: Double?
        public var importance: Double?
        public var relativeWeight: Double?
        public var quadrant: Quadrant?
    }

    public enum Quadrant: String, Sendable {
        case keep, improve, maintain, watch
    }

    public struct QuestionFigures: Sendable {
        public var id: String
        public var text: String
        public var driver: String?
        public var scale: Scale
        public var n: Int
        public var mean: Double?
        public var index: Double?
        public var rate: Double?
        public var rateCI: Interval?
        public var dissatisfied: Double?
        /// Forms (unweighted) at each point of the scale, lowest first.
        public var distribution: [Int]
    }

    public struct SegmentRow: Sendable {
        public var value: String
        public var n: Int
        public var index: Double?
        public var rate: Double?
        /// Driver index by driver id, for drivers with answers in the segment (definition order).
        public var drivers: [(id: String, index: Double)]
    }

    public struct Change: Sendable {
        public var indexChange: Double?
        public var p: Double?
        public var significant: Bool?
        public var rateChange: Double?
        public var rateP: Double?
        public var rateSignificant: Bool?
    }

    public struct Comparison: Sendable {
        public var previousPeriod: String
        public var previousIndex: Double?
        public var previousRate: Double?
        public var overall: Change
        public var drivers: [(id: String, previousIndex: Double?, change: Change)]
    }

    public struct SurveyorRow: Sendable {
        public var surveyor: String
        public var n: Int
        /// Mean respondent overall score of the surveyor's valid forms (unweighted, 0–100).
        public var index: Double?
        public var p: Double?
        public var flagged: Bool
    }

    public struct TaggedComment: Sendable {
        public var form: String
        public var project: String
        public var question: String
        public var text: String
        public var themes: [String]
        public var drivers: [String]
    }

    public var surveyID: String
    public var period: String
    public var aggregate: AggregateMode
    public var overall: Overall
    public var drivers: [DriverFigures]
    public var questions: [QuestionFigures]
    /// Per segment column (definition order), rows sorted by value.
    public var segments: [(column: String, rows: [SegmentRow])]
    public var comparison: Comparison?
    public var surveyors: [SurveyorRow]
    public var comments: [TaggedComment]
    /// Every project with valid forms, sorted by name: intervals and moments for the history.
    public var projects: [ProjectFigures] = []
    /// The marks on the project segment table; nil when the wave has fewer than two projects
    /// and no previous wave.
    public var significance: Significance?
    /// The waves of the history with this one (`--history`); set by the caller.
    public var trend: Trend?
}
