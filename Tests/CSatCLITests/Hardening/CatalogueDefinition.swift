/// docs/ERRORS.md, "Survey definition": every rule a definition must pass, each rejected with its JSON path.
enum CatalogueDefinition {
    static func def(_ id: String, _ message: String, _ pairs: [(String, String)]) -> ErrorCase {
        var text = Fixture.survey
        for (old, new) in pairs {
            precondition(text.contains(old), "\(id): the fixture survey has no \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return ErrorCase(id, ["check", "--survey", "bad.json", "forms.csv"], message, files: ["bad.json": text])
    }

    static func def(_ id: String, _ message: String, _ old: String, _ new: String) -> ErrorCase {
        def(id, message, [(old, new)])
    }

    static let q3 = #"{"id": "q3", "text": "保安巡逻", "scale": "five", "driver": "security"}"#
    static let ten = #""ten": {"points": 10, "min": 1}"#
    static let labels = #"["非常不满意", "不满意", "一般", "满意", "非常满意"]"#
    static let noDriverQuestions = """
        {"id": "t", "period": "2026H1", "scales": {"ten": {"points": 10}},
         "drivers": [{"id": "service", "weight": 1}],
         "questions": [{"id": "overall", "scale": "ten", "role": "overall"}, {"id": "c1", "type": "open"}]}
        """

    static let cases: [ErrorCase] = [
        def("D1", "bad.json: $: missing required key \"period\"", #""period": "2026H1", "#, ""),
        def(
            "D2", "bad.json: $.question: unknown key (did you mean \"questions\"?); allowed here:", #""questions": ["#,
            #""question": ["#),
        def(
            "D3", "bad.json: $.validity: expected an object, found a number",
            #"{"minAnsweredShare": 0.5, "requireSignature": true, "requirePhone": true}"#, "1"),
        def("D4", "bad.json: $.segments: expected an array, found a string", #"["project"]"#, #""project""#),
        def("D5", "bad.json: $.id: expected a string, found a number", #""id": "t""#, #""id": 5"#),
        def("D6", "bad.json: $.title: must not be empty", #""title": "测试调查""#, #""title": " ""#),
        def("D7", "bad.json: $.drivers[0].weight: expected a number, found a string", #""weight": 60"#, #""weight": "60%""#),
        def(
            "D8", "bad.json: $.scales.ten.points: expected a whole number, found 10.5", ten, #""ten": {"points": 10.5, "min": 1}"#
        ),
        def(
            "D9", "bad.json: $.validity.requireSignature: expected true or false, found a string",
            #""requireSignature": true"#, #""requireSignature": "yes""#),
        def(
            "D10", "bad.json: $.id: must not contain / \\ : * ? \" < > | (it names the output files)", #""id": "t""#,
            #""id": "a/b""#),
        def(
            "D56", "bad.json: $.id: must not contain a NUL character (it names the output files)", #""id": "t""#,
            #""id": "t\u0000x""#),
        def(
            "D57", "bad.json: $.period: must not contain a control character (U+000A) (it names the output files)",
            #""period": "2026H1""#, #""period": "2026\nH1""#),
        def(
            "D58", "bad.json: $.id: must not contain a bidirectional control character (U+202E) (it names the output files)",
            #""id": "t""#, #""id": "t\u202Exslx""#),
        def(
            "D59", "bad.json: $.id: must not start with a dot (the files would be hidden) (it names the output files)",
            #""id": "t""#, #""id": "..t""#),
        def(
            "D60", "bad.json: $.id: must not contain an invisible or unassigned character (U+200B) (it names the output files)",
            #""id": "t""#, #""id": "t\u200Bx""#),
        def(
            "D61", "bad.json: $.period: must not start with a space (it names the output files)",
            #""period": "2026H1""#, #""period": "\u30002026H1""#),
        def(
            "D62", "bad.json: $.id: must not contain a character that looks like / or \\ (U+2215) (it names the output files)",
            #""id": "t""#, #""id": "a∕b""#),
        def(
            "D63", "bad.json: $.id: the id and the period together are longer than 200 bytes",
            #""id": "t""#, "\"id\": \"" + String(repeating: "a", count: 300) + "\""),
        def("D11", "bad.json: $.language: must be \"zh\" or \"en\", found \"fr\"", #""language": "zh""#, #""language": "fr""#),
        def(
            "D12", "bad.json: $.aggregate: must be one of population, respondents, projects; found \"everyone\"",
            #""respondents""#, #""everyone""#),
        def(
            "D13", "bad.json: $.themes: expected an object of theme → keywords", #""segments": ["#,
            #""themes": ["停车"], "segments": ["#),
        def("D14", "bad.json: $.scales: expected an object of scale id → scale", #""scales": {"#, #""scales": [], "_old": {"#),
        def("D15", "bad.json: $.scales: define at least one scale", #""scales": {"#, #""scales": {}, "_old": {"#),
        def("D16", "bad.json: $.scales.ten: duplicate scale id \"ten\"", ten, ten + ", " + ten),
        def("D17", "bad.json: $.scales.ten: missing \"points\" (5, 7, 10 or 11)", ten, #""ten": {"min": 1}"#),
        def("D18", "bad.json: $.scales.ten.points: must be 5, 7, 10 or 11, found 6", ten, #""ten": {"points": 6, "min": 1}"#),
        def(
            "D19", "bad.json: $.scales.ten.min: a 10-point scale starts at 1: min must be 1", ten,
            #""ten": {"points": 10, "min": 0}"#),
        def("D20", "bad.json: $.scales.five.labels: has 4 labels for 5 points", labels, #"["不满意", "一般", "满意", "非常满意"]"#),
        def(
            "D21", "bad.json: $.scales.five.labels: labels must be different from each other", labels,
            #"["非常不满意", "不满意", "一般", "一般", "非常满意"]"#),
        def(
            "D22", "bad.json: $.scales.ten.satisfiedFrom: must lie in 2…10, found 11", ten,
            #""ten": {"points": 10, "min": 1, "satisfiedFrom": 11}"#),
        def(
            "D23", "bad.json: $.scales.ten.dissatisfiedTo: must lie in 1…7 (below satisfiedFrom), found 9", ten,
            #""ten": {"points": 10, "min": 1, "dissatisfiedTo": 9}"#),
        def("D24", "bad.json: $.drivers: define at least one driver", #""drivers": ["#, #""drivers": [], "_old": ["#),
        def("D25", "bad.json: $.drivers[1]: missing \"id\"", #"{"id": "security", "name""#, #"{"name""#),
        def(
            "D26", "bad.json: $.drivers[1].id: duplicate driver id \"service\"", #""id": "security", "name""#,
            #""id": "service", "name""#),
        def(
            "D27", "bad.json: $.drivers[1]: missing \"weight\" (a relative weight, e.g. 25)", #""name": "安全管理", "weight": 40"#,
            #""name": "安全管理""#),
        def("D28", "bad.json: $.drivers[1].weight: must not be negative, found -40.0", #""weight": 40"#, #""weight": -40"#),
        def(
            "D29", "bad.json: $.drivers: driver weights are all zero: give at least one driver a positive weight",
            [(#""weight": 40"#, #""weight": 0"#), (#""weight": 60"#, #""weight": 0"#)]),
        def("D30", "bad.json: $.questions[2]: missing \"id\"", #"{"id": "q3", "text""#, #"{"text""#),
        def("D31", "bad.json: $.questions[2].id: duplicate question id \"q2\"", #""id": "q3""#, #""id": "q2""#),
        def(
            "D32", "bad.json: $.questions[2].id: \"unit\" is a column role name; choose another question id", #""id": "q3""#,
            #""id": "unit""#),
        def(
            "D33", "bad.json: $.questions[4].type: must be \"open\" or \"closed\" (the default), found \"free\"",
            #""type": "open""#, #""type": "free""#),
        def(
            "D34", "bad.json: $.questions[3].role: the only role is \"overall\", found \"total\"", #""role": "overall""#,
            #""role": "total""#),
        def(
            "D35", "bad.json: $.questions[3].role: only one question may have role \"overall\"", q3,
            #"{"id": "q3", "text": "保安巡逻", "scale": "five", "role": "overall"}"#),
        def(
            "D36", "bad.json: $.questions[2].weight: must not be negative, found -1.0", q3,
            #"{"id": "q3", "text": "保安巡逻", "scale": "five", "driver": "security", "weight": -1}"#),
        def(
            "D37", "bad.json: $.questions[4].scale: an open question has no scale", #""type": "open""#,
            #""type": "open", "scale": "five""#),
        def(
            "D38", "bad.json: $.questions[2]: missing \"scale\" (or \"type\": \"open\")", q3,
            #"{"id": "q3", "text": "保安巡逻", "driver": "security"}"#),
        def(
            "D39", "bad.json: $.questions[2].scale: unknown scale \"seven\"; defined: five, ten", q3,
            #"{"id": "q3", "text": "保安巡逻", "scale": "seven", "driver": "security"}"#),
        def(
            "D40", "bad.json: $.questions[2].driver: unknown driver \"safety\"; defined: service, security", q3,
            #"{"id": "q3", "text": "保安巡逻", "scale": "five", "driver": "safety"}"#),
        def(
            "D41", "bad.json: $.questions[3].driver: the overall question stands beside the drivers, not in one",
            #""role": "overall""#, #""role": "overall", "driver": "service""#),
        def(
            "D42", "bad.json: $.questions[2]: question \"q3\" is in no driver", q3,
            #"{"id": "q3", "text": "保安巡逻", "scale": "five"}"#),
        ErrorCase(
            "D43", ["check", "--survey", "bad.json", "forms.csv"],
            "bad.json: $.questions: no question belongs to a driver: nothing could be scored",
            files: ["bad.json": noDriverQuestions]),
        def(
            "D44", "bad.json: $.drivers[2]: driver \"parking\" has no questions",
            #"{"id": "security", "name": "安全管理", "weight": 40}"#,
            #"{"id": "security", "name": "安全管理", "weight": 40}, {"id": "parking", "weight": 5}"#),
        def(
            "D45", "bad.json: $.drivers[1]: the questions of driver \"security\" all have weight 0", q3,
            #"{"id": "q3", "text": "保安巡逻", "scale": "five", "driver": "security", "weight": 0}"#),
        def(
            "D46", "bad.json: $.validity.minAnsweredShare: must be a share between 0 and 1, found 1.5",
            #""minAnsweredShare": 0.5"#, #""minAnsweredShare": 1.5"#),
        def(
            "D47", "bad.json: $.rules.minSampleRate: must be a share above 0 and at most 1, found 0.0", #""minSampleRate": 0.2"#,
            #""minSampleRate": 0"#),
        def("D48", "bad.json: $.rules.minSampleCount: must be at least 1", #""minSampleCount": 2"#, #""minSampleCount": 0"#),
        def(
            "D49", "bad.json: $.rules.minReturnRate: must be a share between 0 and 1 (or null), found 95.0",
            #""minSampleCount": 2"#,
            #""minSampleCount": 2, "minReturnRate": 95"#),
        def("D50", "bad.json:21:29: unexpected end of file — the file looks cut off", [("\n}", "\n")]),
        def(
            "D55",
            "bad.json: $.scales.five.labelsOrder: must be \"lowFirst\" (option 1 is the lowest point, the default) or \"highFirst\" (option 1 is the top point, as when the questionnaire lists 非常满意 first), found \"descending\"",
            #""five": {"points": 5, "min": 1,"#, #""five": {"points": 5, "min": 1, "labelsOrder": "descending","#),
    ]
}
