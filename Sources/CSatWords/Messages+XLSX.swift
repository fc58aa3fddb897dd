/// The XLSX reader's errors: what is wrong with the workbook, said after its file name
/// ("报名表.xlsx: 不是 .xlsx 工作簿…"), and how to fix it in Excel or WPS.
extension Message {
    private static let saveAgainXLSX = Message(
        zh: "请在 Excel 或 WPS 中打开并重新另存为 .xlsx", en: "open it in Excel or WPS and save it again as .xlsx")

    // The archive.

    package static let notAZip = Message(
        zh: "不是 .xlsx 工作簿（不是 zip 压缩包）；如果它是 CSV 文件，请把扩展名改为 .csv，否则请在 Excel 或 WPS 中打开并另存为 .xlsx",
        en: "is not an .xlsx workbook (not a zip archive); if it is a CSV file, give it the .csv extension, "
            + "else open it in Excel or WPS and save it as .xlsx")

    package static func zipCannotBeRead(_ why: String) -> Message {
        Message(zh: "无法读取（\(why)）", en: "cannot be read (\(why))")
    }

    package static func notReadableXLSX(_ why: String) -> Message {
        Message(
            zh: "不是可读的 .xlsx 工作簿（\(why)）；文件可能已损坏或不完整：" + saveAgainXLSX.zh,
            en: "is not a readable .xlsx workbook (\(why)); the file may be damaged or cut off: " + saveAgainXLSX.en)
    }

    package static let zipPassword = Message(
        zh: "设有密码保护；请去掉密码（Excel：文件 › 信息 › 保护工作簿 › 用密码进行加密，清空）后重新保存",
        en: "is protected by a password; remove it (Excel: File › Info › Protect Workbook › Encrypt with Password, clear it) "
            + "and save again")

    package static func partCannotBeRead(_ part: String, _ why: String) -> Message {
        Message(
            zh: "无法读取其中的部件 \(part)（\(why)）；请在 Excel 中打开并重新保存",
            en: "cannot read its part \(part) (\(why)); open it in Excel and save it again")
    }

    package static func partDamaged(_ part: String, _ why: String) -> Message {
        Message(
            zh: "其中的部件 \(part) 已损坏（\(why)）；文件可能不完整：请在 Excel 或 WPS 中打开并重新保存",
            en: "its part \(part) is damaged (\(why)); the file may be cut off: open it in Excel or WPS and save it again")
    }

    package static func zipBomb(_ part: String, megabytes: Int64, ratio: Int64) -> Message {
        Message(
            zh: "其中的部件 \(part) 解压后超过 \(megabytes) MB，是压缩大小的 \(ratio) 倍：这是压缩炸弹，或不是 csat 能读的工作簿；csat 停下，不会占满内存",
            en: "its part \(part) inflates past \(megabytes) MB, \(ratio) times its packed size: a zip bomb, "
                + "or not a workbook csat can read; csat stops rather than fill the memory")
    }

    // The workbook.

    package static func notAnExcelWorkbook(missing part: String) -> Message {
        Message(
            zh: "是 zip 压缩包，但不是 Excel 工作簿（其中没有 \(part)）；请给出 Excel 或 WPS 保存的 .xlsx",
            en: "is a zip archive but not an Excel workbook (it has no \(part)); give csat the .xlsx that Excel or WPS saved")
    }

    package static let encryptedWorkbook = Message(
        zh: "用密码加密了；请在 Excel 或 WPS 中打开，去掉密码（文件 › 信息 › 保护工作簿 › 用密码进行加密，清空）后重新保存",
        en: "is encrypted with a password; open it in Excel or WPS, remove the password "
            + "(File › Info › Protect Workbook › Encrypt with Password, clear it) and save it again")

    package static let oldFormatWorkbook = Message(
        zh: "是旧格式的 Excel 工作簿（.xls 或 WPS 的 .et）；请在 Excel 或 WPS 中打开，选择 文件 › 另存为 › \"Excel 工作簿 (*.xlsx)\"，再把 .xlsx 文件交给 csat",
        en: "is an old-format Excel workbook (.xls or WPS .et); open it in Excel or WPS and choose "
            + "File › Save As › \"Excel Workbook (*.xlsx)\", then give csat the .xlsx file")

    package static func noSuchSheet(_ name: String) -> Message {
        Message(zh: "没有名为\"\(name)\"的工作表", en: "has no sheet \"\(name)\"")
    }

    package static func sheetPartMissing(_ part: String) -> Message {
        Message(zh: "列出了这个工作表，但没有部件 \(part)：文件已损坏", en: "lists the sheet but has no part \(part): the file is damaged")
    }

    // Shared strings.

    package static func sharedStringsCut(_ part: String) -> Message {
        Message(
            zh: "其共享字符串（\(part)）在一个字符串中间结束：文件不完整或已损坏",
            en: "its shared strings (\(part)) end inside a string: the file is cut off or damaged")
    }

    package static func sharedStringsTooLarge(megabytes: Int64) -> Message {
        Message(
            zh: "其共享字符串超过 \(megabytes) MB 文字：不是 csat 能在内存中读取的工作簿",
            en: "its shared strings pass \(megabytes) MB of text: not a workbook csat can read in memory")
    }

    package static func sharedStringsMalformed(_ part: String, _ what: Message) -> Message {
        Message(
            zh: "其共享字符串（\(part)）含有\(what.zh)：该部件已损坏",
            en: "its shared strings (\(part)) hold \(what.en): the part is damaged")
    }

    // XML.

    package static let strayAmpersand = Message(zh: "一个孤立的 &", en: "a stray & in the text")

    package static func unknownEntity(_ name: String) -> Message {
        Message(
            zh: "实体 &\(name);（只读取 XML 自带的五个实体和字符引用）",
            en: "the entity &\(name); (only XML's own five and character references are read)")
    }

    package static let xmlEndsInTag = Message(
        zh: "其 XML 在一个标签中间结束：文件不完整或已损坏", en: "its XML ends inside a tag: the file is cut off or damaged")

    package static let xmlLessThanInTag = Message(
        zh: "其 XML 的标签内出现了 '<'：该部件已损坏", en: "its XML has a '<' inside a tag: the part is damaged")

    package static let xmlEndsInComment = Message(
        zh: "其 XML 在注释或 CDATA 中间结束：文件不完整或已损坏",
        en: "its XML ends inside a comment or CDATA: the file is cut off or damaged")

    package static let xmlDoctype = Message(
        zh: "其 XML 声明了 DOCTYPE（实体），Excel、WPS 和 LibreOffice 的工作簿都不会这样；csat 不读这样的部件：请在 Excel 或 WPS 中打开并重新另存为 .xlsx",
        en: "its XML declares a DOCTYPE (entities), which no Excel, WPS or LibreOffice workbook has; csat does not read "
            + "such parts: open the file in Excel or WPS and save it again as .xlsx")

    package static let xmlBadBang = Message(
        zh: "其 XML 中有一个不是注释也不是 CDATA 的 '<!'：该部件已损坏",
        en: "its XML has a '<!' that is not a comment or CDATA: the part is damaged")

    package static func xmlRunTooLong(megabytes: Int) -> Message {
        Message(
            zh: "含有一段超过 \(megabytes) MB 的 XML 元素或文字，比任何单元格都长：文件已损坏或是压缩炸弹；csat 停下，不会占满内存",
            en: "holds one XML element or text longer than \(megabytes) MB, more than any cell holds: a damaged file or a "
                + "zip bomb; csat stops rather than fill the memory")
    }

    // The sheet.

    package static let cellOutsideRow = Message(
        zh: "有一个不在行内的单元格：工作表已损坏", en: "has a cell outside a row: the sheet is damaged")
    package static let cellNotClosed = Message(
        zh: "有一个没有结束的单元格：工作表已损坏", en: "has a cell that is not closed: the sheet is damaged")
    package static let rowInsideRow = Message(
        zh: "有一行嵌在另一行里：工作表已损坏", en: "has a row inside a row: the sheet is damaged")
    package static let rowNotClosed = Message(
        zh: "有一行没有结束：工作表已损坏", en: "has a row that is not closed: the sheet is damaged")

    package static func sheetEndsMidRows(after row: Int) -> Message {
        Message(
            zh: "在数据行中间结束（第 \(row) 行之后）：文件不完整或已损坏；请在 Excel 或 WPS 中打开并重新保存",
            en: "ends in the middle of its rows (after row \(row)): the file is cut off or damaged; "
                + "open it in Excel or WPS and save it again")
    }

    package static let sheetHasNoData = Message(
        zh: "没有单元格（没有 sheetData）：文件已损坏", en: "has no cells (no sheetData): the file is damaged")

    package static func sheetXMLMalformed(_ what: Message) -> Message {
        Message(zh: "含有\(what.zh)：工作表的 XML 已损坏", en: "holds \(what.en): the sheet's XML is damaged")
    }

    package static func badRowNumber(_ text: String) -> Message {
        Message(zh: "有一行的行号是\"\(text)\"：工作表已损坏", en: "has a row numbered \"\(text)\": the sheet is damaged")
    }

    package static func rowsOutOfOrder(_ row: Int, after previous: Int) -> Message {
        Message(
            zh: "第 \(row) 行排在第 \(previous) 行之后：工作表已损坏；请在 Excel 或 WPS 中打开并重新保存",
            en: "lists row \(row) after row \(previous): the sheet is damaged; open it in Excel or WPS and save it again")
    }

    package static let rowPastExcel = Message(
        zh: "有一行超过了第 1,048,576 行（Excel 的最后一行）", en: "has a row past 1,048,576, Excel's last")

    package static func cellsOutOfOrder(_ cell: String, after previous: String) -> Message {
        Message(
            zh: "单元格 \(cell) 排在 \(previous) 之后：工作表已损坏", en: "lists cell \(cell) after \(previous): the sheet is damaged")
    }

    package static let cellPastXFD = Message(
        zh: "有一个单元格超过了 XFD 列（Excel 的最后一列）", en: "has a cell past column XFD, Excel's last")

    package static func notACellReference(_ ref: String) -> Message {
        Message(
            zh: "有一个单元格\"\(ref)\"不是工作表的单元格（列从 A 到 XFD）",
            en: "has a cell \"\(ref)\" that is not a cell of a sheet (columns run A to XFD)")
    }

    package static func badSharedStringIndex(_ index: String, of count: Int) -> Message {
        Message(
            zh: "引用了第 \(index) 个共享字符串，而共有 \(count) 个：工作簿已损坏",
            en: "refers to shared string \(index), of \(count): the workbook is damaged")
    }

    package static func badDateText(_ text: String) -> Message {
        Message(
            zh: "有一个日期单元格\"\(text)\"不是日期：工作簿已损坏",
            en: "has a date cell \"\(text)\" that is not a date: the workbook is damaged")
    }

    package static func badDateSerial(_ raw: String) -> Message {
        Message(zh: "有一个日期单元格的内容是\"\(raw)\"，不是日期序号", en: "has a date cell holding \"\(raw)\", not a date serial")
    }

    package static func badNumberCell(_ raw: String) -> Message {
        Message(zh: "有一个数字单元格的内容是\"\(raw)\"", en: "has a number cell holding \"\(raw)\"")
    }
}
