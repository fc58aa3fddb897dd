import Foundation

/// docs/ERRORS.md, "Workbooks (.xlsx)": the workbooks of `Fixtures/workbooks` (make_workbooks.py, shaped like
/// the fixture wave) and the hostile files of `Tests/CSatCoreTests/Fixtures/xlsx` (make_xlsx.py).
enum CatalogueWorkbooks {
    static let w = ["--survey", "survey.json"]
    static let tests = CLI.packageRoot.appendingPathComponent("Tests")

    static func book(_ name: String) -> [UInt8] {
        let path = tests.appendingPathComponent("CSatCLITests/Fixtures/workbooks/\(name)").path
        return [UInt8](FileManager.default.contents(atPath: path) ?? Data())
    }

    static func hostile(_ name: String) -> [UInt8] {
        let path = tests.appendingPathComponent("CSatCoreTests/Fixtures/xlsx/\(name)").path
        return [UInt8](FileManager.default.contents(atPath: path) ?? Data())
    }

    static func check(_ file: String) -> [String] { ["check"] + w + [file] }

    static let cases: [ErrorCase] = [
        ErrorCase(
            "E1", check("export.xlsx"), "export.xlsx: is not an .xlsx workbook (not a zip archive); if it is a CSV file, give it the .csv extension",
            bytes: ["export.xlsx": hostile("hostile-text.xlsx")]),
        ErrorCase(
            "E2", check("cut.xlsx"), "cut.xlsx: is not a readable .xlsx workbook (Zip archive inconsistent); the file may be damaged or cut off",
            bytes: ["cut.xlsx": hostile("hostile-truncated.xlsx")]),
        ErrorCase(
            "E3", check("old.xlsx"), "old.xlsx: is an old-format Excel workbook (.xls or WPS .et); open it in Excel or WPS and choose File › Save As",
            bytes: ["old.xlsx": hostile("hostile-old-renamed.xlsx")]),
        ErrorCase(
            "E4", check("locked.xlsx"), "locked.xlsx: is encrypted with a password; open it in Excel or WPS, remove the password",
            bytes: ["locked.xlsx": hostile("hostile-encrypted.xlsx")]),
        ErrorCase(
            "E5", check("zipcrypto.xlsx"), "zipcrypto.xlsx: is protected by a password; remove it",
            bytes: ["zipcrypto.xlsx": hostile("hostile-zipcrypto.xlsx")]),
        ErrorCase(
            "E6", check("bomb.xlsx"), "bomb.xlsx: its part xl/worksheets/sheet1.xml inflates past",
            bytes: ["bomb.xlsx": book("bomb.xlsx")]),
        ErrorCase(
            "E7", check("laughs.xlsx"), "laughs.xlsx[Sheet1]: its XML declares a DOCTYPE (entities), which no Excel, WPS or LibreOffice workbook has",
            bytes: ["laughs.xlsx": hostile("hostile-billion-laughs.xlsx")]),
        ErrorCase(
            "E8", check("forms.xlsx:汇总"), "forms.xlsx: has no sheet \"汇总\"; its sheets are \"问卷\" (name one as forms.xlsx:SHEET)",
            bytes: ["forms.xlsx": book("forms.xlsx")]),
        ErrorCase(
            "E9", check("notes.xlsx"), "notes.xlsx[Sheet1]: no header row with the definition's columns in the first 32 rows",
            bytes: ["notes.xlsx": book("no-header.xlsx")]),
        ErrorCase(
            "E10", check("notes.xlsx"), "notes.xlsx: none of its sheets (\"说明\", \"备注\") has a header row with the definition's columns in its first 32 rows",
            bytes: ["notes.xlsx": book("no-header-sheets.xlsx")]),
        ErrorCase(
            "E11", check("forms.xlsx"),
            "forms.xlsx[问卷] row 3, column O: a value right of the header's last column (N); give the column a header or clear the cell",
            bytes: ["forms.xlsx": book("right-of-header.xlsx")]),
        ErrorCase(
            "E12", check("forms.xlsx"), "forms.xlsx[问卷] row 3, column A: has a cell that is not closed: the sheet is damaged",
            bytes: ["forms.xlsx": book("bad-xml.xlsx")]),
        ErrorCase(
            "E13", check("forms.xlsx"), "forms.xlsx[Sheet1] row 1, column A: refers to shared string 5, of 1: the workbook is damaged",
            bytes: ["forms.xlsx": hostile("hostile-sst-index.xlsx")]),
        ErrorCase(
            "E14", check("forms.xlsx"), exit: 0,
            "forms.xlsx[问卷]: 4 formula cells have no saved value (first: M2) and are read as empty",
            bytes: ["forms.xlsx": book("uncached.xlsx")]),
    ]
}
