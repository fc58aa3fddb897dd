/// docs/ERRORS.md, "Across waves: the history file".
enum CatalogueHistory {
    static let add = ["history", "add", "--db", "h.sqlite", "--survey", "survey.json", "forms.csv"]
    static let other = Fixture.survey(replacing: #""id": "t","#, with: #""id": "other","#)

    static let cases: [ErrorCase] = [
        ErrorCase(
            "G1", add, "h.sqlite: not a SQLite database (damaged, or not a csat history); csat leaves it as it is",
            files: ["h.sqlite": "period,index\n2026H1,75\n"], after: ["h.sqlite": "period,index\n2026H1,75\n"]),
        ErrorCase("G2", add, "h.sqlite: 2026H1 is stored already; add --replace to replace it", before: [add]),
        ErrorCase(
            "G3", ["history", "add", "--db", "h.sqlite", "--survey", "other.json", "forms.csv"],
            #"h.sqlite: this history holds the survey "t", the definition's id is "other": one history file per survey"#,
            files: ["other.json": other], before: [add]),
        ErrorCase(
            "G4", ["history", "remove", "--db", "h.sqlite", "2025H2"], "h.sqlite: 2025H2 is not stored; stored: 2026H1",
            before: [add]),
        ErrorCase(
            "G5", ["history", "list", "--db", "h.sqlite"],
            "h.sqlite: no such history file; store a wave first with csat history add"),
        ErrorCase(
            "G6", ["report", "--survey", "survey.json", "forms.csv", "--history", "h.sqlite", "-o", "out"],
            "h.sqlite: no such history file; store a wave first with csat history add"),
    ]
}
