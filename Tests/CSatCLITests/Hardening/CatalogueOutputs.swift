/// docs/ERRORS.md, "Report templates" and "Writing outputs" (the faults themselves are in FaultTests).
enum CatalogueOutputs {
    static let report = [
        "report", "--survey", "survey.json", "forms.csv", "-o", "out", "--format", "md", "--template", "t.mustache",
    ]

    static func template(_ id: String, _ message: String, _ text: String) -> ErrorCase {
        ErrorCase(id, report, message, files: ["t.mustache": text])
    }

    static let cases: [ErrorCase] = [
        ErrorCase("T1", report, "t.mustache: no such template file"),
        template(
            "T2", "t.mustache:2:5: unknown variable \"headline.indx\": \"headline\" has no \"indx\"",
            "# {{title}}\n  {{headline.indx}}\n"),
        template("T3", "t.mustache:1:4: the section \"drivers\" is never closed: add {{/drivers}}", "{{#drivers}}{{name}}\n"),
        template("T4", "t.mustache:1:5: this tag is never closed: add }}", "# x {{title\n"),
        template("T5", "\"title\" is text, not a list or a yes/no flag", "{{#title}}x{{/title}}"),
        template("T6", "\"drivers\" is a list, not text: use {{#drivers}}…{{/drivers}}", "{{drivers}}"),
        template("T7", "t.mustache:1:4: no partial named \"nope\"", "{{>nope}}"),
        template("T8", "dynamic partials ({{>*name}}) are not supported in report templates", "{{>*nope}}"),
        template(
            "T9", "template inheritance ({{<parent}}, {{$block}}) is not supported in report templates", "{{<parent}}{{/parent}}"),
        template("T10", "pragmas such as {{%CONTENT_TYPE}} are not supported", "{{%CONTENT_TYPE:TEXT}}"),
        template("T11", "transforms are not supported in report templates", "{{uppercased(title)}}"),
        template("T12", "\"{{.}}\" names the current item", "{{#drivers}}{{.}}{{/drivers}}"),
        ErrorCase(
            "T13", report, "t.mustache: the template is not UTF-8 text", bytes: ["t.mustache": [0x23, 0x20, 0xC4, 0xE3, 0x0A]]),
        template("T14", "this closing tag does not match the section it closes", "{{#drivers}}{{name}}{{/headline}}"),
        template("T15", "\"drivers\" is a list: use {{#drivers}}…{{/drivers}} and name \"name\" inside it", "{{drivers.name}}"),
        ErrorCase(
            "T18", ["report", "--survey", "survey.json", "forms.csv", "-o", "out", "--format", "md"],
            "/nonexist: CSAT_TEMPLATES names no templates folder (one with survey/ and report.zh.md.mustache): fix the path, or unset it to use the templates built into csat",
            environment: ["CSAT_TEMPLATES": "/nonexist"]),
        // Writing
        ErrorCase("W1", ["init", "-o", "survey.json"], "survey.json: already exists; pass --force to overwrite it"),
        ErrorCase(
            "W2", ["report", "--survey", "survey.json", "forms.csv", "-o", "out"],
            "out: cannot create the output folder: a file of that name is in the way",
            files: ["out": "not a folder"]),
        ErrorCase(
            "W5", ["report", "--survey", "survey.json", "forms.csv", "-o", "out"],
            "out/t-2026H1.md: cannot write the output: a folder of that name is in the way",
            files: ["out/t-2026H1.md/keep": "x"]),
        ErrorCase(
            "W8", ["sample", "--roster", "roster.csv", "--seed", "s1", "-o", "s.csv", "--force"],
            "s.csv: cannot write the output: a symbolic link of that name is in the way; csat replaces regular files only",
            files: ["elsewhere.txt": "keep me"], links: ["s.csv": "elsewhere.txt"]),
        // The company key
        ErrorCase(
            "Y1", ["report", "--survey", "survey.json", "forms.csv", "-o", "out", "--key", "bad.key"],
            "bad.key:2: not a csat company key: expected \"csat-key-1\" and 64 hex digits",
            files: ["bad.key": "# mine\nsecret\n"]),
        ErrorCase(
            "Y2", ["report", "--survey", "survey.json", "forms.csv", "-o", "out", "--key", "out/csat.key"],
            "out/csat.key: the company key must not be kept in the output folder out, which goes to management"),
        ErrorCase(
            "Y3", ["report", "--survey", "survey.json", "forms.csv", "-o", "out", "--key", "two.key"],
            "two.key:3: a second key: a key file holds one key",
            files: [
                "two.key":
                    "csat-key-1 \(String(repeating: "ab", count: 32))\n\ncsat-key-1 \(String(repeating: "cd", count: 32))\n"
            ]),
        ErrorCase(
            // CSV and JSON rosters' cells are cut to 32,767 characters as they are read (R25); a workbook's
            // are not (Excel never writes more; openpyxl does).
            "W6", ["sample", "--roster", "long.xlsx", "--seed", "s1", "-o", "s.xlsx"],
            "holds more than 32767 characters, Excel's limit",
            bytes: ["long.xlsx": CatalogueWorkbooks.book("long-roster.xlsx")]),
    ]
}
