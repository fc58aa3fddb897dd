import CSatCSV

/// JSON responses as a table (SPEC.md "Responses"): an array of objects, or
/// JSON Lines; the header is every key in order of first appearance, and a form
/// lacking a key has that cell empty.
///
/// Values become cell text as a CSV would hold them — strings as they are,
/// numbers as their literal, `true`/`false`, `null` empty — so a JSON file and
/// its CSV twin give the same forms through the same code.
enum JSONTable {
    static func read(
        _ path: String, forceLines: Bool, header: (TableRow) throws -> Void, record: (TableRow) throws -> Void,
        started: (TableFile.Info) -> Void
    ) throws(InputError) -> TableFile.Info {
        let bytes = try FileBytes.read(path, memoryFactor: FileBytes.jsonMemoryFactor)
        let lines = forceLines || JSONParser.looksLikeJSONLines(bytes)
        var objects: [(object: JSONObject, line: Int)] = []
        if lines {
            do {
                try JSONParser.parseLines(bytes, file: path) { value, line in
                    guard let o = value.objectValue else {
                        throw InputError(
                            file: path, line: line,
                            message: .jsonLineNotAForm(value.kindName))
                    }
                    objects.append((o, line))
                }
            } catch let e as InputError {
                throw e
            } catch {
                throw InputError(file: path, message: .verbatim("\(error)"))
            }
        } else {
            let root = try JSONParser.parse(bytes, file: path)
            guard let items = root.arrayValue else {
                let definition = root.objectValue.map { $0["questions"] != nil && $0["scales"] != nil } ?? false
                throw InputError(
                    file: path, path: "$", message: .jsonNotAnArrayOfForms(root.kindName, isDefinition: definition))
            }
            for (i, item) in items.enumerated() {
                guard let o = item.objectValue else {
                    throw InputError(
                        file: path, path: JSONPath.index("$", i), message: .jsonItemNotAForm(item.kindName))
                }
                objects.append((o, i + 1))
            }
        }
        var info = TableFile.Info(path: path, kind: lines ? .jsonl : .json, format: .jsonFormat(lines: lines))
        info.jsonArray = !lines
        started(info)
        guard !objects.isEmpty else { return info }

        var keys: [String] = []
        var column: [String: Int] = [:]
        for (o, _) in objects {
            for k in o.keys where column[k] == nil {
                column[k] = keys.count
                keys.append(k)
            }
        }
        // Where an error at (line, column) is, as a JSON path: `$[i].key`, or the line and `$.key`.
        func place(_ e: InputError, line: Int) -> InputError {
            var e = e
            let key = e.column.flatMap { $0 >= 1 && $0 <= keys.count ? keys[$0 - 1] : nil }
            if lines {
                e.path = key.map { JSONPath.key("$", $0) } ?? e.path
            } else {
                e.line = nil
                e.path = key.map { JSONPath.key(JSONPath.index("$", line - 1), $0) } ?? e.path ?? JSONPath.index("$", line - 1)
            }
            e.column = nil
            return e
        }
        var row = RowBuffer()
        do {
            row.set(keys.map { Array($0.utf8) })
            try row.withRow(line: 0) { r in
                do { try header(r) } catch var e as InputError {
                    if e.column != nil {
                        e.path = e.column.map { JSONPath.key("$[*]", keys[$0 - 1]) }
                        e.column = nil
                    } else if e.path == nil {
                        e.path = "$[*]"
                    }
                    e.line = nil
                    throw e
                }
            }
        } catch let e as InputError {
            throw e
        } catch {
            throw InputError(file: path, message: .verbatim("\(error)"))
        }
        var cells = [[UInt8]](repeating: [], count: keys.count)
        // Strings longer than a spreadsheet cell, kept only up to it (docs/IMPORT.md, "Very long fields").
        var cutPlaces: [String] = []
        var cutCount = 0
        for (o, line) in objects {
            for i in cells.indices { cells[i].removeAll(keepingCapacity: true) }
            for (key, value) in o.members {
                let i = column[key]!
                switch value {
                case .null: break
                case .string(var s):
                    let (kept, count) = s.withUTF8 { u in
                        let kept = CellLimit.keptLength(u)
                        cells[i].append(contentsOf: UnsafeBufferPointer(rebasing: u[..<kept]))
                        return (kept, u.count)
                    }
                    if kept < count {
                        cutCount += 1
                        if cutPlaces.count < 3 {
                            let at = lines ? "line \(line), " + JSONPath.key("$", key) : JSONPath.key(JSONPath.index("$", line - 1), key)
                            cutPlaces.append("\(at) (\(FileBytes.megabytes(count)))")
                        }
                    }
                case .number(_, let literal): cells[i].append(contentsOf: literal.utf8)
                case .bool(let b): cells[i].append(contentsOf: (b ? "true" : "false").utf8)
                case .array, .object:
                    throw place(
                        InputError(
                            file: path, line: line, column: i + 1,
                            message: .jsonCellNotScalar(value.kindName)),
                        line: line)
                }
            }
            row.set(cells)
            do {
                try row.withRow(line: line) { try record($0) }
            } catch let e as InputError {
                throw place(e, line: line)
            } catch {
                throw InputError(file: path, message: .verbatim("\(error)"))
            }
        }
        if cutCount > 0 {
            info.warnings.append(
                .cellsCut(path, .jsonValue, places: cutPlaces.map(Message.verbatim), count: cutCount))
        }
        return info
    }
}

/// A row built cell by cell (JSON forms, padded worksheet rows): one growing buffer, reused.
struct RowBuffer {
    /// The cells' bytes, then one spare byte so that the buffer always has an address.
    private var bytes: [UInt8] = [0]
    /// The cells' ends, then one spare slot, for the same reason.
    private var ends: [Int] = [0]

    mutating func set(_ cells: [[UInt8]]) {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        for c in cells {
            bytes.append(contentsOf: c)
            ends.append(bytes.count)
        }
        bytes.append(0)
        ends.append(bytes.count - 1)
    }

    func withRow<R>(line: Int, _ body: (TableRow) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer { b in
            try ends.withUnsafeBufferPointer { e in
                try body(TableRow(line: line, count: e.count - 1, bytes: b.baseAddress!, ends: e.baseAddress!))
            }
        }
    }
}
