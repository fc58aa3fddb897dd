/// docs/ERRORS.md, "Response files" (what the rows and objects hold), "Scoring" and "Rules".
enum CatalogueResponses {
    static let w = ["--survey", "survey.json"]
    static let h = Fixture.header

    static func check(_ id: String, exit: Int32 = 2, _ message: String, _ files: [String: String], _ extra: [String] = [])
        -> ErrorCase
    {
        ErrorCase(id, ["check"] + w + extra + files.keys.sorted(), exit: exit, message, files: files)
    }

    static let jsonForm = #""form": "J1", "project": "甲苑", "unit": "1-103", "phone": "13800138001", "signed": "是", "q1": 5"#
    static let allInvalid = Fixture.forms.replacingOccurrences(of: ",是,", with: ",,")

    /// 50,001 forms with all four closed answers off the scale: 200,004, past the 200,000 whose value is kept.
    static let offScaleEverywhere =
        h + "\n" + (1...50_001).map { "F\($0),甲苑,1-\($0),1号楼,王敏,2026-06-15,张三,13800138000,是,6,6,6,11,\n" }.joined()

    static let cases: [ErrorCase] = [
        check(
            "R1", "bad.csv:1: no column for project (expected a header \"project\")",
            ["bad.csv": Fixture.forms.replacingOccurrences(of: "form,project,", with: "form,projekt,")]),
        check("R2", "no column for unit", ["bad.csv": Fixture.forms(replacing: ",unit,", with: ",room,")]),
        check(
            "R3",
            "no signature column \"signed\", and the survey requires a signature; add the column or set validity.requireSignature to false",
            ["bad.csv": Fixture.forms(replacing: ",signed,", with: ",sign,")]),
        check(
            "R4", "no phone column \"phone\", and the survey requires a phone number",
            ["bad.csv": Fixture.forms(replacing: ",phone,", with: ",tel,")]),
        check(
            "R5", "bad.csv:1:14: columns 10 (\"q1\") and 14 (\"1、前台接待人员的服务态度\") both hold question q1; remove or rename one",
            ["bad.csv": Fixture.forms(replacing: ",c1\n", with: ",1、前台接待人员的服务态度\n")]),
        check(
            "R6", "bad.csv:3:2: the project cell is empty; every form needs its project",
            ["bad.csv": Fixture.forms(replacing: "F2,甲苑,", with: "F2,,")]),
        check(
            "R7", "bad.csv:2:3: the unit cell is empty; every form needs its unit",
            ["bad.csv": Fixture.forms(replacing: "F1,甲苑,1-101,", with: "F1,甲苑, ,")]),
        check(
            "R8", "bad.csv:2:6: \"6月中旬\" in column date is not a date; write it as 2026-06-18",
            ["bad.csv": Fixture.forms(replacing: "王敏,2026-06-15,张三丰", with: "王敏,6月中旬,张三丰")]),
        check("R9", "bad.json: $: expected an array of forms (objects), found an object", ["bad.json": "{" + jsonForm + "}"]),
        check("R10", "bad.json: $[1]: expected a form (an object), found a number", ["bad.json": "[{" + jsonForm + "}, 7]"]),
        check(
            "R11", "bad.jsonl:2: expected one form as a JSON object on this line, found an array",
            ["bad.jsonl": "{" + jsonForm + "}\n[1, 2]\n"]),
        check(
            "R12", "bad.json: $[0].q2: expected a number or a string, found an array",
            ["bad.json": "[{" + jsonForm + ", \"q2\": [4, 5]}]"]),
        check(
            "R13", "bad.json: $[0].date: \"yesterday\" in column date is not a date",
            ["bad.json": "[{" + jsonForm + ", \"date\": \"yesterday\"}]"]),
        check(
            "R14", "bad.json: $[0].project: the project cell is empty",
            ["bad.json": "[{" + jsonForm.replacingOccurrences(of: "甲苑", with: "") + "}]"]),
        // Warnings: the run goes on, the figures are right, the warning is shown.
        check(
            "R15", exit: 0, "columns not in the survey definition, ignored: IP地址",
            ["a.csv": Fixture.forms(addingColumn: "IP地址", value: "10.0.0.1")]),
        check(
            "R16", exit: 0, "questions with no column, counted as not answered: q3",
            ["a.csv": Fixture.forms.replacingOccurrences(of: ",q3,", with: ",备注,")]),
        check("R17", exit: 0, "form ids used more than once: F1", ["a.csv": Fixture.forms(replacing: "F2,", with: "F1,")]),
        check(
            "R18", exit: 0, "project 乙苑: no forms were returned",
            ["a.csv": ([h] + Fixture.rows.prefix(2)).joined(separator: "\n") + "\n"], ["--roster", "roster.csv"]),
        check(
            "R19", exit: 0, "project 乙苑: none of its 2 forms is valid, so it has no figures",
            [
                "a.csv": Fixture.forms.replacingOccurrences(
                    of: "李强,2026-06-16,王五洲,021-12345678,是", with: "李强,2026-06-16,王五洲,021-12345678,")
            ]),
        check("R20", exit: 0, "no forms were read: the response files hold only a header", ["a.csv": h + "\n"]),
        ErrorCase(
            "R21", ["check", "--survey", "mapped.json", "bad.csv"],
            "bad.csv:1: no column \"联系电话\" for phone, which \"columns\" in the survey definition maps to it (did you mean \"电话\"?); rename the header in the file, or correct the mapping",
            files: [
                "mapped.json": Fixture.survey(
                    replacing: "\"segments\"", with: "\"columns\": {\"phone\": \"联系电话\"},\n  \"segments\""),
                "bad.csv": Fixture.forms(replacing: ",phone,", with: ",电话,"),
            ]),
        check(
            "R22", exit: 0,
            "a.csv: 2 phones in column phone are written like 1.38001E+10: Excel turned them into numbers and lost digits; format the column as Text (or export the download as text) and type or export them again (such a phone is invalid_phone)",
            [
                "a.csv": Fixture.forms(replacing: "13800138000", with: "1.38001E+10")
                    .replacingOccurrences(of: "13900139000", with: "1.39001E+10")
            ]),
        check(
            "R24", exit: 0,
            "200004 answers are off their scale; the lists show the value and column of the first 200000 only (the forms are invalid all the same): is the definition's scale or its labels the questionnaire's?",
            ["a.csv": offScaleEverywhere]),
        check(
            "R25", exit: 0,
            "a.csv: a field is longer than a spreadsheet cell holds: line 2, field 14 (118 KB). csat keeps its first 32,767 characters (Excel's limit for a cell); is a quote never closed, or a log pasted into an answer?",
            ["a.csv": Fixture.forms(replacing: ",停车难", with: "," + String(repeating: "停车难", count: 13_334))]),
        check(
            "R23", exit: 0,
            "a.csv: 1 form id in column form is written like 2.02606E+11: Excel turned it into a number and lost digits",
            ["a.csv": Fixture.forms(replacing: "F1,", with: "2.02606E+11,")]),

        // Scoring
        ErrorCase(
            "X1", ["score", "--json", "--survey", "pop.json", "forms.csv"],
            "\"population\" weights need each project's household count: pass --roster",
            files: ["pop.json": Fixture.survey(replacing: "\"respondents\"", with: "\"population\"")]),
        ErrorCase(
            "X2", ["score", "--json"] + w + ["bad.csv"],
            "none of the 4 forms is valid (csat check lists each with its reasons): nothing to score",
            files: ["bad.csv": allInvalid]),
        ErrorCase(
            "X3", ["report"] + w + ["empty.csv", "-o", "out"],
            "no forms were read (the files hold only a header or an empty list): nothing to score",
            files: ["empty.csv": h + "\n"]),
        ErrorCase(
            "X4", ["score", "--json"] + w + ["forms.csv", "--previous", "old.csv"],
            "the previous wave (--previous): none of the 4 forms is valid",
            files: ["old.csv": allInvalid]),

        // Rules the user asked to enforce: exit 1.
        ErrorCase(
            "K1", ["check"] + w + ["--roster", "roster.csv", "--sample", "sample.csv", "--strict", "--lang", "en", "forms.csv"],
            exit: 1, "csat: error: --strict: the sampling rule failed for 乙苑"),
        check(
            "K2", exit: 1,
            "csat: error: --strict: questions with no column, counted as not answered: a.csv (q3); map each question to its column (see the warnings) or run without --strict",
            ["a.csv": Fixture.forms.replacingOccurrences(of: ",q3,", with: ",3、保安巡luo,")], ["--strict"]),
    ]
}
