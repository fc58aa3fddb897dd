/// `csat score --json` (SPEC.md, stable keys): figures unrounded; a figure
/// that cannot be computed is null.
extension Figures {
    public func json(check: CheckReport) -> JSONValue {
        var members: [(String, JSONValue)] = [
            (
                "survey",
                .obj([("id", .string(surveyID)), ("period", .string(period)), ("aggregate", .string(aggregate.rawValue))])
            ),
            ("forms", check.formsJSON),
            ("overall", overallJSON),
            ("drivers", .array(drivers.map(Self.driverJSON))),
            ("questions", .array(questions.map(Self.questionJSON))),
            ("segments", .obj(segments.map { ($0.column, .array($0.rows.map(Self.segmentJSON))) })),
            ("coverage", .array(check.coverage.map(CheckReport.coverageJSON))),
        ]
        if let comparison { members.append(("comparison", Self.comparisonJSON(comparison))) }
        members.append(("surveyors", .array(surveyors.map(Self.surveyorJSON))))
        members.append(("invalidForms", .array(check.invalidForms.map(CheckReport.invalidFormJSON))))
        members.append(("comments", .array(comments.map(Self.commentJSON))))
        members += acrossJSON
        members.append(("warnings", .array(check.warnings.map { .string($0.description) })))
        return .obj(members)
    }

    static func interval(_ i: Interval?) -> JSONValue {
        i.map { .array([.num($0.low), .num($0.high)]) } ?? .null
    }

    var overallJSON: JSONValue {
        var m: [(String, JSONValue)] = [
            ("index", .opt(overall.index)), ("indexCI", Self.interval(overall.indexCI)),
            ("rate", .opt(overall.rate)), ("rateCI", Self.interval(overall.rateCI)), ("n", .int(overall.n)),
        ]
        if let q = overall.overallQuestion {
            m.append(
                (
                    "overallQuestion",
                    .obj([
                        ("id", .string(q.id)), ("n", .int(q.n)), ("mean", .opt(q.mean)), ("index", .opt(q.index)),
                        ("rate", .opt(q.rate)), ("rateCI", Self.interval(q.rateCI)), ("dissatisfied", .opt(q.dissatisfied)),
                        ("distribution", Self.distributionJSON(q)),
                    ])
                ))
        } else {
            m.append(("overallQuestion", .null))
        }
        return .obj(m)
    }

    static func driverJSON(_ d: DriverFigures) -> JSONValue {
        .obj([
            ("id", .string(d.id)), ("name", .string(d.name)), ("weight", .num(d.weight)),
            ("index", .opt(d.index)), ("indexCI", interval(d.indexCI)), ("rate", .opt(d.rate)), ("rateCI", interval(d.rateCI)),
            ("n", .int(d.n)), ("alpha", .opt(d.alpha)), ("importance", .opt(d.importance)),
            ("relativeWeight", .opt(d.relativeWeight)), ("quadrant", d.quadrant.map { .string($0.rawValue) } ?? .null),
        ])
    }

    static func distributionJSON(_ q: QuestionFigures) -> JSONValue {
        .obj(q.distribution.enumerated().map { (String(q.scale.min + $0.offset), .int($0.element)) })
    }

    static func questionJSON(_ q: QuestionFigures) -> JSONValue {
        .obj([
            ("id", .string(q.id)), ("text", .string(q.text)), ("driver", q.driver.map { .string($0) } ?? .null),
            ("n", .int(q.n)), ("mean", .opt(q.mean)), ("index", .opt(q.index)), ("rate", .opt(q.rate)),
            ("rateCI", interval(q.rateCI)), ("dissatisfied", .opt(q.dissatisfied)), ("distribution", distributionJSON(q)),
        ])
    }

    static func segmentJSON(_ s: SegmentRow) -> JSONValue {
        .obj([
            ("value", .string(s.value)), ("n", .int(s.n)), ("index", .opt(s.index)), ("rate", .opt(s.rate)),
            ("drivers", .obj(s.drivers.map { ($0.id, .num($0.index)) })),
        ])
    }

    static func changeJSON(_ c: Change) -> [(String, JSONValue)] {
        [
            ("indexChange", .opt(c.indexChange)), ("p", .opt(c.p)), ("significant", c.significant.map { .bool($0) } ?? .null),
            ("rateChange", .opt(c.rateChange)), ("rateP", .opt(c.rateP)),
            ("rateSignificant", c.rateSignificant.map { .bool($0) } ?? .null),
        ]
    }

    static func comparisonJSON(_ c: Comparison) -> JSONValue {
        .obj([
            ("previousPeriod", .string(c.previousPeriod)), ("previousIndex", .opt(c.previousIndex)),
            ("previousRate", .opt(c.previousRate)),
            ("overall", .obj(changeJSON(c.overall))),
            (
                "drivers",
                .array(
                    c.drivers.map { d in
                        .obj([("id", .string(d.id)), ("previousIndex", .opt(d.previousIndex))] + changeJSON(d.change))
                    })
            ),
        ])
    }

    static func surveyorJSON(_ s: SurveyorRow) -> JSONValue {
        .obj([
            ("surveyor", .string(s.surveyor)), ("n", .int(s.n)), ("index", .opt(s.index)), ("p", .opt(s.p)),
            ("flagged", .bool(s.flagged)),
        ])
    }

    static func commentJSON(_ c: TaggedComment) -> JSONValue {
        .obj([
            ("form", .string(c.form)), ("project", .string(c.project)), ("question", .string(c.question)),
            ("text", .string(c.text)),
            ("themes", .array(c.themes.map { .string($0) })), ("drivers", .array(c.drivers.map { .string($0) })),
        ])
    }
}
