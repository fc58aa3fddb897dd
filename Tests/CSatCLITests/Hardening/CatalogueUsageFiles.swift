/// docs/ERRORS.md, "Usage" and "Files".
enum CatalogueUsageFiles {
    static let w = ["--survey", "survey.json"]

    static let cases: [ErrorCase] = [
        // Usage: argument-parser's own messages, and csat's checks of option values.
        ErrorCase("U1", ["check"] + w + ["--bogus", "forms.csv"], "Unknown option '--bogus'"),
        ErrorCase("U2", ["check", "forms.csv"], "Missing expected argument '--survey <survey>'"),
        ErrorCase(
            "U3", ["check", "--survey", "survey.json", "--input-format", "xml", "forms.csv"],
            "The value 'xml' is invalid for '--input-format <input-format>'"),
        ErrorCase("U4", ["check"] + w, "Missing expected argument '<responses> ...'"),
        ErrorCase("U14", ["report"] + w + ["forms.csv", "-o", "报告.xlsx"], "-o wants a folder, and \"报告.xlsx\" looks like a file name"),
        ErrorCase("U6", ["report"] + w + ["forms.csv", "-o", "out", "--format", "pdf"], "unknown format \"pdf\""),
        ErrorCase("U7", ["report"] + w + ["forms.csv", "-o", "out", "--format", ","], "--format needs xlsx, md or both"),
        ErrorCase("U8", ["sample", "--roster", "roster.csv"], "missing -o/--output"),
        ErrorCase(
            "U9", ["sample", "--roster", "roster.csv", "--rate", "1.5", "-o", "s.csv"], "--rate must be above 0 and at most 1"),
        ErrorCase("U10", ["sample", "--roster", "roster.csv", "--min=-1", "-o", "s.csv"], "--min must not be negative"),
        ErrorCase(
            "U11", ["sample", "--roster", "roster.csv", "--reserve", "20", "-o", "s.csv"], "--reserve must be between 0 and 10"),
        ErrorCase("U12", ["sample", "--roster", "roster.csv", "--seed", " ", "-o", "s.csv"], "--seed must not be empty"),
        ErrorCase(
            "U13", ["sample", "--verify", "sample.csv", "--roster", "roster.csv", "--seed", "x"],
            "--verify takes only --roster"),
        ErrorCase(
            "U15", ["install-completions"], "SHELL=/usr/bin/tcsh, which is not bash, zsh or fish: pass --shell bash, --shell zsh or --shell fish",
            environment: ["SHELL": "/usr/bin/tcsh"]),
        ErrorCase(
            "U16", ["install-completions", "--shell", "bash"], "HOME is not set, so there is no per-user folder: give one with --dir, or --print the script",
            environment: ["HOME": ""]),

        // Files: missing, a folder, unreadable (FaultTests), a disk error, too large, the wrong kind.
        ErrorCase("F1", ["check"] + w + ["nope.csv"], "nope.csv: no such file"),
        ErrorCase(
            "F2", ["check"] + w + ["wave"], "wave: is a folder; name the files inside it",
            files: ["wave/forms.csv": Fixture.forms]),
        ErrorCase(
            "F4", ["check"] + w + ["mem.json"], "mem.json: cannot be read: Input/output error",
            links: ["mem.json": "/proc/self/mem"]),
        // As if 2 000 bytes were free: the definition (1.4 kB, read as is) fits, the JSON forms (330 bytes, 8× parsed) do not.
        ErrorCase(
            "F5", ["check"] + w + ["forms.json"],
            "forms.json: is 1 KB; reading it needs about 3 KB of memory, but only 2 KB are free",
            environment: ["CSAT_MEMORY_AVAILABLE": "2000"]),
        ErrorCase(
            "F6", ["check"] + w + ["export.csv"], "export.csv: is an old-format Excel workbook (.xls or WPS .et); open it in Excel or WPS",
            bytes: ["export.csv": [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]]),
        ErrorCase(
            "F7", ["check", "--survey", "nope.json", "forms.csv"], "nope.json: cannot read the survey definition: no such file"),
        ErrorCase(
            "F8", ["check", "--survey", "big.json", "forms.csv"], "a survey definition is a few kilobytes of JSON",
            bytes: ["big.json": Array(repeating: 0x20, count: 17 << 20)]),
        ErrorCase("F9", ["check", "--survey", "forms.csv", "forms.csv"], "--survey takes the survey definition"),
        ErrorCase("F10", ["check", "--survey", "forms.json", "forms.csv"], "this file looks like response forms"),
        ErrorCase("F11", ["check"] + w + ["survey.json"], "this is a survey definition: give it with --survey"),
        ErrorCase(
            "F12", ["check", "--survey", "other.json", "forms.csv"],
            "forms.csv:1: none of the survey's questions (a1, a2, a3…) has a column in this file, and no header resembles their texts",
            files: [
                "other.json": Fixture.survey.replacingOccurrences(of: "\"id\": \"q", with: "\"id\": \"a")
                    .replacingOccurrences(of: "\"text\": \"", with: "\"text\": \"旧版")
                    .replacingOccurrences(of: "\"id\": \"overall\"", with: "\"id\": \"total\"")
            ]),
        ErrorCase(
            "F13", ["check", "--survey", "survey.json", "wjx.csv"],
            "wjx.csv:1: none of the survey's questions has a column in this file; nearest: \"10、前台接待人员的服务太度\" for q1 (前台接待人员的服务态度), \"11、报修处理的及时\" for q2 (报修处理的及时性), \"12、保安\" for q3 (保安巡逻), …",
            files: [
                "wjx.csv": Fixture.forms(replacing: ",q1,q2,q3,overall,", with: ",10、前台接待人员的服务太度,11、报修处理的及时,12、保安,13、总体,")
            ]),
    ]
}
