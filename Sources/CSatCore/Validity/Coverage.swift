/// SPEC.md "Sampling", coverage rule per project: valid forms ≥ required,
/// where required is the sample size the rule gives for the project's
/// eligible households N. With a return-rate rule (`minReturnRate`), valid
/// forms / units handed out (the sample) must reach it too.
public struct CoverageRow: Sendable, Equatable {
    public var project: String
    /// N, eligible households; `nil` without a roster.
    public var population: Int?
    /// Units in the sample list; `nil` without one.
    public var sampled: Int?
    /// Forms read for the project.
    public var returned: Int
    public var valid: Int
    /// The rule's n from N; without a roster, the sample's size; otherwise unknown.
    public var required: Int?
    /// valid / sampled, when the sample is known.
    public var returnRate: Double?
    /// `nil` when the rule cannot be judged (no roster and no sample).
    public var pass: Bool?
    /// The return-rate rule, when the survey sets one and the sample is known.
    public var returnPass: Bool?
    /// Forms handed out (the sample list's `handedOut` ticks), their share of the sample, and the
    /// hand-out rule (`wave.minHandOutRate`, 0.95); nil without such a column.
    public var handedOut: Int? = nil
    public var handOutRate: Double? = nil
    public var handOutPass: Bool? = nil
}

public enum Coverage {
    public static func rows(
        table: FormTable, validity: Validity, roster: RosterSummary?, sample: SampleSummary?
    ) -> [CoverageRow] {
        let rules = table.survey.rules
        // Projects: roster order, then the sample's, then any others as forms name them.
        var names: [String] = []
        var seen: Set<String> = []
        for p in roster?.projects ?? [] where seen.insert(p.name).inserted { names.append(p.name) }
        for p in sample?.projects ?? [] where seen.insert(p.name).inserted { names.append(p.name) }
        // Counts per project id in arrays: projects are categories, numbered from 0.
        var returned = [Int](repeating: 0, count: table.pool.categories.count)
        var valid = returned
        for f in 0..<table.count {
            let p = Int(table.records[f].project)
            if returned[p] == 0 {
                let name = table.string(Int32(p))
                if seen.insert(name).inserted { names.append(name) }
            }
            returned[p] += 1
            if validity.isValid(f) { valid[p] += 1 }
        }
        return names.map { name in
            let id = table.pool.lookup(name)
            let population = roster?.eligible(name)
            let sampled = sample.flatMap { s in s.projectIndex[name].map { s.projects[$0].sampled } }
            var required: Int? = nil
            if let n = population {
                required = SampleSize.required(population: n, rate: rules.minSampleRate, minCount: rules.minSampleCount)
            } else if let s = sampled {
                required = s
            }
            let v = id.map { valid[Int($0)] } ?? 0
            let returnRate = sampled.flatMap { $0 > 0 ? Double(v) / Double($0) : nil }
            let returnPass = rules.minReturnRate.flatMap { min in returnRate.map { $0 >= min } }
            var row = CoverageRow(
                project: name, population: population, sampled: sampled, returned: id.map { returned[Int($0)] } ?? 0,
                valid: v, required: required, returnRate: returnRate,
                pass: required.map { v >= $0 }, returnPass: returnPass)
            // The sample list's 发放 ticks; without them, the entry workbook's 已发放 column (docs/FIELDWORK.md).
            var handOut: (ticked: Int, of: Int)? = nil
            if let s = sample, let i = s.projectIndex[name], let h = s.projects[i].handedOut {
                handOut = (h, s.projects[i].sampled)
            } else if table.handOut.hasColumn {
                let ticked = table.handOut.ticked[name] ?? []
                if let s = sample {
                    if let i = s.projectIndex[name] {
                        handOut = (ticked.filter { s.sampledUnits.contains($0) }.count, s.projects[i].sampled)
                    }
                } else if let rows = table.handOut.rows[name], !rows.isEmpty {
                    handOut = (ticked.intersection(rows).count, rows.count)
                }
            }
            if let (h, of) = handOut {
                row.handedOut = h
                row.handOutRate = of > 0 ? Double(h) / Double(of) : nil
                let min = table.survey.wave?.minHandOutRate ?? WaveRules.defaultMinHandOutRate
                row.handOutPass = row.handOutRate.map { $0 >= min }
            }
            return row
        }
    }
}
