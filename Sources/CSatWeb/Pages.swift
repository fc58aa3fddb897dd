import CSatCore
import CSatHistory
import Foundation
import HTTPTypes
import Hummingbird
import Mustache

/// Renders the pages from their templates, and the plain answers (JSON, text, redirects).
enum Pages {
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for (name, text) in PageTemplates.all {
            // The templates are csat's own: one that does not parse is a bug caught by every test.
            library.register(try! MustacheTemplate(string: text), named: name)
        }
        return library
    }()

    enum Tab: String { case waves, new, sample, none }

    static func page(
        _ name: String, title: String, tab: Tab = .none, context: WebContext, values: [String: Any],
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let w = words(context.language)
        var values = values
        values["w"] = w
        values["csrf"] = context.csrf
        let body = library.render(values, withTemplate: name) ?? ""
        let layout: [String: Any] = [
            "w": w, "lang": context.language == .en ? "en" : "zh-CN", "title": title, "csrf": context.csrf,
            "page": name, "body": body, "otherLang": context.language == .en ? "zh" : "en", "loggedIn": context.loggedIn,
            "onWaves": tab == .waves, "onNew": tab == .new, "onSample": tab == .sample,
        ]
        return html(status, library.render(layout, withTemplate: "layout") ?? "")
    }

    /// The words as a dictionary for the templates (`{{w.checkTitle}}`).
    static func words(_ language: Language) -> [String: String] {
        var d: [String: String] = [:]
        for child in Mirror(reflecting: WebWords.of(language)).children {
            if let label = child.label, let value = child.value as? String { d[label] = value }
        }
        return d
    }

    static func html(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func json(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text + "\n")))
    }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    /// `{"error": "…"}`: the message as the command line prints it after `csat: error: `.
    static func errorJSON(_ status: HTTPResponse.Status, _ message: String) -> Response {
        json(status, JSONWriter.write(.obj([("error", .string(message))])))
    }

    static func problem(_ status: HTTPResponse.Status, _ message: String, back: String, context: WebContext) -> Response {
        let w = WebWords.of(context.language)
        let heading = status == .contentTooLarge ? w.tooLarge : status == .notFound ? w.notFound : w.errorTitle
        return page(
            "error", title: heading, context: context, values: ["heading": heading, "message": message, "back": back],
            status: status)
    }
}

// MARK: - The page values, from the JSON that the endpoints answer

extension Pages {
    static func parse(_ json: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any] ?? [:]
    }

    static func int(_ v: Any?) -> Int? { (v as? NSNumber)?.intValue }
    static func double(_ v: Any?) -> Double? {
        guard let n = v as? NSNumber, !(v is NSNull) else { return nil }
        return n.doubleValue
    }
    static func bool(_ v: Any?) -> Bool? { (v as? NSNumber).map(\.boolValue) }

    static func interval(_ v: Any?, rate: Bool = false) -> String {
        guard let a = v as? [Any], a.count == 2, let lo = double(a[0]), let hi = double(a[1]) else { return "—" }
        return rate ? "\(Rounding.rateText(lo)) – \(Rounding.rateText(hi))" : "\(Rounding.indexText(lo)) – \(Rounding.indexText(hi))"
    }

    /// A page lists at most this many invalid forms, or comments of a theme; the workbook has them all.
    static let listLimit = 2000

    static func checkValues(_ run: WaveRun, language: Language) -> [String: Any] {
        let text = run.checkJSON
        let c = parse(text)
        let w = WebWords.of(language)
        let forms = c["forms"] as? [String: Any] ?? [:]
        // The reasons in the order check prints them (JSONSerialization loses the object's order).
        let reasons = orderedKeys(text, object: "reasons").compactMap { key -> [String: Any]? in
            guard let n = int((forms["reasons"] as? [String: Any])?[key]) else { return nil }
            return ["label": ReasonSet.label(key, language: language.rawValue), "count": n]
        }
        let coverage = (c["coverage"] as? [[String: Any]] ?? []).map { p -> [String: Any] in
            let verdicts = [bool(p["pass"]), bool(p["returnPass"]), bool(p["handOutPass"])].compactMap { $0 }
            let status = verdicts.isEmpty ? "na" : verdicts.allSatisfy { $0 } ? "pass" : "fail"
            return [
                "project": p["project"] as? String ?? "", "population": int(p["population"]).map(String.init) ?? "—",
                "sampled": int(p["sampled"]).map(String.init) ?? "—", "returned": int(p["returned"]).map(String.init) ?? "—",
                "valid": int(p["valid"]).map(String.init) ?? "—", "required": int(p["required"]).map(String.init) ?? "—",
                "handedOut": int(p["handedOut"]).map(String.init) ?? "—",
                "returnRate": Rounding.rateText(double(p["returnRate"])), "handOutRate": Rounding.rateText(double(p["handOutRate"])),
                "status": status, "result": status == "na" ? w.notApplicable : status == "pass" ? w.pass : w.fail,
            ]
        }
        let allInvalid = c["invalidForms"] as? [[String: Any]] ?? []
        let invalid = allInvalid.prefix(listLimit).map { f -> [String: Any] in
            [
                "form": f["form"] as? String ?? "", "project": f["project"] as? String ?? "",
                "location": f["location"] as? String ?? "",
                "reasons": (f["reasons"] as? [String] ?? []).map { ReasonSet.label($0, language: language.rawValue) }.joined(separator: language == .en ? ", " : "、"),
            ]
        }
        let warnings = c["warnings"] as? [String] ?? []
        return [
            "id": run.id, "title": run.made.title, "period": run.made.period,
            "stored": run.made.storedAs.map { w.storedNote($0) } ?? "",
            "read": int(forms["read"]) ?? 0, "valid": int(forms["valid"]) ?? 0, "invalid": int(forms["invalid"]) ?? 0,
            "reasons": reasons, "hasReasons": !reasons.isEmpty, "coverage": coverage, "invalidForms": invalid,
            "warnings": warnings, "hasWarnings": !warnings.isEmpty, "files": c["files"] as? [[String: Any]] ?? [],
            "moreInvalid": allInvalid.count > listLimit ? w.more(allInvalid.count - listLimit) : "",
        ]
    }

    static func figuresValues(_ run: WaveRun, language: Language) -> [String: Any] {
        let s = parse(run.scoreJSON)
        let w = WebWords.of(language)
        let labels = ReportLabels.of(language.rawValue)
        let overall = s["overall"] as? [String: Any] ?? [:]
        let drivers = (s["drivers"] as? [[String: Any]] ?? []).map { d -> [String: Any] in
            let q = (d["quadrant"] as? String).flatMap(Figures.Quadrant.init(rawValue:))
            return [
                "name": d["name"] as? String ?? "", "weight": Rounding.coefficientText(double(d["weight"])),
                "index": Rounding.indexText(double(d["index"])), "indexValue": double(d["index"]).map { "\($0)" } ?? "",
                "indexCI": interval(d["indexCI"]), "rate": Rounding.rateText(double(d["rate"])),
                "importance": Rounding.coefficientText(double(d["importance"])), "quadrant": q?.rawValue ?? "none",
                "quadrantLabel": labels.quadrantLabel(q),
            ]
        }
        // Ranked by index, highest first; a project without an index last, by name.
        let ranked = (s["projects"] as? [[String: Any]] ?? []).sorted {
            switch (double($0["index"]), double($1["index"])) {
            case let (a?, b?): a != b ? a > b : ($0["project"] as? String ?? "") < ($1["project"] as? String ?? "")
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): ($0["project"] as? String ?? "") < ($1["project"] as? String ?? "")
            }
        }
        let projects = ranked.enumerated().map { i, p -> [String: Any] in
            [
                "rank": double(p["index"]) == nil ? "—" : "\(i + 1)", "project": p["project"] as? String ?? "",
                "n": int(p["n"]) ?? 0, "index": Rounding.indexText(double(p["index"])),
                "indexValue": double(p["index"]).map { "\($0)" } ?? "", "indexCI": interval(p["indexCI"]),
                "rate": Rounding.rateText(double(p["rate"])),
            ]
        }
        // Comments by theme: a comment with two themes is under both; one with none under 其他.
        var byTheme: [String: [[String: Any]]] = [:]
        var order: [String] = []
        for c in s["comments"] as? [[String: Any]] ?? [] {
            let themes = c["themes"] as? [String] ?? []
            for t in themes.isEmpty ? [w.unthemed] : themes {
                if byTheme[t] == nil { order.append(t) }
                byTheme[t, default: []].append(["project": c["project"] as? String ?? "", "text": c["text"] as? String ?? ""])
            }
        }
        let themes = order.map { t -> [String: Any] in
            let all = byTheme[t]!
            return [
                "theme": t, "count": all.count, "comments": Array(all.prefix(listLimit)),
                "more": all.count > listLimit ? w.more(all.count - listLimit) : "",
            ]
        }
            .sorted { ($0["theme"] as! String == w.unthemed ? 1 : 0, -($0["count"] as! Int)) < ($1["theme"] as! String == w.unthemed ? 1 : 0, -($1["count"] as! Int)) }
        let files = run.downloads.keys.sorted()
        let downloads = files.filter { !$0.hasSuffix(".svg") }.map { f -> [String: Any] in
            let isBook = f.hasSuffix(".xlsx")
            return ["id": run.id, "file": f, "kind": isBook ? "workbook" : "report", "label": isBook ? w.workbook : w.report]
        }
        let charts = files.filter { $0.hasSuffix(".svg") }.map { f -> [String: Any] in
            let label =
                f.hasSuffix("-quadrants.svg") ? w.quadrantChart : f.hasSuffix("-drivers.svg") ? w.driversChart
                : f.hasSuffix("-projects.svg") ? w.projectsChart : f.hasSuffix("-trend.svg") ? w.trendChart : w.chart
            return ["id": run.id, "file": f, "label": label]
        }
        return [
            "id": run.id, "title": run.made.title, "period": run.made.period,
            "index": Rounding.indexText(double(overall["index"])), "indexValue": double(overall["index"]).map { "\($0)" } ?? "",
            "indexCI": interval(overall["indexCI"]), "rate": Rounding.rateText(double(overall["rate"])),
            "rateValue": double(overall["rate"]).map { "\($0)" } ?? "", "rateCI": interval(overall["rateCI"], rate: true),
            "n": int(overall["n"]) ?? 0, "drivers": drivers, "projects": projects, "themes": themes,
            "downloads": downloads, "charts": charts,
        ]
    }

    /// The keys of the first object named `object` in csat's JSON text, in their order there.
    static func orderedKeys(_ json: String, object: String) -> [String] {
        guard let top = try? JSONParser.parse(Array(json.utf8), file: "") else { return [] }
        func find(_ v: JSONValue) -> [String]? {
            switch v {
            case .object(let o):
                for (k, v) in o.members {
                    if k == object, case .object(let inner) = v { return inner.keys }
                    if let found = find(v) { return found }
                }
                return nil
            case .array(let items):
                for i in items { if let found = find(i) { return found } }
                return nil
            default: return nil
            }
        }
        return find(top) ?? []
    }

    static func wavesValues(database: String?, language: Language) throws(InputError) -> [String: Any] {
        guard let database else { return ["database": false] }
        guard FileManager.default.fileExists(atPath: database) else {
            return ["database": true, "surveyID": "—", "waves": [[String: Any]](), "hasWaves": false]
        }
        let store = try HistoryStore(path: database, create: false)
        let list = try store.list()
        let indices = list.map(\.index)
        let rows = list.enumerated().map { i, s -> [String: Any] in
            let (points, last) = spark(Array(indices[...i]))
            return [
                "period": s.period, "read": s.formsRead, "valid": s.formsValid, "index": Rounding.indexText(s.index),
                "indexValue": s.index.map { "\($0)" } ?? "", "rate": Rounding.rateText(s.rate),
                "rateValue": s.rate.map { "\($0)" } ?? "",
                "interval": s.indexCI.map { "\(Rounding.indexText($0.low)) – \(Rounding.indexText($0.high))" } ?? "—",
                "spark": points, "lastX": last.x, "lastY": last.y, "added": s.added,
            ]
        }
        return ["database": true, "surveyID": try store.surveyID() ?? "—", "waves": rows, "hasWaves": !rows.isEmpty]
    }

    /// The index series up to a wave as a polyline in a 120×28 box (the scale is the series' own
    /// range, at least 5 points, so that small moves show without looking large).
    static func spark(_ series: [Double?]) -> (points: String, last: (x: String, y: String)) {
        let values = series.compactMap { $0 }
        guard let lo0 = values.min(), let hi0 = values.max() else { return ("", ("0", "0")) }
        let mid = (lo0 + hi0) / 2
        let half = max((hi0 - lo0) / 2, 2.5)
        let (lo, hi) = (mid - half, mid + half)
        let step = series.count > 1 ? 112.0 / Double(series.count - 1) : 0
        var pts: [String] = []
        var last = ("4", "14")
        for (i, v) in series.enumerated() {
            guard let v else { continue }
            let x = 4 + step * Double(i)
            let y = 24 - (v - lo) / (hi - lo) * 20
            last = (Rounding.fixed(x, digits: 1), Rounding.fixed(y, digits: 1))
            pts.append("\(last.0),\(last.1)")
        }
        return (pts.joined(separator: " "), (last.0, last.1))
    }
}
