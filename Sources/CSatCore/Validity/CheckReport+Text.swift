/// The human-readable form of `csat check` (stdout), in the report language.
extension CheckReport {
    public func text(language: String) -> String {
        let zh = language == "zh"
        func pct(_ x: Double) -> String {
            let v = (x * 1000).rounded() / 10
            return "\(v)%"
        }
        var out = ""
        out += "\(title) (\(surveyID), \(period))\n\n"
        out += zh ? "文件:\n" : "Files:\n"
        for f in files { out += "  \(f.path)  [\(f.format)]  \(f.forms) \(zh ? "份" : "forms")\n" }
        out += "\n"
        out +=
            zh
            ? "问卷: 回收 \(read) 份, 有效 \(valid) 份, 无效 \(invalid) 份\n"
            : "Forms: read \(read), valid \(valid), invalid \(invalid)\n"
        if !reasonCounts.isEmpty {
            out += "\n" + (zh ? "无效原因 (一份问卷可有多个原因):\n" : "Invalid forms by reason (a form may have several):\n")
            var t = TextTable(header: zh ? ["原因", "代码", "份数"] : ["reason", "code", "forms"], align: [.left, .left, .right])
            for (code, n) in reasonCounts { t.add([ReasonSet.label(code, language: language), code, "\(n)"]) }
            out += t.render()
        }
        if !invalidForms.isEmpty {
            out += "\n" + (zh ? "无效问卷清单:\n" : "Invalid forms:\n")
            var t = TextTable(
                header: zh ? ["问卷编号", "项目", "位置", "原因"] : ["form", "project", "where", "reasons"],
                align: [.left, .left, .left, .left])
            for f in invalidForms {
                t.add([f.form, f.project, f.location, f.reasonTexts(language: language).joined(separator: ", ")])
            }
            out += t.render()
        }
        out +=
            "\n"
            + (zh
                ? "样本覆盖 (规则: 每个项目抽样不低于\(pct(rules.minSampleRate))且不少于\(rules.minSampleCount)户, 不足\(rules.minSampleCount)户全部调查):\n"
                : "Coverage (rule: at least \(pct(rules.minSampleRate)) and at least \(rules.minSampleCount) households per project; census below \(rules.minSampleCount)):\n")
        var header =
            zh
            ? ["项目", "总户数", "抽样", "回收", "有效", "应达", "有效回收率", "结果"]
            : ["project", "population", "sampled", "returned", "valid", "required", "valid/sampled", "result"]
        if rules.minReturnRate != nil { header.append(zh ? "回收率规则" : "return rule") }
        var t = TextTable(header: header, align: [.left] + Array(repeating: .right, count: 6) + [.left, .left])
        func opt(_ i: Int?) -> String { i.map(String.init) ?? "—" }
        let hasRoster = coverage.contains { $0.population != nil }
        func verdict(_ b: Bool?) -> String {
            guard let b else { return hasRoster ? (zh ? "不在花名册" : "not in roster") : (zh ? "无法判断" : "unknown") }
            return b ? (zh ? "达标" : "pass") : (zh ? "未达标" : "FAIL")
        }
        for c in coverage {
            var row = [
                c.project, opt(c.population), opt(c.sampled), "\(c.returned)", "\(c.valid)", opt(c.required),
                c.returnRate.map(pct) ?? "—", verdict(c.pass),
            ]
            if let min = rules.minReturnRate { row.append(c.returnPass.map { verdict($0) + " (≥\(pct(min)))" } ?? verdict(nil)) }
            t.add(row)
        }
        out += t.render()
        if coverage.contains(where: { $0.pass == nil }) && !hasRoster && !coverage.contains(where: { $0.sampled != nil }) {
            out +=
                zh
                ? "  (无花名册和样本名单时无法判断覆盖规则: 请用 --roster 或 --sample)\n"
                : "  (coverage cannot be judged without a roster or sample list: pass --roster or --sample)\n"
        }
        if !warnings.isEmpty {
            out += "\n" + (zh ? "提示:\n" : "Warnings:\n")
            for w in warnings { out += "  - \(w)\n" }
        }
        return out
    }
}
