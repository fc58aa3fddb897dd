import Foundation

/// What `csat score --json` gave on one wave, for the README's table of the six waves. The
/// figures are csat's (the generator has no scorer of its own); the counts are checked against
/// the generator's plan before they are written.
struct WaveFigures {
    var read: Int
    var valid: Int
    var index: Double
    var rate: Double
    /// segments.project: the index per project.
    var projects: [String: Double]

    init(scoreJSON data: Data, path: String) throws {
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let forms = root["forms"] as? [String: Any], let read = forms["read"] as? Int,
            let valid = forms["valid"] as? Int, let overall = root["overall"] as? [String: Any],
            let index = overall["index"] as? Double, let rate = overall["rate"] as? Double,
            let segments = root["segments"] as? [String: Any], let projects = segments["project"] as? [[String: Any]]
        else { throw SynthError("\(path): not the output of csat score --json") }
        self.read = read
        self.valid = valid
        self.index = index
        self.rate = rate
        self.projects = [:]
        for p in projects {
            if let name = p["value"] as? String, let i = p["index"] as? Double { self.projects[name] = i }
        }
    }
}

func fixed1(_ x: Double) -> String { String(format: "%.1f", x) }

let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
]

/// The weekday of a Gregorian date (Sakamoto's method).
func weekdayName(year: Int, month: Int, day: Int) -> String {
    let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    let y = month < 3 ? year - 1 : year
    let w = (y + y / 4 - y / 100 + y / 400 + t[month - 1] + day) % 7
    return ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][w]
}

/// `Monday 15 June 2026`
func longDate(year: Int, month: Int, day: Int) -> String {
    "\(weekdayName(year: year, month: month, day: day)) \(day) \(monthNames[month - 1]) \(year)"
}

/// The README's section on the six waves: the table from csat's figures, how it was made, and the drift.
func wavesSection(_ w: SampleWaves, figures: [WaveFigures]) -> String {
    let names = w.projects.map(\.name)
    var s = "\n## Six waves, 2024H1 to 2026H2\n\n"
    s += """
        Every June and December since 2024 the company ran the same survey. Each wave's folder holds its forms
        and its own copy of the definition, as the quality manager keeps them: survey.json copied and only
        `period` and `wave.handOut` changed (so the title still reads 2026年上半年). Forms read, valid forms,
        the overall index and rate and the index per project are `csat score --json`'s `forms`, `overall` and
        `segments.project` on each wave, run by scripts/make-sample-data as

            csat score --json --survey sample-data/wave-<period>/survey.json --roster sample-data/roster.csv \\
              sample-data/wave-<period>/forms.csv

        and for 2026H1 as `csat score --json --survey sample-data/survey.json --roster sample-data/roster.csv
        --sample sample-data/sample.csv` on its four files; csat-synth checks that the counts are the ones
        it planted before it writes them here. The per-project index is the index of the project's valid forms.


        """
    let rows = zip(w.all, figures).map { wave, f -> [String] in
        let spec = wave.spec
        let handOut = "\(spec.handOut) (\(weekdayName(year: spec.year, month: spec.month, day: spec.days.lowerBound).prefix(3)))"
        return [
            spec.period + (spec.underWay ? " (under way)" : ""), handOut, String(f.read), String(f.valid), fixed1(f.index),
            fixed1(100 * f.rate) + "%",
        ] + names.map { f.projects[$0].map(fixed1) ?? "—" }
    }
    s += table(["wave", "hand-out", "forms read", "valid", "overall index", "rate"] + names, rows)
    s += """

        The drift is planted in the answer model (below, "How the answers were made"), against the levels of
        2025H2 and 2026H1, which were there first: 翠湖苑 improves steadily; 锦程国际大厦's repairs (工程维修)
        fell in 2025H1, when the air conditioning plant failed, and recovered; the shopping street swings from
        wave to wave (16 shops, a census, so each shop's answer moves its index); 锦程花园's parking (停车管理)
        gets worse every wave. In the latent model's units (one point of the five-point scale is 25 index
        points), against 2025H2's model for the earlier waves and 2026H1's (without 赵强's bias) for 2026H2:


        """
    let driftRows = drifts.map { d in
        [d.period]
            + ["翠湖苑", "锦程国际大厦", "锦程商业街"].map { signed(d.projects[$0] ?? 0) }
            + [signed(d.gardenParking), signed(d.towerEngineering)]
    }
    s += table(["wave", "翠湖苑", "锦程国际大厦", "锦程商业街", "锦程花园 停车管理", "锦程国际大厦 工程维修"], driftRows)
    s += """

        2026H2 is under way: on Monday 7 December 2026 the forms handed out from Tuesday 1 December have come
        back dated 1 to 4 December; 锦程花园 and 锦程国际大厦 are still below the coverage rule (the wave's
        section below says by how many).

        """
    return s
}

private func signed(_ x: Double) -> String {
    x == 0 ? "0" : (x > 0 ? "+" : "−") + String(format: "%.2f", abs(x))
}
