import CSatCore

/// Every closed question (and the overall question last) with n, mean, index,
/// rate, dissatisfied share and its distribution: one column per score, so a
/// quality manager can sort and filter; a colour scale on the index.
enum QuestionsSheet {
    static func write(_ ctx: SheetContext, _ sheet: SheetWriter) throws(WorkbookFailure) {
        let l = ctx.labels, w = ctx.words
        let rows = ctx.model.questions + (ctx.model.overallQuestion.map { [$0] } ?? [])
        try ctx.begin(sheet, note: w.questionsNote)
        let top = SheetContext.headerRow

        // Distribution columns: every score any question can take, lowest first.
        let values = rows.map(points)
        let scores = Array(Set(values.flatMap { $0 })).sorted()
        let shared = rows.first.map { first in rows.allSatisfy { $0.scalePoints == first.scalePoints } } ?? false
        let scoreTitles = shared ? rows[0].scalePoints : scores.map(w.scorePoint)
        let fixed = [w.id, l.question, l.driver, l.n, l.mean, l.index, l.rate, l.dissatisfied]
        try sheet.header(top, fixed + scoreTitles)

        var r = top
        for (q, pts) in zip(rows, values) {
            r += 1
            try sheet.text(r, 0, q.id)
            try sheet.text(r, 1, q.text, .wrap)
            try sheet.text(r, 2, q.driverName.isEmpty ? l.overallQuestion : q.driverName)
            try sheet.integer(r, 3, q.n)
            try sheet.number(r, 4, q.mean.map { ($0 * 100).rounded() / 100 }, .mean)
            try sheet.index(r, 5, q.index)
            try sheet.rate(r, 6, q.rate)
            try sheet.rate(r, 7, q.dissatisfied)
            for (count, x) in zip(q.distribution, pts) {
                guard let c = scores.firstIndex(of: x) else { continue }
                try sheet.integer(r, fixed.count + c, count)
            }
        }
        let lastCol = fixed.count + max(scores.count, 1) - 1
        try sheet.table(headerRow: top, lastRow: r, lastCol: lastCol)
        try sheet.colourScale(top + 1, 5, r, 5)
        try sheet.colourScale(top + 1, 6, r, 6)
        try sheet.fitColumns(min: 6, max: 44, wrap: [1])
    }

    /// The scores of a question's scale, lowest first, read from the model's point names (`"1 非常不满意"`, `"7"`).
    static func points(_ q: ReportModel.QuestionRow) -> [Int] {
        q.scalePoints.enumerated().map { i, name in Int(String(name.prefix { $0 != " " })) ?? i }
    }
}
