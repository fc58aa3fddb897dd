/// The draft as the definition file `csat init --from` writes (docs/DEFINITION.md "Keys").
extension DraftDefinition {
    /// Reads a download (`sheet`: the worksheet of a workbook) and drafts its definition.
    public static func draft(from path: String, sheet: String? = nil, language: String? = nil) throws(InputError)
        -> DraftDefinition
    {
        var spec = path
        if let sheet {
            guard TableFile.guess(path) == .xlsx else {
                throw InputError(
                    file: path, message: .notXLSXNoSheet(sheet))
            }
            spec += ":" + sheet
        }
        return try DraftDefinition(DownloadTable.read(spec), language: language)
    }

    /// The definition file's text, checked: loaded as `--survey` loads it, and the download's
    /// header mapped with it as `csat check` maps it, so that a draft check would refuse is never written.
    public func text() throws(InputError) -> String {
        let text = Self.layout(json)
        let survey = try SurveyLoader.load(bytes: Array(text.utf8), file: "the draft of \(file)")
        if column("project") != nil && column("unit") != nil {
            _ = try ColumnMapping(
                header: headers, survey: survey, extraSegmentColumns: [], file: file,
                locate: { i in InputError(file: file, line: headerLine, column: i >= 0 ? i + 1 : nil, message: .verbatim("")) })
        }
        return text
    }

    /// The definition, in the order the templates use; `_draft` (ignored by csat, as every key
    /// starting with `_`) carries the list of what is still to decide.
    public var json: JSONValue {
        var top: [(key: String, value: JSONValue)] = [
            ("id", .string(id)), ("title", .string(title)), ("period", .string(period)), ("language", .string(language)),
            ("_draft", .array(decisions.map { .string($0.text(Language(code: language))) })),
        ]
        var scaleMembers: [(key: String, value: JSONValue)] = []
        for s in scales {
            var m: [(key: String, value: JSONValue)] = [("points", number(s.shape.points)), ("min", number(s.shape.min))]
            if let labels = s.shape.labels { m.append(("labels", .array(labels.map(JSONValue.string)))) }
            if s.labelsOrder == .highFirst { m.append(("labelsOrder", .string(s.labelsOrder.rawValue))) }
            m.append(("satisfiedFrom", number(Scale.defaultSatisfiedFrom(points: s.shape.points, min: s.shape.min))))
            scaleMembers.append((s.id, .object(JSONObject(m))))
        }
        top.append(("scales", .object(JSONObject(scaleMembers))))
        top.append(
            (
                "drivers",
                .array(
                    drivers.map { d in
                        .object(JSONObject([("id", .string(d.id)), ("name", .string(d.name)), ("weight", number(d.weight))]))
                    })
            ))
        top.append(("questions", .array(questions.map(questionJSON))))
        top.append(("columns", .object(JSONObject(columns.map { ($0.role, JSONValue.string($0.header)) }))))
        top.append(
            (
                "validity",
                .object(
                    JSONObject([
                        ("minAnsweredShare", .number(0.8, literal: "0.8")), ("requireSignature", .bool(column("signed") != nil)),
                        ("requirePhone", .bool(column("phone") != nil)),
                    ]))
            ))
        let segments = ["project", "building", "propertyType", "customerType"].filter { column($0) != nil }
        if !segments.isEmpty { top.append(("segments", .array(segments.map(JSONValue.string)))) }
        return .object(JSONObject(top))
    }

    /// The templates' layout: a key of the definition a line, a question, driver or scale a line
    /// (`{"id": "q1", "text": "…"}`), so the draft reads and edits like `csat init`'s templates.
    static func layout(_ root: JSONValue) -> String {
        guard case .object(let top) = root else { return JSONWriter.write(root) }
        func member(_ key: String, _ value: String) -> String {
            var out = ""
            JSONWriter.string(key, &out)
            return out + ": " + value
        }
        func block(_ open: String, _ close: String, _ lines: [String]) -> String {
            lines.isEmpty ? open + close : open + "\n" + lines.map { "    " + $0 }.joined(separator: ",\n") + "\n  " + close
        }
        let lines = top.members.map { m -> String in
            switch m.value {
            case .array(let items) where m.key == "_draft" || items.contains(where: { $0.objectValue != nil }):
                return member(m.key, block("[", "]", items.map(inline)))
            case .object(let o) where o.members.count > 3 || o.members.contains(where: { $0.value.objectValue != nil }):
                return member(m.key, block("{", "}", o.members.map { member($0.key, inline($0.value)) }))
            default:
                return member(m.key, inline(m.value))
            }
        }
        return "{\n" + lines.map { "  " + $0 }.joined(separator: ",\n") + "\n}\n"
    }

    /// One value on one line, with a space after every `:` and `,`.
    static func inline(_ value: JSONValue) -> String {
        switch value {
        case .array(let items): return "[" + items.map(inline).joined(separator: ", ") + "]"
        case .object(let o):
            return "{"
                + o.members.map { m in
                    var key = ""
                    JSONWriter.string(m.key, &key)
                    return key + ": " + inline(m.value)
                }.joined(separator: ", ") + "}"
        default: return JSONWriter.write(value, indent: false)
        }
    }

    func questionJSON(_ q: DraftQuestion) -> JSONValue {
        var m: [(key: String, value: JSONValue)] = [("id", .string(q.id)), ("text", .string(q.text))]
        if let s = q.scale {
            m.append(("scale", .string(scales[s].id)))
            if q.overall { m.append(("role", .string("overall"))) }
            if let d = q.driver { m.append(("driver", .string(drivers[d].id))) }
        } else {
            m.append(("type", .string("open")))
        }
        return .object(JSONObject(m))
    }

    func number(_ n: Int) -> JSONValue { .number(Double(n), literal: String(n)) }
}
