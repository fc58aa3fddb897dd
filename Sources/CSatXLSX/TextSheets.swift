import CSatCore

/// Open answers, masked at import (phones, ID numbers, e-mail addresses, the
/// respondent's own name and phone), tagged with themes and the drivers they name. The text is written
/// as text whatever it starts with (`=`, `@`, …): `SheetWriter.text` never
/// makes a formula. Streamed: at a million forms, some 95,000 rows.
enum CommentsSheet {
    static func write(_ frame: SheetFrame, _ lists: ReportLists, _ sheet: SheetWriter) throws(WorkbookFailure) {
        let l = frame.labels, w = frame.words, names = lists.driverNames
        try frame.begin(sheet, note: w.commentsNote)
        let comments = lists.comments
        try sheet.streamTable(
            at: SheetContext.headerRow, titles: [l.form, l.project, l.question, l.comment, l.themes, l.drivers],
            count: comments.count, wrap: [3], min: 8, max: 60
        ) { i in
            let c = comments[i]
            return [
                c.form, c.project, c.question, c.text, c.themes.joined(separator: "、"),
                c.drivers.map { names[$0] ?? $0 }.joined(separator: "、"),
            ]
        }
    }
}

/// How the figures were made: scales, weights, the aggregate, the validity
/// and sampling rules, the seed and the formulas, in the report language.
/// Columns have fixed widths; long texts wrap across B–F.
enum MethodSheet {
    static let widths: [Double] = [18, 16, 12, 12, 12, 48]

    static func write(_ ctx: SheetContext, _ sheet: SheetWriter) throws(WorkbookFailure) {
        let m = ctx.model.method, l = ctx.labels, w = ctx.words
        try ctx.begin(sheet, note: nil)
        for (c, width) in widths.enumerated() { try sheet.setColumn(c, width: width) }
        let textWidth = widths.dropFirst().reduce(0, +)
        var r = 2
        func section(_ title: String) throws(WorkbookFailure) {
            r += 1
            try sheet.text(r, 0, title, .section)
            r += 1
        }
        func line(_ key: String, _ value: String) throws(WorkbookFailure) {
            try sheet.text(r, 0, key, .label)
            try sheet.paragraph(r, 1, widths.count - 1, value, width: textWidth)
            r += 1
        }

        try section(w.scales)
        try sheet.header(r, [w.id, w.points, w.range, w.satisfiedFrom, w.dissatisfiedTo, w.scaleLabels])
        r += 1
        for s in m.scales {
            try sheet.text(r, 0, s.id)
            try sheet.integer(r, 1, s.points)
            try sheet.text(r, 2, "\(s.min)–\(s.max)", .neutral)
            try sheet.integer(r, 3, s.satisfiedFrom)
            try sheet.integer(r, 4, s.dissatisfiedTo)
            try sheet.text(r, 5, s.labels.joined(separator: " / "), .wrap)
            r += 1
        }

        try section(w.driverWeights)
        try sheet.header(r, [w.id, l.driver, l.weight])
        r += 1
        for d in ctx.model.drivers {
            try sheet.text(r, 0, d.id)
            try sheet.text(r, 1, d.name)
            try sheet.rate(r, 2, d.weight)
            r += 1
        }

        try section(w.aggregation)
        try line(w.aggregation, m.aggregateText)
        try line(w.validityRule, m.validityText)
        let percent =
            Rounding.fixed(m.minSampleRate * 100, digits: m.minSampleRate * 100 == (m.minSampleRate * 100).rounded() ? 0 : 1)
            + "%"
        try line(
            w.sampleRule,
            w.sampleRuleText(percent, m.minSampleCount)
                + (m.minReturnRate.map { " " + w.returnRuleText(Rounding.rateText($0)) } ?? ""))
        try line(w.sampleMethod, m.sampleMethod ?? w.notRecorded)
        try line(w.seed, m.seed ?? w.notRecorded)
        switch ctx.model.data.units {
        case .shown: try line(w.privacy, w.unitsShown)
        case .keyed(let p): try line(w.privacy, w.privacyText(p.fingerprint))
        case .omitted: try line(w.privacy, w.noDataSheet)
        }

        try section(w.formulas)
        for (i, f) in m.formulas.enumerated() { try line("\(i + 1)", f) }

        if let schedule = ctx.model.lists.check.schedule {
            let lang = Language(code: ctx.model.language)
            try section(Message.timetableTitle.text(lang))
            for row in schedule.rows(lang) { try line(row.step, row.status.isEmpty ? row.date : row.date + "  " + row.status) }
        }
        if !ctx.model.warnings.isEmpty {
            try section(w.warnings)
            for warning in ctx.model.warnings { try line("!", warning) }
        }
        try sheet.fitRowHeights()
    }
}
