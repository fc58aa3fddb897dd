import ArgumentParser
import CSatCore
import CSatHistory
import CSatReport
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the workbook and the Markdown report that management reads.",
        discussion: """
            Writes OUTDIR/<survey id>-<period>.xlsx and .md (with its SVG charts beside it).
            Example: csat report --survey survey.json --roster roster.csv --sample sample.csv wave/*.csv \\
              --previous last/*.csv -o out --format xlsx,md --lang zh
            """
    )

    @OptionGroup var wave: WaveOptions
    @Option(parsing: .upToNextOption, help: "Responses of the previous wave (same definition), for the comparison.")
    var previous: [String] = []
    @Option(help: "A history file (csat history add): adds the Trend sheet and the report's trend section, and marks each project against its stored previous wave.")
    var history: String?
    @Option(name: [.customShort("o"), .customLong("output")], help: "Folder for the outputs (created if missing); csat names the files in it <survey id>-<period>.xlsx and .md.")
    var outdir: String
    @Option(help: "Comma-separated: xlsx, md.") var format: String = "xlsx,md"
    @Option(help: "Report language: zh or en (default: the survey's).") var lang: Language?
    @Option(help: "A Mustache template for the Markdown report instead of templates/report.<lang>.md.mustache.")
    var template: String?
    @Flag(help: "Leave the Data sheet (one row per valid form) out of the workbook.") var noDataSheet = false
    @Flag(help: "Show real units instead of pseudonyms in the Data sheet.") var showUnits = false
    @Option(
        help: ArgumentHelp(
            "The company key for the units' pseudonyms (default: csat.key beside the survey definition; made when missing).",
            discussion: "Keep it with the roster and the sample list, never in the output folder; give the same key every wave.",
            valueName: "file"))
    var key: String?

    func formats() throws -> [ReportRun.Format] {
        do {
            return try ReportRun.formats(format)
        } catch {
            throw ValidationError(error.message.description)
        }
    }

    func validate() throws {
        MessageLanguage.follow(option: lang)
        _ = try formats()
        do {
            try ReportRun.checkFolder(outdir)
        } catch {
            throw ValidationError(error.message.description)
        }
    }

    func run() throws {
        MessageLanguage.follow(option: lang)
        let formats = try formats()
        let w = try wave.load()
        let prev = try previous.isEmpty ? nil : wave.loadPrevious(previous)
        let survey = w.table.survey
        let stored = try history.map { h throws(InputError) in try HistoryRun.read(database: h, surveyID: survey.id, period: survey.period) }
        let bar = formats.contains(.xlsx) ? ProgressBar.handler(unit: .rows) : nil
        defer { bar?.0.finish() }
        var request = ReportRun.Request(
            wave: w, previous: prev, folder: outdir, formats: formats, language: lang?.rawValue ?? w.table.survey.language,
            template: template, includeData: !noDataSheet, showUnits: showUnits, keyPath: key, surveyPath: wave.survey,
            samplePath: wave.sample)
        request.history = stored?.stored
        request.prior = stored?.prior
        let result = try ReportRun.run(request, warnings: { for m in $0 { Terminal.warning(m) } }, progress: bar?.1)
        bar?.0.finish()
        if let key = result.newKey { Terminal.warning(key.madeMessage) }
        Terminal.note(Message.wrote(result.written).description + "\n")
    }
}
