/// What the commands themselves say: usage mistakes, `--strict` failures, the line that says what was written.
extension Message {
    // MARK: Usage (exit 2)

    /// check/score/report without a response file.
    public static let noResponseFiles = Message(
        zh: "请至少给出一个问卷数据文件", en: "name at least one response file")

    /// `csat install-completions` without --shell, SHELL naming none of the three.
    public static func completionsWhichShell(_ shell: String) -> Message {
        let given = shell.isEmpty ? "SHELL 未设置" : "SHELL=\(shell)"
        let givenEn = shell.isEmpty ? "SHELL is not set" : "SHELL=\(shell)"
        return Message(
            zh: "\(given)，看不出是哪种 shell：请加 --shell bash、--shell zsh 或 --shell fish",
            en: "\(givenEn), which is not bash, zsh or fish: pass --shell bash, --shell zsh or --shell fish")
    }

    public static let completionsNoHome = Message(
        zh: "HOME 未设置，不知道装到哪里：请用 --dir 指定文件夹，或用 --print 输出脚本",
        en: "HOME is not set, so there is no per-user folder: give one with --dir, or --print the script")

    public static func completionsInstalled(_ shell: String, path: String) -> Message {
        Message(
            zh: "csat：已写入 \(shell) 补全脚本 \(path)（新开的 shell 生效）",
            en: "csat: wrote the \(shell) completion script \(path) (new shells pick it up)")
    }

    /// zsh only loads what its fpath names: the line to add to ~/.zshrc.
    public static func completionsZshFpath(_ folder: String) -> Message {
        Message(
            zh: "zsh 只读取 fpath 中的文件夹：如果还没有，请在 ~/.zshrc 的 compinit 之前加一行 fpath=(\(folder) $fpath)，并确保有 autoload -Uz compinit && compinit",
            en: "zsh reads only the folders in its fpath: unless it is there already, add fpath=(\(folder) $fpath) to ~/.zshrc before compinit (and make sure it has autoload -Uz compinit && compinit)")
    }

    /// `csat init --from … --template …`.
    public static let fromOrTemplate = Message(
        zh: "--from 根据下载文件起草问卷定义，--template 复制模板：二者只能给一个",
        en: "--from drafts the definition from a download, --template copies a template: give one of them")

    /// `csat init --sheet` without `--from`.
    public static let sheetNeedsFrom = Message(
        zh: "--sheet 指定 --from 下载文件中的工作表；请加上 --from",
        en: "--sheet names a worksheet of the --from download; add --from")

    /// `csat report --format` with an unknown part.
    public static func unknownFormat(_ part: String) -> Message {
        Message(
            zh: "未知的格式 \"\(part)\"：请用 xlsx、md 或 xlsx,md", en: "unknown format \"\(part)\": use xlsx, md or xlsx,md")
    }

    /// `csat report --format ""`.
    public static let formatEmpty = Message(zh: "--format 需要 xlsx、md 或两者", en: "--format needs xlsx, md or both")

    /// `csat report -o 报告.xlsx`: -o names a folder.
    public static func outputIsFolder(_ outdir: String) -> Message {
        Message(
            zh: "-o 需要一个文件夹，而 \"\(outdir)\" 看起来是文件名：请给一个文件夹（例如 -o out）；"
                + "csat 在其中生成 <问卷定义id>-<调查期>.xlsx 和 .md",
            en: "-o wants a folder, and \"\(outdir)\" looks like a file name: give a folder (e.g. -o out); "
                + "csat names the files in it <survey id>-<period>.xlsx and .md")
    }

    /// `csat sample --verify` with draw options.
    public static let verifyTakesOnlyRoster = Message(
        zh: "--verify 只需要 --roster：随机种子和各项选项都取自抽样清单(manifest)",
        en: "--verify takes only --roster: the seed and options come from the manifest")

    /// `csat sample` without -o.
    public static let sampleNeedsOutput = Message(
        zh: "缺少 -o/--output：样本名单写到哪里", en: "missing -o/--output: where to write the sample list")

    /// `--rate` outside (0, 1].
    public static func rateRange(_ rate: Double) -> Message {
        Message(zh: "--rate 必须大于 0 且不超过 1，实际为 \(rate)", en: "--rate must be above 0 and at most 1, got \(rate)")
    }

    /// `--min` below zero.
    public static func minNegative(_ min: Int) -> Message {
        Message(zh: "--min 不能为负数，实际为 \(min)", en: "--min must not be negative, got \(min)")
    }

    /// `--reserve` outside [0, 10].
    public static func reserveRange(_ reserve: Double) -> Message {
        Message(zh: "--reserve 必须在 0 到 10 之间，实际为 \(reserve)", en: "--reserve must be between 0 and 10, got \(reserve)")
    }

    /// `--seed ""`.
    public static let seedEmpty = Message(zh: "--seed 不能为空", en: "--seed must not be empty")

    // MARK: Files the commands refuse

    /// `csat init --from x.csv -o x.csv`.
    public static let outputIsTheDownload = Message(
        zh: "就是下载文件本身；请换一个 -o", en: "is the download itself; choose another -o")

    /// An output that exists, without --force.
    public static let outputExists = Message(
        zh: "已存在；要覆盖请加 --force", en: "already exists; pass --force to overwrite it")

    /// `csat sample -o` naming one of the inputs.
    public static let outputIsAnInput = Message(
        zh: "是输入文件之一；请换一个 -o", en: "is one of the input files; choose another -o")

    /// `csat sample -o` over an earlier draw, without --force.
    public static let sampleExists = Message(
        zh: "已存在；已抽出的样本不能重抽覆盖——确要覆盖请加 --force",
        en: "already exists; a drawn sample is not redrawn over — pass --force to overwrite it")

    /// `csat sample --verify -` (a stream: nothing beside it).
    public static let verifyNeedsFile = Message(
        zh: "--verify 需要样本名单是一个文件，并且旁边有 csat sample 写的 .manifest.json；管道或标准输入旁边什么也没有",
        en: "--verify needs the list as a file, with the .manifest.json that csat sample wrote beside it; "
            + "a stream has nothing beside it")

    // MARK: --strict (exit 1)

    /// Projects that failed the coverage or return-rate rule.
    public static func strictRuleFailed(_ projects: [String]) -> Message {
        Message(
            zh: "--strict：这些项目未达到抽样规则：\(projects.joined(separator: "、"))（见样本覆盖表）",
            en: "--strict: the sampling rule failed for \(projects.joined(separator: ", ")) (see the coverage table)")
    }

    // MARK: Notes on standard error

    /// `-` on a terminal.
    public static let readingStandardInput = Message(
        zh: "csat：正在读取标准输入；按 Ctrl-D 结束", en: "csat: reading standard input; end it with Ctrl-D")

    /// Where `-o -` goes, named in a note.
    public static let standardOutput = Message(zh: "标准输出", en: "standard output")

    /// `csat init --template`: what was written.
    public static func wroteDefinition(_ output: String, template: String, language: String, period: String) -> Message {
        Message(
            zh: "csat：已写入 \(output)（\(template)，\(language)，调查期 \(period)）；请把 \"columns\" 下各项的列名改成与你的导出文件一致",
            en: "csat: wrote \(output) (\(template), \(language), period \(period)); edit the projects' column names under \"columns\" to match your export"
        )
    }

    /// `csat sample`: the files and the number of rows.
    public static func wroteSample(_ files: [String], rows: Int) -> Message {
        Message(
            zh: "csat：已写入 \(files.joined(separator: "、"))（\(rows) 行）；名单只交给调查员",
            en: "csat: wrote \(files.joined(separator: ", ")) (\(rows) rows); give the list to the surveyor only")
    }

    /// `csat report`: the files written.
    public static func wrote(_ files: [String]) -> Message {
        Message(zh: "csat：已写入 \(files.joined(separator: "、"))", en: "csat: wrote \(files.joined(separator: ", "))")
    }
}
