import Foundation

/// `csat-synth sample-data roster`: the survey definition and the roster, the inputs of `csat sample`.
func writeRosterStep(out: String) throws {
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    try writeFile(out + "/survey.json", text: surveyJSON(companySurvey()))
    try writeFile(out + "/roster.csv", text: rosterCSV(makeCompany(seed: sampleSeed)))
}

/// `csat-synth sample-data forms`: the forms of both waves for the households of csat's sample
/// lists, the surveyors' replacements written into `sample` (the 2026H1 list, in place), and the README.
func writeFormsStep(sample: String, previousSample: String, out: String) throws {
    let def = companySurvey()
    let projects = makeCompany(seed: sampleSeed)
    let order = projects.map(\.name)
    let roster = Array(rosterCSV(projects).utf8)
    guard FileManager.default.contents(atPath: out + "/roster.csv") == Data(roster) else {
        throw SynthError("\(out)/roster.csv is not the company's roster: run `csat-synth sample-data roster` first")
    }
    for (list, seed) in [(sample, sampleSeed), (previousSample, previousSeed)] {
        let facts = try manifestFacts(beside: list)
        guard facts.seed == seed, facts.rosterSHA256 == sha256Hex(roster) else {
            throw SynthError(
                "\(list): drawn with seed \(facts.seed) from roster \(facts.rosterSHA256); expected seed \(seed) and this roster")
        }
    }
    let list = try SampleList(path: sample, company: projects)
    let previousList = try SampleList(path: previousSample, company: projects)
    var current = try makeWave(currentWave(), projects: projects, samples: list.projects, def: def)
    var previous = try makeWave(previousWave(), projects: projects, samples: previousList.projects, def: def)
    try check(&current, projects: projects, def: def)
    try check(&previous, projects: projects, def: def)

    for dir in [out + "/wave-2026H1", out + "/wave-2025H2"] {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }
    try writeFile(sample, bytes: list.bytes(with: current.samples, notHandedOut: current.notHandedOut))
    let files = try currentWaveFiles(current, def: def, order: order)
    for (name, _, bytes) in files {
        try writeFile(out + "/wave-2026H1/" + name, bytes: bytes)
    }
    try writeFile(out + "/wave-2025H2/forms.csv", bytes: previousWaveFile(previous, def: def, order: order))
    try writeFile(
        out + "/README.md",
        text: sampleReadme(
            projects: projects, current: current, previous: previous, files: files.map { ($0.0, $0.1) }, def: def))
}

/// Runs the independent validity rules over a wave and insists that every form gets
/// exactly the reasons its plan intended (none for an ordinary form).
func check(_ w: inout WaveResult, projects: [Project], def: SurveyDef) throws {
    let roster = Set(projects.flatMap { $0.households.map(\.key) })
    var sampled: Set<String>? = nil
    if w.spec.withSampleList {
        sampled = Set(
            w.samples.flatMap { ps in (ps.sampled + ps.usedReserves).map { ps.project + "\u{1F}" + $0.household.unit } }
        )
    }
    let ctx = ValidityContext(def: def, roster: roster, projects: Set(projects.map(\.name)), sampled: sampled)
    let all = projects.flatMap { w.forms[$0.name]! }
    let reasons = validityReasons(all, ctx)
    var problems: [String] = []
    var k = 0
    for p in projects {
        let forms = w.forms[p.name]!
        w.reasons[p.name] = Array(reasons[k..<k + forms.count])
        for f in forms {
            let expected =
                f.planted?.expectedReasons(outOfRangeQuestion: f.spoiled, withSample: w.spec.withSampleList) ?? []
            if reasons[k] != expected {
                problems.append("\(w.spec.period) \(f.id) \(f.unit): planted \(expected), rules give \(reasons[k])")
            }
            k += 1
        }
    }
    if !problems.isEmpty {
        throw SynthError("the generated forms do not carry the planned reasons:\n" + problems.joined(separator: "\n"))
    }
}

/// Counts for one project of one wave, as the README reports them.
struct WaveCounts {
    var read = 0
    var valid = 0
    var reasons: [String: Int] = [:]
    var visited = 0
    var returned = 0
    /// Visited units with a valid form.
    var validUnits = 0
    var required = 0
    var population = 0
    var usedReserves = 0

    init(_ w: WaveResult, project: String) {
        let forms = w.forms[project]!
        let rs = w.reasons[project]!
        read = forms.count
        valid = rs.filter(\.isEmpty).count
        for r in rs { for x in r { reasons[x, default: 0] += 1 } }
        let ps = w.samples.first { $0.project == project }!
        let units = Set(effectiveUnits(ps).map(\.household.unit))
        visited = units.count
        returned = Set(forms.filter { $0.project == project && units.contains($0.unit) }.map(\.unit)).count
        validUnits =
            Set(
                zip(forms, rs).filter { $0.project == project && units.contains($0.unit) && $1.isEmpty }.map(\.0.unit)
            ).count
        population = ps.population
        usedReserves = ps.usedReserves.count
        required = requiredSampleSize(population: ps.population)
    }

    var invalid: Int { read - valid }
}

/// SPEC order of reasons, for tables.
func reasonRank(_ r: String) -> Int {
    let order = [
        "damaged", "altered", "missing_signature", "missing_phone", "invalid_phone", "too_few_answers", "out_of_range",
        "duplicate_unit", "off_sample", "unknown_project", "unknown_unit",
    ]
    let base = r.split(separator: ":").first.map(String.init) ?? r
    return order.firstIndex(of: base) ?? order.count
}

func sortedReasons(_ rs: some Sequence<String>) -> [String] {
    Set(rs).sorted { reasonRank($0) != reasonRank($1) ? reasonRank($0) < reasonRank($1) : naturalLess($0, $1) }
}
