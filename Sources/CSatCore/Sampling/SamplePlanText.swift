/// The per-project plan that `csat sample` prints (SPEC.md "Commands"): counts
/// only, never units — standard output may end up in a shared log, and the
/// list itself must not reach the property office (SPEC.md "Privacy").
public enum SamplePlanText {
    public static func render(
        _ plans: [ProjectSamplePlan], seed: String, seedGenerated: Bool, options: SampleOptions,
        strata: [String], vacantColumn: String?? = .none
    ) -> String {
        var out = "seed: \(seed)"
        out += seedGenerated ? " (chosen at random; it is in the manifest — keep both with the list)\n" : "\n"
        out += "rules: rate \(formatRate(options.rate)), at least \(options.minCount), census when N ≤ \(options.minCount); "
        out +=
            "reserves \(formatRate(options.reserveRate)) of n; strata: \(strata.isEmpty ? "none" : strata.joined(separator: " + "))\n"
        switch vacantColumn {
        case .some(.some(let name)): out += "vacant: read from the column \"\(name)\"\n"
        case .some(.none):
            out +=
                "vacant: no vacant column in the roster (looked for \(vacantNames)), so no household counts as vacant; if it has one under another name, map it in the survey's rosterColumns\n"
        case .none: break
        }
        out += "\n"

        var overview = TextTable(
            header: ["project", "listed", "vacant", "excluded", "N", "n", "reserves", "strata", "note"],
            align: [.left, .right, .right, .right, .right, .right, .right, .right, .left])
        var totals = [0, 0, 0, 0, 0, 0]
        for p in plans {
            let values = [p.listed, p.vacant, p.excluded, p.eligible, p.sampled, p.reserves]
            for i in totals.indices { totals[i] += values[i] }
            var note = p.census ? "census" : ""
            if p.sampled > p.required { note = "n grew from \(p.required) (included households)" }
            overview.add([p.name] + values.map(String.init) + [String(p.strata.count), note])
        }
        overview.add(["total"] + totals.map(String.init) + ["", ""])
        out += overview.render()

        for p in plans where !p.strata.isEmpty {
            out += "\n\(p.name): N = \(p.eligible), n = \(p.sampled), reserves = \(p.reserves)\n"
            var table = TextTable(
                header: ["stratum", "N_h", "included", "sample", "reserve", "share"],
                align: [.left, .right, .right, .right, .right, .right])
            for s in p.strata {
                let share = s.eligible > 0 ? formatPercent(s.sample, s.eligible) : ""
                table.add([
                    s.name.isEmpty ? "(blank)" : s.name, String(s.eligible), String(s.certainty),
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
