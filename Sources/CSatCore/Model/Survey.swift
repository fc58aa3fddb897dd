/// A survey definition (SPEC.md "Survey definition"), validated and with defaults filled in.
///
/// Loaded by `SurveyLoader`; everything downstream takes this value and never
/// looks at the JSON again.
public struct Survey: Sendable {
    public var id: String
    public var title: String
    public var period: String
    public var language: String
    public var scales: [Scale]
    public var drivers: [Driver]
    public var questions: [Question]
    public var columns: ColumnMap
    /// The roster's own headers (`rosterColumns`); empty when the definition has none.
    public var rosterColumns = RosterColumns()
    /// The `wave` block: hand-out day and field-work rules; nil when the definition has none.
    public var wave: WaveRules? = nil
    /// The letter to the owner printed under the title of the paper questionnaire (`csat print`); nil: csat's own.
    public var introduction: String? = nil
    public var validity: ValidityRules
    public var rules: SamplingRules
    /// Segment columns: role keys of `columns` (`project`, `building`, …) or other header names.
    public var segments: [String]
    /// `nil` means the SPEC default: `population` with a roster, `respondents` without.
    public var aggregate: AggregateMode?
    /// Comment themes in definition order: theme name and its keywords.
    public var themes: [(name: String, keywords: [String])]
    /// The `departments` map (docs/ACTIONS.md "Routing"): department name and its keys, in definition
    /// order; nil when the definition has none (`csat actions` then uses the built-in departments).
    public var departments: [Department]? = nil

    /// Indices into `questions` of the closed (scored) questions, in definition order.
    /// A form stores its answers in this order.
    public var closedQuestionIndices: [Int]
    /// Indices into `questions` of the open questions, in definition order.
    public var openQuestionIndices: [Int]
    /// Index into `questions` of the `role: "overall"` question, if any.
    public var overallQuestionIndex: Int?

    public init(
        id: String, title: String, period: String, language: String, scales: [Scale], drivers: [Driver],
        questions: [Question], columns: ColumnMap, validity: ValidityRules, rules: SamplingRules,
        segments: [String], aggregate: AggregateMode?, themes: [(name: String, keywords: [String])]
    ) {
        self.id = id
        self.title = title
        self.period = period
        self.language = language
        self.scales = scales
        self.drivers = drivers
        self.questions = questions
        self.columns = columns
        self.validity = validity
        self.rules = rules
        self.segments = segments
        self.aggregate = aggregate
        self.themes = themes
        self.closedQuestionIndices = questions.indices.filter { questions[$0].isClosed }
        self.openQuestionIndices = questions.indices.filter { !questions[$0].isClosed }
        self.overallQuestionIndex = questions.firstIndex { $0.role == .overall }
    }

    /// The scale of a closed question.
    public func scale(of question: Question) -> Scale? {
        question.scaleIndex.map { scales[$0] }
    }
}

/// A rating scale: `points` values from `min` to `max`.
public struct Scale: Equatable, Sendable {
    public var id: String
    public var points: Int
    public var min: Int
    public var labels: [String]?
    public var satisfiedFrom: Int
    public var dissatisfiedTo: Int
    /// The order in which the questionnaire lists the options, for answers given as option
    /// numbers (a platform's by-number download). `labels` are always lowest first.
    public var labelsOrder: LabelsOrder

    /// `lowFirst`: option 1 is the lowest point (`min`); `highFirst`: option 1 is the top point
    /// (the questionnaire lists 非常满意 first), so x means `max − (x − min)` (docs/DEFINITION.md).
    public enum LabelsOrder: String, Sendable, CaseIterable {
        case lowFirst, highFirst
    }

    public var max: Int { min + points - 1 }

    /// SPEC.md "Scoring": an answer x scores 100·(x − m)/(M − m).
    public func score(_ x: Int) -> Double {
        100.0 * Double(x - min) / Double(max - min)
    }

    /// SPEC defaults: 4 on 5 points, 6 on 7, 8 on 1–10 and on 0–10.
    public static func defaultSatisfiedFrom(points: Int, min: Int) -> Int {
        switch points {
        case 5: return 4
        case 7: return 6
        default: return 8
        }
    }

    public init(
        id: String, points: Int, min: Int, labels: [String]?, satisfiedFrom: Int?, dissatisfiedTo: Int?,
        labelsOrder: LabelsOrder = .lowFirst
    ) {
        self.id = id
        self.labelsOrder = labelsOrder
        self.points = points
        self.min = min
        self.labels = labels
        let s = satisfiedFrom ?? Scale.defaultSatisfiedFrom(points: points, min: min)
        self.satisfiedFrom = s
        self.dissatisfiedTo = dissatisfiedTo ?? (min + (min + points - 1) - s)
    }
}

/// A satisfaction driver (驱动因素) with its relative weight.
public struct Driver: Equatable, Sendable {
    public var id: String
    public var name: String
    /// Relative weight as given; normalised shares are `weight / Σ weight`.
    public var weight: Double
    /// Keywords that tag a comment with this driver (optional in the definition).
    public var keywords: [String]

    public init(id: String, name: String, weight: Double, keywords: [String] = []) {
        self.id = id
        self.name = name
        self.weight = weight
        self.keywords = keywords
    }
}

public struct Question: Equatable, Sendable {
    public enum Role: String, Sendable { case overall }

    public var id: String
    public var text: String
    /// Index into `Survey.scales`; `nil` for an open question.
    public var scaleIndex: Int?
    /// Index into `Survey.drivers`; `nil` for the overall question and open questions.
    public var driverIndex: Int?
    /// Weight inside the driver (default 1).
    public var weight: Double
    public var role: Role?

    public var isClosed: Bool { scaleIndex != nil }

    public init(id: String, text: String, scaleIndex: Int?, driverIndex: Int?, weight: Double, role: Role?) {
        self.id = id
        self.text = text
        self.scaleIndex = scaleIndex
        self.driverIndex = driverIndex
        self.weight = weight
        self.role = role
    }
}

/// Header names in the user's own export for each metadata role.
public struct ColumnMap: Equatable, Sendable {
    /// Roles in a fixed order; `columns` in the definition maps each to a header.
    public static let roles = [
        "form", "project", "unit", "building", "propertyType", "customerType", "surveyor", "date",
        "name", "phone", "signed", "damaged", "altered",
    ]
    /// Defaults: the English role name itself (a header `project` works without a mapping).
    public var headers: [String: String]

    public init(headers: [String: String] = [:]) {
        self.headers = headers
    }

    /// The header that holds `role`.
    public func header(for role: String) -> String {
        headers[role] ?? role
    }
}

public struct ValidityRules: Equatable, Sendable {
    public var minAnsweredShare: Double = 0.8
    public var requireSignature: Bool = true
    public var requirePhone: Bool = true
    public init() {}
}

public struct SamplingRules: Equatable, Sendable {
    public var minSampleRate: Double = 0.2
    public var minSampleCount: Int = 20
    /// Valid forms / forms handed out; `nil` when the company sets no such rule.
    public var minReturnRate: Double? = nil
    public init() {}
}

/// How forms are weighted when projects are pooled (SPEC.md "Scoring").
public enum AggregateMode: String, Sendable, CaseIterable {
    case population, respondents, projects
}
