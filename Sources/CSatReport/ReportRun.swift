import CSatCore
import CSatMarkdown
import CSatXLSX
import Foundation

/// `csat report` as a library call: from a loaded wave to the workbook and the Markdown report in
/// their folder, all put in place together or none (docs/ERRORS.md). The command parses options
/// and prints; `csat serve` (CSatWeb) calls the same run.
///
/// The figures are computed on the second core while this one makes the lists of invalid forms
/// and comments and writes them into the workbook: they need no figure (docs/PERFORMANCE.md).
public enum ReportRun {
    public enum Format: String, CaseIterable, Sendable { case xlsx, md }

    public struct Request: Sendable {
        public var wave: Wave
        public var previous: Wave?
        /// The folder for the outputs (created if missing).
        public var folder: String
        public var formats: [Format]
        /// `zh` or `en`: the survey's unless the user chose.
        public var language: String
        /// A Mustache template instead of the built-in report template.
        public var template: String?
        public var includeData: Bool
        public var showUnits: Bool
        /// `--key`, else csat.key beside `surveyPath`.
        public var keyPath: String?
        public var surveyPath: String
        public var samplePath: String?
        /// `--history`: the stored waves (the trend) and the one before this wave (the marks
        /// against each project's previous wave when no `previous` wave is given).
        public var history: [WaveRecord]? = nil
        public var prior: (period: String, projects: [ProjectFigures])? = nil

        public init(
            wave: Wave, previous: Wave?, folder: String, formats: [Format], language: String, template: String?,
            includeData: Bool, showUnits: Bool, keyPath: String?, surveyPath: String, samplePath: String?
        ) {
            self.wave = wave
            self.previous = previous
            self.folder = folder
            self.formats = formats
            self.language = language
            self.template = template
            self.includeData = includeData
            self.showUnits = showUnits
            self.keyPath = keyPath
            self.surveyPath = surveyPath
            self.samplePath = samplePath
        }
    }

    public struct Result: Sendable {
        /// The files written, in order.
        public var written: [String]
        /// The wave's validity and coverage warnings.
        public var warnings: [Message]
        /// The company key, when this run made it: say where, and that it must be kept.
        public var newKey: CompanyKeyFile?
    }

    /// A mistake in the options, not in a file (the command shows it as a usage error).
    public struct UsageError: Error, Sendable {
        public let message: Message
    }

    /// `xlsx,md` → the formats.
    public static func formats(_ text: String) throws(UsageError) -> [Format] {
        var result: [Format] = []
        for part in text.split(separator: ",").map({ String($0).trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            guard let f = Format(rawValue: part.lowercased()) else {
                throw UsageError(message: .unknownFormat(part))
            }
            if !result.contains(f) { result.append(f) }
        }
        if result.isEmpty { throw UsageError(message: .formatEmpty) }
        return result
    }

    /// The output folder: a name that looks like a file (`-o 报告.xlsx`) would silently become a
    /// folder of that name, so it is refused unless that folder already exists.
    public static func checkFolder(_ folder: String) throws(UsageError) {
        let ext = (folder as NSString).pathExtension.lowercased()
        guard ["xlsx", "xls", "xlsm", "md", "csv", "pdf", "docx", "doc", "html", "json", "txt"].contains(ext) else { return }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue { return }
        throw UsageError(message: .outputIsFolder(folder))
    }

    /// Writes the outputs. `warnings` is called with the wave's warnings before the slow part.
    public static func run(
        _ r: Request, warnings: ([Message]) -> Void = { _ in }, progress: ProgressHandler? = nil
    ) throws(InputError) -> Result {
        let (w, prev) = (r.wave, r.previous)
        // The report takes its comments from the lists, so the figures leave them out.
        let (history, prior) = (r.history, r.prior)
        let figures = Background { () throws(InputError) -> Figures in
            var f = try Scorer.figures(wave: w, previous: prev, comments: [], prior: prev == nil ? prior : nil)
            if let history { f.trend = Trend(stored: history, current: f, wave: w) }
            return f
        }
        var made = ReportLists(wave: w, language: r.language)
        made.withTrend = r.history != nil
        let lists = made
        warnings(lists.warnings)
        let base = (r.folder as NSString).appendingPathComponent(lists.baseName)
        // The Data sheet is the only output that shows units; without it, no key is needed or made.
        let needsKey = r.formats.contains(.xlsx) && r.includeData && !r.showUnits
        let keyFile =
            try needsKey ? CompanyKeyFile.open(option: r.keyPath, survey: r.surveyPath, outputFolder: r.folder) : nil
        let units: UnitLabels = r.showUnits ? .shown : keyFile.map { .keyed(UnitPseudonyms(key: $0.key)) } ?? .omitted
        let (samplePath, template, withMarkdown) = (r.samplePath, r.template, r.formats.contains(.md))
        let report = Background { () throws(InputError) -> (ReportModel, MarkdownExporter.Prepared?) in
            let model = ReportModel.build(
                wave: w, figures: try figures.value(), lists: lists, units: units, samplePath: samplePath)
            // Rendered before anything is put in place: a template typo must not leave a new workbook behind.
            return (model, try withMarkdown ? MarkdownExporter.prepare(model, to: base + ".md", template: template) : nil)
        }
        var written: [String] = []
        // All files go into place together at the end, or none (a full disk, Ctrl-C, an error in
        // the figures or the template).
        try OutputFile.transaction { () throws(InputError) in
            try OutputFile.createFolder(r.folder)
            var markdown: MarkdownExporter.Prepared? = nil
            if r.formats.contains(.xlsx) {
                try WorkbookExporter.write(
                    lists,
                    model: { () throws(InputError) in
                        let (model, md) = try report.value()
                        markdown = md
                        return model
                    }, to: base + ".xlsx", includeData: r.includeData, progress: progress)
                written.append(base + ".xlsx")
            } else {
                markdown = try report.value().1
            }
            if let markdown { written += try markdown.write() }
            try keyFile?.commit()
        }
        return Result(written: written, warnings: lists.warnings, newKey: keyFile?.isNew == true ? keyFile : nil)
    }
}
