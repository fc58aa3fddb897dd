import Foundation

/// `csat-synth sample-data roster`: the survey definition and the roster, the inputs of `csat sample`,
/// and the definition each other wave's folder carries (`wave-<period>/survey.json`), which its draw uses.
func writeRosterStep(out: String) throws {
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    try writeFile(out + "/survey.json", text: surveyJSON(companySurvey()))
    try writeFile(out + "/roster.csv", text: rosterCSV(makeCompany(seed: sampleSeed)))
    for period in scratchPeriods {
        let dir = out + "/wave-" + period
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try writeFile(dir + "/survey.json", text: surveyJSON(waveSurvey(scratchWave(period))))
    }
}

/// The six waves, made for the households of csat's sample lists.
struct SampleWaves {
    var projects: [Project]
    var def: SurveyDef
    /// The 2026H1 list (`sample.csv`), which the surveyors' replacements are written into.
    var list: SampleList
    var current: WaveResult
    /// The waves whose list is not kept, in `scratchPeriods` order.
    var others: [WaveResult]

    /// Every wave, oldest first.
    var all: [WaveResult] {
        wavePeriods.map { p in p == current.spec.period ? current : others.first { $0.spec.period == p }! }
    }
    var previous: WaveResult { others.first { $0.spec.period == "2025H2" }! }
}

/// The sample lists: `sample` (2026H1, seed jincheng-2026H1, its manifest beside it) and
/// `waves/<period>/sample.csv` for every other wave (seed jincheng-<period>), all drawn by csat
/// from this roster; the forms of every wave, each checked by the independent validity rules.
func makeSampleWaves(sample: String, waves: String, out: String) throws -> SampleWaves {
    let def = companySurvey()
    let projects = makeCompany(seed: sampleSeed)
    let roster = Array(rosterCSV(projects).utf8)
    guard FileManager.default.contents(atPath: out + "/roster.csv") == Data(roster) else {
        throw SynthError("\(out)/roster.csv is not the company's roster: run `csat-synth sample-data roster` first")
    }
    func list(_ path: String, seed: String) throws -> SampleList {
        let facts = try manifestFacts(beside: path)
        guard facts.seed == seed, facts.rosterSHA256 == sha256Hex(roster) else {
            throw SynthError(
                "\(path): drawn with seed \(facts.seed) from roster \(facts.rosterSHA256); expected seed \(seed) and this roster")
        }
        return try SampleList(path: path, company: projects)
    }
    let currentList = try list(sample, seed: sampleSeed)
    var current = try makeWave(currentWave(), projects: projects, samples: currentList.projects, def: def)
    try check(&current, projects: projects, def: def)
    var others: [WaveResult] = []
    for period in scratchPeriods {
        let spec = scratchWave(period)
        let l = try list(waves + "/" + period + "/sample.csv", seed: spec.seed)
        var w = try makeWave(spec, projects: projects, samples: l.projects, def: def)
        try check(&w, projects: projects, def: def)
        others.append(w)
    }
    return SampleWaves(projects: projects, def: def, list: currentList, current: current, others: others)
}

/// `csat-synth sample-data forms`: the forms of every wave for the households of csat's sample
/// lists, and the surveyors' replacements written into `sample` (the 2026H1 list, in place).
func writeFormsStep(sample: String, waves: String, out: String) throws {
    let w = try makeSampleWaves(sample: sample, waves: waves, out: out)
    let order = w.projects.map(\.name)
    try FileManager.default.createDirectory(atPath: out + "/wave-2026H1", withIntermediateDirectories: true)
    try writeFile(sample, bytes: w.list.bytes(with: w.current.samples, notHandedOut: w.current.notHandedOut))
    for (name, _, bytes) in try currentWaveFiles(w.current, def: w.def, order: order) {
        try writeFile(out + "/wave-2026H1/" + name, bytes: bytes)
    }
    for other in w.others {
        let dir = out + "/wave-" + other.spec.period
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try writeFile(dir + "/forms.csv", bytes: previousWaveFile(other, def: w.def, order: order))
    }
}

/// `csat-synth sample-data readme`: DIR/README.md from the waves (made again, as the forms step
/// made them) and from what `csat score --json` gave on each wave (`scores/<period>.json`).
func writeReadmeStep(sample: String, waves: String, scores: String, out: String) throws {
    let w = try makeSampleWaves(sample: sample, waves: waves, out: out)
    let files = try currentWaveFiles(w.current, def: w.def, order: w.projects.map(\.name)).map { ($0.0, $0.1) }
    var figures: [WaveFigures] = []
    for wave in w.all {
        let path = scores + "/" + wave.spec.period + ".json"
        guard let data = FileManager.default.contents(atPath: path) else { throw SynthError("\(path): no such file") }
        let f = try WaveFigures(scoreJSON: data, path: path)
        let read = w.projects.map { WaveCounts(wave, project: $0.name).read }.reduce(0, +)
        let valid = w.projects.map { WaveCounts(wave, project: $0.name).valid }.reduce(0, +)
        guard f.read == read, f.valid == valid else {
            throw SynthError(
                "\(path): csat read \(f.read) forms, \(f.valid) valid; the generator planted \(read), \(valid) valid")
        }
        figures.append(f)
    }
    try writeFile(out + "/README.md", text: sampleReadme(w, files: files, figures: figures))
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
