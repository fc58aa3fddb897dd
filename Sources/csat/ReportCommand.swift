import ArgumentParser
import CSatCore
import CSatMarkdown
import CSatXLSX
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

    enum Format: String, CaseIterable { case xlsx, md }

    @OptionGroup var wave: WaveOptions
    @Option(parsing: .upToNextOption, help: "Responses of the previous wave (same definition), for the comparison.")
    var previous: [String] = []
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

    func formats() throws -> [Format] {
        var result: [Format] = []
        for part in format.split(separator: ",").map({ String($0).trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            guard let f = Format(rawValue: part.lowercased()) else {
                throw ValidationError(Message.unknownFormat(part).description)
            }
            if !result.contains(f) { result.append(f) }
        }
        if result.isEmpty { throw ValidationError(Message.formatEmpty.description) }
        return result
    }

    func validate() throws {
        MessageLanguage.follow(option: lang)
        _ = try formats()
        try Self.checkFolder(outdir)
    }

    /// `-o` names a folder: csat names the files in it. A name that looks like a file (`-o 报告.xlsx`)
    /// would silently become a folder of that name, so it is refused unless that folder already exists.
    static func checkFolder(_ outdir: String) throws {
        let ext = (outdir as NSString).pathExtension.lowercased()
        guard ["xlsx", "xls", "xlsm", "md", "csv", "pdf", "docx", "doc", "html", "json", "txt"].contains(ext) else { return }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: outdir, isDirectory: &isFolder), isFolder.boolValue { return }
        throw ValidationError(Message.outputIsFolder(outdir).description)
    }

    func run() throws {
        MessageLanguage.follow(option: lang)
        let formats = try formats()
        let w = try wave.load()
        let prev = try previous.isEmpty ? nil : wave.loadPrevious(previous)
        // The figures are computed on the second core while this one makes the lists of invalid
        // forms and comments and writes them into the workbook: they need no figure (docs/PERFORMANCE.md).
        // The report takes its comments from the lists, so the figures leave them out.
        let figures = Background { () throws(InputError) in try Scorer.figures(wave: w, previous: prev, comments: []) }
        let lists = ReportLists(wave: w, language: lang?.rawValue ?? w.table.survey.language)
        for warning in lists.warnings { Terminal.warning(warning) }
        let base = (outdir as NSString).appendingPathComponent(lists.baseName)
        // The Data sheet is the only output that shows units; without it, no key is needed or made.
        let needsKey = formats.contains(.xlsx) && !noDataSheet && !showUnits
        let keyFile = try needsKey ? CompanyKeyFile.open(option: key, survey: wave.survey, outputFolder: outdir) : nil
        let units: UnitLabels = showUnits ? .shown : keyFile.map { .keyed(UnitPseudonyms(key: $0.key)) } ?? .omitted
        let (samplePath, template) = (wave.sample, template)
        let withMarkdown = formats.contains(.md)
        let report = Background { () throws(InputError) -> (ReportModel, MarkdownExporter.Prepared?) in
            let model = ReportModel.build(
                wave: w, figures: try figures.value(), lists: lists, units: units, samplePath: samplePath)
            // Rendered before anything is put in place: a template typo must not leave a new workbook behind.
            return (model, try withMarkdown ? MarkdownExporter.prepare(model, to: base + ".md", template: template) : nil)
        }
        var written: [String] = []
        // All files go into place together at the end, or none (a full disk, Ctrl-C, an error in
        // the figures or the template): docs/ERRORS.md.
        try OutputFile.transaction { () throws(InputError) in
            try OutputFile.createFolder(outdir)
            var markdown: MarkdownExporter.Prepared? = nil
            if formats.contains(.xlsx) {
                let bar = ProgressBar.handler(unit: .rows)
                defer { bar?.0.finish() }
                try WorkbookExporter.write(
                    lists,
                    model: { () throws(InputError) in
                        let (model, md) = try report.value()
                        markdown = md
                        return model
                    }, to: base + ".xlsx", includeData: !noDataSheet, progress: bar?.1)
                written.append(base + ".xlsx")
            } else {
                markdown = try report.value().1
            }
            if let markdown { written += try markdown.write() }
            try keyFile?.commit()
        }
        if let keyFile, keyFile.isNew { Terminal.warning(keyFile.madeMessage) }
        Terminal.note(Message.wrote(written).description + "\n")
    }
}
