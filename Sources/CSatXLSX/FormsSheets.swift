import CSatCore

/// The two sheets about forms rather than opinions: coverage of the sampling
/// rule per project (pass green, fail red: direct fills, so they survive
/// sorting and print the same everywhere) and every invalid form with all its reasons
/// (streamed: at a million forms, some 50,000 rows).
enum CoverageSheet {
    static func write(_ ctx: SheetContext, _ sheet: SheetWriter) throws(WorkbookFailure) {
        let l = ctx.labels, w = ctx.words, method = ctx.model.method
        let percent =
            Rounding.fixed(
                method.minSampleRate * 100, digits: method.minSampleRate * 100 == (method.minSampleRate * 100).rounded() ? 0 : 1)
            + "%"
        try ctx.begin(sheet, note: w.sampleRuleText(percent, method.minSampleCount) + " " + w.coverageNote)
        if let minReturn = method.minReturnRate {
            try sheet.text(2, 0, w.returnRuleText(Rounding.rateText(minReturn)), .note)
        }
        let top = SheetContext.headerRow
        let rows = ctx.model.coverage
        let hasReturnRule = rows.contains { $0.returnPass != nil }
        var titles = [l.project, l.population, l.sampled, l.returned, l.valid, l.required, l.returnRate, l.result]
        if hasReturnRule { titles.append(l.returnRate + " · " + l.result) }
        try sheet.header(top, titles)
        var r = top
        for c in rows {
            r += 1
            try sheet.text(r, 0, c.project)
            try sheet.integer(r, 1, c.population)
            try sheet.integer(r, 2, c.sampled)
            try sheet.integer(r, 3, c.returned)
            try sheet.integer(r, 4, c.valid)
            try sheet.integer(r, 5, c.required)
            try sheet.rate(r, 6, c.returnRate)
            try verdict(ctx, sheet, r, 7, c.pass)
            if hasReturnRule { try verdict(ctx, sheet, r, 8, c.returnPass) }
        }
        if !rows.isEmpty {
            r += 1
            try sheet.text(r, 0, w.total, .label)
            for (col, values) in [(1, rows.map(\.population)), (2, rows.map(\.sampled)), (5, rows.map(\.required))] {
                // The sum of what is known (a project outside the roster has no population).
                let known = values.compactMap { $0 }
                try sheet.integer(r, col, known.isEmpty ? nil : known.reduce(0, +))
            }
            try sheet.integer(r, 3, rows.map(\.returned).reduce(0, +))
            try sheet.integer(r, 4, rows.map(\.valid).reduce(0, +))
        }
        try sheet.table(headerRow: top, lastRow: max(r - 1, top), lastCol: titles.count - 1)
        try sheet.fitColumns(min: 8, max: 30)
    }

    static func verdict(_ ctx: SheetContext, _ sheet: SheetWriter, _ r: Int, _ c: Int, _ pass: Bool?) throws(WorkbookFailure) {
        switch pass {
        case true?: try sheet.text(r, c, ctx.labels.pass, .pass)
        case false?: try sheet.text(r, c, ctx.labels.fail, .fail)
        case nil: try sheet.text(r, c, ctx.labels.unknown, .unknown)
        }
    }
}

enum InvalidFormsSheet {
    static func write(_ frame: SheetFrame, _ lists: ReportLists, _ sheet: SheetWriter) throws(WorkbookFailure) {
        let l = frame.labels, w = frame.words, language = lists.language
        let forms = lists.invalidForms
        try frame.begin(sheet, note: "\(l.formsInvalid): \(forms.count) / \(l.formsRead): \(lists.formsRead)")
        try sheet.streamTable(
            at: SheetContext.headerRow, titles: [l.form, l.project, l.location, l.reasons, w.codes], count: forms.count,
            min: 8, max: 60
        ) { i in
            let f = forms[i]
            return [
                f.form.isEmpty ? SheetWriter.missing : f.form, f.project, f.location.text(Language(code: language)),
                f.reasonTexts(language: language) { ReasonSet.label($0, language: language) }.joined(separator: "、"),
                f.reasons.joined(separator: ", "),
            ]
        }
    }
}
