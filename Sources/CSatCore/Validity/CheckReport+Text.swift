/// The human-readable form of `csat check` (stdout), in the report language.
extension CheckReport {
    public func text(language: String) -> String {
        let lang = Language(code: language)
        let w = CheckWords.of(lang)
        func pct(_ x: Double) -> String {
            let v = (x * 1000).rounded() / 10
            return "\(v)%"
        }
        var out = ""
        out += "\(title) (\(surveyID), \(period))\n\n"
        out += w.files + "\n"
        for f in files { out += "  \(f.path)  [\(f.format.text(lang))]  \(f.forms) \(w.formsUnit)\n" }
        out += "\n"
        out += w.formsLine(read, valid, invalid) + "\n"
        if !reasonCounts.isEmpty {
            out += "\n" + w.invalidByReason + "\n"
            var t = TextTable(header: w.reasonHeader, align: [.left, .left, .right])
            for (code, n) in reasonCounts { t.add([ReasonSet.label(code, language: language), code, "\(n)"]) }
            out += t.render()
        }
        if !invalidForms.isEmpty {
            out += "\n" + w.invalidForms + "\n"
            var t = TextTable(header: w.invalidHeader, align: [.left, .left, .left, .left])
            for f in invalidForms {
                t.add([f.form, f.project, f.location.text(lang), f.reasonTexts(language: language).joined(separator: ", ")])
            }
            out += t.render()
        }
        out += "\n" + w.coverageTitle(pct(rules.minSampleRate), rules.minSampleCount) + "\n"
        var header = w.coverageHeader
        if rules.minReturnRate != nil { header.append(w.returnRule) }
        let handOut = coverage.contains { $0.handedOut != nil }
        let handOutMin = handOutRule
        if handOut { header += w.handOutHeader }
        var t = TextTable(
            header: header, align: [.left] + Array(repeating: .right, count: 6) + [.left, .left, .right, .left])
        func opt(_ i: Int?) -> String { i.map(String.init) ?? "—" }
        let hasRoster = coverage.contains { $0.population != nil }
        func verdict(_ b: Bool?) -> String {
            guard let b else { return hasRoster ? w.notInRoster : w.unknown }
            return b ? w.pass : w.fail
        }
        for c in coverage {
            var row = [
                c.project, opt(c.population), opt(c.sampled), "\(c.returned)", "\(c.valid)", opt(c.required),
                c.returnRate.map(pct) ?? "—", verdict(c.pass),
            ]
            if let min = rules.minReturnRate { row.append(c.returnPass.map { verdict($0) + " (≥\(pct(min)))" } ?? verdict(nil)) }
            if handOut {
                row.append(c.handedOut.map(String.init) ?? "—")
                row.append(c.handOutRate.map { pct($0) + " " + (c.handOutPass == true ? w.pass : w.fail) + " (≥\(pct(handOutMin)))" } ?? "—")
            }
            t.add(row)
        }
        out += t.render()
        if coverage.contains(where: { $0.pass == nil }) && !hasRoster && !coverage.contains(where: { $0.sampled != nil }) {
            out += w.noRosterNote + "\n"
        }
        if let schedule { out += "\n" + schedule.text(lang) }
        if !warnings.isEmpty {
            out += "\n" + w.warnings + "\n"
            for m in warnings { out += "  - \(m.text(lang))\n" }
        }
        return out
    }
}
