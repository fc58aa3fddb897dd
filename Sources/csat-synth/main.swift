import Foundation

/// csat-synth: an independent producer of test data for csat. It shares no code
/// with the csat modules, so that a misreading of the SPEC in one does not hide
/// the same misreading in the other.

let usage = """
    usage: csat-synth sample-data roster [--out DIR]
           csat-synth sample-data forms --sample FILE --waves DIR [--out DIR]
           csat-synth sample-data readme --sample FILE --waves DIR --scores DIR [--out DIR]
           csat-synth large --forms N --projects P [--households-per-form H] [--seed TEXT] --out DIR

    sample-data  the fictional company 锦程物业 (default DIR: sample-data), in steps around
                 `csat sample` and `csat score` (scripts/make-sample-data runs them all):
      roster     writes DIR/survey.json, DIR/roster.csv and the definition of every other wave,
                 DIR/wave-<period>/survey.json (2024H1, 2024H2, 2025H1, 2025H2, 2026H2)
      forms      reads the 2026H1 list that csat drew (--sample, seed jincheng-2026H1, with its
                 manifest beside it) and every other wave's (--waves: <period>/sample.csv, seed
                 jincheng-<period>); writes the surveyors' replacements into the 2026H1 list (its
                 replaces and reason cells only), the forms of 2026H1 into DIR/wave-2026H1 and
                 those of every other wave into DIR/wave-<period>/forms.csv
      readme     writes DIR/README.md from the same waves and csat's figures on each
                 (--scores: <period>.json, the output of `csat score --json`)
    large        writes DIR/survey.json, DIR/roster.csv, DIR/forms.csv (N forms over P
                 projects, streamed) and DIR/expected.json (the validity counts); the
                 roster has H households per form (default 4.5: a national group's
                 wave samples about 22% of its households)

    The same inputs give the same bytes every run.

    """

func fail(_ message: String, code: Int32 = 2) -> Never {
    FileHandle.standardError.write(Data(("csat-synth: " + message + "\n").utf8))
    exit(code)
}

/// `--name value` options after the mode; every option needs a value.
func parseOptions(_ args: ArraySlice<String>, allowed: Set<String>) -> [String: String] {
    var out: [String: String] = [:]
    var i = args.startIndex
    while i < args.endIndex {
        let key = args[i]
        guard key.hasPrefix("--"), allowed.contains(String(key.dropFirst(2))) else {
            fail("unknown option \(key)\n\n" + usage)
        }
        guard i + 1 < args.endIndex else { fail("\(key) needs a value") }
        out[String(key.dropFirst(2))] = args[i + 1]
        i += 2
    }
    return out
}

func positiveInt(_ options: [String: String], _ key: String) -> Int {
    guard let text = options[key] else { fail("--\(key) is required\n\n" + usage) }
    guard let v = Int(text), v > 0 else { fail("--\(key) must be a positive whole number, not \(text)") }
    return v
}

let arguments = CommandLine.arguments
if arguments.count < 2 || arguments.contains("--help") || arguments.contains("-h") {
    print(usage, terminator: "")
    exit(arguments.count < 2 ? 2 : 0)
}

do {
    switch arguments[1] {
    case "sample-data":
        switch arguments.count > 2 ? arguments[2] : "" {
        case "roster":
            let options = parseOptions(arguments.dropFirst(3), allowed: ["out"])
            try writeRosterStep(out: options["out"] ?? "sample-data")
        case "forms":
            let options = parseOptions(arguments.dropFirst(3), allowed: ["sample", "waves", "out"])
            guard let sample = options["sample"], let waves = options["waves"] else {
                fail("--sample and --waves are required\n\n" + usage)
            }
            try writeFormsStep(sample: sample, waves: waves, out: options["out"] ?? "sample-data")
        case "readme":
            let options = parseOptions(arguments.dropFirst(3), allowed: ["sample", "waves", "scores", "out"])
            guard let sample = options["sample"], let waves = options["waves"], let scores = options["scores"] else {
                fail("--sample, --waves and --scores are required\n\n" + usage)
            }
            try writeReadmeStep(sample: sample, waves: waves, scores: scores, out: options["out"] ?? "sample-data")
        default:
            fail("sample-data needs a step: roster, forms or readme\n\n" + usage)
        }
    case "large":
        let options = parseOptions(arguments.dropFirst(2), allowed: ["forms", "projects", "seed", "out", "households-per-form"])
        guard let out = options["out"] else { fail("--out is required\n\n" + usage) }
        let perForm = options["households-per-form"].map { Double($0) ?? 0 } ?? 4.5
        guard perForm >= 1.05 else { fail("--households-per-form must be a number of at least 1.05") }
        try writeLarge(
            forms: positiveInt(options, "forms"), projects: positiveInt(options, "projects"),
            householdsPerForm: perForm, seed: options["seed"] ?? "large", out: out)
    default:
        fail("unknown mode \(arguments[1])\n\n" + usage)
    }
} catch {
    fail("\(error)", code: 1)
}
