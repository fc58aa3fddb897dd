/// The per-project plan that `csat sample` prints (SPEC.md "Commands"): counts
/// only, never units — standard output may end up in a shared log, and the
/// list itself must not reach the property office (SPEC.md "Privacy").
public enum SamplePlanText {
    public static func render(
        _ plans: [ProjectSamplePlan], seed: String, seedGenerated: Bool, options: SampleOptions,
        strata: [String], vacantColumn: String?? = .none, language: Language = .en
    ) -> String {
        let w = SampleWords.of(language)
        var out = w.seedLine(seed) + (seedGenerated ? w.seedGenerated : "") + "\n"
        out +=
            w.rulesLine(
                formatRate(options.rate), options.minCount, formatRate(options.reserveRate),
                strata.isEmpty ? w.none : strata.joined(separator: " + ")) + "\n"
        switch vacantColumn {
        case .some(.some(let name)): out += w.vacantFrom(name) + "\n"
        case .some(.none): out += w.vacantNotFoundStart + vacantNames + w.vacantNotFoundEnd + "\n"
        case .none: break
        }
        out += "\n"

        var overview = TextTable(
            header: w.overviewHeader, align: [.left, .right, .right, .right, .right, .right, .right, .right, .left])
        var totals = [0, 0, 0, 0, 0, 0]
        for p in plans {
            let values = [p.listed, p.vacant, p.excluded, p.eligible, p.sampled, p.reserves]
            for i in totals.indices { totals[i] += values[i] }
            var note = p.census ? w.census : ""
            if p.sampled > p.required { note = w.grewFrom(p.required) }
            overview.add([p.name] + values.map(String.init) + [String(p.strata.count), note])
        }
        overview.add([w.total] + totals.map(String.init) + ["", ""])
        out += overview.render()

        for p in plans where !p.strata.isEmpty {
            out += "\n" + w.projectLine(p.name, p.eligible, p.sampled, p.reserves) + "\n"
            var table = TextTable(header: w.strataHeader, align: [.left, .right, .right, .right, .right, .right])
            for s in p.strata {
                let share = s.eligible > 0 ? formatPercent(s.sample, s.eligible) : ""
                table.add([
                    s.name.isEmpty ? w.blank : s.name, String(s.eligible), String(s.certainty),
                    String(s.sample), String(s.reserve), share,
                ])
            }
            out += table.render()
        }
        return out
    }

    /// The headers that would have been read as vacant without a map.
    static var vacantNames: String {
        RosterColumns.implicitNames("vacant").joined(separator: ", ")
    }

    /// `0.2` → `20%`, `0.125` → `12.5%`.
    static func formatRate(_ r: Double) -> String {
        let pct = r * 100
        let rounded = (pct * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? "\(Int(rounded))%" : "\(rounded)%"
    }

    static func formatPercent(_ a: Int, _ b: Int) -> String {
        let tenths = (a * 1000 + b / 2) / b
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
