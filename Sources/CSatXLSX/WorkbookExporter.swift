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

    /// `rowsPerDataSheet` is Excel's limit except in tests, which split a small Data sheet to see it continue.
    static func write(
        _ model: ReportModel, to path: String, includeData: Bool, rowsPerDataSheet: Int, progress: ProgressHandler? = nil
    ) throws(InputError) {
        try WorkbookHandle.write(to: path) { workbook throws(WorkbookFailure) in
            let ctx = ReportContext(model: model, workbook: workbook)
            let l = ctx.labels
            try workbook.setProperties(
                title: model.title, subject: ctx.words.subject(model.period), author: "csat",
                keywords: "\(model.surveyID) \(model.period)",
                created: FixedDate.created(period: model.period))
            try workbook.setCustomProperty("Survey", model.surveyID)
            try workbook.setCustomProperty("Period", model.period)

            // Sheets are created first, in SPEC order (creation order is tab order); the long lists
            // (Invalid forms, Comments, Data) in constant-memory mode, the others in normal mode for their charts.
            let summary = try workbook.addSheet(l.sheetSummary)
            let drivers = try workbook.addSheet(l.sheetDrivers)
            let questions = try workbook.addSheet(l.sheetQuestions)
            let segments = try workbook.addSheet(l.sheetSegments)
            let coverage = try workbook.addSheet(l.sheetCoverage)
            let invalid = try workbook.addSheet(l.sheetInvalid, constantMemory: true)
            let comments = try workbook.addSheet(l.sheetComments, constantMemory: true)
            var data: [SheetWriter] = []
            if includeData {
                let parts = DataSheet.sheetCount(forms: model.data.count, rowsPerSheet: rowsPerDataSheet)
                for part in 1...parts {
                    data.append(try workbook.addSheet(DataSheet.sheetName(l.sheetData, part: part), constantMemory: true))
                }
            }
            let method = try workbook.addSheet(l.sheetMethod)

            try SummarySheet.write(ctx, summary)
            try DriversSheet.write(ctx, drivers)
            try QuestionsSheet.write(ctx, questions)
            try SegmentsSheet.write(ctx, segments)
            try CoverageSheet.write(ctx, coverage)
            try InvalidFormsSheet.write(ctx, invalid)
            try CommentsSheet.write(ctx, comments)
            if includeData { try DataSheet.write(ctx, data, rowsPerSheet: rowsPerDataSheet, progress: progress) }
            try MethodSheet.write(ctx, method)
            worksheet_activate(summary.sheet)
        }
    }
}
