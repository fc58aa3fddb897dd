import ArgumentParser
import CSatCore
import CSatHistory

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Compute every figure: index and rate, drivers, questions, segments, wave change.",
        discussion: """
            Prints all figures as JSON on stdout (docs/SPEC.md "csat score --json"): numbers unrounded, \
            a figure that cannot be computed is null. JSON is score's only output, so it is printed with \
            or without --json; for a workbook or a report to read, use csat report.
            Example: csat score --survey survey.json --roster roster.csv wave/*.csv --previous last/*.csv --json
            """
    )

    @OptionGroup var wave: WaveOptions
    @Option(parsing: .upToNextOption, help: "Responses of the previous wave (same definition), for the comparison.")
    var previous: [String] = []
    @Option(help: "A history file (csat history add): adds the series of every stored wave, and marks each project against its stored previous wave.")
    var history: String?
    @Flag(help: "Print JSON: the default and only output of score (kept so that scripts passing it keep working).")
    var json = false

    func run() throws {
        let w = try wave.load()
        // The check's lists (invalid forms, coverage) need only the validity: made on the second
        // core while the figures are computed (docs/PERFORMANCE.md, "Fourth round").
        let checking = Background { () throws(Never) in CheckReport(wave: w) }
        let prev = try previous.isEmpty ? nil : wave.loadPrevious(previous)
        let survey = w.table.survey
        let stored = try history.map { h throws(InputError) in try HistoryRun.read(database: h, surveyID: survey.id, period: survey.period) }
        var figures = try Scorer.figures(wave: w, previous: prev, prior: prev == nil ? stored?.prior : nil)
        if let stored { figures.trend = Trend(stored: stored.stored, current: figures, wave: w) }
        PhaseProbe.mark("figures")
        let check = checking.value()
        for warning in check.warnings { Terminal.warning(warning) }
        PhaseProbe.mark("report")
        Terminal.json(figures.json(check: check))
        PhaseProbe.mark("output")
    }
}
