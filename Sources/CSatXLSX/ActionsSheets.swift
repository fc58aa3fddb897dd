internal import CLibXLSXWriter
import CSatCore

/// 意见回复: one row per household that gets a personal reply, with its real unit (customer service's
/// list, never part of the management outputs) and its comments as masked at import. Streamed.
enum ActionsRepliesSheet {
    static func write(_ plan: ActionPlan, words: ActionsWords, footer: String, _ workbook: WorkbookHandle)
        throws(WorkbookFailure)
    {
        let sheet = try workbook.addSheet(words.repliesSheet, constantMemory: true)
        try sheet.text(0, 0, words.repliesTitle(plan.title), .title)
        try sheet.text(1, 0, words.repliesNote, .note)
        try sheet.printSetup(footer: footer)
        let reasons = plan.language == .zh ? ReasonWords.zh : ReasonWords.en
        let sep = plan.language == .zh ? "、" : ", "
        let colon = plan.language == .zh ? "：" : ": "
        let replies = plan.replies
        // The columns customer service types into: room for a reply and a date.
        sheet.track(9, 28)
        sheet.track(10, 11)
        try sheet.streamTable(
            at: SheetContext.headerRow, titles: words.replyColumns, count: replies.count, wrap: [4, 5, 6, 7, 8, 9], min: 8, max: 40
        ) { i in
            let r = replies[i]
            return [
                r.form, r.project, r.building, r.unit,
                r.reasons.isEmpty ? words.valid : words.invalid(r.reasons.map { reasonText($0, reasons) }.joined(separator: sep)),
                r.comments.joined(separator: "\n"),
                r.lowAnswers.map { $0.question + colon + $0.answer }.joined(separator: "\n"),
                r.themes.joined(separator: sep), r.departments.joined(separator: sep), "", "",
            ]
        }
    }

    /// `out_of_range:q3` → 答案超出量表（q3）; a code without words stays as it is.
    static func reasonText(_ code: String, _ words: [String: String]) -> String {
        let parts = code.split(separator: ":", maxSplits: 1).map(String.init)
        let name = words[parts[0]] ?? parts[0]
        return parts.count > 1 ? "\(name)（\(parts[1])）" : name
    }
}

/// 上期整改: the share of last wave's actions done, per department and per project, and every action
/// not done with its owner and status.
enum PreviousActionsSheet {
    static func write(_ previous: PreviousActions, words: ActionsWords, footer: String, _ workbook: WorkbookHandle)
        throws(WorkbookFailure)
    {
        let sheet = try workbook.addSheet(words.previousSheet)
        try sheet.text(0, 0, words.previousTitle(previous.file), .title)
        try sheet.printSetup(footer: footer)
        var r = 2
        for (title, first, shares) in [
            (words.byDepartment, words.planColumns[8], previous.byDepartment(noDepartment: words.noDepartment)),
            (words.byProject, words.planColumns[1], previous.byProject()),
        ] {
            try sheet.text(r, 0, title, .section)
            r += 1
            try sheet.header(r, [first] + words.shareColumns.dropFirst())
            r += 1
            for s in shares {
                try sheet.text(r, 0, s.name)
                try sheet.integer(r, 1, s.total)
                try sheet.integer(r, 2, s.done)
                try sheet.integer(r, 3, s.cannot)
                try sheet.integer(r, 4, s.open)
                try sheet.rate(r, 5, s.shareDone)
                r += 1
            }
            r += 1
        }
        try sheet.text(r, 0, words.openItems, .section)
        r += 1
        let open = previous.notDone
        if open.isEmpty {
            try sheet.text(r, 0, words.noOpenItems, .note)
        } else {
            try sheet.header(r, words.openColumns)
            r += 1
            for a in open {
                let status = a.status.map { words.statuses[$0.rawValue] } ?? a.statusText
                for (c, text) in [a.id, a.project, a.item, a.department, a.owner, status, a.followUp].enumerated() {
                    try sheet.text(r, c, text, c == 2 || c == 6 ? .wrap : .text)
                }
                r += 1
            }
        }
        try sheet.fitColumns(min: 8, max: 40, wrap: [2, 6])
    }
}
