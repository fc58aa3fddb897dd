import ArgumentParser
import CSatCore
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a survey definition from a template, or draft one from a platform download.",
        discussion: """
            Examples: csat init --template residential --lang zh -o survey.json
                      csat init --from 问卷星下载.csv -o survey.json
            With --from, the questions come from the download's header, their scales from the answers, and \
            csat prints what it guessed and what is still to decide (docs/IMPORT.md "Drafting a definition").
            """
    )

    enum Template: String, ExpressibleByArgument, CaseIterable { case residential, office, commercial }

    @Option(help: "The template (default residential).") var template: Template?
    @Option(
        help: "Language of the questions; with --from, of the definition and its default drivers' names (default: the headers').")
    var lang: Language?
    @Option(
        help: ArgumentHelp(
            "Draft the definition from a platform download (问卷星 CSV, XLSX or JSON, as downloaded).", valueName: "download"))
    var from: String?
    @Option(help: ArgumentHelp("With --from: the worksheet of an .xlsx download.", valueName: "name")) var sheet: String?
    @Option(name: .shortAndLong, help: "Where to write the definition (- for standard output).") var output: String
    @Flag(help: "Overwrite an existing file.") var force = false
    @Option(
        help: ArgumentHelp(
            "The wave, e.g. 2026H2 (default: the coming one: January–June is the year's H1, July–December its H2).",
            valueName: "period"))
    var period: String?

    func validate() throws {
        MessageLanguage.follow(option: lang)
        if from != nil && template != nil {
            throw ValidationError(Message.fromOrTemplate.description)
        }
        if sheet != nil && from == nil { throw ValidationError(Message.sheetNeedsFrom.description) }
    }

    func run() throws {
        if let from {
            try draft(from)
            return
        }
        let template = template ?? .residential, lang = lang ?? .zh
        let source = try Templates.survey(template.rawValue, language: lang.rawValue)
        let wave = period ?? WavePeriod.coming()
        let text = WavePeriod.replacing(in: String(decoding: source.bytes, as: UTF8.self), with: wave)
        // Load it through the same checks as a user's definition: a broken template or period is never handed out.
        _ = try SurveyLoader.load(bytes: Array(text.utf8), file: period == nil ? source.name : "--period")
        try write(Data(text.utf8))
        MessageLanguage.follow(definition: lang.rawValue)  // the note in the language of the definition just written
        Terminal.note(
            Message.wroteDefinition(output, template: template.rawValue, language: lang.rawValue, period: wave).description + "\n")
    }

    /// `--from`: reads the whole download before anything is written; the printout goes to stderr.
    func draft(_ from: String) throws {
        if output != "-" && URL(fileURLWithPath: output).standardizedFileURL == URL(fileURLWithPath: from).standardizedFileURL {
            throw InputError(file: output, message: .outputIsTheDownload)
        }
        try refuseOverwrite()
        let draft = try DraftDefinition.draft(from: Inputs.table(from), sheet: sheet, language: lang?.rawValue)
        try write(Data(try draft.text().utf8))
        // The printout in the draft's language, as a command that reads the definition would speak.
        MessageLanguage.follow(definition: draft.language)
        Terminal.note(draft.summary(output: output == "-" ? Message.standardOutput.description : output))
    }

    func refuseOverwrite() throws {
        if output != "-" { try OutputFile.refuseNonRegular(output) }
        if output != "-" && FileManager.default.fileExists(atPath: output) && !force {
            throw InputError(file: output, message: .outputExists)
        }
    }

    func write(_ data: Data) throws {
        if output == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        try refuseOverwrite()
        try OutputFile.write(data, to: output)
    }
}
