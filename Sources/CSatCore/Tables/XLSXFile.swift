/// XLSX worksheets as tables: placeholder until the reader module lands.
enum XLSXFile {
    static let oldWorkbookMessage =
        "is an old-format Excel workbook (.xls or WPS .et); open it in Excel or WPS and choose File › Save As › \"Excel Workbook (*.xlsx)\", then give csat the .xlsx file"

    static func read(
        _ path: String, sheet: String?, findHeader: ((TableRow) -> Bool)?, header: (TableRow) throws -> Void,
        record: (TableRow) throws -> Void, started: (TableFile.Info) -> Void
    ) throws(InputError) -> TableFile.Info {
        throw InputError(
            file: path,
            message:
                "is an Excel workbook (.xlsx), not CSV; in Excel choose File › Save As › \"CSV UTF-8 (Comma delimited)\" and give csat that file"
        )
    }
}
