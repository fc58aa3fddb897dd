import Foundation

extension SampleManifest {
    /// Reads a manifest written by `csat sample`, naming the JSON path of anything missing or wrong.
    public static func read(path: String) throws(InputError) -> SampleManifest {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path)
        } catch  where error.message.en == "no such file" {
            throw InputError(
                file: path, message: .noManifest)
        }
        let d = DefinitionDecoder(file: path)
        let root = try JSONParser.parse(bytes, file: path)
        guard let top = root.objectValue, top["kind"]?.stringValue == "csat sample manifest" else {
            throw d.fail("$.kind", .notAManifest)
        }
        func get(_ o: JSONObject, _ key: String, _ path: String) throws(InputError) -> JSONValue {
            guard let v = o[key] else { throw d.fail(path, .missingRequiredKey(key)) }
            return v
        }
        let method = try d.string(try get(top, "method", "$"), "$.method")
        guard method == Self.method else {
            throw d.fail(
                "$.method",
                .unknownMethod(method, known: Self.method)
            )
        }
        let roster = try d.object(try get(top, "roster", "$"), "$.roster", allowed: ["file", "sha256", "columns"])
        let cols = try d.object(
            try get(roster, "columns", "$.roster"), "$.roster.columns",
            allowed: ["project", "unit", "strata", "vacant"])
        let vacant = try cols["vacant"].flatMap { v throws(InputError) in
            v.isNull ? nil : try d.string(v, "$.roster.columns.vacant")
        }
        let columns = SamplingColumns(
            project: try d.string(try get(cols, "project", "$.roster.columns"), "$.roster.columns.project"),
            unit: try d.string(try get(cols, "unit", "$.roster.columns"), "$.roster.columns.unit"),
            strata: try d.strings(try get(cols, "strata", "$.roster.columns"), "$.roster.columns.strata"),
            vacant: vacant)
        let opts = try d.object(try get(top, "options", "$"), "$.options", allowed: ["rate", "min", "reserve", "strata"])
        let options = SampleOptions(
            rate: try d.number(try get(opts, "rate", "$.options"), "$.options.rate"),
            minCount: try d.integer(try get(opts, "min", "$.options"), "$.options.min"),
            reserveRate: try d.number(try get(opts, "reserve", "$.options"), "$.options.reserve"))
        let list = try d.object(try get(top, "list", "$"), "$.list", allowed: ["file", "rows"])
        var manifest = SampleManifest(
            csatVersion: (top["csat"]?.stringValue) ?? "?",
            seed: try d.string(try get(top, "seed", "$"), "$.seed"),
            seedGenerated: top["seedGenerated"]?.boolValue ?? false,
            options: options,
            strata: try d.strings(try get(opts, "strata", "$.options"), "$.options.strata"),
            columns: columns,
            rosterFile: try d.string(try get(roster, "file", "$.roster"), "$.roster.file"),
            rosterSHA256: try d.string(try get(roster, "sha256", "$.roster"), "$.roster.sha256"),
            include: try unitList(top["include"], "$.include", d),
            exclude: try unitList(top["exclude"], "$.exclude", d),
            listFile: try d.string(try get(list, "file", "$.list"), "$.list.file"),
            result: SampleDrawResult())
        manifest.rows = try d.integer(try get(list, "rows", "$.list"), "$.list.rows")
        manifest.projects = try get(top, "projects", "$")
        return manifest
    }

    private static func unitList(_ value: JSONValue?, _ path: String, _ d: DefinitionDecoder) throws(InputError)
        -> SampleUnitList?
    {
        guard let value, !value.isNull else { return nil }
        let o = try d.object(value, path, allowed: ["file", "sha256", "households"])
        let file = try d.string(o["file"] ?? .null, path + ".file")
        var list = SampleUnitList(file: file, sha256: o["sha256"]?.stringValue ?? "")
        for (i, h) in try d.array(o["households"] ?? .null, path + ".households").enumerated() {
            let at = "\(path).households[\(i)]"
            let e = try d.object(h, at, allowed: ["project", "unit"])
            list.add(
                project: try d.string(e["project"] ?? .null, at + ".project"),
                unit: try d.string(e["unit"] ?? .null, at + ".unit"), line: i + 1)
        }
        return list
    }
}
