import Foundation
import Testing

/// A Chinese run says everything in Chinese, an English one in English (docs/ARCHITECTURE.md "Words"):
/// the expected sentences are written here from the catalogue's meaning, not copied from a run.
@Suite struct WordsCLITests {
    /// The definition chooses (no CSAT_LANG, no locale): sample-data's survey is zh.
    static let definitionChooses = ["CSAT_LANG": "", "LANG": "C", "LC_ALL": "", "LC_MESSAGES": ""]

    @Test func aChineseWaveWarnsInChineseEverywhere() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let w = try GoldenTests.wave(in: dir)
        // 锦程国际中心 has one form back and it is invalid.
        let check = try CLI.run(["check"] + w, in: dir, environment: Self.definitionChooses)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("提示:\n  - 4 份问卷的日期晚于回收截止日 2026-06-30"), "\(check.stdout)")
        #expect(check.stdout.contains("\n  - 项目 锦程国际中心：回收的 1 份问卷全部无效，因此没有该项目的指标"), "\(check.stdout)")
        #expect(!check.stdout.contains("none of its"))
        // How each file was read, in Chinese in the text; check --json keeps the English for scripts.
        #expect(check.stdout.contains("[GB18030，逗号]") && check.stdout.contains("[UTF-8 (BOM)，分号]"), "\(check.stdout)")
        #expect(!check.stdout.contains("comma"))
        let json = try CLI.run(["check", "--json"] + w, in: dir, environment: Self.definitionChooses)
        #expect(json.stdout.contains("\"format\":\"GB18030, comma\"") || json.stdout.contains("\"format\": \"GB18030, comma\""))
        #expect(json.stdout.contains("\"项目 锦程国际中心：回收的 1 份问卷全部无效，因此没有该项目的指标\""))
        let score = try CLI.run(["score"] + w, in: dir, environment: Self.definitionChooses)
        #expect(score.stderr.contains("csat: warning: 项目 锦程国际中心：回收的 1 份问卷全部无效"), "\(score.stderr)")

        // The workbook's Method sheet (the last) lists the warning in Chinese; read back with openpyxl.
        let report = try CLI.run(["report"] + w + ["-o", "out", "--format", "xlsx"], in: dir, environment: Self.definitionChooses)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stderr.contains("csat：已写入 out/jincheng-2026H1.xlsx"), "\(report.stderr)")
        let method = try CLI.python("sheet_texts.py", ["out/jincheng-2026H1.xlsx", "-1"], in: dir)
        try #require(method.status == 0, "\(method.stderr)")
        let texts = try #require(try JSONSerialization.jsonObject(with: method.stdout) as? [String])
        #expect(texts.contains("项目 锦程国际中心：回收的 1 份问卷全部无效，因此没有该项目的指标"), "\(texts)")
        #expect(!texts.contains { $0.contains("none of its") || $0.contains("project 锦程") })
    }

    @Test func langAndCSATLangChooseOtherwise() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let w = try GoldenTests.wave(in: dir)
        // --lang en: the text and the messages in English.
        let en = try CLI.run(["check", "--lang", "en"] + w, in: dir, environment: Self.definitionChooses)
        #expect(en.stdout.contains("\n  - project 锦程国际中心: none of its 1 forms is valid, so it has no figures"), "\(en.stdout)")
        // CSAT_LANG=en keeps standard error English under a zh report.
        let score = try CLI.run(["score"] + w, in: dir, environment: ["CSAT_LANG": "en"])
        #expect(score.stderr.contains("csat: warning: project 锦程国际中心: none of its 1 forms is valid"), "\(score.stderr)")
        // Before any definition is read, the locale decides: a usage error under zh_CN.
        let usage = try CLI.run(
            ["report"] + w + ["-o", "报告.xlsx"], in: dir, environment: ["CSAT_LANG": "", "LANG": "zh_CN.UTF-8"])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("-o 需要一个文件夹，而 \"报告.xlsx\" 看起来是文件名"), "\(usage.stderr)")
        let usageEN = try CLI.run(["report"] + w + ["-o", "报告.xlsx"], in: dir, environment: ["CSAT_LANG": "", "LANG": "C"])
        #expect(usageEN.stderr.contains("-o wants a folder, and \"报告.xlsx\" looks like a file name"), "\(usageEN.stderr)")
    }

    @Test func samplePlanAndTheSurveyorsWorkbookInChinese() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try GoldenTests.wave(in: dir)
        let args = [
            "sample", "--roster", "sample-data/roster.csv", "--survey", "sample-data/survey.json", "--seed", "2026H2-王",
            "-o", "list.xlsx",
        ]
        let r = try CLI.run(args, in: dir, environment: Self.definitionChooses)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("随机种子：2026H2-王\n规则：抽样比例 20%，至少 20 户"), "\(r.stdout)")
        #expect(r.stdout.contains("合计"))
        #expect(r.stderr.contains("名单只交给调查员"), "\(r.stderr)")
        // The workbook's header and roles in Chinese; the CSV beside it keeps the codes that scripts read.
        let texts = try CLI.python("sheet_texts.py", ["list.xlsx", "0"], in: dir)
        try #require(texts.status == 0, "\(texts.stderr)")
        let cells = try #require(try JSONSerialization.jsonObject(with: texts.stdout) as? [String])
        #expect(Array(cells.prefix(7)) == ["项目", "分层", "房号", "类别", "顺序", "替换", "替换原因"], "\(cells.prefix(10))")
        #expect(cells.contains("样本") && cells.contains("备选") && !cells.contains("sample"))
        let csv = try String(contentsOf: dir.appendingPathComponent("list.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("project,stratum,unit,role,order,replaces,reason"))
        // A repeated draw is refused in Chinese.
        let again = try CLI.run(args, in: dir, environment: Self.definitionChooses)
        #expect(again.status == 2)
        #expect(again.stderr.contains("已存在；已抽出的样本不能重抽覆盖——确要覆盖请加 --force"), "\(again.stderr)")
    }

    /// The surveyor's workbook comes back in Chinese (项目 房号 类别 替换 替换原因, roles 样本 and 备选, the
    /// replacements typed by a clerk): `--sample` reads it as it reads the CSV, with the same coverage.
    @Test func theChineseSurveyorsWorkbookReadsBackAsTheSampleList() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try GoldenTests.wave(in: dir)
        let made = try CLI.python("zh_sample_workbook.py", ["sample-data/sample.csv", "样本.xlsx"], in: dir)
        try #require(made.status == 0, "\(made.stderr)")
        func coverage(_ sample: String) throws -> (Any?, Any?) {
            let r = try CLI.run(
                ["check", "--json", "--survey", "sample-data/survey.json", "--roster", "sample-data/roster.csv",
                 "--sample", sample, "sample-data/wave-2026H1/翠湖苑.csv"], in: dir)
            try #require(r.status != 2, "\(r.stderr)")
            let j = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            return (j["coverage"], j["forms"])
        }
        let (fromCSV, formsCSV) = try coverage("sample-data/sample.csv")
        let (fromXLSX, formsXLSX) = try coverage("样本.xlsx")
        let a = try JSONSerialization.data(withJSONObject: fromCSV as Any, options: .sortedKeys)
        let b = try JSONSerialization.data(withJSONObject: fromXLSX as Any, options: .sortedKeys)
        #expect(a == b, "coverage differs: \(String(decoding: a, as: UTF8.self)) vs \(String(decoding: b, as: UTF8.self))")
        let fa = try JSONSerialization.data(withJSONObject: formsCSV as Any, options: .sortedKeys)
        let fb = try JSONSerialization.data(withJSONObject: formsXLSX as Any, options: .sortedKeys)
        #expect(fa == fb)
        // The list records replacements (a reserve's row with replaces and reason), so 替换 and 替换原因 were read.
        let list = try String(contentsOf: dir.appendingPathComponent("sample-data/sample.csv"), encoding: .utf8)
        #expect(list.split(separator: "\n").contains { $0.range(of: ",reserve,[0-9]+,[^,]", options: .regularExpression) != nil })
    }

    /// `init --from` on a Chinese 问卷星 download: the printout and `_draft` in Chinese.
    @Test func initFromAChineseDownloadSpeaksChinese() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let download = CLI.packageRoot.appendingPathComponent("Tests/CSatCLITests/Fixtures/wjx/cuihu/matrix.csv").path
        let r = try CLI.run(["init", "--from", download, "-o", "survey.json"], in: dir, environment: Self.definitionChooses)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("起草 survey.json：83 份问卷，49 列"), "\(r.stderr)")
        #expect(r.stderr.contains("还需要决定（文件中 \"_draft\" 下也有）："))
        #expect(r.stderr.contains("q14_17 中量表以外的答案：\"还行\"（1 份）"))
        #expect(!r.stderr.contains("still to decide") && !r.stderr.contains("guessed"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("survey.json"))) as? [String: Any])
        let draft = try #require(json["_draft"] as? [String])
        #expect(draft.contains { $0.hasPrefix("驱动因素：全部 27 道量表题都在同一个驱动因素") }, "\(draft)")
    }
}
