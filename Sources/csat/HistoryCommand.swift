import ArgumentParser
import CSatCore
import CSatHistory
import Foundation

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Keep every scored wave in one SQLite file, for the trend across waves.",
        discussion: """
            One file per company (docs/HISTORY.md). csat report --history and csat score --history read it.
            Example: csat history add --db history.sqlite --survey survey.json --roster roster.csv wave/*.csv
            """,
        subcommands: [HistoryAdd.self, HistoryList.self, HistoryRemove.self]
    )
}

struct HistoryAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Score a wave and store its figures and its valid forms (units pseudonymised).",
        discussion: """
            The period is the definition's "period" (or --period). A stored period is refused unless --replace.
            Example: csat history add --db history.sqlite --survey survey.json --roster roster.csv wave/*.csv
            """
    )

    @Option(help: "The history file (made when missing).") var db: String
    @OptionGroup var wave: WaveOptions
    @Option(help: "Store the wave under this period instead of the definition's (e.g. 2025H2).") var period: String?
    @Flag(help: "Replace the stored wave of the same period.") var replace = false
    @Option(
        help: ArgumentHelp(
            "The company key for the units' pseudonyms (default: csat.key beside the survey definition; made when missing).",
            valueName: "file"))
    var key: String?

    func run() throws {
        let w = try wave.load()
        let added = try HistoryRun.add(
            wave: w, database: db, surveyPath: wave.survey, period: period, replace: replace, keyPath: key)
        for m in added.warnings { Terminal.warning(m) }
        if let key = added.newKey { Terminal.warning(key.madeMessage) }
        Terminal.note(
            Message.historyAdded(added.period, forms: added.validForms, replaced: added.replaced, path: db).description
                + "\n")
    }
}

struct HistoryList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the stored waves: forms, index with its interval, rate.")

    @Option(help: "The history file.") var db: String

    func run() throws {
        let waves = try HistoryStore(path: db, create: false).list()
        guard !waves.isEmpty else {
            Terminal.out(Message.historyEmptyList.description + "\n")
            return
        }
        let header = Message.historyListHeader.description.split(separator: "\t").map(String.init)
        var table = TextTable(header: header, align: [.left, .right, .right, .right, .right, .right, .left])
        for w in waves {
            let ci = w.indexCI.map { String(format: "%.1f–%.1f", $0.low, $0.high) } ?? "—"
            table.add([
                w.period, "\(w.formsRead)", "\(w.formsValid)", w.index.map { String(format: "%.1f", $0) } ?? "—", ci,
                w.rate.map { String(format: "%.1f%%", $0 * 100) } ?? "—", w.added,
            ])
        }
        Terminal.out(table.render(indent: ""))
    }
}

struct HistoryRemove: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove a stored wave (its figures and its forms).")

    @Option(help: "The history file.") var db: String
    @Argument(help: "The period to remove, e.g. 2025H2.") var period: String

    func run() throws {
        try HistoryStore(path: db, create: false).remove(period: period)
        Terminal.note(Message.historyRemoved(period, path: db).description + "\n")
    }
}
