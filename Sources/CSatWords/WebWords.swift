/// The words of `csat serve`'s pages (docs/WEB.md), zh and en side by side. Every field is a
/// word a page shows; the pages read them by name (`{{w.checkTitle}}`), so a missing word is a
/// compile error here, not a blank on a page.
public struct WebWords: Sendable {
    public var appTitle, navWaves, navNew, navSample, language, logout: String
    // Waves
    public var wavesTitle, wavesNone, wavesNoDatabase, wavesSurvey, period, formsRead, formsValid, index, indexCI: String
    public var rate, trend, added: String
    // New wave
    public var newTitle, newIntro, definition, useTemplate, orUpload, templateResidential, templateOffice: String
    public var templateCommercial, forms, formsHint, dropHere, roster, sampleList, previous, optional, start: String
    public var uploading, checking, uploadFailed, chosen: String
    // Check
    public var checkTitle, read, valid, invalid, reasons, reason, count, invalidForms, form, project, location: String
    public var coverage, population, sampled, returned, required, returnRate, handedOut, handOutRate, result: String
    public var pass, fail, notApplicable, filter, warnings, files, file, format, toFigures, noInvalid: String
    // Figures
    public var figuresTitle, summary, overall, interval, respondents, drivers, driver, weight, importance: String
    public var quadrant, quadrantChart, driversChart, projectsChart, projectsRanked, rank, comments, theme: String
    public var noComments, downloads, workbook, report, chart, trendChart, toCheck, unthemed, text: String
    // Sample
    public var sampleTitle, sampleIntro, seed, seedHint, sampleRate, sampleMin, strata, strataHint, reserve: String
    public var draw, verifyTitle, verifyIntro, manifest, verify, sampleResult, sampleList2, verifyResult: String
    public var matches, differs, surveyOptional: String
    // Errors and login
    public var errorTitle, back, loginTitle, password, login, wrongPassword, notFound, tooLarge: String
    /// Under a list cut for the page: how many more, and where they all are.
    public var more: @Sendable (Int) -> String
    /// Storing a new wave in the server's history file (`--db`).
    public var history, storeInHistory, replaceStored: String
    public var storedNote: @Sendable (String) -> String

    public static func of(_ language: Language) -> WebWords { language == .en ? .en : .zh }

    public static let zh = WebWords(
        appTitle: "csat 满意度调查", navWaves: "历次调查", navNew: "新一期", navSample: "抽样", language: "English",
        logout: "退出",
        wavesTitle: "历次调查", wavesNone: "历史文件中还没有任何一期。", wavesNoDatabase: "没有历史文件：启动时加 --db 历史.sqlite 即可在此列出每一期。",
        wavesSurvey: "调查", period: "期次", formsRead: "收回问卷", formsValid: "有效问卷", index: "满意度",
        indexCI: "95% 置信区间", rate: "满意率", trend: "趋势", added: "存入时间",
        newTitle: "新一期：上传问卷", newIntro: "选择问卷定义（模板或上传），上传收回的问卷（可多个文件，可拖入），需要时再加花名册、样本名单与上一期问卷。",
        definition: "问卷定义", useTemplate: "使用模板", orUpload: "或上传定义文件（JSON）",
        templateResidential: "住宅", templateOffice: "写字楼", templateCommercial: "商业",
        forms: "问卷文件", formsHint: "CSV、XLSX、JSON 或 JSON Lines；可一次选多个", dropHere: "把文件拖到这里，或点击选择",
        roster: "花名册", sampleList: "样本名单", previous: "上一期问卷", optional: "可选", start: "检查并计算",
        uploading: "正在上传", checking: "上传完毕，正在检查与计算……", uploadFailed: "上传失败", chosen: "已选",
        checkTitle: "问卷检查", read: "收回", valid: "有效", invalid: "无效", reasons: "无效原因", reason: "原因",
        count: "份数", invalidForms: "无效问卷", form: "问卷编号", project: "项目", location: "位置",
        coverage: "各项目覆盖", population: "户数", sampled: "样本", returned: "收回", required: "应有有效",
        returnRate: "有效回收率", handedOut: "已发放", handOutRate: "发放率", result: "结论", pass: "合格", fail: "不合格",
        notApplicable: "—", filter: "筛选", warnings: "提示", files: "读入的文件", file: "文件", format: "格式",
        toFigures: "查看结果", noInvalid: "没有无效问卷。",
        figuresTitle: "调查结果", summary: "总体", overall: "总体", interval: "95% 置信区间", respondents: "有效问卷",
        drivers: "驱动因素", driver: "驱动因素", weight: "权重", importance: "重要性", quadrant: "象限",
        quadrantChart: "重要性—满意度象限图", driversChart: "驱动因素满意度", projectsChart: "项目满意度",
        projectsRanked: "项目排名", rank: "名次", comments: "意见（按主题）", theme: "主题", noComments: "没有意见。",
        downloads: "下载", workbook: "工作簿（Excel）", report: "报告（Markdown）", chart: "图表", trendChart: "历次满意度", toCheck: "查看检查",
        unthemed: "其他", text: "意见",
        sampleTitle: "抽样", sampleIntro: "上传花名册，按项目分层抽取样本（至少 20% 且每个项目至少 20 户）；同一种子总得出同一份名单。",
        seed: "种子", seedHint: "留空则随机生成，并写入清单", sampleRate: "最低抽样比例", sampleMin: "每个项目最少户数",
        strata: "分层列", strataHint: "用逗号分隔，如 building,customerType；留空则不分层", reserve: "备用户比例",
        draw: "抽取样本", verifyTitle: "核对样本名单", verifyIntro: "上传样本名单、它的清单（manifest）和花名册：按清单中的种子重抽一次，看名单是否一致。",
        manifest: "清单（sample.manifest.json）", verify: "核对", sampleResult: "抽样结果", sampleList2: "样本名单",
        verifyResult: "核对结果", matches: "一致", differs: "不一致", surveyOptional: "问卷定义（可选：花名册列名与抽样规则）",
        errorTitle: "无法处理上传的文件", back: "返回", loginTitle: "登录", password: "密码", login: "登录",
        wrongPassword: "密码不对。", notFound: "没有这一页（运行结果只保留在本次启动期间）。", tooLarge: "上传超过大小上限",
        more: { "……另有 \($0) 条未在页面列出；工作簿中有全部。" },
        history: "历史文件", storeInHistory: "把这一期存入历史文件", replaceStored: "同一期已存过时替换它",
        storedNote: { "这一期已作为 \($0) 存入历史文件。" })

    public static let en = WebWords(
        appTitle: "csat satisfaction survey", navWaves: "Waves", navNew: "New wave", navSample: "Sample", language: "中文",
        logout: "Log out",
        wavesTitle: "Stored waves", wavesNone: "The history file holds no wave yet.",
        wavesNoDatabase: "No history file: start the server with --db history.sqlite to list every wave here.",
        wavesSurvey: "Survey", period: "Period", formsRead: "Forms read", formsValid: "Valid forms", index: "Index",
        indexCI: "95% interval", rate: "Rate", trend: "Trend", added: "Stored",
        newTitle: "New wave: upload the forms", newIntro: "Choose the survey definition (a template, or upload one), upload the returned forms (several files; drag them in), and, if you have them, the roster, the sample list and the previous wave's forms.",
        definition: "Survey definition", useTemplate: "Use a template", orUpload: "or upload a definition (JSON)",
        templateResidential: "Residential", templateOffice: "Office", templateCommercial: "Commercial",
        forms: "Response files", formsHint: "CSV, XLSX, JSON or JSON Lines; choose several at once", dropHere: "Drop files here, or click to choose",
        roster: "Roster", sampleList: "Sample list", previous: "Previous wave's forms", optional: "optional", start: "Check and score",
        uploading: "Uploading", checking: "Uploaded; checking and scoring…", uploadFailed: "Upload failed", chosen: "Chosen",
        checkTitle: "Check", read: "Read", valid: "Valid", invalid: "Invalid", reasons: "Reasons", reason: "Reason",
        count: "Forms", invalidForms: "Invalid forms", form: "Form", project: "Project", location: "Where",
        coverage: "Coverage per project", population: "Households", sampled: "Sampled", returned: "Returned",
        required: "Required valid", returnRate: "Valid return rate", handedOut: "Handed out", handOutRate: "Hand-out rate",
        result: "Result", pass: "pass", fail: "FAIL", notApplicable: "—", filter: "Filter", warnings: "Warnings",
        files: "Files read", file: "File", format: "Format", toFigures: "See the figures", noInvalid: "No invalid form.",
        figuresTitle: "Figures", summary: "Summary", overall: "Overall", interval: "95% interval", respondents: "Valid forms",
        drivers: "Drivers", driver: "Driver", weight: "Weight", importance: "Importance", quadrant: "Quadrant",
        quadrantChart: "Importance–satisfaction quadrants", driversChart: "Driver index", projectsChart: "Project index",
        projectsRanked: "Projects ranked", rank: "Rank", comments: "Comments by theme", theme: "Theme",
        noComments: "No comment.", downloads: "Downloads", workbook: "Workbook (Excel)", report: "Report (Markdown)",
        chart: "Chart", trendChart: "Index across waves", toCheck: "See the check", unthemed: "Other", text: "Comment",
        sampleTitle: "Sample", sampleIntro: "Upload the roster to draw a stratified sample per project (at least 20% and at least 20 households each); the same seed always gives the same list.",
        seed: "Seed", seedHint: "leave empty for a fresh random seed, written to the manifest", sampleRate: "Minimum rate",
        sampleMin: "Minimum households per project", strata: "Strata columns",
        strataHint: "comma-separated, e.g. building,customerType; empty for none", reserve: "Reserves (share of n)",
        draw: "Draw the sample", verifyTitle: "Verify a sample list",
        verifyIntro: "Upload a sample list, its manifest and the roster: csat re-draws from the manifest's seed and says whether the list matches.",
        manifest: "Manifest (sample.manifest.json)", verify: "Verify", sampleResult: "Sample drawn", sampleList2: "Sample list",
        verifyResult: "Verification", matches: "matches", differs: "does not match",
        surveyOptional: "Survey definition (optional: the roster's column names and the sampling rules)",
        errorTitle: "The upload could not be used", back: "Back", loginTitle: "Log in", password: "Password", login: "Log in",
        wrongPassword: "Wrong password.", notFound: "No such page (runs are kept only while the server runs).",
        tooLarge: "The upload is larger than the limit",
        more: { "… and \($0) more, not listed on the page; the workbook has them all." },
        history: "History file", storeInHistory: "Store this wave in the history file",
        replaceStored: "Replace the stored wave of the same period",
        storedNote: { "Stored in the history file as \($0)." })
}
