/// Files in and out: opening and reading inputs, streams, writing outputs atomically, the company
/// key, the built-in templates, and the shape of a table (sheets, header, JSON forms).
extension Message {
    // Reading.

    package static let permissionDenied = Message(
        zh: "无法读取：没有权限（请检查文件权限）", en: "cannot be read: permission denied (check the file's permissions)")

    package static func readFailed(_ reason: String) -> Message {
        Message(
            zh: "无法读取：\(reason)（磁盘损坏，或网络文件夹断开了？）",
            en: "cannot be read: \(reason) (a damaged disk, or a network folder that went away?)")
    }

    package static func streamTooLong(_ size: String) -> Message {
        Message(
            zh: "不是文件而是数据流，超过 \(size) 还没有结束：csat 停止读取。请把它保存成文件，再给出这个文件",
            en: "is not a file but a stream, and it went on past \(size) without ending: csat stopped reading it. "
                + "Save it to a file and name the file")
    }

    package static func fileTooLargeForMemory(size: String, need: String, free: String) -> Message {
        Message(
            zh: "有 \(size)；读取它约需 \(need) 内存，但只有 \(free) 可用。请把它拆成几个较小的文件（csat 可以读任意多个答卷文件），或另存为 CSV（csat 以流方式读取 CSV）",
            en: "is \(size); reading it needs about \(need) of memory, but only \(free) are free. "
                + "Split it into smaller files (csat reads any number of response files) or save it as CSV, "
                + "which csat reads as a stream")
    }

    /// "cannot read the survey definition: " before a reason, for an input named by its role.
    package static func cannotReadWhat(_ what: Message) -> Message {
        Message(zh: "无法读取\(what.zh)：", en: "cannot read \(what.en): ")
    }

    package static let theSurveyDefinitionFile = Message(zh: "问卷定义", en: "the survey definition")

    package static let raiseStreamLimit = Message(zh: "（或调大 CSAT_STREAM_LIMIT）", en: " (or raise CSAT_STREAM_LIMIT)")

    package static let isASocket = Message(
        zh: "是套接字，不是文件：请把它提供的内容保存成文件，再给出这个文件",
        en: "is a socket, not a file: save what it serves to a file and name the file")

    package static func cannotKeepStreamCopy(folder: String, reason: String) -> Message {
        Message(
            zh: "不是文件而是数据流，csat 无法在临时文件夹 \(folder) 中保存它的副本：\(reason)。请把它保存成文件再给出，或把 TMPDIR 指向有空间的文件夹",
            en: "is not a file but a stream, and csat could not keep a copy of it in the temporary folder \(folder): "
                + "\(reason). Save it to a file and name the file, or point TMPDIR at a folder with room")
    }

    package static func badStreamLimit(_ text: String) -> Message {
        Message(
            zh: "必须是字节数，例如 500000000、500M 或 4G；现在是\"\(text)\"",
            en: "must be a number of bytes, such as 500000000, 500M or 4G; it is \"\(text)\"")
    }

    package static let cannotReadFileForHash = Message(
        zh: "无法读取这个文件（文件不存在或没有权限）", en: "cannot read the file (missing file or no permission)")

    package static func cannotReadFileBecause(_ reason: String) -> Message {
        Message(zh: "无法读取这个文件：\(reason)", en: "cannot read the file: \(reason)")
    }

    // Writing.

    package static let theOutput = Message(zh: "输出", en: "the output")
    package static let theWorkbook = Message(zh: "工作簿", en: "the workbook")

    package static func cannotWrite(_ what: Message, reason: String) -> Message {
        Message(
            zh: "无法写入\(what.zh)：\(reason)（文件夹是否存在且可写？磁盘是否已满？）",
            en: "cannot write \(what.en): \(reason) (is the folder there and writable, and is the disk full?)")
    }

    package enum NonRegular { case folder, link, device, fifo, socket, other }

    package static func nonRegular(_ k: NonRegular) -> Message {
        switch k {
        case .folder: return Message(zh: "文件夹", en: "a folder")
        case .link: return Message(zh: "符号链接", en: "a symbolic link")
        case .device: return Message(zh: "设备", en: "a device")
        case .fifo: return Message(zh: "命名管道（FIFO）", en: "a named pipe (FIFO)")
        case .socket: return Message(zh: "套接字", en: "a socket")
        case .other: return Message(zh: "不是文件的东西", en: "something other than a file")
        }
    }

    package static func outputInTheWay(_ kind: Message) -> Message {
        Message(
            zh: "无法写入输出：同名的\(kind.zh)挡住了；csat 只替换普通文件（请删除它，或换一个输出名）",
            en: "cannot write the output: \(kind.en) of that name is in the way; csat replaces regular files only "
                + "(remove it, or name another output)")
    }

    package static let madeMeanwhile = Message(
        zh: "在此期间被另一次运行创建了；请再运行一次 csat", en: "was made by another run meanwhile; run csat again")

    package static func cannotMoveOutput(_ reason: String) -> Message {
        Message(zh: "无法写入输出：\(reason)", en: "cannot write the output: \(reason)")
    }

    package static func cannotCreateOutputFolder(_ reason: String) -> Message {
        Message(zh: "无法创建输出文件夹：\(reason)", en: "cannot create the output folder: \(reason)")
    }

    package static let outputFolderBlocked = Message(
        zh: "无法创建输出文件夹：同名的文件挡住了", en: "cannot create the output folder: a file of that name is in the way")

    package static func cannotWriteWorkbook(_ why: Message) -> Message {
        Message(zh: "无法写入工作簿：\(why.zh)", en: "cannot write the workbook: \(why.en)")
    }

    package static func workbookSaveFailed(_ lxw: String, system: String?) -> Message {
        let s = system.map { ": \($0)" } ?? ""
        return Message(
            zh: "保存失败（\(lxw)\(s)）；文件夹是否存在且可写？磁盘是否已满？",
            en: "saving failed (\(lxw)\(s)); is the folder there and writable, and is the disk full?")
    }

    /// A step of libxlsxwriter that failed: the step and the library's reason stay as the library
    /// and csat's code name them (diagnostics for a bug report, not a sentence to act on).
    package static func workbookStep(_ step: String, _ reason: String? = nil) -> Message {
        let en = reason.map { "\(step): \($0)" } ?? step
        return Message(zh: "libxlsxwriter 出错（\(en)）", en: en)
    }

    package static func cellTooLong(row: Int, column: Int, limit: Int) -> Message {
        Message(
            zh: "第 \(row) 行第 \(column) 列超过 \(limit) 个字符（Excel 的上限）",
            en: "row \(row), column \(column) holds more than \(limit) characters, Excel's limit")
    }

    package static func tooManyRowsForSheet(_ rows: Int, max: Int) -> Message {
        Message(
            zh: "\(rows) 行放不进一个 Excel 工作表（最多 \(max) 行）；请把名单写成 .csv",
            en: "\(rows) rows do not fit in one Excel sheet (at most \(max)); write the list as .csv")
    }

    // The company key.

    package static func madeCompanyKey(_ path: String, fingerprint: String) -> Message {
        Message(
            zh: "已生成新的公司密钥 \(path)（指纹 \(fingerprint)）：数据表中房号的化名由它生成。请把它和住户名单、样本名单放在一起，不要和报告放在一起，并且每一期都给出它（--key）：换了密钥，化名就和本期的对不上",
            en: "made a new company key \(path) (fingerprint \(fingerprint)): it keys the units' pseudonyms in the Data sheet. "
                + "Keep it with the roster and the sample list, not with the reports, and give it (--key) every wave: "
                + "with another key the pseudonyms will not line up with this wave's")
    }

    package static let cannotReadKeyPrefix = Message(zh: "无法读取公司密钥：", en: "cannot read the company key: ")

    package static func keyFileTooLarge(_ size: String) -> Message {
        Message(zh: "有 \(size)：不是 csat 的公司密钥（只有几行文字）", en: "is \(size): not a csat company key (a few lines of text)")
    }

    package static func notACompanyKey(tag: String) -> Message {
        Message(
            zh: "不是 csat 的公司密钥：应是\"\(tag)\"和 64 位十六进制数字（文件缺失时 csat 会自己生成）",
            en: "not a csat company key: expected \"\(tag)\" and 64 hex digits (csat makes this file itself when it is missing)")
    }

    package static let secondCompanyKey = Message(zh: "第二个密钥：一个密钥文件只放一个密钥", en: "a second key: a key file holds one key")

    package static func noCompanyKey(tag: String) -> Message {
        Message(zh: "没有密钥：应有一行\"\(tag)\"和 64 位十六进制数字", en: "holds no key: expected a line \"\(tag)\" and 64 hex digits")
    }

    package static let keyBesideNonFile = Message(
        zh: "不是文件，csat 无法把公司密钥放在它旁边：请用 --key FILE 指定密钥文件",
        en: "is not a file, so csat cannot keep the company key beside it: name the key file with --key FILE")

    package static func keyInOutputFolder(_ folder: String) -> Message {
        Message(
            zh: "公司密钥不能放在输出文件夹 \(folder) 里，那个文件夹要交给管理层：请把它和住户名单、样本名单放在一起（--key FILE）",
            en: "the company key must not be kept in the output folder \(folder), which goes to management: "
                + "keep it with the roster and the sample list (--key FILE)")
    }

    // Built-in templates.

    package static let badTemplatesFolder = Message(
        zh: "CSAT_TEMPLATES 指向的不是模板文件夹（其中应有 survey/ 和 report.zh.md.mustache）：请改正路径，或取消这个变量以使用 csat 内置的模板",
        en: "CSAT_TEMPLATES names no templates folder (one with survey/ and report.zh.md.mustache): "
            + "fix the path, or unset it to use the templates built into csat")

    package static func noSuchTemplate(_ name: String, language: String) -> Message {
        Message(zh: "没有语言为 \(language) 的模板 \(name)", en: "no template \(name) in language \(language)")
    }

    // Tables.

    /// Where a form of a workbook is: `录入.xlsx[录入] 第10行` (as InputError places a cell).
    package static func sheetRow(_ path: String, sheet: String, row: Int) -> Message {
        Message(zh: "\(path)[\(sheet)] 第\(row)行", en: "\(path)[\(sheet)] row \(row)")
    }

    /// How a file was read, in check's list of files: "UTF-8, comma", "XLSX, sheet 问卷", "JSON Lines".
    package static func csvFormat(encoding: String, delimiter d: UInt8) -> Message {
        let name = delimiter(d)
        return Message(zh: "\(encoding)，\(name.zh)", en: "\(encoding), \(name.en)")
    }

    package static let csvFormatUnknown = Message.verbatim("CSV")

    package static func xlsxFormat(sheet: String) -> Message {
        Message(zh: "XLSX，工作表 \(sheet)", en: "XLSX, sheet \(sheet)")
    }

    package static func jsonFormat(lines: Bool) -> Message {
        lines ? .verbatim("JSON Lines") : Message(zh: "JSON 数组", en: "JSON array")
    }

    package static func noSuchSheetAmong(_ wanted: String, sheets: String, path: String) -> Message {
        Message(
            zh: "没有工作表\"\(wanted)\"；它的工作表是 \(sheets)（请写成 \(path):工作表名）",
            en: "has no sheet \"\(wanted)\"; its sheets are \(sheets) (name one as \(path):SHEET)")
    }

    package static let noWorksheet = Message(zh: "没有工作表", en: "has no worksheet")

    package static func noSheetWithHeader(sheets: String, rows: Int, path: String) -> Message {
        Message(
            zh: "它的工作表（\(sheets)）在前 \(rows) 行中都没有含问卷定义各列的表头行；请写成 \(path):工作表名，或检查 --survey 是否就是这份问卷的定义",
            en: "none of its sheets (\(sheets)) has a header row with the definition's columns in its first \(rows) rows; "
                + "name the sheet as \(path):SHEET, or check that --survey is this questionnaire's definition")
    }

    package static func noHeaderRow(rows: Int) -> Message {
        Message(
            zh: "前 \(rows) 行中没有含问卷定义各列的表头行；表头必须写出问卷定义对应的列名（项目、房号、各题……）",
            en: "no header row with the definition's columns in the first \(rows) rows; the header must name the columns "
                + "(项目, 房号, the questions, …) that the survey definition maps")
    }

    package static func valueRightOfHeader(_ lastColumn: String) -> Message {
        Message(
            zh: "表头最后一列（\(lastColumn)）右边还有值；请给这一列加上表头，或清空这个单元格",
            en: "a value right of the header's last column (\(lastColumn)); give the column a header or clear the cell")
    }

    package static func mergedInLargeSheet(_ range: String) -> Message {
        Message(
            zh: "与下方或旁边的单元格合并了（\(range)），而这个工作表太大，无法读两遍；请取消合并（关闭\"合并后居中\"）并向下填充值，再重新保存",
            en: "is merged with cells below or beside it (\(range)) in a sheet too large to read twice; unmerge the cells "
                + "(Merge & Center off) and fill the value down, then save again")
    }

    package static let onlyXLSXHasSheets = Message(
        zh: "只有 .xlsx 工作簿才有工作表；请只写文件名", en: "only an .xlsx workbook has sheets; give the file's name alone")

    package static func notXLSXNoSheet(_ sheet: String) -> Message {
        Message(
            zh: "不是 .xlsx 工作簿，所以没有工作表\"\(sheet)\"；请去掉 --sheet",
            en: "is not an .xlsx workbook, so it has no sheet \"\(sheet)\"; leave out --sheet")
    }

    package static func jsonLineNotAForm(_ kindName: String) -> Message {
        let k = Self.kind(kindName)
        return Message(
            zh: "这一行应是一份用 JSON 对象表示的问卷，却是\(k.zh)",
            en: "expected one form as a JSON object on this line, found \(k.en)")
    }

    package static func jsonNotAnArrayOfForms(_ kindName: String, isDefinition: Bool) -> Message {
        let k = Self.kind(kindName)
        return Message(zh: "这里应是由问卷（对象）组成的数组，却是\(k.zh)", en: "expected an array of forms (objects), found \(k.en)")
            + (isDefinition
                ? Message(
                    zh: "；这是问卷定义：请用 --survey 给出它，答卷文件放在后面",
                    en: "; this is a survey definition: give it with --survey, and the response files after it")
                : .verbatim(""))
    }

    package static func jsonItemNotAForm(_ kindName: String) -> Message {
        let k = Self.kind(kindName)
        return Message(zh: "这里应是一份问卷（对象），却是\(k.zh)", en: "expected a form (an object), found \(k.en)")
    }

    package static func jsonCellNotScalar(_ kindName: String) -> Message {
        let k = Self.kind(kindName)
        return Message(zh: "这里应是数字或字符串，却是\(k.zh)", en: "expected a number or a string, found \(k.en)")
    }

    // Drafting a definition from a download (init --from).

    package static let downloadEmpty = Message(
        zh: "文件是空的：应有下载的表头行，以及每行一份问卷",
        en: "the file is empty: expected the download's header row and one form per row")

    package static let downloadHasNoForms = Message(
        zh: "下载的文件只有表头，没有答卷；csat init --from 根据答案推断每道题的量表：请连答卷一起下载（问卷星：下载答卷数据）",
        en: "the download holds a header but no forms; csat init --from guesses each question's scale from its answers: "
            + "download the answers too (问卷星: 下载答卷数据)")

    package static let downloadHasNoScale = Message(
        zh: "下载的文件中没有一列是量表上的答案（非常满意…非常不满意、1–5、1–7、1–10、0–10），所以没有可以计分的题目；这是满意度问卷的下载吗？",
        en: "no column of the download holds answers on a scale (非常满意…非常不满意, 1–5, 1–7, 1–10, 0–10), so there is "
            + "no question to score; is this the download of a satisfaction questionnaire?")

    // Verifying a sample.

    package static let verifyNeedsCSV = Message(
        zh: "--verify 读取 csat sample 在 .xlsx 旁边写出的 CSV 名单；请给出那个 .csv",
        en: "--verify reads the CSV list that csat sample writes beside the .xlsx; pass that .csv")

    package static func sampleListNeedsColumn(_ name: String) -> Message {
        Message(
            zh: "样本名单需要列 \(name)（与 csat sample 写出的一样）", en: "a sample list needs the column \(name) (as csat sample writes it)")
    }
}
