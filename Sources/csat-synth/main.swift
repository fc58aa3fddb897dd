import Foundation

/// csat-synth: an independent producer of test data for csat. It shares no code
/// with the csat modules, so that a misreading of the SPEC in one does not hide
/// the same misreading in the other.

let usage = """
    usage: csat-synth sample-data [--out DIR]
           csat-synth large --forms N --projects P [--seed TEXT] --out DIR

    sample-data  writes the fictional company 锦程物业's survey, roster, sample and two
                 waves of forms (default DIR: sample-data); the same every run
    large        writes DIR/survey.json, DIR/roster.csv, DIR/forms.csv (N forms over P
                 projects, streamed) and DIR/expected.json (the validity counts)

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
        let options = parseOptions(arguments.dropFirst(2), allowed: ["out"])
        try writeSampleData(out: options["out"] ?? "sample-data")
    case "large":
        let options = parseOptions(arguments.dropFirst(2), allowed: ["forms", "projects", "seed", "out"])
        guard let out = options["out"] else { fail("--out is required\n\n" + usage) }
        try writeLarge(
            forms: positiveInt(options, "forms"), projects: positiveInt(options, "projects"),
            seed: options["seed"] ?? "large", out: out)
    default:
        fail("unknown mode \(arguments[1])\n\n" + usage)
    }
} catch {
    fail("\(error)", code: 1)
}
