internal import CLibXLSXWriter
import CSatCore
import Foundation

/// The paper questionnaires (`csat print`): one A4 portrait page per household, its form id,
/// project, building and unit printed on it, and the surveyors' cover lists first.
///
/// Why this shape (docs/FIELDWORK.md):
/// - every page is the same block of rows, laid out once from the definition (`Layout`) and
///   written once per household with its ids; every row has a fixed height, so the block's
///   height is known and the print scale is chosen to fit it on one page (manual page breaks
///   between blocks): printing gives one sheet of paper per household in Excel and LibreOffice;
/// - one sheet per project, split every 1,000 households: Excel allows 1,023 page breaks a sheet;
/// - the scale points sit in a grid of columns (the least common multiple of the scales' point
///   counts), so the five boxes of 非常不满意…非常满意 and the ten of a 1–10 question line up;
/// - every sheet is written row by row in constant-memory mode: a national wave's 200,000 pages
///   keep memory flat.
public enum QuestionnaireWorkbook {
    /// Households a questionnaire sheet holds (Excel: at most 1,023 manual page breaks a sheet).
    static let pagesPerSheet = 1000
    /// The height a page may use, in points: A4's 842 less the margins, with room to spare.
    static let pageHeight = 740.0

    public static func write(
        survey: Survey, households: [FieldList.Household], to path: String, language: Language
    ) throws(InputError) {
        let words = FieldWords.of(language)
        let layout = Layout(survey: survey, words: words)
        try WorkbookHandle.write(to: path, constantMemory: true) { workbook throws(WorkbookFailure) in
            try workbook.setProperties(
                title: survey.title, subject: words.coverSheet, created: FixedDate.created(period: survey.period))
            try CoverList.write(FieldList.rounds(households), words: words, title: survey.title, workbook)
            var names = Set<String>()
            for (project, hs) in byProject(households) {
                var start = 0, part = 1
                while start < hs.count {
                    let end = min(hs.count, start + pagesPerSheet)
                    let name = SheetName.unique(project, part: hs.count > pagesPerSheet ? part : nil, taken: &names)
                    let sheet = try workbook.addSheet(name, constantMemory: true)
                    try layout.write(Array(hs[start..<end]), survey: survey, sheet: sheet, workbook: workbook)
                    start = end
                    part += 1
                }
            }
        }
    }

    static func byProject(_ households: [FieldList.Household]) -> [(String, [FieldList.Household])] {
        var order: [String] = []
        var groups: [String: [FieldList.Household]] = [:]
        for h in households {
            if groups[h.project] == nil { order.append(h.project) }
            groups[h.project, default: []].append(h)
        }
        return order.map { ($0, groups[$0]!.sorted(by: FieldList.walkingOrder)) }
    }
}

/// Worksheet names from project names: Excel's 31 characters, none of `[]:*?/\`, unique.
enum SheetName {
    static func unique(_ base: String, part: Int?, taken: inout Set<String>) -> String {
        var clean = String(base.map { "[]:*?/\\".contains($0) ? "_" : $0 })
        if clean.isEmpty || clean.hasPrefix("'") { clean = "_" + clean }
        func make(_ suffix: String) -> String { String(clean.prefix(31 - suffix.count)) + suffix }
        var name = make(part.map { " (\($0))" } ?? "")
        var n = 2
        while taken.contains(name.lowercased()) {
            name = make(" ~\(n)")
            n += 1
        }
        taken.insert(name.lowercased())
        return name
    }
}
