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
            e.message = .cannotReadDefinition + e.message
            throw e
        }
        if bytes.count > maxBytes {
            throw InputError(
                file: path,
                message: .definitionTooLarge(FileBytes.megabytes(bytes.count))
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
        if first == UInt8(ascii: "[") && e.path == "$" {
            e.message = e.message + .surveyLooksLikeForms
        } else if e.line == 1 && e.path == nil && first != UInt8(ascii: "{") {
            e.message = e.message + .surveyIsResponseFile
        }
        return e
    }

    public static func load(bytes: [UInt8], file: String) throws(InputError) -> Survey {
        let root = try JSONParser.parse(bytes, file: file)
        return try decode(root, file: file)
    }

    static let topKeys: Set<String> = [
        "id", "title", "period", "language", "scales", "drivers", "questions", "columns", "rosterColumns", "validity",
        "rules", "segments", "aggregate", "themes", "description", "wave", "introduction",
        "departments",
    ]

    static func decode(_ root: JSONValue, file: String) throws(InputError) -> Survey {
        let d = DefinitionDecoder(file: file)
        let top = try d.object(root, "$", allowed: topKeys)
        func required(_ key: String) throws(InputError) -> JSONValue {
            guard let v = top[key] else { throw d.fail("$", .missingRequiredKey(key)) }
            return v
        }
        let id = try d.string(try required("id"), "$.id")
        if let problem = FileNamePart.problem(id) { throw d.fail("$.id", problem) }
        let period = try d.string(try required("period"), "$.period")
        if let problem = FileNamePart.problem(period) { throw d.fail("$.period", problem) }
        if (id + "-" + period).utf8.count > FileNamePart.maxBytes {
            throw d.fail(
                id.utf8.count >= period.utf8.count ? "$.id" : "$.period", .idAndPeriodTooLong(FileNamePart.maxBytes))
        }
        let title = try top["title"].map { v throws(InputError) in try d.string(v, "$.title") } ?? id
        let introduction = try top["introduction"].map { v throws(InputError) in try d.string(v, "$.introduction") }
        let language = try top["language"].map { v throws(InputError) in try d.string(v, "$.language") } ?? "zh"
        guard language == "zh" || language == "en" else {
            throw d.fail("$.language", .badLanguage(language))
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
                throw d.fail("$.aggregate", .badAggregate(s))
            }
            aggregate = mode
        }
        var themes: [(name: String, keywords: [String])] = []
        if let v = top["themes"] {
            guard let o = v.objectValue else { throw d.fail("$.themes", .themesNotObject) }
            for (name, words) in o.members {
                let kw = try d.strings(words, JSONPath.key("$.themes", name))
                themes.append((name, kw.filter { !$0.isEmpty }))
            }
        }
        var survey = Survey(
            id: id, title: title, period: period, language: language, scales: scales, drivers: drivers,
            questions: questions, columns: columns, validity: validity, rules: rules, segments: segments,
            aggregate: aggregate, themes: themes)
        survey.introduction = introduction
        if let v = top["rosterColumns"] { survey.rosterColumns = try decodeRosterColumns(v, d) }
        if let v = top["departments"], !v.isNull { survey.departments = try decodeDepartments(v, d) }
        if let v = top["wave"], !v.isNull {
            let wave = try decodeWave(v, d)
            survey.wave = wave
            // The wave's valid-return rule is the coverage table's return-rate rule, unless rules sets its own.
            if survey.rules.minReturnRate == nil { survey.rules.minReturnRate = wave.minValidReturnRate }
        }
        return survey
    }

    static func decodeScales(_ value: JSONValue, _ d: DefinitionDecoder) throws(InputError) -> [Scale] {
        guard let o = value.objectValue else { throw d.fail("$.scales", .scalesNotObject) }
        if o.members.isEmpty { throw d.fail("$.scales", .defineAScale) }
        var scales: [Scale] = []
        for (id, v) in o.members {
            let path = JSONPath.key("$.scales", id)
            if scales.contains(where: { $0.id == id }) { throw d.fail(path, .duplicateScale(id)) }
            let s = try d.object(v, path, allowed: ["points", "min", "labels", "satisfiedFrom", "dissatisfiedTo", "labelsOrder"])
            guard let pv = s["points"] else { throw d.fail(path, .missingPoints) }
            let points = try d.integer(pv, path + ".points")
            guard [5, 7, 10, 11].contains(points) else {
                throw d.fail(path + ".points", .badPoints(points))
            }
            let min = try s["min"].map { v throws(InputError) in try d.integer(v, path + ".min") } ?? (points == 11 ? 0 : 1)
            guard (points == 11 && min == 0) || (points != 11 && min == 1) else {
                throw d.fail(
                    path + ".min",
                    points == 11
                        ? .elevenPointMin : .scaleStartsAtOne(points))
            }
            var labels: [String]? = nil
            if let lv = s["labels"] {
                let l = try d.strings(lv, path + ".labels")
                guard l.count == points else {
                    throw d.fail(path + ".labels", .labelCount(l.count, points: points))
                }
                if Set(l).count != l.count { throw d.fail(path + ".labels", .labelsDistinct) }
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
                        .badLabelsOrder(o)
                    )
                }
                order = parsed
            }
            let scale = Scale(
                id: id, points: points, min: min, labels: labels, satisfiedFrom: sat, dissatisfiedTo: dis, labelsOrder: order)
            guard scale.satisfiedFrom > scale.min && scale.satisfiedFrom <= scale.max else {
                throw d.fail(path + ".satisfiedFrom", .satisfiedFromRange(scale.min + 1, scale.max, found: scale.satisfiedFrom))
            }
            guard scale.dissatisfiedTo >= scale.min && scale.dissatisfiedTo < scale.satisfiedFrom else {
                throw d.fail(
                    path + ".dissatisfiedTo",
                    .dissatisfiedToRange(scale.min, scale.satisfiedFrom - 1, found: scale.dissatisfiedTo))
            }
            scales.append(scale)
        }
        return scales
    }

    static func decodeDrivers(_ value: JSONValue, _ d: DefinitionDecoder) throws(InputError) -> [Driver] {
        let items = try d.array(value, "$.drivers")
        if items.isEmpty { throw d.fail("$.drivers", .defineADriver) }
        var drivers: [Driver] = []
        for (i, item) in items.enumerated() {
            let path = JSONPath.index("$.drivers", i)
            let o = try d.object(item, path, allowed: ["id", "name", "weight", "keywords", "description"])
            guard let idv = o["id"] else { throw d.fail(path, .missingID) }
            let id = try d.string(idv, path + ".id")
            if drivers.contains(where: { $0.id == id }) { throw d.fail(path + ".id", .duplicateDriver(id)) }
            let name = try o["name"].map { v throws(InputError) in try d.string(v, path + ".name") } ?? id
            guard let wv = o["weight"] else { throw d.fail(path, .missingWeight) }
            let weight = try d.number(wv, path + ".weight")
            if weight < 0 { throw d.fail(path + ".weight", .negativeWeight(weight)) }
            let keywords = try o["keywords"].map { v throws(InputError) in try d.strings(v, path + ".keywords") } ?? []
            drivers.append(Driver(id: id, name: name, weight: weight, keywords: keywords.filter { !$0.isEmpty }))
        }
        if drivers.allSatisfy({ $0.weight == 0 }) {
            throw d.fail("$.drivers", .driverWeightsZero)
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
            guard let idv = o["id"] else { throw d.fail(path, .missingID) }
            let id = try d.string(idv, path + ".id")
            if questions.contains(where: { $0.id == id }) { throw d.fail(path + ".id", .duplicateQuestion(id)) }
            if ColumnMap.roles.contains(id) {
                throw d.fail(path + ".id", .questionIDIsRole(id))
            }
            let text = try o["text"].map { v throws(InputError) in try d.string(v, path + ".text") } ?? id
            let type = try o["type"].map { v throws(InputError) in try d.string(v, path + ".type") } ?? "closed"
            guard type == "closed" || type == "open" else {
                throw d.fail(path + ".type", .badQuestionType(type))
            }
            var role: Question.Role? = nil
            if let rv = o["role"] {
                let r = try d.string(rv, path + ".role")
                guard let parsed = Question.Role(rawValue: r) else {
                    throw d.fail(path + ".role", .badRole(r))
                }
                if questions.contains(where: { $0.role == .overall }) {
                    throw d.fail(path + ".role", .oneOverall)
                }
                role = parsed
            }
            let weight = try o["weight"].map { v throws(InputError) in try d.number(v, path + ".weight") } ?? 1
            if weight < 0 { throw d.fail(path + ".weight", .negativeWeight(weight)) }
            if type == "open" {
                for key in ["scale", "driver", "role"] where o[key] != nil {
                    throw d.fail(JSONPath.key(path, key), .openQuestionHasNo(key))
                }
                questions.append(Question(id: id, text: text, scaleIndex: nil, driverIndex: nil, weight: weight, role: nil))
                continue
            }
            guard let sv = o["scale"] else { throw d.fail(path, .missingScale) }
            let scaleID = try d.string(sv, path + ".scale")
            guard let scaleIndex = scales.firstIndex(where: { $0.id == scaleID }) else {
                throw d.fail(
                    path + ".scale", .unknownScale(scaleID, defined: scales.map(\.id)))
            }
            var driverIndex: Int? = nil
            if let dv = o["driver"] {
                let driverID = try d.string(dv, path + ".driver")
                guard let di = drivers.firstIndex(where: { $0.id == driverID }) else {
                    throw d.fail(
                        path + ".driver", .unknownDriver(driverID, defined: drivers.map(\.id)))
                }
                if role == .overall {
                    throw d.fail(path + ".driver", .overallNotInDriver)
                }
                driverIndex = di
            } else if role != .overall {
                throw d.fail(
                    path, .questionInNoDriver(id))
            }
            questions.append(
                Question(id: id, text: text, scaleIndex: scaleIndex, driverIndex: driverIndex, weight: weight, role: role))
        }
        if !questions.contains(where: { $0.driverIndex != nil }) {
            throw d.fail("$.questions", .noQuestionInADriver)
        }
        return questions
    }

    static func checkDriversHaveQuestions(_ drivers: [Driver], _ questions: [Question], _ d: DefinitionDecoder) throws(InputError)
    {
        for (di, driver) in drivers.enumerated() {
            let own = questions.filter { $0.driverIndex == di }
            if own.isEmpty {
                throw d.fail(JSONPath.index("$.drivers", di), .driverWithoutQuestions(driver.id))
            }
            if own.allSatisfy({ $0.weight == 0 }) {
                throw d.fail(JSONPath.index("$.drivers", di), .driverQuestionsWeightZero(driver.id))
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
            throw d.fail("$.rosterColumns", .rosterColumnsNotObject(found: value.kindName))
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
                        .formsRoleInRoster(key, roles: roles)
                    )
                }
                if let near = RosterColumns.roles.first(where: { editDistance($0.lowercased(), key.lowercased()) <= 2 }) {
                    throw d.fail(
                        path,
                        .unknownRosterRole(nearest: near, roles: roles)
                    )
                }
            }
            let header = CellValues.trim(try d.string(v, path))
            if let other = keyOf[header] {
                throw d.fail(path, .headerHasTwoRoles(header, other: other))
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
                throw d.fail("$.validity.minAnsweredShare", .shareBetween0And1(r.minAnsweredShare))
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
                throw d.fail("$.rules.minSampleRate", .shareAbove0(r.minSampleRate))
            }
        }
        if let v = o["minSampleCount"] {
            r.minSampleCount = try d.integer(v, "$.rules.minSampleCount")
            guard r.minSampleCount >= 1 else { throw d.fail("$.rules.minSampleCount", .atLeastOne) }
        }
        if let v = o["minReturnRate"], !v.isNull {
            let rate = try d.number(v, "$.rules.minReturnRate")
            guard (0...1).contains(rate) else {
                throw d.fail("$.rules.minReturnRate", .shareBetween0And1(rate, orNull: true))
            }
            r.minReturnRate = rate
        }
        return r
    }

    /// `"departments": {"秩序维护部": ["安保", "门禁"], …}`: every department has a name and at least one key.
    static func decodeDepartments(_ value: JSONValue, _ d: DefinitionDecoder) throws(InputError) -> [Department] {
        guard let o = value.objectValue else { throw d.fail("$.departments", .departmentsNotObject) }
        var result: [Department] = []
        for (name, keys) in o.members {
            let path = JSONPath.key("$.departments", name)
            guard !name.trimmingSpaces.isEmpty else { throw d.fail(path, .departmentNameEmpty) }
            let list = try d.strings(keys, path)
            guard !list.isEmpty else { throw d.fail(path, .departmentNeedsKeys) }
            result.append(Department(name: name, keys: list))
        }
        return result
    }

    static func decodeWave(_ value: JSONValue, _ d: DefinitionDecoder) throws(InputError) -> WaveRules {
        let o = try d.object(
            value, "$.wave",
            allowed: ["handOut", "collectionWorkingDays", "statisticsWorkingDays", "minHandOutRate", "minValidReturnRate", "lateForms"])
        guard let hv = o["handOut"] else { throw d.fail("$.wave", .waveNeedsHandOut) }
        let text = try d.string(hv, "$.wave.handOut")
        guard let day = CivilDate(iso: text) else { throw d.fail("$.wave.handOut", .calendarBadDate(text)) }
        var w = WaveRules(handOut: day)
        func days(_ key: String) throws(InputError) -> Int? {
            guard let v = o[key] else { return nil }
            let n = try d.integer(v, "$.wave." + key)
            guard (1...60).contains(n) else { throw d.fail("$.wave." + key, .waveWorkingDays(n)) }
            return n
        }
        func share(_ key: String) throws(InputError) -> Double? {
            guard let v = o[key] else { return nil }
            let x = try d.number(v, "$.wave." + key)
            guard (0...1).contains(x) else { throw d.fail("$.wave." + key, .shareBetween0And1(x, orNull: false)) }
            return x
        }
        if let n = try days("collectionWorkingDays") { w.collectionWorkingDays = n }
        if let n = try days("statisticsWorkingDays") { w.statisticsWorkingDays = n }
        if let x = try share("minHandOutRate") { w.minHandOutRate = x }
        if let x = try share("minValidReturnRate") { w.minValidReturnRate = x }
        if let v = o["lateForms"] {
            let s = try d.string(v, "$.wave.lateForms")
            guard let l = WaveRules.LateForms(rawValue: s) else { throw d.fail("$.wave.lateForms", .waveBadLateForms(s)) }
            w.lateForms = l
        }
        return w
    }
}
