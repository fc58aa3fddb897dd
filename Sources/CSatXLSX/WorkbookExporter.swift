internal import CLibXLSXWriter
import CSatCore

/// The workbook management reads (SPEC.md "Outputs"): every sheet in the
/// spec's order, named and headed in the report language, rendered from the
/// report model so that every number is `csat score --json`'s, rounded as
/// `Rounding` rounds it, and stored as shown.
///
/// The same inputs give the same bytes: the creation date comes from the
/// survey's period (`FixedDate`), formats and charts are created in a fixed
/// order, and libxlsxwriter dates the zip entries 1980.
public enum WorkbookExporter {
    /// `progress` hears how many Data rows are written (a million take a minute, mostly zlib).
    public static func write(
        _ model: ReportModel, to path: String, includeData: Bool, progress: ProgressHandler? = nil
    ) throws(InputError) {
        try write(model, to: path, includeData: includeData, rowsPerDataSheet: DataSheet.maxRows, progress: progress)
    }

    /// Writes the workbook in two steps, for `csat report`: first the long lists of `lists`
    /// (Invalid forms, Comments), then asks `model` for the figures (the caller computes them on
    /// the other core meanwhile) and writes every other sheet. When `model` throws, nothing is
    /// written and its error is thrown as it was.
    public static func write(
        _ lists: ReportLists, model: () throws(InputError) -> ReportModel, to path: String, includeData: Bool,
        progress: ProgressHandler? = nil
    ) throws(InputError) {
        try write(
            lists, model: model, to: path, includeData: includeData, rowsPerDataSheet: DataSheet.maxRows,
            progress: progress)
    }

    static func write(
        _ model: ReportModel, to path: String, includeData: Bool, rowsPerDataSheet: Int, progress: ProgressHandler? = nil
    ) throws(InputError) {
        var lists = model.lists
        lists.withTrend = model.trend != nil
        try write(
            lists, model: { model }, to: path, includeData: includeData, rowsPerDataSheet: rowsPerDataSheet,
            progress: progress)
    }

    /// `rowsPerDataSheet` is Excel's limit except in tests, which split a small Data sheet to see it continue.
    static func write(
        _ lists: ReportLists, model makeModel: () throws(InputError) -> ReportModel, to path: String, includeData: Bool,
        rowsPerDataSheet: Int, progress: ProgressHandler? = nil
    ) throws(InputError) {
        var modelError: InputError? = nil
        do {
            try WorkbookHandle.write(to: path) { workbook throws(WorkbookFailure) in
                let frame = SheetFrame(lists: lists, workbook: workbook)
                let l = frame.labels
                try workbook.setProperties(
                    title: lists.title, subject: frame.words.subject(lists.period), author: "csat",
                    keywords: "\(lists.surveyID) \(lists.period)",
                    created: FixedDate.created(period: lists.period))
                try workbook.setCustomProperty("Survey", lists.surveyID)
                try workbook.setCustomProperty("Period", lists.period)

                // Sheets are created in SPEC order (creation order is tab order) and filled in any
                // order: the long lists (Invalid forms, Comments, Data) stream in constant-memory
                // mode, the others are in normal mode for their charts.
                let summary = try workbook.addSheet(l.sheetSummary)
                let drivers = try workbook.addSheet(l.sheetDrivers)
                let questions = try workbook.addSheet(l.sheetQuestions)
                let segments = try workbook.addSheet(l.sheetSegments)
                let trendSheet = try lists.withTrend ? workbook.addSheet(TrendWords.of(lists.language).sheet) : nil
                let coverage = try workbook.addSheet(l.sheetCoverage)
                let invalid = try workbook.addSheet(l.sheetInvalid, constantMemory: true)
                let comments = try workbook.addSheet(l.sheetComments, constantMemory: true)
                try InvalidFormsSheet.write(frame, lists, invalid)
                try CommentsSheet.write(frame, lists, comments)

                let model: ReportModel
                do throws(InputError) {
                    model = try makeModel()
                } catch {
                    modelError = error
                    throw WorkbookFailure(message: error.message)
                }
                var data: [SheetWriter] = []
                if includeData {
                    let parts = DataSheet.sheetCount(forms: model.data.count, rowsPerSheet: rowsPerDataSheet)
                    for part in 1...parts {
                        data.append(
                            try workbook.addSheet(DataSheet.sheetName(l.sheetData, part: part), constantMemory: true))
                    }
                }
                let method = try workbook.addSheet(l.sheetMethod)

                let ctx = SheetContext(model: model, frame: frame)
                try SummarySheet.write(ctx, summary)
                try DriversSheet.write(ctx, drivers)
                try QuestionsSheet.write(ctx, questions)
                try SegmentsSheet.write(ctx, segments)
                if let trendSheet, let trend = model.trend { try TrendSheet.write(ctx, trendSheet, trend) }
                try CoverageSheet.write(ctx, coverage)
                if includeData { try DataSheet.write(ctx, data, rowsPerSheet: rowsPerDataSheet, progress: progress) }
                try MethodSheet.write(ctx, method)
                worksheet_activate(summary.sheet)
            }
        } catch {
            throw modelError ?? error
        }
    }
}
