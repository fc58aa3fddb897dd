/// Drawing and verifying a sample (`csat sample`), its manifest, and scoring's own refusals.
extension Message {
    // MARK: The manifest

    package static let noManifest = Message(
        zh: "这里没有抽样清单(manifest)；--verify 需要 csat sample 写在名单旁边的 .manifest.json",
        en: "no manifest here; --verify needs the .manifest.json that csat sample wrote beside the list")

    package static let notAManifest = Message(
        zh: "这不是 csat 的抽样清单(manifest)", en: "this is not a csat sample manifest")

    package static func unknownMethod(_ method: String, known: String) -> Message {
        Message(
            zh: "抽样方法 \(method) 是这个版本的 csat 不认识的（它认识 \(known)）；请用 $.csat 中记录的 csat 版本核对",
            en: "drawn with method \(method), which this csat does not know (it knows \(known)); verify with the csat version named in $.csat"
        )
    }

    // MARK: The roster and the lists of households

    package static func certainAndExcluded(project: String, unit: String, file: String, line: Int) -> Message {
        Message(
            zh: "\(project) \(unit) 也在排除名单中（\(file) 第 \(line) 行）；一户要么必调，要么排除",
            en: "\(project) \(unit) is also excluded (\(file) line \(line)); a household is either certain or excluded")
    }

    package static func certainButVacant(project: String, unit: String, file: String, line: Int) -> Message {
        Message(
            zh: "\(project) \(unit) 在花名册中标为空置（\(file) 第 \(line) 行）；空置户无法调查",
            en: "\(project) \(unit) is marked vacant in the roster (\(file) line \(line)); a vacant household cannot be surveyed")
    }

    package static func householdNotInRoster(project: String, unit: String, roster: String) -> Message {
        Message(
            zh: "\(project) \(unit) 不在花名册 \(roster) 中；请核对项目和房号的写法",
            en: "\(project) \(unit) is not in the roster \(roster); check the project and unit spelling")
    }

    package static func householdTwice(project: String, unit: String, first: Int, second: Int) -> Message {
        Message(
            zh: "住户 \(project) \(unit) 出现了两次（第 \(first) 行和第 \(second) 行）；花名册中每户只列一次",
            en: "household \(project) \(unit) is listed twice (lines \(first) and \(second)); a roster lists each household once")
    }

    package static func emptyProjectOrUnit(projectEmpty: Bool) -> Message {
        Message(
            zh: "\(projectEmpty ? "项目" : "房号")为空：每户都需要项目和房号",
            en: "empty \(projectEmpty ? "project" : "unit"): every household needs both")
    }

    package static let rosterEmpty = Message(
        zh: "花名册中没有住户（只有表头）；无从抽样", en: "the roster lists no household (only a header); nothing to sample")

    package static let rosterChanged = Message(
        zh: "csat 读取期间花名册被改动了；请重新运行", en: "the roster changed while csat was reading it; run again")

    package static func vacantValue(_ cell: String, column: String) -> Message {
        Message(
            zh: "空置列 \(column) 中的 \"\(cell)\" 既不表示空置（空置、是、1、√）也不表示有人住（自住、出租、否、0、空白）；请写其中之一：csat 不猜，因为猜错会把空置房抽进样本",
            en: "\"\(cell)\" in the vacant column \(column) is neither vacant (空置, 是, 1, √) nor occupied (自住, 出租, 否, 0, empty); write one of those: csat does not guess, since a wrong guess puts vacant homes in the sample"
        )
    }

    package static func cannotWriteOutput(_ why: String) -> Message {
        Message(zh: "无法写入输出：\(why)（磁盘满了吗？）", en: "cannot write the output: \(why) (is the disk full?)")
    }

    // MARK: Scoring

    /// The file named when the definition itself is at fault.
    package static let theSurveyDefinition = Message(zh: "问卷定义", en: "survey definition")

    package static let populationNeedsRoster = Message(
        zh: "\"population\" 加权需要各项目的户数：请加 --roster，或把 \"aggregate\" 设为 \"respondents\" 或 \"projects\"",
        en: "\"population\" weights need each project's household count: pass --roster, or set \"aggregate\" to \"respondents\" or \"projects\""
    )

    /// Several response files named as one: `a.csv and 2 more`.
    package static func filesAndMore(_ first: String, more: Int) -> Message {
        Message(zh: "\(first) 等 \(more + 1) 个文件", en: "\(first) and \(more) more")
    }

    package static let theResponses = Message(zh: "问卷数据", en: "responses")

    package static let thePreviousWave = Message(zh: "上期问卷（--previous）：", en: "the previous wave (--previous): ")

    package static let nothingToScoreNoForms = Message(
        zh: "没有读到任何问卷（文件只有表头或是空列表）：无从计算",
        en: "no forms were read (the files hold only a header or an empty list): nothing to score")

    package static func nothingToScoreNoneValid(_ n: Int) -> Message {
        Message(
            zh: "\(n) 份问卷全部无效（csat check 会逐份列出原因）：无从计算",
            en: "none of the \(n) forms is valid (csat check lists each with its reasons): nothing to score")
    }
}
