/// docs/ERRORS.md, "Drafting a definition (init --from)".
enum CatalogueInit {
    static func from(_ file: String, _ extra: [String] = []) -> [String] {
        ["init", "--from", file, "-o", "draft.json"] + extra
    }

    static let cases: [ErrorCase] = [
        ErrorCase(
            "I1", from("header.csv"), "header.csv:1: the download holds a header but no forms; csat init --from guesses",
            files: ["header.csv": "序号,1、项目,2、房号,3、前台接待人员的服务态度\n"]),
        ErrorCase(
            "I2", from("noscale.csv"),
            "noscale.csv:1: no column of the download holds answers on a scale (非常满意…非常不满意, 1–5, 1–7, 1–10, 0–10)",
            files: ["noscale.csv": "1、项目,2、房号,3、意见\n甲苑,1-1,停车难\n甲苑,1-2,电梯\n"]),
        ErrorCase(
            "I3", ["init", "--from", "forms.csv", "-o", "forms.csv"], "forms.csv: is the download itself; choose another -o"),
        ErrorCase(
            "I4", from("forms.csv", ["--template", "office"]),
            "--from drafts the definition from a download, --template copies a template: give one of them"),
        ErrorCase(
            "I5", ["init", "--sheet", "Sheet1", "-o", "draft.json"],
            "--sheet names a worksheet of the --from download; add --from"),
        ErrorCase(
            "I6", from("forms.csv", ["--sheet", "Sheet1"]),
            "forms.csv: is not an .xlsx workbook, so it has no sheet \"Sheet1\"; leave out --sheet"),
        ErrorCase(
            "I7", from("empty.json"), "empty.json: the file is empty: expected the download's header row and one form per row",
            files: ["empty.json": "[]"]),
    ]
}
