/// docs/ERRORS.md, "Roster", "Sample list", "Drawing a sample" and "Verifying a sample".
enum CatalogueRosterSample {
    static let wave = ["check", "--survey", "survey.json", "--roster", "roster.csv", "--sample", "sample.csv", "forms.csv"]
    static let draw = ["sample", "--roster", "roster.csv", "--seed", "s1", "--min", "1", "-o", "s.csv"]

    static func roster(_ old: String, _ new: String) -> [String: String] {
        precondition(Fixture.roster.contains(old))
        return ["roster.csv": Fixture.roster.replacingOccurrences(of: old, with: new)]
    }

    static func sample(_ old: String, _ new: String) -> [String: String] {
        precondition(Fixture.sample.contains(old))
        return ["sample.csv": Fixture.sample.replacingOccurrences(of: old, with: new)]
    }

    static let cases: [ErrorCase] = [
        // The roster given to check, score and report.
        ErrorCase(
            "O1", wave, "roster.csv:1: a roster needs the columns project and unit",
            files: roster("project,unit,", "project,room,")),
        ErrorCase("O2", wave, "roster.csv:4:2: empty unit: every household needs both", files: roster("甲苑,1-103,", "甲苑,,")),
        ErrorCase("O3", wave, "roster.csv:4:2: household 甲苑 1-102 is listed twice", files: roster("甲苑,1-103,", "甲苑,1-102,")),
        // The sample list given to check, score and report.
        ErrorCase(
            "L1", wave, "sample.csv:1: a sample list needs the columns project, unit and role", files: sample(",role,", ",kind,")),
        ErrorCase(
            "L2", wave, "sample.csv:4:7: reserve 1-103 replaces 1-102 but gives no reason",
            files: sample("reserve,1,,", "reserve,1,1-102,")),
        ErrorCase(
            "L3", wave, "sample.csv:5: 1-102 is already replaced by 1-103 on line 4",
            files: sample("甲苑,1号楼,1-103,reserve,1,,", "甲苑,1号楼,1-103,reserve,1,1-102,空置\n甲苑,1号楼,1-104,reserve,2,1-102,拒访")),
        ErrorCase(
            "L4", wave, "sample.csv:6:4: role must be sample or reserve, found \"extra\"",
            files: sample("2-202,sample", "2-202,extra")),
        ErrorCase(
            "L5", wave, "sample.csv:4: reserve 1-103 replaces a unit that is not in the sample",
            files: sample("reserve,1,,", "reserve,1,1-109,空置")),
        // csat sample
        ErrorCase(
            "S1", draw,
            "roster.csv:1: a roster needs the columns project and unit (or the survey's headers for them); found project, room",
            files: roster("project,unit,", "project,room,")),
        ErrorCase("S2", draw + ["--strata", "floor"], "no column \"floor\" for the strata"),
        ErrorCase("S3", draw, "roster.csv:4:2: empty unit: every household needs both", files: roster("甲苑,1-103,", "甲苑,,")),
        ErrorCase(
            "S4", draw, "roster.csv: the roster lists no household (only a header); nothing to sample",
            files: ["roster.csv": "project,unit,building,vacant\n"]),
        ErrorCase("S5", draw, "household 甲苑 1-102 is listed twice (lines 3 and 4)", files: roster("甲苑,1-103,", "甲苑,1-102,")),
        ErrorCase(
            "S6", draw + ["--include", "inc.csv"], "inc.csv:1: a household list needs the columns project and unit",
            files: ["inc.csv": "项目名,户\n甲苑,1-101\n"]),
        ErrorCase(
            "S7", draw + ["--include", "inc.csv", "--exclude", "inc.csv"], "甲苑 1-101 is also excluded",
            files: ["inc.csv": "project,unit\n甲苑,1-101\n"]),
        ErrorCase(
            "S8", draw + ["--include", "inc.csv"], "乙苑 2-203 is marked vacant in the roster",
            files: ["inc.csv": "project,unit\n乙苑,2-203\n"]),
        ErrorCase(
            "S9", draw + ["--include", "inc.csv"], "甲苑 9-999 is not in the roster", files: ["inc.csv": "project,unit\n甲苑,9-999\n"]
        ),
        ErrorCase(
            "S10", draw, "s.csv: already exists; a drawn sample is not redrawn over — pass --force to overwrite it",
            files: ["s.csv": "an earlier list\n"]),
        ErrorCase(
            "S11", ["sample", "--roster", "roster.csv", "--seed", "s1", "-o", "roster.csv"],
            "is one of the input files; choose another -o"),
        // csat sample --verify
        ErrorCase(
            "V1", ["sample", "--verify", "s.xlsx", "--roster", "roster.csv"],
            "--verify reads the CSV list that csat sample writes beside the .xlsx"),
        ErrorCase(
            "V2", ["sample", "--verify", "s.csv", "--roster", "roster.csv"], "s.csv:1: a sample list needs the column order",
            before: [draw], after: ["s.csv": "project,unit,role\n甲苑,1-101,sample\n"]),
        ErrorCase(
            "V3", ["sample", "--verify", "sample.csv", "--roster", "roster.csv"], "sample.manifest.json: no manifest here"),
        ErrorCase(
            "V4", ["sample", "--verify", "sample.csv", "--roster", "roster.csv"],
            "sample.manifest.json: $.kind: this is not a csat sample manifest",
            files: ["sample.manifest.json": "{}"]),
        ErrorCase(
            "V5", ["sample", "--verify", "sample.csv", "--roster", "roster.csv"],
            "sample.manifest.json: $: missing required key \"method\"",
            files: ["sample.manifest.json": #"{"kind": "csat sample manifest"}"#]),
        ErrorCase(
            "V6", ["sample", "--verify", "sample.csv", "--roster", "roster.csv"],
            "drawn with method v0, which this csat does not know",
            files: ["sample.manifest.json": #"{"kind": "csat sample manifest", "method": "v0"}"#]),
        ErrorCase(
            "V7", ["sample", "--verify", "s.csv", "--roster", "roster.csv"], exit: 1,
            "mismatch: roster.csv is not the roster the sample was drawn from",
            before: [draw], after: ["roster.csv": Fixture.roster + "乙苑,2-204,2号楼,\n"]),
        ErrorCase(
            "V8", ["sample", "--verify", "s.csv", "--roster", "roster.csv"], exit: 1,
            "no column \"vacant\" (vacant) as when the sample was drawn",
            before: [draw], after: ["roster.csv": Fixture.roster.replacingOccurrences(of: ",vacant", with: ",empty")]),
    ]
}
