import ArgumentParser
import CSatCore
import CSatHistory
import CSatXLSX
import Foundation

struct ActionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Write the improvement plan (整改计划) and the reply list (意见回复) of a wave.",
        discussion: """
            The plan lists, for the company and each project, the drivers to improve, the weakest questions and the \
            comment themes, each routed to a department ("departments" in the definition, or csat's own), with columns \
            for the owner, the deadline, the status (a dropdown) and the follow-up visit. The reply list names every form \
            with a comment or a dissatisfied answer, with its unit: customer service's list, never part of the \
            management outputs. --history adds each driver's index in the stored wave before this one and the change. --previous-actions reads last wave's filled-in plan and prints the share done per \
            department and per project. An existing workbook is never overwritten without --force. docs/ACTIONS.md.
            Example: csat actions --survey survey.json --roster roster.csv wave/*.csv --previous-actions last.xlsx -o 整改.xlsx
            """
    )

    @OptionGroup var wave: WaveOptions
    @Option(help: "Last wave's plan as the departments filled it in (the workbook csat actions wrote).")
    var previousActions: String?
    @Option(help: "A history file (csat history add): each driver row shows its index in the stored wave before this one, and the change.")
    var history: String?
    @Option(name: [.customShort("o"), .customLong("output")], help: "The workbook to write (.xlsx).") var output: String
    @Flag(help: "Overwrite an existing workbook (the departments may have filled it in).") var force = false
    @Option(help: "Language of the workbook and the printed table: zh or en (default: the survey's).") var lang: Language?

    func validate() throws {
        MessageLanguage.follow(option: lang)
    }

    func run() throws {
        MessageLanguage.follow(option: lang)
        guard output.lowercased().hasSuffix(".xlsx") else { throw InputError(file: output, message: .actionsOutputNotXLSX) }
        try refuse()
        let previous = try previousActions.map { p in try PreviousActions.read(path: Inputs.table(p), display: p) }
        let w = try wave.load()
        let survey = w.table.survey
        let stored = try history.map { h throws(InputError) in try HistoryRun.read(database: h, surveyID: survey.id, period: survey.period) }
        let prior = stored?.before
        if let history, prior == nil { Terminal.warning(Message.actionsNoEarlierWave(history, period: survey.period)) }
        let figures = try Scorer.figures(wave: w)
        for warning in CheckReport(wave: w).warnings { Terminal.warning(warning) }
        let calendar = try wave.holidays.map { try HolidayCalendar.read(Inputs.definition($0)) } ?? .builtIn()
        let language = lang ?? Language(code: w.table.survey.language)
        let plan = ActionPlan.build(
            wave: w, figures: figures, language: language, calendar: calendar, prior: prior)
        if let d = plan.deadline?.date, !calendar.covers(d.year) {
            Terminal.warning(Message.calendarUncovered([d.year], source: calendar.source.description))
        }
        try ActionsWorkbook.write(plan, previous: previous, to: output)
        if let previous {
            for warning in previous.warnings { Terminal.warning(warning) }
            Terminal.out(previous.text(language))
        }
        Terminal.note(Message.wroteActions(output, actions: plan.actions.count, replies: plan.replies.count).description + "\n")
    }

    /// The output never lands on an input; an existing one (perhaps filled in) is replaced only with --force.
    func refuse() throws {
        let target = URL(fileURLWithPath: output).standardizedFileURL.path
        let inputs = [wave.survey] + wave.responses + [wave.roster, wave.sample, previousActions, history].compactMap { $0 }
        if inputs.contains(where: { URL(fileURLWithPath: $0).standardizedFileURL.path == target }) {
            throw InputError(file: output, message: .outputIsAnInput)
        }
        try OutputFile.refuseNonRegular(output)
        if !force && FileManager.default.fileExists(atPath: output) { throw InputError(file: output, message: .actionsExists) }
    }
}
