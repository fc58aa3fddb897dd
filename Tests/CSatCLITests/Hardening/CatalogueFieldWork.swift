/// docs/ERRORS.md, "Field work: the wave calendar, print and entry".
enum CatalogueFieldWork {
    static let wave = Fixture.survey(replacing: #""segments": ["project"],"#, with: #""segments": ["project"], "wave": {"handOut": "2026-06-15"},"#)
    static func waveWith(_ block: String) -> String {
        Fixture.survey(replacing: #""segments": ["project"],"#, with: #""segments": ["project"], "wave": \#(block),"#)
    }
    static let entry = ["entry", "--survey", "survey.json", "--sample", "sample.csv", "--lang", "en"]

    static let cases: [ErrorCase] = [
        ErrorCase(
            "H1", ["calendar", "--survey", "survey.json"],
            #"survey.json: $: the survey definition has no "wave" block, so there is no timetable"#),
        ErrorCase(
            "H2", ["calendar", "--survey", "survey.json"], #"survey.json: $.wave: "wave" needs "handOut": the day the forms are handed out"#,
            files: ["survey.json": waveWith("{}")]),
        ErrorCase(
            "H3", ["calendar", "--survey", "survey.json"],
            #"survey.json: $.wave.handOut: "2026/06/15" is not a date: write it as YYYY-MM-DD, such as 2026-06-15"#,
            files: ["survey.json": waveWith(#"{"handOut": "2026/06/15"}"#)]),
        ErrorCase(
            "H4", ["calendar", "--survey", "survey.json"], #"survey.json: $.wave.lateForms: "lateForms" must be "warn" or "invalid"; it is "drop""#,
            files: ["survey.json": waveWith(#"{"handOut": "2026-06-15", "lateForms": "drop"}"#)]),
        ErrorCase(
            "H5", ["calendar", "--survey", "survey.json"],
            "survey.json: $.wave.collectionWorkingDays: must be a number of working days from 1 to 60; it is 0",
            files: ["survey.json": waveWith(#"{"handOut": "2026-06-15", "collectionWorkingDays": 0}"#)]),
        ErrorCase(
            "H6", ["calendar", "--survey", "survey.json", "--holidays", "h.json"], "h.json: no such file",
            files: ["survey.json": wave]),
        ErrorCase(
            "H7", ["calendar", "--survey", "survey.json", "--holidays", "h.json"],
            #"h.json: $.years["2027"].work[0]: 2027-01-06 is not a Saturday or Sunday: "work" lists only the weekend days made working days"#,
            files: ["survey.json": wave, "h.json": #"{"years": {"2027": {"off": [], "work": ["2027-01-06"]}}}"#]),
        ErrorCase(
            "H8", ["check", "--survey", "survey.json", "forms.csv"], exit: 0,
            "2 forms are dated before the hand-out day 2026-06-16",
            files: ["survey.json": waveWith(#"{"handOut": "2026-06-16"}"#)]),
        ErrorCase("P1", entry + ["-o", "e.csv"], "e.csv: the output must be an .xlsx workbook (such as -o questionnaires.xlsx)"),
        ErrorCase(
            "P2", entry + ["-o", "e.xlsx"],
            "e.xlsx: already exists; it may hold typed forms and is not written over — pass --force to overwrite it",
            files: ["e.xlsx": "typed forms"]),
        ErrorCase(
            "P3", ["print", "--survey", "survey.json", "--sample", "s.csv", "-o", "q.xlsx"], "s.csv: the sample list holds no households",
            files: ["s.csv": "project,stratum,unit,role,order,replaces,reason\n"]),
        ErrorCase(
            "P4", ["print", "--survey", "survey.json", "--sample", "s.csv", "-o", "q.xlsx"],
            #"s.csv:3:4: role must be sample or reserve, found "drawn""#,
            files: ["s.csv": "project,stratum,unit,role,order,replaces,reason\n甲苑,1号楼,1-101,sample,1,,\n甲苑,1号楼,1-102,drawn,2,,\n"]),
        ErrorCase(
            "P5", ["check", "--survey", "survey.json", "--sample", "sample.csv", "e.xlsx"], exit: 0,
            "e.xlsx: 4 rows hold only the prefilled household and nothing typed; counted as not returned (not as invalid forms)",
            before: [entry + ["-o", "e.xlsx"]]),
    ]
}
