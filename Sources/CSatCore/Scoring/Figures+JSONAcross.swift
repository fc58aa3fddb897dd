/// `score --json`'s keys for the history and the significance marks (SPEC.md "Across waves").
extension Figures {
    var acrossJSON: [(String, JSONValue)] {
        var m: [(String, JSONValue)] = [("projects", .array(projects.map(Self.projectJSON)))]
        if let significance { m.append(("significance", Self.significanceJSON(significance))) }
        if let trend { m.append(("history", Self.trendJSON(trend))) }
        return m
    }

    static func projectJSON(_ p: ProjectFigures) -> JSONValue {
        .obj([
            ("project", .string(p.project)), ("n", .int(p.n)), ("index", .opt(p.index)), ("indexCI", interval(p.indexCI)),
            ("rate", .opt(p.rate)), ("rateCI", interval(p.rateCI)),
            ("drivers", .obj(p.drivers.map { ($0.id, .num($0.index)) })),
        ])
    }

    static func testJSON(_ t: Significance.Test?) -> JSONValue {
        guard let t else { return .null }
        return .obj([
            ("difference", .num(t.difference)), ("p", .num(t.p)), ("q", .num(t.q)), ("significant", .bool(t.significant)),
        ])
    }

    static func testsJSON(_ t: Significance.Tests?) -> JSONValue {
        guard let t else { return .null }
        return .obj([
            ("index", testJSON(t.index)), ("rate", testJSON(t.rate)),
            ("drivers", .obj(t.drivers.map { ($0.id, testJSON($0.test)) })),
        ])
    }

    static func significanceJSON(_ s: Significance) -> JSONValue {
        .obj([
            ("method", .string("welch+benjamini-hochberg")), ("level", .num(Significance.level)),
            ("family", .int(s.family)), ("previousPeriod", s.previousPeriod.map { .string($0) } ?? .null),
            (
                "projects",
                .array(
                    s.rows.map { r in
                        .obj([
                            ("project", .string(r.project)), ("vsRest", testsJSON(r.vsRest)),
                            ("vsPrevious", testsJSON(r.vsPrevious)),
                        ])
                    })
            ),
        ])
    }

    static func pointJSON(_ p: WaveRecord.Point?) -> JSONValue {
        guard let p else { return .null }
        return .obj([
            ("index", .opt(p.index)), ("indexCI", interval(p.indexCI)), ("rate", .opt(p.rate)),
            ("rateCI", interval(p.rateCI)), ("n", .int(p.n)),
        ])
    }

    static func seriesJSON(_ s: Trend.Series, key: String) -> JSONValue {
        .obj([(key, .string(s.id))] + (key == "id" ? [("name", .string(s.name))] : []) + [
            ("points", .array(s.points.map(pointJSON)))
        ])
    }

    static func trendJSON(_ t: Trend) -> JSONValue {
        .obj([
            ("periods", .array(t.periods.map { .string($0) })),
            (
                "forms",
                .array(t.forms.map { .obj([("read", .int($0.read)), ("valid", .int($0.valid))]) })
            ),
            ("overall", .array(t.overall.map { pointJSON($0) })),
            ("drivers", .array(t.drivers.map { seriesJSON($0, key: "id") })),
            ("projects", .array(t.projects.map { seriesJSON($0, key: "project") })),
            ("yearEarlier", t.yearEarlier.map { .string(t.periods[$0]) } ?? .null),
        ])
    }
}
