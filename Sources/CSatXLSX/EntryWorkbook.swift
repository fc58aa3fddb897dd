internal import CLibXLSXWriter
import CSatCore
import Foundation

/// The clerks' data-entry workbook (`csat entry`): one row per household of the sample list,
/// prefilled and locked where csat knows the answer (form id, project, building, unit, the
/// types, the surveyor), a dropdown per question and flag, and an instructions sheet.
///
/// Why this shape (docs/FIELDWORK.md):
/// - the headers are the definition's own column names and numbered question texts, so
///   `csat check` reads the typed workbook as it is, through the same mapping as any forms file;
/// - the 核对编号 column takes the form id copied from the paper: a form typed into the wrong
///   household's row shows as `wrong_household`, a mistyped or foreign id as `unknown_form`;
/// - the dropdowns warn but do not stop a value off the list: the clerk types what the paper
///   shows, and csat lists it as `out_of_range` rather than the clerk silently picking another;
/// - rows are in the surveyors' walking order (the cover lists of `csat print`), so a returned
///   bundle is typed top to bottom; white spare rows under the list take forms without a row
///   (a household's second form, a reserve's);
/// - the entry sheet is written row by row in constant-memory mode: a national wave's list
///   of 200,000 households keeps memory flat.
public enum EntryWorkbook {
    enum Kind: Equatable {
        /// Written from the sample list; locked.
        case prefilled(Int)
        /// A dropdown from column `n` of the lists sheet.
        case list(Int)
        case text, date, open
    }

    struct Column {
        var header: String
        var kind: Kind
        var width: Double
    }

    /// Spare rows under the households: forms that have no row of their own.
    static func spareRows(_ households: Int) -> Int { min(500, max(20, households / 10)) }

    public static func write(
        survey: Survey, households: [FieldList.Household], hasSurveyor: Bool, to path: String, language: Language
    ) throws(InputError) {
        let words = FieldWords.of(language)
        let rows = FieldList.rounds(households).flatMap(\.households)
        let (columns, lists) = layout(survey: survey, households: rows, hasSurveyor: hasSurveyor, words: words, language: language)
        try WorkbookHandle.write(to: path, constantMemory: true) { workbook throws(WorkbookFailure) in
            try workbook.setProperties(
                title: survey.title, subject: words.entrySheet, created: FixedDate.created(period: survey.period))
            try writeEntry(rows, columns: columns, lists: lists, words: words, workbook)
            try writeInstructions(survey: survey, count: rows.count, words: words, workbook)
            try writeLists(lists, workbook)
        }
    }

    static func layout(
        survey: Survey, households: [FieldList.Household], hasSurveyor: Bool, words: FieldWords, language: Language
    ) -> ([Column], [[String]]) {
        let c = survey.columns
        var columns: [Column] = [
            Column(header: c.header(for: "form"), kind: .prefilled(0), width: 16),
            Column(header: c.header(for: "project"), kind: .prefilled(1), width: 12),
            Column(header: c.header(for: "building"), kind: .prefilled(2), width: 9),
            Column(header: c.header(for: "unit"), kind: .prefilled(3), width: 11),
        ]
        if households.contains(where: { !$0.propertyType.isEmpty }) {
            columns.append(Column(header: c.header(for: "propertyType"), kind: .prefilled(4), width: 9))
        }
        if households.contains(where: { !$0.customerType.isEmpty }) {
            columns.append(Column(header: c.header(for: "customerType"), kind: .prefilled(5), width: 9))
        }
        let yesNo = 0
        var lists: [[String]] = [[words.yes, words.no]]
        columns.append(Column(header: c.header(for: "surveyor"), kind: hasSurveyor ? .prefilled(6) : .text, width: 9))
        columns.append(Column(header: words.handedOut, kind: .list(yesNo), width: 8))
        columns.append(Column(header: words.paperID, kind: .text, width: 16))
        columns.append(Column(header: c.header(for: "date"), kind: .date, width: 11))
        columns.append(Column(header: c.header(for: "name"), kind: .text, width: 9))
        columns.append(Column(header: c.header(for: "phone"), kind: .text, width: 13))
        for role in ["signed", "damaged", "altered"] {
            columns.append(Column(header: c.header(for: role), kind: .list(yesNo), width: 7))
        }
        // One dropdown list per scale: its labels (or numbers) in the questionnaire's order, then not applicable.
        var listOfScale: [Int: Int] = [:]
        let texts = survey.questions.map { CellValues.trim($0.text) }
        let roleHeaders = Set(ColumnMap.roles.map { c.header(for: $0) })
        for (i, q) in survey.questions.enumerated() {
            // The numbered text, as on the paper; the id where the text would not find its question again.
            let text = texts[i]
            let unique = !text.isEmpty && texts.filter { $0 == text }.count == 1 && !roleHeaders.contains(text)
                && !survey.questions.contains { $0.id == text }
            let header = unique ? (language == .zh ? "\(i + 1)、\(text)" : "Q\(i + 1). \(text)") : q.id
            if let s = q.scaleIndex {
                let list: Int
                if let l = listOfScale[s] {
                    list = l
                } else {
                    list = lists.count
                    listOfScale[s] = list
                    lists.append(QuestionnaireWorkbook.Layout.points(survey.scales[s]) + [words.notApplicable])
                }
                columns.append(Column(header: header, kind: .list(list), width: 11))
            } else {
                columns.append(Column(header: header, kind: .open, width: 30))
            }
        }
        return (columns, lists)
    }

    static func prefilled(_ h: FieldList.Household, _ n: Int) -> String {
        switch n {
        case 0: return h.formID
        case 1: return h.project
        case 2: return h.building
        case 3: return h.unit
        case 4: return h.propertyType
        case 5: return h.customerType
        default: return h.surveyor
        }
    }

    static let listsSheet = "lists"

    static func writeEntry(
        _ households: [FieldList.Household], columns: [Column], lists: [[String]], words: FieldWords, _ workbook: WorkbookHandle
    ) throws(WorkbookFailure) {
        let sheet = try workbook.addSheet(words.entrySheet, constantMemory: true)
        let ws = sheet.sheet
        func spec(fill: UInt32? = nil, bold: Bool = false, wrap: Bool = false, unlocked: Bool = false, date: Bool = false)
            -> UnsafeMutablePointer<lxw_format>
        {
            var f = FormatSpec()
            f.size = 10
            f.fill = fill
            f.bold = bold
            f.wrap = wrap
            f.unlocked = unlocked
            f.numFormat = date ? "yyyy-mm-dd" : "@"
            f.box = true
            return workbook.format(f)
        }
        let header = spec(fill: Palette.headerFill, bold: true, wrap: true)
        let locked = spec(fill: Palette.unknownFill), spare = spec(unlocked: true)
        let typed = spec(unlocked: true), dated = spec(unlocked: true, date: true), open = spec(wrap: true, unlocked: true)
        for (i, col) in columns.enumerated() {
            let format: UnsafeMutablePointer<lxw_format>
            switch col.kind {
            case .prefilled: format = locked
            case .date: format = dated
            case .open: format = open
            case .list, .text: format = typed
            }
            try workbook.check(
                worksheet_set_column(ws, lxw_col_t(i), lxw_col_t(i), col.width, format), "setting column widths")
        }
        try workbook.check(worksheet_set_row(ws, 0, 54, nil), "setting row 1")
        for (i, col) in columns.enumerated() {
            try workbook.check(
                worksheet_write_string(ws, 0, lxw_col_t(i), SheetWriter.clean(col.header), header), "writing the header")
        }
        let prefilled = columns.enumerated().compactMap { i, c -> (Int, Int)? in
            if case .prefilled(let n) = c.kind { return (i, n) } else { return nil }
        }
        var row = 1
        for h in households {
            for (i, n) in prefilled {
                try workbook.check(
                    worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(i), SheetWriter.clean(Self.prefilled(h, n)), locked),
                    "writing row \(row + 1)")
            }
            row += 1
        }
        let last = row + spareRows(households.count) - 1
        while row <= last {
            for (i, _) in prefilled {
                try workbook.check(worksheet_write_blank(ws, lxw_row_t(row), lxw_col_t(i), spare), "writing row \(row + 1)")
            }
            row += 1
        }
        // Dropdowns: a warning, not a stop, for a value off the list (docs/FIELDWORK.md).
        for (i, col) in columns.enumerated() {
            guard case .list(let l) = col.kind else { continue }
            var v = lxw_data_validation()
            v.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            let letter = ColumnLetters.of(l + 1)
            v.value_formula = workbook.cString("=\(listsSheet)!$\(letter)$1:$\(letter)$\(lists[l].count)")
            v.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_WARNING.rawValue)
            v.error_title = workbook.cString(words.offListTitle)
            v.error_message = workbook.cString(words.offListMessage)
            try workbook.check(
                worksheet_data_validation_range(ws, 1, lxw_col_t(i), lxw_row_t(last), lxw_col_t(i), &v),
                "adding the dropdown of column \(i + 1)")
        }
        try workbook.check(
            worksheet_autofilter(ws, 0, 0, lxw_row_t(last), lxw_col_t(columns.count - 1)), "adding the filter")
        let frozen = prefilled.firstIndex { $0.1 == 3 }.map { prefilled[$0].0 + 1 } ?? 1
        worksheet_freeze_panes(ws, 1, lxw_col_t(frozen))
        var protection = lxw_protection()
        protection.format_columns = 1
        protection.format_rows = 1
        protection.autofilter = 1
        protection.sort = 1
        worksheet_protect(ws, nil, &protection)
        worksheet_set_landscape(ws)
        worksheet_set_paper(ws, 9)
        try workbook.check(worksheet_repeat_rows(ws, 0, 0), "setting the print titles")
        worksheet_activate(ws)
    }

    static func writeInstructions(survey: Survey, count: Int, words: FieldWords, _ workbook: WorkbookHandle)
        throws(WorkbookFailure)
    {
        try InstructionsSheet.write(words.instructionsSheet, lines: words.instructions(survey.title, count), workbook)
    }

    /// The dropdowns' items, one list per column, on a hidden sheet (a list in the validation
    /// itself may not pass 255 characters; a scale's ten labels can).
    static func writeLists(_ lists: [[String]], _ workbook: WorkbookHandle) throws(WorkbookFailure) {
        let sheet = try workbook.addSheet(listsSheet)
        let ws = sheet.sheet
        var f = FormatSpec()
        f.numFormat = "@"
        let text = workbook.format(f)
        // Row by row: the workbook is in constant-memory mode.
        for r in 0..<(lists.map(\.count).max() ?? 0) {
            for (c, list) in lists.enumerated() where r < list.count {
                try workbook.check(
                    worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c), SheetWriter.clean(list[r]), text), "writing the lists")
            }
        }
        worksheet_hide(ws)
    }
}
