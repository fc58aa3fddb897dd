import ArgumentParser
import CSatCore

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Compute every figure: index and rate, drivers, questions, segments, wave change.",
        discussion: """
            Prints all figures as JSON on stdout (SPEC.md "csat score --json"): numbers unrounded, \
            a figure that cannot be computed is null.
            Example: csat score --survey survey.json --roster roster.csv wave/*.csv --previous last/*.csv --json
            """
    )

    @OptionGroup var wave: WaveOptions
    @Option(parsing: .upToNextOption, help: "Responses of the previous wave (same definition), for the comparison.")
    var previous: [String] = []
    @Flag(help: "Print JSON (the only output of score for now; reports come from `csat report`).") var json = false

    func validate() throws {
        if !json { throw ValidationError("score prints JSON: add --json (for a workbook or report use csat report)") }
    }

    func run() throws {
        let w = try wave.load()
        let prev = try previous.isEmpty ? nil : wave.loadPrevious(previous)
        let figures = try Scorer.figures(wave: w, previous: prev)
        let check = CheckReport(wave: w)
        for warning in check.warnings { Terminal.warning(warning) }
        Terminal.json(JSONWriter.write(figures.json(check: check)))
    }
}
