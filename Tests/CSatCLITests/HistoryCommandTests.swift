import Foundation
import Testing

/// `csat history` and `--history` on sample-data's waves, checked with a second tool: Python's
/// sqlite3 reads the file, scipy and statsmodels recompute the marks from the stored answers.
@Suite struct HistoryCommandTests {
    static let root = CLI.packageRoot.appendingPathComponent("sample-data")
    static let june = ["wave-2026H1/锦程花园.csv", "wave-2026H1/翠湖苑.csv", "wave-2026H1/锦程商业街.csv", "wave-2026H1/锦程国际大厦.json"]
        .map { root.appendingPathComponent($0).path }
    static let december = root.appendingPathComponent("wave-2025H2/forms.csv").path

    static func common(_ survey: String = "survey.json") -> [String] {
        ["--survey", root.appendingPathComponent(survey).path, "--roster", root.appendingPathComponent("roster.csv").path]
    }

    static func json(_ r: CLI.Result) throws -> [String: Any] {
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    /// sample-data's six waves, each with its own definition (the quality manager copies it every
    /// wave and changes "period" and "wave.handOut"); 2026H1 with its sample list.
    static var waves: [(period: String, args: [String])] {
        let sample = ["--sample", root.appendingPathComponent("sample.csv").path]
        return ["2024H1", "2024H2", "2025H1", "2025H2"].map { ($0, common("wave-\($0)/survey.json") + [root.appendingPathComponent("wave-\($0)/forms.csv").path]) }
            + [("2026H1", common() + sample + june),
               ("2026H2", common("wave-2026H2/survey.json") + [root.appendingPathComponent("wave-2026H2/forms.csv").path])]
    }

    /// The six waves stored, then each one's index and rate as Python reads them from the file
    /// equal `csat score --json` on that wave's files; the marks of the December wave equal
    /// scipy's Welch p-values and statsmodels' BH q-values on the answers stored in the file.
    @Test func storedWavesAndMarksAgreeWithPython() throws {
        guard CLI.pythonCan("import sqlite3, scipy, statsmodels", else: "python3 with scipy and statsmodels not found; the history is not checked")
        else { return }
        let dir = try CLI.scratch()
        let db = dir.appendingPathComponent("history.sqlite").path
        // The December wave is under way on 7 December 2026 (its hand-out was on the 1st).
        let today = ["CSAT_TODAY": "2026-12-07"]
        for wave in Self.waves {
            let r = try CLI.run(["history", "add", "--db", db] + wave.args, in: dir, environment: today)
            #expect(r.status == 0, "\(wave.period): \(r.stderr)")
            #expect(r.stderr.contains("stored \(wave.period)"), "\(r.stderr)")
        }

        let py = try CLI.python("history_check.py", [db, "2026H2"], in: dir)
        #expect(py.status == 0, "\(py.stderr)")
        CLI.tally("oracle (numpy/scipy)")
        let oracle = try #require(try JSONSerialization.jsonObject(with: py.stdout) as? [String: Any])
        let stored = try #require(oracle["waves"] as? [String: [String: Any]])
        #expect(stored.keys.sorted() == Self.waves.map(\.period))
        for wave in Self.waves {
            let score = try Self.json(try CLI.run(["score", "--json"] + wave.args, in: dir, environment: today))
            let overall = try #require(score["overall"] as? [String: Any])
            let row = try #require(stored[wave.period])
            #expect(abs((row["index"] as! Double) - (overall["index"] as! Double)) < 1e-9, "\(wave.period)")
            #expect(abs((row["rate"] as! Double) - (overall["rate"] as! Double)) < 1e-12, "\(wave.period)")
            #expect(row["valid"] as? Int == (score["forms"] as? [String: Any])?["valid"] as? Int, "\(wave.period)")
        }

        let december = Self.waves.last!.args
        let score = try Self.json(try CLI.run(["score", "--json", "--history", db] + december, in: dir, environment: today))
        let significance = try #require(score["significance"] as? [String: Any])
        #expect(significance["previousPeriod"] as? String == "2026H1")
        let rows = try #require(significance["projects"] as? [[String: Any]])
        let tests = try #require(oracle["tests"] as? [[String: Any]])
        var compared = 0
        for t in tests {
            let project = t["project"] as! String, kind = t["kind"] as! String, measure = t["measure"] as! String
            let row = try #require(rows.first { $0["project"] as? String == project })
            let group = try #require(row[kind == "rest" ? "vsRest" : "vsPrevious"] as? [String: Any])
            let cell = measure == "index" || measure == "rate" ? group[measure] : (group["drivers"] as? [String: Any])?[measure]
            guard let p = t["p"] as? Double else {
                #expect(cell is NSNull, "\(project) \(kind) \(measure)")
                continue
            }
            let csat = try #require(cell as? [String: Any], "\(project) \(kind) \(measure)")
            #expect(abs((csat["p"] as! Double) - p) < 1e-9, "\(project) \(kind) \(measure)")
            #expect(abs((csat["q"] as! Double) - (t["q"] as! Double)) < 1e-9, "\(project) \(kind) \(measure)")
            compared += 1
        }
        #expect(compared == significance["family"] as? Int)
        #expect(compared > 40)
        let history = try #require(score["history"] as? [String: Any])
        #expect(history["periods"] as? [String] == Self.waves.map(\.period))
        #expect(history["yearEarlier"] as? String == "2025H2")
    }

    /// A stored period is refused without --replace; a foreign SQLite file and a file that is no
    /// database at all are refused with exit 2 and left byte for byte as they were.
    @Test func refusalsLeaveFilesAlone() throws {
        let dir = try CLI.scratch()
        let db = dir.appendingPathComponent("h.sqlite").path
        var r = try CLI.run(["history", "add", "--db", db] + Self.common() + Self.june, in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        r = try CLI.run(["history", "add", "--db", db] + Self.common() + Self.june, in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("2026H1 is stored already; add --replace to replace it"), "\(r.stderr)")
        r = try CLI.run(["history", "add", "--db", db, "--replace"] + Self.common() + Self.june, in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("replaced 2026H1"))
        r = try CLI.run(["history", "list", "--db", db], in: dir)
        #expect(r.status == 0)
        // Stored without the sample list: the two forms that only the list rules out (off_sample) count, 246 + 2.
        #expect(r.stdout.contains("2026H1    268    248"), "\(r.stdout)")
        r = try CLI.run(["history", "remove", "--db", db, "2024H1"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("2024H1 is not stored; stored: 2026H1"), "\(r.stderr)")
        r = try CLI.run(["history", "remove", "--db", db, "2026H1"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try CLI.run(["history", "list", "--db", db], in: dir).stdout.contains("no wave stored yet"))

        let text = dir.appendingPathComponent("notes.sqlite")
        try Data("period,index\n2026H1,75\n".utf8).write(to: text)
        r = try CLI.run(["history", "add", "--db", text.path] + Self.common() + Self.june, in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("notes.sqlite: not a SQLite database"), "\(r.stderr)")
        #expect(try Data(contentsOf: text) == Data("period,index\n2026H1,75\n".utf8))

        let foreign = dir.appendingPathComponent("crm.sqlite")
        // Another program's database, made by Python's sqlite3 (a second SQLite writer).
        let maker = Process()
        maker.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        maker.arguments = [
            "python3", "-c",
            "import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); db.execute('CREATE TABLE owner(name TEXT)'); "
                + "db.execute('INSERT INTO owner VALUES (1)'); db.commit()",
            foreign.path,
        ]
        try? maker.run()
        maker.waitUntilExit()
        if FileManager.default.fileExists(atPath: foreign.path) {
            let before = try Data(contentsOf: foreign)
            r = try CLI.run(["history", "add", "--db", foreign.path] + Self.common() + Self.june, in: dir)
            #expect(r.status == 2)
            #expect(r.stderr.contains("a SQLite database, but not a csat history"), "\(r.stderr)")
            #expect(try Data(contentsOf: foreign) == before)
        } else {
            skipped("python3 with sqlite3 not found; the foreign-database refusal is not checked")
        }
        r = try CLI.run(["history", "list", "--db", dir.appendingPathComponent("none.sqlite").path], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("no such history file"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("none.sqlite").path))
    }
}
