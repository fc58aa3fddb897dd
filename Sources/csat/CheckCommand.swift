import ArgumentParser
import CSatCore

/// Options shared by check, score and report.
struct WaveOptions: ParsableArguments {
    @Option(help: "The survey definition (JSON).") var survey: String
    @Argument(
        help: ArgumentHelp(
            "Response files: CSV, XLSX, JSON or JSON Lines; - reads standard input.",
            discussion: "A pipe, FIFO or - is read once into a private temporary copy, up to CSAT_STREAM_LIMIT (default 2G)."))
    var responses: [String]
    @Option(help: "Household roster (CSV or XLSX): gives N per project and known units.") var roster: String?
    @Option(help: "Sample list from `csat sample`: forms outside it are off_sample.") var sample: String?
    @Option(help: "Read every response file as csv, xlsx, json or jsonl instead of guessing by extension.")
    var inputFormat: FormImporter.Format?
    @Option(help: "A holiday calendar (JSON) for the wave's working days instead of the built-in one (docs/CALENDAR.md).")
    var holidays: String?

    func validate() throws {
        if responses.isEmpty { throw ValidationError(Message.noResponseFiles.description) }
    }

    /// Loads the definition, roster, sample list and forms, and judges every form.
    func load() throws -> Wave {
        let bar = ProgressBar.handler()
        defer { bar?.0.finish() }
        return try Wave.load(
            survey: Inputs.definition(survey), responses: responses.map(Inputs.table), roster: roster.map(Inputs.table),
            sample: sample.map(Inputs.table), format: inputFormat, holidays: holidays.map(Inputs.definition),
            progress: bar?.1)
    }
}

extension FormImporter.Format: ExpressibleByArgument {}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Judge every form and check the sampling rule per project.",
        discussion: """
            Prints forms read / valid / invalid, counts per reason, every invalid form with its reasons, \
            and the coverage table per project.
            Example: csat check --survey survey.json --roster roster.csv --sample sample.csv wave/*.csv wave/*.json
            """
    )

    @OptionGroup var wave: WaveOptions
    @Flag(help: "Exit 1 when a project fails the coverage or return-rate rule, or a question has no column in a file.")
    var strict = false
    @Flag(help: "Print the result as JSON.") var json = false
    @Option(help: "Language of the text output: zh or en (default: the survey's).") var lang: Language?

    func validate() throws {
        MessageLanguage.follow(option: lang)
    }

    func run() throws {
        MessageLanguage.follow(option: lang)
        let w = try wave.load()
        let report = CheckReport(wave: w)
        PhaseProbe.mark("report")
        if json {
            Terminal.json(report.json)
        } else {
            Terminal.out(report.text(language: lang?.rawValue ?? w.table.survey.language))
        }
        PhaseProbe.mark("output")
        guard strict else { return }
        var failed = false
        if report.ruleFailed {
            let projects = report.coverage.filter { $0.pass == false || $0.returnPass == false }.map(\.project)
            Terminal.error(Message.strictRuleFailed(projects).description)
            failed = true
        }
        if let message = report.missingQuestionsMessage {
            Terminal.error(message.description)
            failed = true
        }
        if failed { throw ExitCode(1) }
    }
}

extension WaveOptions {
    /// The previous wave's forms, judged by the same rules except off_sample (SPEC.md "Validity").
    func loadPrevious(_ paths: [String]) throws -> Wave {
        let bar = ProgressBar.handler()
        defer { bar?.0.finish() }
        return try Wave.loadPrevious(
            survey: Inputs.definition(survey), responses: paths.map(Inputs.table), roster: roster.map(Inputs.table),
            format: inputFormat, progress: bar?.1)
    }
}
