import CSatCore
/// The shape of the report context: every variable a template may name.
///
/// This is the contract with users who write their own templates, and it is
/// documented key by key in `docs/REPORTS.md` ("Markdown report"); a test
/// checks that the documentation names every path here and that the context
/// `TemplateContext` builds has exactly these keys. Templates are checked
/// against it before rendering (`TemplateChecker`), so a typo fails with its
/// line and column instead of rendering as a blank.
///
/// Every key is always present in the context: optional figures are `—`, and
/// optional parts have a `has…` flag. That keeps Mustache's lookup from
/// falling through to an outer object of the same name.
public indirect enum ContextShape: Sendable, Equatable {
    /// Text, already formatted and escaped for Markdown.
    case text
    /// A yes/no flag, for `{{#flag}}…{{/flag}}` and `{{^flag}}…{{/flag}}`.
    case flag
    case object([String: ContextShape])
    /// A list of objects, for `{{#list}}…{{/list}}`.
    case list([String: ContextShape])

    var kind: Message.ContextKind {
        switch self {
        case .text: return .text
        case .flag: return .flag
        case .object: return .object
        case .list: return .list
        }
    }
}

public enum ContextSchema {
    static func texts(_ names: [String]) -> [String: ContextShape] {
        Dictionary(uniqueKeysWithValues: names.map { ($0, ContextShape.text) })
    }

    static func merge(_ parts: [String: ContextShape]...) -> [String: ContextShape] {
        parts.reduce(into: [:]) { $0.merge($1) { a, _ in a } }
    }

    static let named: [String: ContextShape] = ["name": .text]

    static let question: [String: ContextShape] = texts(
        ["rank", "id", "text", "driver", "n", "mean", "index", "rate", "rateCI", "dissatisfied", "weight"])

    static let headline: [String: ContextShape] = merge(
        texts([
            "index", "indexCI", "rate", "rateCI", "n", "formsRead", "formsValid", "formsInvalid", "projects",
            "overallQuestionIndex", "overallQuestionRate", "previousPeriod", "previousIndex", "previousRate",
            "indexChange", "indexArrow", "indexDirection", "indexP", "indexSignificance",
            "rateChange", "rateArrow", "rateDirection", "rateP", "rateSignificance",
        ]),
        ["hasOverallQuestion": .flag, "hasComparison": .flag, "indexSignificant": .flag, "rateSignificant": .flag])

    static let driver: [String: ContextShape] = merge(
        texts([
            "id", "name", "weight", "index", "indexCI", "rate", "rateCI", "n", "alpha", "importance", "relativeWeight",
            "quadrant", "quadrantLabel", "previousIndex", "indexChange", "arrow", "p", "significance",
        ]),
        ["hasChange": .flag, "significant": .flag])

    static let quadrant: [String: ContextShape] = merge(
        texts(["code", "label", "meaning", "driversText"]), ["drivers": .list(named), "highImportance": .flag])

    static let project: [String: ContextShape] = merge(
        texts(["rank", "name", "n", "index", "rate", "weakestDriver", "weakestDriverIndex", "indexMark", "rateMark", "change", "changeMark"]),
        ["drivers": .list(texts(["id", "name", "index"]))])

    static let coverage: [String: ContextShape] = merge(
        texts([
            "project", "population", "sampled", "returned", "valid", "required", "returnRate", "result", "mark",
            "returnResult",
        ]),
        ["pass": .flag, "fail": .flag, "unknown": .flag])

    static let theme: [String: ContextShape] = merge(
        texts(["name", "count", "share", "examplesText"]), ["examples": .list(texts(["text"]))])

    static let method: [String: ContextShape] = merge(
        texts([
            "aggregate", "aggregateText", "validityText", "minSampleRate", "minSampleCount", "minReturnRate", "seed",
            "sampleMethod", "driverWeightsText",
        ]),
        [
            "hasMinReturnRate": .flag, "hasSeed": .flag,
            "scales": .list(texts(["id", "points", "min", "max", "satisfiedFrom", "dissatisfiedTo", "options"])),
            "formulas": .list(texts(["text"])),
            "questionWeights": .list(texts(["id", "text", "weight"])),
        ])

    /// The root of the context.
    public static let root: [String: ContextShape] = merge(
        texts([
            "title", "surveyId", "period", "language", "satisfactionDriversText", "dissatisfactionDriversText",
            "coverageFailCount", "coverageFailedText", "commentCount", "untaggedCount",
        ]),
        [
            "labels": .object(texts(MarkdownLabels.keys)),
            "headline": .object(headline),
            "drivers": .list(driver),
            "quadrants": .list(quadrant),
            "satisfactionDrivers": .list(named),
            "dissatisfactionDrivers": .list(named),
            "weakestQuestions": .list(question),
            "questions": .list(question),
            "projects": .list(project),
            "segments": .list(
                merge(texts(["column", "label"]), ["rows": .list(texts(["value", "n", "index", "rate"]))])),
            "coverage": .list(coverage),
            "coverageAllPass": .flag, "coverageAnyFail": .flag, "hasInvalid": .flag, "hasThemes": .flag,
            "hasFlaggedSurveyors": .flag, "hasWarnings": .flag, "hasTimetable": .flag,
            "timetable": .list(texts(["step", "date", "status"])),
            "invalidReasons": .list(texts(["code", "label", "count", "share"])),
            "themes": .list(theme),
            "surveyorsFlagged": .list(texts(["surveyor", "n", "index", "p"])),
            "warnings": .list(texts(["text"])),
            "method": .object(method),
            "charts": .object(texts(["drivers", "quadrants", "projects", "trend"])),
            "hasMarks": .flag, "hasProjectChange": .flag, "hasTrend": .flag, "hasYearEarlier": .flag,
            "marksNote": .text, "projectChangeHeader": .text, "trendYearEarlier": .text,
            "trendYearEarlierIndex": .text, "trendYearEarlierRate": .text,
            "trend": .list(texts(["period", "forms", "valid", "n", "index", "indexCI", "rate", "rateCI", "note"])),
        ])

    /// Every path, as the documentation writes it: `headline.index`, `drivers[].name`.
    public static func paths(_ fields: [String: ContextShape] = root, prefix: String = "") -> [String] {
        fields.keys.sorted().flatMap { key -> [String] in
            let path = prefix + key
            switch fields[key]! {
            case .text, .flag: return [path]
            case .object(let inner): return [path] + paths(inner, prefix: path + ".")
            case .list(let inner): return [path] + paths(inner, prefix: path + "[].")
            }
        }
    }
}
