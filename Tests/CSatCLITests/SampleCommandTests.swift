import Foundation
import Testing

/// `csat sample` as a surveyor and an auditor run it, in scratch folders (uses `CLI` from Support/).
@Suite(.serialized) struct SampleCommandTests {
    /// A roster: 锦程花园 3 buildings (40, 35, 25), 翠湖苑 15 (census), 东方大厦 2 buildings (60, 8);
    /// every 13th household vacant; an owner-type column to stratify by too.
    static func roster(shuffledBy seed: UInt64? = nil) -> String {
        var rows: [String] = []
        var i = 0
        for (project, buildings) in [
            ("锦程花园", [("1栋", 40), ("2栋", 35), ("3栋", 25)]), ("翠湖苑", [("A座", 15)]),
            ("东方大厦", [("写字楼", 60), ("商铺", 8)]),
        ] {
            for (building, count) in buildings {
                for u in 1...count {
                    i += 1
                    rows.append(
                        "\(project),\(building),\(building)-\(u),\(i % 3 == 0 ? "租户" : "业主"),\(i % 13 == 0 ? "是" : ""),\(80 + u % 40)"
                    )
                }
            }
        }
        if let seed { rows = SampleCommandTests.shuffle(rows, seed) }
        return "project,building,unit,ownerType,vacant,area\n" + rows.joined(separator: "\n") + "\n"
    }

    static func shuffle(_ a: [String], _ seed: UInt64) -> [String] {
        var rng = RandomWave.Rng(state: seed), a = a
        for i in stride(from: a.count - 1, to: 0, by: -1) { a.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
        return a
    }

    static func write(_ text: String, _ name: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    static func read(_ name: String, in dir: URL) throws -> String {
        String(decoding: try Data(contentsOf: dir.appendingPathComponent(name)), as: UTF8.self)
    }

    /// Data rows of a sample list as [column: value], BOM and CRLF handled (no quoted fields in these tests).
    static func rows(_ name: String, in dir: URL) throws -> [[String: String]] {
        var lines = try read(name, in: dir).replacingOccurrences(of: "\u{FEFF}", with: "").components(separatedBy: "\r\n")
        lines.removeAll { $0.isEmpty }
        let header = lines.removeFirst().components(separatedBy: ",")
        return lines.map { Dictionary(uniqueKeysWithValues: zip(header, $0.components(separatedBy: ","))) }
    }

    static func manifest(_ name: String, in dir: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent(name))) as? [String: Any] ?? [:]
    }

    @Test func drawVerifyAndDetectASwappedUnit() throws {
        let dir = try CLI.scratch()
        try Self.write(Self.roster(), "roster.csv", in: dir)
        let draw = try CLI.run(["sample", "--roster", "roster.csv", "--seed", "2026H1-王", "-o", "sample.csv"], in: dir)
        #expect(draw.status == 0, "\(draw.stderr)")
        #expect(draw.stdout.contains("seed: 2026H1-王"))
        #expect(draw.stdout.contains("锦程花园: N = "))
        let rows = try Self.rows("sample.csv", in: dir)
        // The plan shows counts only, never a unit (SPEC.md "Privacy").
        for r in rows { #expect(!draw.stdout.contains(r["unit"]!)) }
        #expect(
            try Self.read("sample.csv", in: dir).hasPrefix(
                "\u{FEFF}project,stratum,unit,role,order,replaces,reason,building,ownerType,vacant,area\r\n"))

        let ok = try CLI.run(["sample", "--verify", "sample.csv", "--roster", "roster.csv"], in: dir)
        #expect(ok.status == 0, "\(ok.stdout)\(ok.stderr)")
        #expect(ok.stdout.hasPrefix("match: "))

        var text = try Self.read("sample.csv", in: dir)
        let victim = try #require(rows.first { $0["project"] == "锦程花园" && $0["role"] == "sample" })
        text = text.replacingOccurrences(of: ",\(victim["unit"]!),sample,", with: ",1栋-999,sample,")
        try Self.write(text, "swapped.csv", in: dir)
        try FileManager.default.copyItem(
            at: dir.appendingPathComponent("sample.manifest.json"),
            to: dir.appendingPathComponent("swapped.manifest.json"))
        let bad = try CLI.run(["sample", "--verify", "swapped.csv", "--roster", "roster.csv"], in: dir)
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("should be \(victim["unit"]!)"), "\(bad.stdout)")
        #expect(bad.stdout.contains("the list has 1栋-999"))
    }

    @Test func shuffledRosterSameSeedSameListOtherSeedOtherList() throws {
        let dir = try CLI.scratch()
        try Self.write(Self.roster(), "roster.csv", in: dir)
        try Self.write(Self.roster(shuffledBy: 77), "shuffled.csv", in: dir)
        for (roster, out, seed) in [
            ("roster.csv", "a.csv", "s1"), ("shuffled.csv", "b.csv", "s1"), ("roster.csv", "c.csv", "s2"),
        ] {
            let r = try CLI.run(
                ["sample", "--roster", roster, "--seed", seed, "--strata", "building,ownerType", "-o", out], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
        }
        #expect(try Self.read("a.csv", in: dir) == Self.read("b.csv", in: dir))
        #expect(try Self.read("a.csv", in: dir) != Self.read("c.csv", in: dir))
        #expect(try Self.rows("a.csv", in: dir).contains { $0["stratum"] == "1栋/租户" })
        // The shuffled roster is another file: verify says so, and that its draw is the same.
        let v = try CLI.run(["sample", "--verify", "a.csv", "--roster", "shuffled.csv"], in: dir)
        #expect(v.status == 1)
        #expect(v.stdout.contains("is not the roster the sample was drawn from"))
        #expect(v.stdout.contains("the list comes out the same"))
    }

    /// One project per size: 5, 19, 20, 21, 100, 1000 households, rate 0.07 and min 5 on the 100.
    @Test func sizesPerProject() throws {
        let dir = try CLI.scratch()
        var text = "project,unit,building\n"
        for (p, n) in [("P005", 5), ("P019", 19), ("P020", 20), ("P021", 21), ("P1000", 1000)] {
            for u in 1...n { text += "\(p),\(u),B\(u % 3)\n" }
        }
        try Self.write(text, "roster.csv", in: dir)
        let r = try CLI.run(["sample", "--roster", "roster.csv", "--seed", "x", "--reserve", "0", "-o", "s.csv"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let projects = try Self.manifest("s.manifest.json", in: dir)["projects"] as? [[String: Any]] ?? []
        let sampled = Dictionary(uniqueKeysWithValues: projects.map { ($0["project"] as! String, $0["sampled"] as! Int) })
        #expect(sampled == ["P005": 5, "P019": 19, "P020": 20, "P021": 20, "P1000": 200])

        try Self.write("project,unit\n" + (1...100).map { "Q,\($0)" }.joined(separator: "\n"), "q.csv", in: dir)
        let q = try CLI.run(
            ["sample", "--roster", "q.csv", "--rate", "0.07", "--min", "5", "--strata", "", "-o", "q-s.csv"], in: dir)
        #expect(q.status == 0, "\(q.stderr)")
        #expect(try Self.rows("q-s.csv", in: dir).filter { $0["role"] == "sample" }.count == 7)
        #expect(try Self.rows("q-s.csv", in: dir).filter { $0["role"] == "reserve" }.count == 1)  // ⌈0.1·7⌉ = 1
    }

    @Test func excludedAndVacantNeverIncludedAlwaysAndNoSeedGivesAFreshOne() throws {
        let dir = try CLI.scratch()
        try Self.write(Self.roster(), "roster.csv", in: dir)
        try Self.write("project,unit,reason\n锦程花园,1栋-1,投诉处理中\n东方大厦,商铺-2,拆迁\n", "x.csv", in: dir)
        try Self.write("project,unit\n锦程花园,2栋-7\n东方大厦,写字楼-60\n", "k.csv", in: dir)
        let vacant = Set(
            Self.roster().split(separator: "\n").dropFirst().filter { $0.contains(",是,") }
                .map { $0.split(separator: ",").prefix(3).joined(separator: ",") })
        for i in 0..<8 {
            let out = "s\(i).csv"
            let r = try CLI.run(
                ["sample", "--roster", "roster.csv", "--exclude", "x.csv", "--include", "k.csv", "-o", out], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            let rows = try Self.rows(out, in: dir)
            let drawn = Set(rows.map { "\($0["project"]!),\($0["unit"]!)" })
            #expect(!drawn.contains("锦程花园,1栋-1") && !drawn.contains("东方大厦,商铺-2"))
            #expect(rows.allSatisfy { !vacant.contains("\($0["project"]!),\($0["stratum"]!),\($0["unit"]!)") })
            let samples = Set(rows.filter { $0["role"] == "sample" }.map { "\($0["project"]!),\($0["unit"]!)" })
            #expect(samples.contains("锦程花园,2栋-7") && samples.contains("东方大厦,写字楼-60"))
            let m = try Self.manifest("s\(i).manifest.json", in: dir)
            let seed = try #require(m["seed"] as? String)
            #expect(seed.count == 16 && m["seedGenerated"] as? Bool == true)
            #expect(r.stdout.contains("seed: \(seed) (chosen at random"))
            #expect(try CLI.run(["sample", "--verify", out, "--roster", "roster.csv"], in: dir).status == 0)
        }
    }

    @Test func xlsxOutputIsDeterministicAndHasTheCSVBesideIt() throws {
        let dir = try CLI.scratch()
        try Self.write(Self.roster(), "roster.csv", in: dir)
        let args = ["sample", "--roster", "roster.csv", "--seed", "s", "-o", "sample.xlsx"]
        #expect(try CLI.run(args, in: dir).status == 0)
        let first = try Data(contentsOf: dir.appendingPathComponent("sample.xlsx"))
        #expect(first.prefix(2) == Data("PK".utf8))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("sample.csv").path))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("sample.manifest.json").path))
        // Not overwritten without --force; byte-identical with it.
        let again = try CLI.run(args, in: dir)
        #expect(again.status == 2 && again.stderr.contains("already exists"))
        #expect(try CLI.run(args + ["--force"], in: dir).status == 0)
        #expect(try Data(contentsOf: dir.appendingPathComponent("sample.xlsx")) == first)
        #expect(try CLI.run(["sample", "--verify", "sample.csv", "--roster", "roster.csv"], in: dir).status == 0)
    }

    @Test func badInputExitsTwoWithFileAndLine() throws {
        let dir = try CLI.scratch()
        try Self.write("project,unit,building\nP,1,A\nP,2,A\nP,1,B\n", "dup.csv", in: dir)
        let dup = try CLI.run(["sample", "--roster", "dup.csv", "-o", "s.csv"], in: dir)
        #expect(dup.status == 2)
        #expect(dup.stderr.contains("dup.csv:4: household P 1 is listed twice (lines 2 and 4)"), "\(dup.stderr)")
        let noStrata = try CLI.run(["sample", "--roster", "dup.csv", "--strata", "floor", "-o", "s.csv"], in: dir)
        #expect(noStrata.status == 2 && noStrata.stderr.contains("no column \"floor\""))
        let rate = try CLI.run(["sample", "--roster", "dup.csv", "--rate", "1.5", "-o", "s.csv"], in: dir)
        #expect(rate.status == 2)
        try Self.write("project,unit\nP,9\n", "k.csv", in: dir)
        try Self.write("project,unit,building\nP,1,A\nP,2,A\n", "r.csv", in: dir)
        let unknown = try CLI.run(["sample", "--roster", "r.csv", "--include", "k.csv", "-o", "s.csv"], in: dir)
        #expect(unknown.status == 2 && unknown.stderr.contains("k.csv:2: P 9 is not in the roster"), "\(unknown.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("s.csv").path))
    }

    /// Column names and the rate from a survey definition; a replacement recorded by the surveyor
    /// still verifies, and `check` counts the reserve as sampled and the replaced unit as not.
    @Test func surveyColumnsAndReplacementsInCheck() throws {
        let dir = try CLI.scratch()
        try Self.write(
            """
            {"id": "t", "period": "2026H1", "scales": {"five": {"points": 5, "min": 1}},
             "drivers": [{"id": "d", "name": "服务", "weight": 1}],
             "questions": [{"id": "q1", "text": "满意吗", "scale": "five", "driver": "d"}],
             "columns": {"form": "问卷编号", "project": "项目", "unit": "房号", "building": "楼栋", "phone": "电话", "signed": "签名"},
             "rules": {"minSampleRate": 0.5, "minSampleCount": 2}}
            """, "survey.json", in: dir)
        try Self.write(
            "项目,楼栋,房号\n" + (1...10).map { "锦程花园,\($0 <= 6 ? "1栋" : "2栋"),\($0)" }.joined(separator: "\n") + "\n", "roster.csv",
            in: dir)
        let r = try CLI.run(
            ["sample", "--roster", "roster.csv", "--survey", "survey.json", "--seed", "t", "--reserve", "0.2", "-o", "s.csv"],
            in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        var rows = try Self.rows("s.csv", in: dir)
        #expect(rows.filter { $0["role"] == "sample" }.count == 5)  // ⌈0.5·10⌉ = 5 from the survey's rules
        let replaced = try #require(rows.first { $0["role"] == "sample" && $0["stratum"] == "1栋" }?["unit"])
        let reserveIndex = try #require(rows.firstIndex { $0["role"] == "reserve" && $0["stratum"] == "1栋" })
        let reserve = rows[reserveIndex]["unit"]!
        rows[reserveIndex]["replaces"] = replaced
        rows[reserveIndex]["reason"] = "空置"
        let header = ["project", "stratum", "unit", "role", "order", "replaces", "reason", "楼栋"]
        try Self.write(
            ([header] + rows.map { r in header.map { r[$0] ?? "" } }).map { $0.joined(separator: ",") }.joined(separator: "\n")
                + "\n",
            "s.csv", in: dir)
        let v = try CLI.run(["sample", "--verify", "s.csv", "--roster", "roster.csv"], in: dir)
        #expect(v.status == 0 && v.stdout.contains("1 replacement(s) recorded"), "\(v.stdout)")

        try Self.write(
            // 楼栋 is mapped under "columns" (for the roster's strata), so the forms must hold it too.
            "问卷编号,项目,房号,楼栋,q1,电话,签名\nF1,锦程花园,\(reserve),1栋,4,13800001111,是\nF2,锦程花园,\(replaced),1栋,4,13800002222,是\n",
            "forms.csv", in: dir
        )
        let check = try CLI.run(
            ["check", "--survey", "survey.json", "--roster", "roster.csv", "--sample", "s.csv", "--json", "forms.csv"], in: dir)
        #expect(check.status == 0, "\(check.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any] ?? [:]
        let invalid = (json["invalidForms"] as? [[String: Any]] ?? []).map { "\($0["form"]!): \($0["reasons"]!)" }
        #expect(
            invalid.count == 1 && invalid.first?.hasPrefix("F2") == true && invalid.first?.contains("off_sample") == true,
            "\(invalid)")
    }

    /// The Python script in docs/SAMPLING.md §9, an independent re-implementation, gives the same list
    /// (multi-column strata, included and excluded households, a shuffled roster). Skipped without python3.
    @Test func auditorScriptInTheDocsReproducesTheList() throws {
        let docs = try String(contentsOf: CLI.packageRoot.appendingPathComponent("docs/SAMPLING.md"), encoding: .utf8)
        let script = try #require(
            docs.components(separatedBy: "```python\n").dropFirst().first?.components(separatedBy: "```").first)
        let dir = try CLI.scratch()
        try Self.write(script, "redraw.py", in: dir)
        try Self.write(Self.roster(shuffledBy: 5), "roster.csv", in: dir)
        try Self.write("project,unit\n锦程花园,1栋-2\n翠湖苑,A座-3\n", "x.csv", in: dir)
        try Self.write("project,unit\n锦程花园,2栋-10\n锦程花园,2栋-11\n东方大厦,商铺-1\n", "k.csv", in: dir)
        let r = try CLI.run(
            [
                "sample", "--roster", "roster.csv", "--seed", "审计", "--strata", "building,ownerType", "--include", "k.csv",
                "--exclude", "x.csv", "--reserve", "0.3", "--rate", "0.15", "-o", "s.csv",
            ], in: dir)
        #expect(r.status == 0, "\(r.stderr)")

        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "redraw.py", "s.manifest.json", "roster.csv"]
        p.currentDirectoryURL = dir
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return }  // no python3: nothing to compare with
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus != 127 else { return }
        #expect(p.terminationStatus == 0)
        let theirs = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        let ours = try Self.read("s.csv", in: dir).replacingOccurrences(of: "\u{FEFF}", with: "").components(separatedBy: "\r\n")
            .filter { !$0.isEmpty }.map {
                $0.split(separator: ",", omittingEmptySubsequences: false).prefix(5).joined(separator: ",")
            }
        #expect(ours.count > 20)
        #expect(ours == theirs)
    }
}
