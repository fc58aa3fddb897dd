import CSatCore
import CSatHistory
import CSatReport
import CSatXLSX
import Foundation

/// The command line's runs, called for a request: the same library calls as `csat check`,
/// `csat score`, `csat report` and `csat sample`, so a page and an endpoint answer what the command
/// prints (docs/WEB.md). The work runs on Dispatch's threads, off the server's event loops, so the
/// server keeps answering while a large wave is scored.
enum Pipeline {
    /// Runs `body` on a thread of its own and waits for it without holding a server thread.
    static func offLoop<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { c in
            DispatchQueue.global(qos: .userInitiated).async { c.resume(with: Result { try body() }) }
        }
    }

    /// Output files go into place through one process-wide transaction (`OutputFile`), so two
    /// requests write their outputs one after the other; reading and scoring run side by side.
    static let writing = NSLock()

    /// A definition chosen on the page: an uploaded one, or a built-in template written into the
    /// request's folder.
    static func definition(_ form: UploadedForm, folder: String, language: Language) throws(InputError) -> (path: String, name: String)? {
        if let up = form.file("survey") { return (up.path, up.name) }
        guard let template = form.text("template") else { return nil }
        let lang = form.text("templateLanguage") ?? language.rawValue
        let (_, bytes) = try Templates.survey(template, language: lang == "en" ? "en" : "zh")
        let path = folder + "/template-survey.json"
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
            throw InputError(file: path, message: .cannotWrite(.theOutput, reason: String(cString: strerror(errno))))
        }
        return (path, "\(template).json")
    }

    struct WaveFiles: Sendable {
        var survey: String
        var forms: [String]
        var roster: String?
        var sample: String?
        var previous: [String]
    }

    static func waveFiles(_ form: UploadedForm, folder: String, language: Language) throws(InputError) -> WaveFiles? {
        guard let survey = try definition(form, folder: folder, language: language)?.path else { return nil }
        let forms = form.files("forms").map(\.path)
        guard !forms.isEmpty else { return nil }
        return WaveFiles(
            survey: survey, forms: forms, roster: form.file("roster")?.path, sample: form.file("sample")?.path,
            previous: form.files("previous").map(\.path))
    }

    /// Why `waveFiles` found no wave in a request.
    static func whatIsMissing(_ form: UploadedForm) -> Message {
        form.file("survey") == nil && form.text("template") == nil ? .webNoDefinition : .webNoForms
    }

    static func load(_ f: WaveFiles) throws(InputError) -> Wave {
        try Wave.load(survey: f.survey, responses: f.forms, roster: f.roster, sample: f.sample)
    }

    /// What `csat check --json` prints.
    static func checkJSON(_ w: Wave) -> String { JSONWriter.write(CheckReport(wave: w).json) }

    /// What `csat score --json` prints (without `--history`).
    static func scoreJSON(_ w: Wave, previous: Wave?) throws(InputError) -> String {
        let figures = try Scorer.figures(wave: w, previous: previous, prior: nil)
        return JSONWriter.write(figures.json(check: CheckReport(wave: w)))
    }

    static func previous(_ f: WaveFiles) throws(InputError) -> Wave? {
        f.previous.isEmpty ? nil : try Wave.loadPrevious(survey: f.survey, responses: f.previous, roster: f.roster)
    }

    /// The whole wave for the pages: check, figures, workbook and report (with the trend when the
    /// server has a history file holding this survey).
    static func wave(
        _ f: WaveFiles, names: FileNames, output: String, language: Language, keyPath: String, database: String?,
        store: Bool = false, replace: Bool = false
    ) throws(InputError) -> WaveRun.Made {
        let w = try load(f)
        let prev = try previous(f)
        let check = names.shownInJSON(checkJSON(w))
        let score = names.shownInJSON(try scoreJSON(w, previous: prev))
        let survey = w.table.survey
        var stored: HistoryRun.Stored? = nil
        if let database, let store = try? HistoryStore(path: database, create: false), (try? store.surveyID()) == survey.id {
            stored = try HistoryRun.read(database: database, surveyID: survey.id, period: survey.period)
        }
        var request = ReportRun.Request(
            wave: w, previous: prev, folder: output, formats: [.xlsx, .md], language: language.rawValue, template: nil,
            includeData: true, showUnits: false, keyPath: keyPath, surveyPath: f.survey, samplePath: f.sample)
        request.history = stored?.stored
        request.prior = stored?.prior
        writing.lock()
        defer { writing.unlock() }
        let result = try ReportRun.run(request)
        // "Store this wave in the history": what `csat history add` does, after the outputs are made.
        var storedAs: String? = nil
        if store, let database {
            storedAs = try HistoryRun.add(
                wave: w, database: database, surveyPath: f.survey, period: nil, replace: replace, keyPath: keyPath).period
        }
        let (checkPath, scorePath) = (output + "/.check.json", output + "/.score.json")
        for (path, text) in [(checkPath, check), (scorePath, score)] {
            guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
                throw InputError(file: path, message: .cannotWrite(.theOutput, reason: String(cString: strerror(errno))))
            }
        }
        return WaveRun.Made(
            title: survey.title, surveyID: survey.id, period: survey.period, checkPath: checkPath, scorePath: scorePath,
            written: result.written, storedAs: storedAs)
    }

    struct SampleMade: Sendable {
        var plan: String
        var warnings: [String]
        var files: [String]
        var rows: Int
    }

    /// `csat sample --roster R [--survey S] --seed … -o <output>/sample.xlsx`.
    static func sample(_ form: UploadedForm, output: String, language: Language, version: String) throws(InputError) -> SampleMade {
        guard let roster = form.file("roster") else { throw InputError(file: "roster", message: .webMissingFile("roster")) }
        let definition = try form.file("survey").map { up throws(InputError) in try SurveyLoader.load(path: up.path) }
        let rules = definition?.rules ?? SamplingRules()
        func number(_ field: String) throws(InputError) -> Double? {
            guard let t = form.text(field) else { return nil }
            guard let v = Double(t) else { throw InputError(file: field, message: .webNotANumber(field, t)) }
            return v
        }
        let rate = try number("rate") ?? rules.minSampleRate
        let min = try number("min").map { Int($0) } ?? rules.minSampleCount
        let reserve = try number("reserve") ?? 0.1
        if let problem = SampleOptions.problem(rate: rate, minCount: min, reserveRate: reserve) {
            throw InputError(file: problem.option, message: problem.message)
        }
        let strata = (form.fields["strata"] ?? "building").split(separator: ",").map { CellValues.trim(String($0)) }
            .filter { !$0.isEmpty }
        let seed = form.text("seed")
        let options = SampleOptions(rate: rate, minCount: min, reserveRate: reserve)
        let request = SampleRun.Request(
            rosterPath: roster.path, survey: definition, strata: strata, options: options,
            seed: seed ?? SampleKey.freshSeed(), seedGenerated: seed == nil, include: nil, exclude: nil)
        let drawn = try SampleRun.draw(request)
        var manifest = SampleRun.manifest(request, drawn, listFile: "sample.csv", csatVersion: version)
        manifest.rosterFile = roster.name
        let csv = output + "/sample.csv"
        let files = [csv, output + "/sample.xlsx", output + "/sample.manifest.json"]
        writing.lock()
        defer { writing.unlock() }
        try OutputFile.transaction { () throws(InputError) in
            try OutputFile.createFolder(output)
            try drawn.table.writeCSV(to: csv)
            try SampleListWorkbook.write(drawn.table, to: files[1], language: language)
            try manifest.write(to: files[2])
        }
        let plan = SamplePlanText.render(
            drawn.result.plans, seed: request.seed, seedGenerated: request.seedGenerated, options: options,
            strata: request.strata, vacantColumn: .some(drawn.columns.vacant), language: language)
        return SampleMade(plan: plan, warnings: drawn.result.warnings.map(\.description), files: files, rows: drawn.table.count)
    }

    /// `csat sample --verify LIST --roster R`, the manifest placed beside the list as the command expects.
    static func verify(_ form: UploadedForm, folder: String) throws(InputError) -> SampleVerification {
        guard let list = form.file("list") else { throw InputError(file: "list", message: .webMissingFile("list")) }
        guard let manifest = form.file("manifest") else { throw InputError(file: "manifest", message: .webMissingFile("manifest")) }
        guard let roster = form.file("roster") else { throw InputError(file: "roster", message: .webMissingFile("roster")) }
        let beside = SampleManifest.path(forList: list.path)
        if rename(manifest.path, beside) != 0 {
            throw InputError(file: manifest.name, message: .cannotWrite(.theOutput, reason: String(cString: strerror(errno))))
        }
        return try SampleVerification.run(listPath: list.path, rosterPath: roster.path)
    }
}
