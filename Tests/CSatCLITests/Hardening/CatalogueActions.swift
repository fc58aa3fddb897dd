/// docs/ERRORS.md, "The improvement loop: csat actions".
enum CatalogueActions {
    static func departments(_ block: String) -> String {
        Fixture.survey(replacing: #""segments": ["project"],"#, with: #""segments": ["project"], "departments": \#(block),"#)
    }
    static let actions = ["actions", "--survey", "survey.json", "forms.csv", "--lang", "en"]

    static let cases: [ErrorCase] = [
        ErrorCase(
            "A1", actions + ["-o", "a.xlsx"], #"survey.json: $.departments: expected an object of department → keys"#,
            files: ["survey.json": departments(#"["秩序维护部"]"#)]),
        ErrorCase(
            "A2", actions + ["-o", "a.xlsx"], "a department needs at least one key",
            files: ["survey.json": departments(#"{"秩序维护部": []}"#)]),
        ErrorCase(
            "A3", actions + ["-o", "a.xlsx"], "expected a string, found a number",
            files: ["survey.json": departments(#"{"秩序维护部": ["门禁", 3]}"#)]),
        ErrorCase(
            "A4", actions + ["-o", "a.xlsx"], "a department's name must not be empty",
            files: ["survey.json": departments(#"{" ": ["门禁"]}"#)]),
        ErrorCase("A5", actions + ["-o", "a.csv"], "a.csv: the output must be an .xlsx workbook (such as -o actions.xlsx)"),
        ErrorCase(
            "A6", actions + ["-o", "a.xlsx"],
            "a.xlsx: already exists; the departments may have filled in owners and statuses there, so it is not written over — pass --force to overwrite it",
            before: [actions + ["-o", "a.xlsx"]]),
        ErrorCase(
            "A7", actions + ["--previous-actions", "e.xlsx", "-o", "a.xlsx"],
            #"e.xlsx: is not a workbook that csat actions wrote: it has no sheet "Improvement plan" or "整改计划" (its sheets: "Entry", "Instructions", "lists")"#,
            before: [CatalogueFieldWork.entry + ["-o", "e.xlsx"]]),
        ErrorCase(
            "A8", actions + ["--previous-actions", "last.csv", "-o", "a.xlsx"],
            "last.csv: is not an .xlsx workbook: --previous-actions takes the workbook csat actions wrote, as the departments filled it in", files: ["last.csv": "编号,状态\n2026H1-甲苑-01,已完成\n"]),
    ]
}
