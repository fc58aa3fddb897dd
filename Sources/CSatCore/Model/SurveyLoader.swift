import Foundation

/// Loads and checks a survey definition (SPEC.md "Survey definition").
///
/// A bad definition is rejected as a whole with the JSON path of the first
/// problem and the reason; nothing downstream ever sees a half-valid survey.
public enum SurveyLoader {
    public static func load(path: String) throws(InputError) -> Survey {
        var bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path, streamLimit: maxBytes)
        } catch {
            var e = error
            e.message = Message(untranslated: "cannot read the survey definition: ") + e.message
            throw e
        }
        if bytes.count > maxBytes {
            throw InputError(
                file: path,
                message:
                    "is \(FileBytes.megabytes(bytes.count)); a survey definition is a few kilobytes of JSON: is this the right file for --survey?"
            )
        }
        do {
            return try load(bytes: bytes, file: path)
        } catch {
            throw wrongFileHint(error, bytes)
        }
    }

    /// Larger than any questionnaire's definition: surely another file given by mistake.
    static let maxBytes = 16 << 20

    /// Says so when the file given as `--survey` is plainly something else: a CSV or JSON file of forms, a workbook.
    static func wrongFileHint(_ error: InputError, _ bytes: [UInt8]) -> InputError {
        var e = error
        let first = bytes.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
            .first
        let hint = "; --survey takes the survey definition (a JSON object; csat init writes one)"
        if first == UInt8(ascii: "[") && e.path == "$" {
            e.message = e.message + Message(untranslated: hint + " — this file looks like response forms")
        } else if e.line == 1 && e.path == nil && first != UInt8(ascii: "{") {
            e.message = e.message + Message(untranslated: hint + " — is this a response file?")
        }
        return e
    }

    public static func load(bytes: [UInt8], file: String) throws(InputError) -> Survey {
        let root = try JSONParser.parse(bytes, file: file)
        return try decode(root, file: file)
    }

    static let topKeys: Set<String> = [
        "id", "title", "period", "language", "scales", "drivers", "questions", "columns", "rosterColumns", "validity",
        "rules", "segments", "aggregate", "themes", "description",
    ]

    static func decode(_ root: JSONValue, file: String) throws(InputError) -> Survey {
        let d = DefinitionDecoder(file: file)
        let top = try d.object(root, "$", allowed: topKeys)
        func required(_ key: String) throws(InputError) -> JSONValue {
            guard let v = top[key] else { throw d.fail("$", "missing required key \"\(key)\"") }
            return v
        }
        let id = try d.string(try required("id"), "$.id")
        if let problem = FileNamePart.problem(id) { throw d.fail("$.id", problem) }
        let period = try d.string(try required("period"), "$.period")
        if let problem = FileNamePart.problem(period) { throw d.fail("$.period", problem) }
        if (id + "-" + period).utf8.count > FileNamePart.maxBytes {
            throw d.fail(
                id.utf8.count >= period.utf8.count ? "$.id" : "$.period", "the id and the period together are longer than \(FileNamePart.maxBytes) bytes: they name the output files, which the file system limits to 255")
        }
        let title = try top["title"].map { v throws(InputError) in try d.string(v, "$.title") } ?? id
        let language = try top["language"].map { v throws(InputError) in try d.string(v, "$.language") } ?? "zh"
        guard language == "zh" || language == "en" else {
            throw d.fail("$.language", "must be \"zh\" or \"en\", found \"\(language)\"")
        }

        let scales = try decodeScales(try required("scales"), d)
        let drivers = try decodeDrivers(try required("drivers"), d)
        let questions = try decodeQuestions(try required("questions"), scales: scales, drivers: drivers, d)
        try checkDriversHaveQuestions(drivers, questions, d)

        let columns = try top["columns"].map { v throws(InputError) in try decodeColumns(v, d) } ?? ColumnMap()
        let validity = try top["validity"].map { v throws(InputError) in try decodeValidity(v, d) } ?? ValidityRules()
        let rules = try top["rules"].map { v throws(InputError) in try decodeRules(v, d) } ?? SamplingRules()
        let segments = try top["segments"].map { v throws(InputError) in try d.strings(v, "$.segments") } ?? ["project"]
        var aggregate: AggregateMode? = nil
        if let v = top["aggregate"], !v.isNull {
            let s = try d.string(v, "$.aggregate")
            guard let mode = AggregateMode(rawValue: s) else {
                throw d.fail("$.aggregate", "must be one of population, respondents, projects; found \"\(s)\"")
            }
            aggregate = mode
        }
        var themes: [(name: String, keywords: [String])] = []
        if let v = top["themes"] {
            guard let o = v.objectValue else { throw d.fail("$.themes", "expected an object of theme → keywords") }
            for (name, words) in o.members {
                let kw = try d.strings(words, JSONPath.key("$.themes", name))
                themes.append((name, kw.filter { !$0.isEmpty }))
            }
        }
        var survey = Survey(
            id: id, title: title, period: period, language: language, scales: scales, drivers: drivers,
            questions: questions, columns: columns, validity: validity, rules: rules, segments: segments,
            aggregate: aggregate, themes: themes)
        if let v = top["rosterColumns"] { survey.rosterColumns = try decodeRosterColumns(v, d) }
        return survey
    }

    static func decodeScales(_ value: JSONValue, _ d: DefinitionDecoder) throws(InputError) -> [Scale] {
        guard let o = value.objectValue else { throw d.fail("$.scales", "expected an object of scale id → scale") }
        if o.members.isEmpty { throw d.fail("$.scales", "define at least one scale") }
        var scales: [Scale] = []
        for (id, v) in o.members {
            let path = JSONPath.key("$.scales", id)
            if scales.contains(where: { $0.id == id }) { throw d.fail(path, "duplicate scale id \"\(id)\"") }
            let s = try d.object(v, path, allowed: ["points", "min", "labels", "satisfiedFrom", "dissatisfiedTo", "labelsOrder"])
            guard let pv = s["points"] else { throw d.fail(path, "missing \"points\" (5, 7, 10 or 11)") }
            let points = try d.integer(pv, path + ".points")
            guard [5, 7, 10, 11].contains(points) else {
                throw d.fail(path + ".points", "must be 5, 7, 10 or 11, found \(points)")
            }
            let min = try s["min"].map { v throws(InputError) in try d.integer(v, path + ".min") } ?? (points == 11 ? 0 : 1)
            guard (points == 11 && min == 0) || (points != 11 && min == 1) else {
                throw d.fail(
                    path + ".min",
                    points == 11
                        ? "an 11-point scale runs 0–10: min must be 0"
                        : "a \(points)-point scale starts at 1: min must be 1 (only the 11-point 0–10 scale starts at 0)")
            }
            var labels: [String]? = nil
            if let lv = s["labels"] {
                let l = try d.strings(lv, path + ".labels")
                guard l.count == points else {
                    throw d.fail(path + ".labels", "has \(l.count) labels for \(points) points (lowest first, one per point)")
                }
                if Set(l).count != l.count { throw d.fail(path + ".labels", "labels must be different from each other") }
                labels = l
            }
            let sat = try s["satisfiedFrom"].map { v throws(InputError) in try d.integer(v, path + ".satisfiedFrom") }
            let dis = try s["dissatisfiedTo"].map { v throws(InputError) in try d.integer(v, path + ".dissatisfiedTo") }
            var order = Scale.LabelsOrder.lowFirst
            if let ov = s["labelsOrder"] {
                let o = try d.string(ov, path + ".labelsOrder")
                guard let parsed = Scale.LabelsOrder(rawValue: o) else {
                    throw d.fail(
                        path + ".labelsOrder",
                        "must be \"lowFirst\" (option 1 is the lowest point, the default) or \"highFirst\" (option 1 is the top point, as when the questionnaire lists 非常满意 first), found \"\(o)\""
                    )
                }
                order = parsed
            }
            let scale = Scale(
                id: id, points: points, min: min, labels: labels, satisfiedFrom: sat, dissatisfiedTo: dis, labelsOrder: order)
            guard scale.satisfiedFrom > scale.min && scale.satisfiedFrom <= scale.max else {
                throw d.fail(path + ".satisfiedFrom", "must lie in \(scale.min + 1)…\(scale.max), found \(scale.satisfiedFrom)")
            }
            guard scale.dissatisfiedTo >= scale.min && scale.dissatisfiedTo < scale.satisfiedFrom else {
                throw d.fail(
                    path + ".dissatisfiedTo",
                    "must lie in \(scale.min)…\(scale.satisfiedFrom - 1) (below satisfiedFrom), found \(scale.dissatisfiedTo)")
            }
            scales.append(scale)
        }
        return scales
    }

    static func decodeDrivers(_ value: JSONValue, _ d: DefinitionDecoder) throws(InputError) -> [Driver] {
        let items = try d.array(value, "$.drivers")
        if items.isEmpty { throw d.fail("$.drivers", "define at least one driver") }
        var drivers: [Driver] = []
        for (i, item) in items.enumerated() {
            let path = JSONPath.index("$.drivers", i)
            let o = try d.object(item, path, allowed: ["id", "name", "weight", "keywords", "description"])
            guard let idv = o["id"] else { throw d.fail(path, "missing \"id\"") }
            let id = try d.string(idv, path + ".id")
            if drivers.contains(where: { $0.id == id }) { throw d.fail(path + ".id", "duplicate driver id \"\(id)\"") }
            let name = try o["name"].map { v throws(InputError) in try d.string(v, path + ".name") } ?? id
            guard let wv = o["weight"] else { throw d.fail(path, "missing \"weight\" (a relative weight, e.g. 25)") }
            let weight = try d.number(wv, path + ".weight")
            if weight < 0 { throw d.fail(path + ".weight", "must not be negative, found \(weight)") }
            let keywords = try o["keywords"].map { v throws(InputError) in try d.strings(v, path + ".keywords") } ?? []
            drivers.append(Driver(id: id, name: name, weight: weight, keywords: keywords.filter { !$0.isEmpty }))
        }
        if drivers.allSatisfy({ $0.weight == 0 }) {
            throw d.fail("$.drivers", "driver weights are all zero: give at least one driver a positive weight")
        }
        return drivers
    }

    static func decodeQuestions(
        _ value: JSONValue, scales: [Scale], drivers: [Driver], _ d: DefinitionDecoder
    ) throws(InputError) -> [Question] {
        let items = try d.array(value, "$.questions")
        var questions: [Question] = []
        for (i, item) in items.enumerated() {
            let path = JSONPath.index("$.questions", i)
            let o = try d.object(item, path, allowed: ["id", "text", "scale", "driver", "weight", "role", "type"])
            guard let idv = o["id"] else { throw d.fail(path, "missing \"id\"") }
            let id = try d.string(idv, path + ".id")
            if questions.contains(where: { $0.id == id }) { throw d.fail(path + ".id", "duplicate question id \"\(id)\"") }
            if ColumnMap.roles.contains(id) {
                throw d.fail(path + ".id", "\"\(id)\" is a column role name; choose another question id")
            }
            let text = try o["text"].map { v throws(InputError) in try d.string(v, path + ".text") } ?? id
            let type = try o["type"].map { v throws(InputError) in try d.string(v, path + ".type") } ?? "closed"
            guard type == "closed" || type == "open" else {
                throw d.fail(path + ".type", "must be \"open\" or \"closed\" (the default), found \"\(type)\"")
            }
            var role: Question.Role? = nil
            if let rv = o["role"] {
                let r = try d.string(rv, path + ".role")
                guard let parsed = Question.Role(rawValue: r) else {
                    throw d.fail(path + ".role", "the only role is \"overall\", found \"\(r)\"")
                }
                if questions.contains(where: { $0.role == .overall }) {
                    throw d.fail(path + ".role", "only one question may have role \"overall\"")
                }
                role = parsed
            }
            let weight = try o["weight"].map { v throws(InputError) in try d.number(v, path + ".weight") } ?? 1
            if weight < 0 { throw d.fail(path + ".weight", "must not be negative, found \(weight)") }
            if type == "open" {
                for key in ["scale", "driver", "role"] where o[key] != nil {
                    throw d.fail(JSONPath.key(path, key), "an open question has no \(key)")
                }
                questions.append(Question(id: id, text: text, scaleIndex: nil, driverIndex: nil, weight: weight, role: nil))
                continue
            }
            guard let sv = o["scale"] else { throw d.fail(path, "missing \"scale\" (or \"type\": \"open\")") }
            let scaleID = try d.string(sv, path + ".scale")
            guard let scaleIndex = scales.firstIndex(where: { $0.id == scaleID }) else {
                throw d.fail(
                    path + ".scale", "unknown scale \"\(scaleID)\"; defined: \(scales.map(\.id).joined(separator: ", "))")
            }
            var driverIndex: Int? = nil
            if let dv = o["driver"] {
                let driverID = try d.string(dv, path + ".driver")
                guard let di = drivers.firstIndex(where: { $0.id == driverID }) else {
                    throw d.fail(
                        path + ".driver", "unknown driver \"\(driverID)\"; defined: \(drivers.map(\.id).joined(separator: ", "))")
                }
                if role == .overall {
                    throw d.fail(path + ".driver", "the overall question stands beside the drivers, not in one")
                }
                driverIndex = di
            } else if role != .overall {
                throw d.fail(
                    path, "question \"\(id)\" is in no driver: add \"driver\", or \"role\": \"overall\", or \"type\": \"open\"")
            }
            questions.append(
                Question(id: id, text: text, scaleIndex: scaleIndex, driverIndex: driverIndex, weight: weight, role: role))
        }
        if !questions.contains(where: { $0.driverIndex != nil }) {
            throw d.fail("$.questions", "no question belongs to a driver: nothing could be scored")
        }
        return questions
    }

    static func checkDriversHaveQuestions(_ drivers: [Driver], _ questions: [Question], _ d: DefinitionDecoder) throws(InputError)
    {
        for (di, driver) in drivers.enumerated() {
            let own = questions.filter { $0.driverIndex == di }
            if own.isEmpty {
                throw d.fail(JSONPath.index("$.drivers", di), "driver \"\(driver.id)\" has no questions")
            }
            if own.allSatisfy({ $0.weight == 0 }) {
                throw d.fail(JSONPath.index("$.drivers", di), "the questions of driver \"\(driver.id)\" all have weight 0")
            }
        }
    }

    static func decodeColumns(_ value: JSONValue, _ d: DefinitionDecoder) throws(InputError) -> ColumnMap {
        let o = try d.object(value, "$.columns", allowed: Set(ColumnMap.roles))
        var headers: [String: String] = [:]
        for (role, v) in o.members {
            headers[role] = try d.string(v, JSONPath.key("$.columns", role))
        }
        return ColumnMap(headers: headers)
    }

    /// `rosterColumns`: a roster role or a strata name → a header, no two keys on one header.
    ///
    /// Any key that is not a role names a strata column (`"ownerType": "业主性质"`), so a misspelt
    /// role would pass as one: a key within two letters of a role, or a role of the forms only, is refused.
    static func decodeRosterColumns(_ value: JSONValue, _ d: DefinitionDecoder) throws(InputError) -> RosterColumns {
        guard let o = value.objectValue else {
            throw d.fail("$.rosterColumns", "expected an object of roster role → header, found \(value.kindName)")
        }
        let roles = RosterColumns.roles.joined(separator: ", ")
        var headers: [String: String] = [:]
        var keyOf: [String: String] = [:]
        for (key, v) in o.members where !key.hasPrefix("_") {
            let path = JSONPath.key("$.rosterColumns", key)
            if !RosterColumns.roles.contains(key) {
                if ColumnMap.roles.contains(key) {
                    throw d.fail(
                        path,
                        "\(key) is a column of the forms, not of the roster; roster roles: \(roles) (other keys name strata columns)"
                    )
                }
                if let near = RosterColumns.roles.first(where: { editDistance($0.lowercased(), key.lowercased()) <= 2 }) {
                    throw d.fail(
                        path,
                        "unknown roster role (did you mean \"\(near)\"?); roster roles: \(roles) (other keys name strata columns)"
                    )
                }
            }
            let header = CellValues.trim(try d.string(v, path))
            if let other = keyOf[header] {
                throw d.fail(path, "\"\(header)\" is already the column of \(other); one column has one role")
            }
            keyOf[header] = key
            headers[key] = header
        }
        return RosterColumns(headers: headers)
    }

    static func decodeValidity(_ value: JSONValue, _ d: DefinitionDecoder) throws(InputError) -> ValidityRules {
        let o = try d.object(value, "$.validity", allowed: ["minAnsweredShare", "requireSignature", "requirePhone"])
        var r = ValidityRules()
        if let v = o["minAnsweredShare"] {
            r.minAnsweredShare = try d.number(v, "$.validity.minAnsweredShare")
            guard (0...1).contains(r.minAnsweredShare) else {
                throw d.fail("$.validity.minAnsweredShare", "must be a share between 0 and 1, found \(r.minAnsweredShare)")
            }
        }
        if let v = o["requireSignature"] { r.requireSignature = try d.bool(v, "$.validity.requireSignature") }
        if let v = o["requirePhone"] { r.requirePhone = try d.bool(v, "$.validity.requirePhone") }
        return r
    }

    static func decodeRules(_ value: JSONValue, _ d: DefinitionDecoder) throws(InputError) -> SamplingRules {
        let o = try d.object(value, "$.rules", allowed: ["minSampleRate", "minSampleCount", "minReturnRate"])
        var r = SamplingRules()
        if let v = o["minSampleRate"] {
            r.minSampleRate = try d.number(v, "$.rules.minSampleRate")
            guard r.minSampleRate > 0 && r.minSampleRate <= 1 else {
                throw d.fail("$.rules.minSampleRate", "must be a share above 0 and at most 1, found \(r.minSampleRate)")
            }
        }
        if let v = o["minSampleCount"] {
            r.minSampleCount = try d.integer(v, "$.rules.minSampleCount")
            guard r.minSampleCount >= 1 else { throw d.fail("$.rules.minSampleCount", "must be at least 1") }
        }
        if let v = o["minReturnRate"], !v.isNull {
            let rate = try d.number(v, "$.rules.minReturnRate")
            guard (0...1).contains(rate) else {
                throw d.fail("$.rules.minReturnRate", "must be a share between 0 and 1 (or null), found \(rate)")
            }
            r.minReturnRate = rate
        }
        return r
    }
}
