internal import CLibXLSXWriter
import CSatCore

/// The improvement loop's workbook (`csat actions`, docs/ACTIONS.md): the plan that the quality
/// department hands to the departments, the reply list for customer service, last wave's actions
/// when given, and an instructions sheet.
///
/// Why this shape:
/// - the plan is one flat table (a project column, the company's rows first) rather than a block per
///   project with headings between them: the autofilter picks a department or a project, and
///   `--previous-actions` reads the filled-in table back by its headers;
/// - the status is a dropdown that refuses other words (the four statuses in the workbook's
///   language), prefilled 未开始; pasted or typed-over cells still read back, an odd word as not done;
/// - the reply list is written in constant-memory mode: a national wave's owners who commented or
///   complained can be a hundred thousand rows;
/// - the creation date is fixed from the period, so the same wave gives the same bytes.
public enum ActionsWorkbook {
    public static func write(_ plan: ActionPlan, previous: PreviousActions?, to path: String) throws(InputError) {
        let words = ActionsWords.of(plan.language)
        try WorkbookHandle.write(to: path) { workbook throws(WorkbookFailure) in
            try workbook.setProperties(
                title: plan.title, subject: words.planSheet, created: FixedDate.created(period: plan.period))
            let footer = Self.footer(plan)
            try writePlan(plan, words: words, footer: footer, workbook)
            try ActionsRepliesSheet.write(plan, words: words, footer: footer, workbook)
            if let previous { try PreviousActionsSheet.write(previous, words: words, footer: footer, workbook) }
            try writeInstructions(plan, words: words, workbook)
        }
    }

    /// The plan's columns by meaning (their order is `ActionsWords.planColumns`'). With `--history`
    /// the stored wave's index and the change come right after the index, and the rest move by two.
    struct Column {
        static let id = 0, project = 1, kind = 2, item = 3, index = 4
        let previous: Int?, change: Int?
        let dissatisfied, comments, detail, department, owner, deadline, status, followUp: Int

        init(history: Bool) {
            let k = history ? 2 : 0
            (previous, change) = history ? (5, 6) : (nil, nil)
            (dissatisfied, comments, detail, department) = (5 + k, 6 + k, 7 + k, 8 + k)
            (owner, deadline, status, followUp) = (9 + k, 10 + k, 11 + k, 12 + k)
        }

        static func titles(_ words: ActionsWords, previousPeriod: String?) -> [String] {
            guard let p = previousPeriod else { return words.planColumns }
            var t = words.planColumns
            t.insert(contentsOf: [words.previousIndexColumn(p), words.changeColumn], at: index + 1)
            return t
        }
    }

    static func footer(_ plan: ActionPlan) -> String {
        var title = "\(plan.title) · \(plan.period)"
        let page = WorkbookWords.of(plan.language.rawValue).page
        while title.replacingAll("&", with: "&&").utf8.count + page.utf8.count > 240 { title = String(title.dropLast()) }
        return "&L" + title.replacingAll("&", with: "&&") + "&R" + page
    }

    static func writePlan(_ plan: ActionPlan, words: ActionsWords, footer: String, _ workbook: WorkbookHandle)
        throws(WorkbookFailure)
    {
        let sheet = try workbook.addSheet(words.planSheet)
        let top = SheetContext.headerRow
        try sheet.text(0, 0, words.planTitle(plan.title), .title)
        try sheet.text(1, 0, words.planNote, .note)
        try sheet.printSetup(footer: footer)
        let column = Column(history: plan.previousPeriod != nil)
        let titles = Column.titles(words, previousPeriod: plan.previousPeriod)
        try sheet.header(top, titles)
        var date = FormatSpec()
        date.numFormat = "yyyy-mm-dd"
        date.align = .center
        let dateFormat = workbook.format(date)
        for (i, a) in plan.actions.enumerated() {
            let r = top + 1 + i
            try sheet.text(r, Column.id, a.id)
            try sheet.text(r, Column.project, a.project)
            try sheet.text(r, Column.kind, kindWord(a.kind, words), .neutral)
            try sheet.text(r, Column.item, a.item, .wrap)
            if a.kind != .theme { try sheet.index(r, Column.index, a.index) }
            if let p = column.previous, let c = column.change, let before = a.previousIndex {
                try sheet.index(r, p, before)
                try sheet.number(r, c, a.index.map { Rounding.index($0 - before) }, .change)
            }
            if let n = a.dissatisfied { try sheet.integer(r, column.dissatisfied, n) }
            if let n = a.comments { try sheet.integer(r, column.comments, n) }
            try sheet.text(r, column.detail, a.detail, .wrap)
            try sheet.text(r, column.department, a.department)
            if let d = plan.deadline?.date {
                // Excel's serial day: 1899-12-30 is day 0, 25,569 days before 1970-01-01.
                try workbook.check(
                    worksheet_write_number(sheet.sheet, lxw_row_t(r), lxw_col_t(column.deadline), Double(d.dayNumber + 25_569), dateFormat),
                    "writing the deadline of row \(r + 1)")
            }
            try sheet.text(r, column.status, words.statuses[0], .neutral)
        }
        let last = top + max(plan.actions.count, 1)
        try sheet.table(headerRow: top, lastRow: last, lastCol: column.followUp)
        try statusDropdown(sheet, rows: (top + 1)...last, column: column.status, words: words)
        sheet.track(column.owner, 10)
        sheet.track(column.deadline, 11)
        sheet.track(column.status, 9)
        sheet.track(column.followUp, 28)
        try sheet.fitColumns(min: 6, max: 48, wrap: [Column.item, column.detail, column.followUp])
        worksheet_activate(sheet.sheet)
    }

    static func kindWord(_ kind: ActionPlan.Kind, _ words: ActionsWords) -> String {
        switch kind {
        case .driver: words.kindDriver
        case .question: words.kindQuestion
        case .theme: words.kindTheme
        }
    }

    /// The status column's dropdown: the four words, nothing else typed (a paste still gets through,
    /// and reads back as not done with a warning).
    static func statusDropdown(_ sheet: SheetWriter, rows: ClosedRange<Int>, column: Int, words: ActionsWords)
        throws(WorkbookFailure)
    {
        let workbook = sheet.workbook
        var items: [UnsafeMutablePointer<CChar>?] = words.statuses.map { workbook.cString($0) }
        items.append(nil)
        var v = lxw_data_validation()
        v.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
        v.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
        v.error_title = workbook.cString(words.planColumns[Column(history: false).status])
        v.error_message = workbook.cString(words.statuses.joined(separator: " / "))
        let code = items.withUnsafeMutableBufferPointer { list in
            v.value_list = list.baseAddress
            return worksheet_data_validation_range(
                sheet.sheet, lxw_row_t(rows.lowerBound), lxw_col_t(column), lxw_row_t(rows.upperBound),
                lxw_col_t(column), &v)
        }
        try workbook.check(code, "adding the status dropdown")
    }

    static func writeInstructions(_ plan: ActionPlan, words: ActionsWords, _ workbook: WorkbookHandle) throws(WorkbookFailure) {
        let deadline = plan.deadline.map { words.deadlineRule($0.date.description, $0.fromWave) } ?? words.noDeadline
        var lines = words.instructions(words.planTitle(plan.title), plan.actions.count, plan.replies.count, deadline)
        if let p = plan.previousPeriod { lines.append(words.previousIndexRule(p)) }
        try InstructionsSheet.write(words.instructionsSheet, lines: lines, workbook)
    }
}
