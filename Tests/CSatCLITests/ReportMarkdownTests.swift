import CSatCore
import Foundation
import Testing

/// Issue: `csat report --format md`. The report's figures equal `csat score
/// --json` rounded as shown, the same inputs give the same bytes, the tables
/// survive a real GFM renderer with comments holding `|`, line breaks and
/// HTML, and templates fail loudly with their line and column.
@Suite(.serialized) struct ReportMarkdownTests {
    static let sampleArgs: [String] = {
        let root = CLI.packageRoot.appendingPathComponent("sample-data").path
        let waveFiles = ((try? FileManager.default.contentsOfDirectory(atPath: root + "/wave-2026H1")) ?? []).sorted()
            .map { root + "/wave-2026H1/" + $0 }
        return ["--survey", root + "/survey.json", "--roster", root + "/roster.csv", "--sample", root + "/sample.csv"]
            + waveFiles + ["--previous", root + "/wave-2025H2/forms.csv"]
    }()

    /// Cells of a Markdown table row, split at unescaped bars.
    static func cells(_ row: Substring) -> [String] {
        var out: [String] = [], cell = "", escaped = false
        for ch in row.trimmingCharacters(in: .whitespaces).dropFirst() {
            if ch == "|" && !escaped {
                out.append(cell.trimmingCharacters(in: .whitespaces))
                cell = ""
            } else {
                cell.append(ch)
            }
            escaped = ch == "\\" && !escaped
        }
        return out
    }

    /// The first table row whose first cell is `first`.
    static func row(_ md: String, _ first: String) -> [String]? {
        md.split(separator: "\n").lazy.filter { $0.hasPrefix("|") }.map(cells).first { $0.first == first }
    }

    static func json(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
    }

    static func interval(_ v: Any?, _ format: (Double?) -> String) -> String {
        guard let a = v as? [Double], a.count == 2 else { return "—" }
        return format(a[0]) + "–" + format(a[1])
    }

    @Test func theFiguresEqualScoreJSONRounded() throws {
        let dir = try CLI.scratch()
        let report = try CLI.run(["report"] + Self.sampleArgs + ["-o", "out", "--format", "md"], in: dir)
        #expect(report.status == 0, "\(report.stderr)")
        let score = try CLI.run(["score", "--json"] + Self.sampleArgs, in: dir)
        #expect(score.status == 0, "\(score.stderr)")
        let figures = try Self.json(score.stdout)
        let md = try String(contentsOf: dir.appendingPathComponent("out/jincheng-2026H1.md"), encoding: .utf8)

        let overall = figures["overall"] as? [String: Any] ?? [:]
        let change = (figures["comparison"] as? [String: Any])?["overall"] as? [String: Any] ?? [:]
        let index = Self.row(md, "满意度指数 (0–100)")
        #expect(index?[1] == "**" + Rounding.indexText(overall["index"] as? Double) + "**")
        #expect(index?[2] == Self.interval(overall["indexCI"], Rounding.indexText))
        #expect(index?[4].hasSuffix(Rounding.signedIndexText(change["indexChange"] as? Double)) == true)
        let rate = Self.row(md, "满意率 (满意及以上占比)")
        #expect(rate?[1] == "**" + Rounding.rateText(overall["rate"] as? Double) + "**")
        #expect(rate?[2] == Self.interval(overall["rateCI"], Rounding.rateText))

        let changes = ((figures["comparison"] as? [String: Any])?["drivers"] as? [[String: Any]] ?? [])
        for d in figures["drivers"] as? [[String: Any]] ?? [] {
            let row = Self.row(md, d["name"] as? String ?? "")
            #expect(row?[1] == Rounding.rateText(d["weight"] as? Double), "\(d["id"]!)")
            #expect(row?[2] == Rounding.indexText(d["index"] as? Double), "\(d["id"]!)")
            #expect(row?[3] == Self.interval(d["indexCI"], Rounding.indexText))
            #expect(row?[4] == Rounding.rateText(d["rate"] as? Double))
            #expect(row?[5] == String(d["n"] as? Int ?? -1))
            #expect(row?[6] == Rounding.coefficientText(d["importance"] as? Double))
            let c = changes.first { $0["id"] as? String == d["id"] as? String }
            #expect(row?[8].hasSuffix(Rounding.signedIndexText(c?["indexChange"] as? Double)) == true)
        }
        // The drivers named in words are the quadrants' keep and improve drivers.
        let drivers = figures["drivers"] as? [[String: Any]] ?? []
        let improve = drivers.filter { $0["quadrant"] as? String == "improve" }.compactMap { $0["name"] as? String }
        #expect(md.contains("应优先改进):" + (improve.isEmpty ? "无" : improve.joined(separator: "、"))))
    }

    /// A generated wave whose comments hold bars, line breaks, Markdown and HTML (in every file format).
    static func trickyWave(_ dir: URL) throws {
        var wave = RandomWave(seed: 31)
        try wave.write(to: dir)
        let parking = "前台态度好|赞\n<b>停车</b> & *车位* [链接](x) `码`\n# 不是标题 | 还有竖线"
        let security = "晚上有陌生人\r\n| 保安 <script>alert(1)</script> \\ 反斜杠 |"
        func json(_ s: String) -> String {
            "\""
                + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\r", with: "\\r")
                .replacingOccurrences(of: "\n", with: "\\n") + "\""
        }
        let edits: [(String, [(String, String)])] = [
            ("a.csv", [("\"前台态度好|赞\"", "\"\(parking)\""), (",晚上有陌生人\r\n", ",\"\(security)\"\r\n")]),
            ("b.json", [("\"前台态度好|赞\"", json(parking)), ("\"晚上有陌生人\"", json(security))]),
            ("c.jsonl", [("\"前台态度好|赞\"", json(parking)), ("\"晚上有陌生人\"", json(security))]),
        ]
        for (file, replacements) in edits {
            let url = dir.appendingPathComponent(file)
            var text = try String(contentsOf: url, encoding: .utf8)
            for (old, new) in replacements { text = text.replacingOccurrences(of: old, with: new) }
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    static let randomArgs = [
        "--survey", "survey.json", "--roster", "roster.csv", "--sample", "sample.csv", "a.csv", "b.json",
        "c.jsonl", "--previous", "prev.csv",
    ]

    /// Each driver is named once under the drivers table: the satisfaction and dissatisfaction drivers are
    /// the keep and improve quadrants, so the quadrant list below them holds only the other two.
    @Test func eachDriverIsListedOnceUnderItsQuadrant() throws {
        let dir = try CLI.scratch()
        let report = try CLI.run(["report"] + Self.sampleArgs + ["-o", "out", "--format", "md"], in: dir)
        #expect(report.status == 0, "\(report.stderr)")
        let score = try CLI.run(["score"] + Self.sampleArgs, in: dir)
        let drivers = try Self.json(score.stdout)["drivers"] as? [[String: Any]] ?? []
        #expect(drivers.count == 8)
        let md = try String(contentsOf: dir.appendingPathComponent("out/jincheng-2026H1.md"), encoding: .utf8)
        let lines = md.split(separator: "\n").map(String.init)
        guard let chart = lines.firstIndex(where: { $0.hasPrefix("![重要性–满意度矩阵]") }),
            let table = lines[..<chart].lastIndex(where: { $0.hasPrefix("|") })
        else { Issue.record("no drivers table and quadrant chart"); return }
        let bullets = lines[(table + 1)..<chart].filter { $0.hasPrefix("- ") }
        #expect(bullets.count == 4, "\(bullets)")
        let lead = ["keep": "- **满意驱动因素**", "improve": "- **不满意驱动因素**", "maintain": "- 维持", "watch": "- 次要改进"]
        for d in drivers {
            let name = d["name"] as? String ?? "?"
            let holding = bullets.filter { $0.split(whereSeparator: { $0 == ":" || $0 == "：" }).last?.split(separator: "、").contains(Substring(name)) == true }
            #expect(holding.count == 1, "\(name) is listed \(holding.count) times: \(bullets)")
            #expect(holding.first?.hasPrefix(lead[d["quadrant"] as? String ?? ""] ?? "?") == true, "\(name): \(holding)")
        }
    }

    @Test func theSameInputsGiveTheSameBytes() throws {
        let dir = try CLI.scratch()
        try Self.trickyWave(dir)
        for out in ["one", "two"] {
            let r = try CLI.run(["report"] + Self.randomArgs + ["-o", out, "--format", "md", "--lang", "en"], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("one").path).sorted()
        #expect(files == ["rand-2026H1-drivers.svg", "rand-2026H1-projects.svg", "rand-2026H1-quadrants.svg", "rand-2026H1.md"])
        for f in files {
            let one = try Data(contentsOf: dir.appendingPathComponent("one/" + f))
            let two = try Data(contentsOf: dir.appendingPathComponent("two/" + f))
            #expect(one == two, "\(f) differs between runs")
        }
    }

    /// HTML from a real GFM renderer: cmark-gfm, else markdown-it-py; nil (test skipped) when neither is installed.
    static func gfm(_ file: URL) throws -> String? {
        for (tool, args) in [
            ("cmark-gfm", ["-e", "table", "--unsafe", file.path]),
            (
                "python3",
                [
                    "-c",
                    "import sys; from markdown_it import MarkdownIt; print(MarkdownIt('commonmark', {'html': True}).enable('table').render(open(sys.argv[1]).read()))",
                    file.path,
                ]
            ),
        ] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = [tool] + args
            let out = Pipe()
            p.standardOutput = out
            p.standardError = FileHandle.nullDevice
            do { try p.run() } catch { continue }
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            if p.terminationStatus == 0 {
                CLI.tally(tool == "python3" ? "Markdown (markdown-it-py)" : "Markdown (cmark-gfm)")
                return String(decoding: data, as: UTF8.self)
            }
        }
        skipped("neither cmark-gfm nor python3 with markdown-it-py found; the GFM rendering check is skipped")
        return nil
    }

    @Test(arguments: ["zh", "en"])
    func tablesSurviveARealGFMRenderer(language: String) throws {
        let dir = try CLI.scratch("gfm\(language)")
        try Self.trickyWave(dir)
        let r = try CLI.run(["report"] + Self.randomArgs + ["-o", "out", "--format", "md", "--lang", language], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let md = dir.appendingPathComponent("out/rand-2026H1.md")
        let text = try String(contentsOf: md, encoding: .utf8)
        #expect(text.contains("前台态度好\\|赞<br>&lt;b&gt;停车&lt;/b&gt; &amp; \\*车位\\*"))
        guard let html = try Self.gfm(md) else { return }
        let score = try Self.json(try CLI.run(["score", "--json"] + Self.randomArgs, in: dir).stdout)

        // Expected body rows of each table, in the order of the built-in templates.
        let overallQuestion = (score["overall"] as? [String: Any])?["overallQuestion"] is [String: Any]
        let questions = (score["questions"] as? [[String: Any]] ?? []).filter { $0["index"] is Double }.count
        let projects = ((score["segments"] as? [String: Any])?["project"] as? [[String: Any]] ?? []).filter {
            $0["index"] is Double
        }
        let reasons = ((score["forms"] as? [String: Any])?["reasons"] as? [String: Any] ?? [:]).count
        let expected = [
            2 + (overallQuestion ? 1 : 0), (score["drivers"] as? [Any])?.count ?? 0, min(5, questions), projects.count,
            (score["coverage"] as? [Any])?.count ?? 0, reasons, 2, 4,
        ]
        let tables = html.components(separatedBy: "<table>").dropFirst().map { $0.components(separatedBy: "</table>")[0] }
        #expect(tables.count == expected.count, "tables: \(tables.count)")
        for (i, table) in tables.enumerated() where i < expected.count {
            let rows = table.components(separatedBy: "<tr>").dropFirst()
            let cells = rows.map { $0.components(separatedBy: "<td").count + $0.components(separatedBy: "<th").count - 2 }
            #expect(rows.count == expected[i] + 1, "table \(i + 1): \(rows.count - 1) rows, expected \(expected[i])")
            #expect(Set(cells).count == 1, "table \(i + 1) has rows of different widths: \(cells)")
        }
        // HTML in comments is shown as text, never run; a line break inside a cell stays a <br>.
        #expect(html.contains("&lt;b&gt;停车&lt;/b&gt;"))
        #expect(!html.contains("<b>停车"))
        #expect(!html.contains("<script"))
        #expect(html.contains("前台态度好|赞<br />") || html.contains("前台态度好|赞<br>"))
        #expect(!html.contains("<h1>不是标题"))
    }

    @Test func aUserTemplateWithDocumentedVariablesRenders() throws {
        let dir = try CLI.scratch()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("partials"), withIntermediateDirectories: true)
        try "Seed: {{method.seed}}\n".write(
            to: dir.appendingPathComponent("partials/seed.mustache"), atomically: true, encoding: .utf8)
        let template = """
            {{! Our company's layout }}
            # {{title}} ({{period}})

            Index {{headline.index}} · rate {{headline.rate}}
            {{#drivers}}
            - {{name}}: {{index}} ({{quadrantLabel}})
            {{/drivers}}

            {{> seed}}

            {{> projects-table}}
            """
        try template.write(to: dir.appendingPathComponent("mine.md.mustache"), atomically: true, encoding: .utf8)
        let r = try CLI.run(
            ["report"] + Self.sampleArgs + ["-o", "out", "--format", "md", "--template", "mine.md.mustache"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let md = try String(contentsOf: dir.appendingPathComponent("out/jincheng-2026H1.md"), encoding: .utf8)
        let overall =
            try Self.json(try CLI.run(["score", "--json"] + Self.sampleArgs, in: dir).stdout)["overall"] as? [String: Any]
        #expect(md.hasPrefix("# 锦程物业"))
        #expect(
            md.contains(
                "Index \(Rounding.indexText(overall?["index"] as? Double)) · rate \(Rounding.rateText(overall?["rate"] as? Double))"
            ))
        #expect(md.contains("Seed: jincheng"))
        #expect(md.contains("| 排名 | 项目 |"))
    }

    @Test func aTemplateWithATypoFailsWithItsLineAndColumn() throws {
        let dir = try CLI.scratch()
        try "# {{title}}\n\nIndex {{headline.indx}}\n".write(
            to: dir.appendingPathComponent("typo.md.mustache"), atomically: true, encoding: .utf8)
        let r = try CLI.run(
            ["report"] + Self.sampleArgs + ["-o", "out", "--format", "md", "--template", "typo.md.mustache"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("typo.md.mustache:3:9:"), "\(r.stderr)")
        #expect(r.stderr.contains("headline.indx") && r.stderr.contains("did you mean \"headline.index\""), "\(r.stderr)")
        let written = (try? FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path)) ?? []
        #expect(written.isEmpty, "a failed run left \(written)")
    }

    @Test func aMissingTemplateFails() throws {
        let dir = try CLI.scratch()
        let r = try CLI.run(
            ["report"] + Self.sampleArgs + ["-o", "out", "--format", "md", "--template", "nope.md.mustache"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("nope.md.mustache"), "\(r.stderr)")
    }
}
