/// JSON responses: an array of objects, or JSON Lines; keys as in the CSV
/// header; values numbers or strings (SPEC.md "Responses").
extension FormImporter {
    mutating func importJSON(_ bytes: [UInt8], path: String, forceLines: Bool) throws(InputError) {
        var objects: [(object: JSONObject, line: Int, path: String)] = []
        let lines = forceLines || JSONParser.looksLikeJSONLines(bytes)
        if lines {
            do {
                try JSONParser.parseLines(bytes, file: path) { value, line in
                    guard let o = value.objectValue else {
                        throw InputError(
                            file: path, line: line,
                            message: "expected one form as a JSON object on this line, found \(value.kindName)")
                    }
                    objects.append((o, line, "line \(line)"))
                }
            } catch let e as InputError {
                throw e
            } catch {
                throw InputError(file: path, message: "\(error)")
            }
        } else {
            let root = try JSONParser.parse(bytes, file: path)
            guard let items = root.arrayValue else {
                let definition = root.objectValue.map { $0["questions"] != nil && $0["scales"] != nil } ?? false
                let hint =
                    definition ? "; this is a survey definition: give it with --survey, and the response files after it" : ""
                throw InputError(
                    file: path, path: "$", message: "expected an array of forms (objects), found \(root.kindName)\(hint)")
            }
            for (i, item) in items.enumerated() {
                guard let o = item.objectValue else {
                    throw InputError(
                        file: path, path: JSONPath.index("$", i), message: "expected a form (an object), found \(item.kindName)")
                }
                objects.append((o, i + 1, JSONPath.index("$", i)))
            }
        }
        try importObjects(objects, path: path, kind: lines ? .jsonLines : .jsonArray)
    }

    private mutating func importObjects(
        _ objects: [(object: JSONObject, line: Int, path: String)], path: String, kind: SourceFile.Kind
    ) throws(InputError) {
        let survey = table.survey
        // The header is every key in order of first appearance; a form lacking a key leaves that cell empty.
        var keys: [String] = []
        var seen: Set<String> = []
        for (o, _, _) in objects {
            for k in o.keys where seen.insert(k).inserted { keys.append(k) }
        }
        if objects.isEmpty {
            table.files.append(
                SourceFile(path: path, kind: kind, format: kind == .jsonLines ? "JSON Lines" : "JSON array", forms: 0))
            table.missingQuestions.append([])
            return
        }
        let mapping = try ColumnMapping(
            header: keys, survey: survey, extraSegmentColumns: table.extraSegmentColumns, file: path,
            locate: { i in InputError(file: path, path: i >= 0 ? JSONPath.key("$[*]", keys[i]) : "$[*]", message: "") })
        let targets = Dictionary(uniqueKeysWithValues: zip(keys, mapping.targets.map(FormBuilder.Slot.init)))
        let keyIndex = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        let fileIndex = table.files.count
        var builder = FormBuilder(survey: survey, extraCount: table.extraSegmentColumns.count)
        for (o, line, where_) in objects {
            builder.begin(file: fileIndex, line: line)
            for (key, value) in o.members {
                let target = targets[key]!
                if target == .ignored { continue }
                let elementPath = kind == .jsonLines ? JSONPath.key("$", key) : JSONPath.key(where_, key)
                let errorLine = kind == .jsonLines ? line : nil
                let column = keyIndex[key]!
                do {
                    switch value {
                    case .null: try builder.set(target, "", pool: &table.pool, column: column)
                    case .string(let s): try builder.set(target, s, pool: &table.pool, column: column)
                    case .number(let d, let literal):
                        try builder.setNumber(target, d, literal: literal, pool: &table.pool, column: column)
                    case .bool(let b): try builder.set(target, b ? "true" : "false", pool: &table.pool, column: column)
                    case .array, .object:
                        throw InputError(
                            file: path, line: errorLine, path: elementPath,
                            message: "expected a number or a string, found \(value.kindName)")
                    }
                } catch let e as FormBuilder.BadDate {
                    throw InputError(
                        file: path, line: errorLine, path: elementPath,
                        message: "\"\(e.text)\" is not a date; write it as 2026-06-18")
                } catch let e as InputError {
                    throw e
                } catch {
                    throw InputError(file: path, line: errorLine, path: elementPath, message: "\(error)")
                }
            }
            try Self.requireKeys(builder, mapping, keys) { _, msg in
                InputError(
                    file: path, line: kind == .jsonLines ? line : nil, path: kind == .jsonLines ? nil : where_, message: msg)
            }
            builder.finish(into: &table) {
                kind == .jsonLines ? "\(path.lastPathComponentForID):\(line)" : "\(path.lastPathComponentForID)[\(line - 1)]"
            }
        }
        table.files.append(
            SourceFile(
                path: path, kind: kind, format: kind == .jsonLines ? "JSON Lines" : "JSON array", forms: objects.count,
                columns: keys))
        Self.noteMapping(mapping, path, header: keys, into: &table)
        Self.noteENotation(builder.eNotation, mapping, path, header: keys, into: &table)
    }
}

extension String {
    var lastPathComponentForID: String {
        split(separator: "/").last.map(String.init) ?? self
    }
}
