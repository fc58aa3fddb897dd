import Foundation
import Testing

/// SPEC.md "Privacy": the Data sheet's unit pseudonyms are keyed with the company key. Knowing
/// the survey id, the project and every unit number does not give them without the key; with the
/// key, Python's `hmac` gives every one (Tests/oracle/pseudonyms.py); the same key gives the same
/// pseudonyms every wave; the key is never in an output.
@Suite(.serialized) struct KeyedPseudonymTests {
    static let catalogueIDs: Set<String> = ["Y4"]
    static let openpyxl = CLI.pythonCan(
        "import openpyxl", else: "python3 with openpyxl not found; the pseudonym checks are skipped (pip install openpyxl)")

    /// sample-data without its key, in a scratch folder.
    static func company(_ name: String) throws -> URL {
        let dir = try CLI.scratch(name)
        let data = CLI.packageRoot.appendingPathComponent("sample-data")
        for item in try FileManager.default.contentsOfDirectory(atPath: data.path) where item != "csat.key" {
            try FileManager.default.copyItem(at: data.appendingPathComponent(item), to: dir.appendingPathComponent(item))
        }
        return dir
    }

    static let june = ["翠湖苑.csv", "锦程商业街.csv", "锦程国际大厦.json", "锦程花园.csv"].map { "wave-2026H1/\($0)" }

    static func report(_ dir: URL, _ forms: [String], out: String, _ extra: [String] = []) throws -> CLI.Result {
        try CLI.run(["report", "--survey", "survey.json", "--roster", "roster.csv"] + forms + ["-o", out] + extra, in: dir)
    }

    static func check(_ dir: URL, workbook: String, key: String) throws -> [String: Any] {
        let r = try CLI.python("pseudonyms.py", [workbook, key, "roster.csv", "jincheng"], in: dir)
        try #require(r.status == 0, "pseudonyms.py: \(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
    }

    @Test func onlyTheKeyGivesThePseudonyms() throws {
        let dir = try Self.company("keyed")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.report(dir, Self.june, out: "out")
        try #require(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("made a new company key csat.key (fingerprint "), "\(r.stderr)")
        let keyPath = dir.appendingPathComponent("csat.key").path
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: keyPath)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
        let keyText = try String(contentsOfFile: keyPath, encoding: .utf8)
        let hex = try #require(keyText.split(separator: "\n").last { $0.hasPrefix("csat-key-1 ") }?.split(separator: " ").last)
        #expect(hex.count == 64)

        // The key is in no output, in any form csat could write it.
        for (name, text) in try PrivacyTests.outputs(dir.appendingPathComponent("out")) {
            #expect(!text.lowercased().contains(hex.lowercased()), "the key is in \(name)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/csat.key").path))

        guard Self.openpyxl else { return }
        let june = try Self.check(dir, workbook: "out/jincheng-2026H1.xlsx", key: "csat.key")
        let rows = try #require(june["rows"] as? Int)
        #expect(rows > 200)
        #expect(june["keyed"] as? Int == rows, "every pseudonym is the HMAC of its project and a rostered unit")
        #expect(june["guessed"] as? Int == 0, "no pseudonym follows from the survey id, the project and the units alone")

        // A second run and last December's wave, under the same key: the same units get the same pseudonyms.
        let again = try Self.report(dir, Self.june, out: "again")
        try #require(again.status == 0, "\(again.stderr)")
        #expect(!again.stderr.contains("made a new company key"))
        #expect(NSDictionary(dictionary: try Self.check(dir, workbook: "again/jincheng-2026H1.xlsx", key: "csat.key"))
            == NSDictionary(dictionary: june))
        let december = try Self.report(dir, ["wave-2025H2/forms.csv"], out: "december")
        try #require(december.status == 0, "\(december.stderr)")
        let dec = try Self.check(dir, workbook: "december/jincheng-2026H1.xlsx", key: "csat.key")
        #expect(dec["keyed"] as? Int == dec["rows"] as? Int)
        let junePs = Set(((june["pseudonyms"] as? [String: [String]]) ?? [:]).values.joined())
        let decPs = Set(((dec["pseudonyms"] as? [String: [String]]) ?? [:]).values.joined())
        #expect(!junePs.intersection(decPs).isEmpty, "households surveyed in both waves line up")

        // Another company's key gives other pseudonyms.
        let other = try Self.report(dir, Self.june, out: "other", ["--key", "other.key"])
        try #require(other.status == 0, "\(other.stderr)")
        let o = try Self.check(dir, workbook: "other/jincheng-2026H1.xlsx", key: "other.key")
        #expect(o["keyed"] as? Int == rows)
        let otherPs = Set(((o["pseudonyms"] as? [String: [String]]) ?? [:]).values.joined())
        #expect(otherPs.intersection(junePs).isEmpty)
    }

    /// No Data sheet, no key: `--show-units`, `--no-data-sheet` and `--format md` make none.
    @Test func noKeyWithoutPseudonyms() throws {
        let dir = try Self.company("nokey")
        defer { try? FileManager.default.removeItem(at: dir) }
        for (i, extra) in [["--show-units"], ["--no-data-sheet"], ["--format", "md"]].enumerated() {
            let r = try Self.report(dir, Self.june, out: "out\(i)", extra)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("csat.key").path), "\(extra)")
        }
        // The Method sheet of the workbook without a Data sheet says so, not that it shows real units.
        guard Self.openpyxl else { return }
        let r = try CLI.python("sheet_texts.py", ["out1/jincheng-2026H1.xlsx", "-1"], in: dir)
        try #require(r.status == 0, "\(r.stderr)")
        let texts = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String])
        #expect(texts.contains("未输出数据表(--no-data-sheet):工作簿不含逐份问卷的数据,不含姓名、电话和房号。"), "\(texts)")
        #expect(!texts.contains { $0.contains("--show-units") })
    }

    /// Y4: a definition from a pipe has no folder to keep the key in.
    @Test func definitionFromAPipeNeedsKey() throws {
        let dir = try Self.company("pipekey")
        defer { try? FileManager.default.removeItem(at: dir) }
        // A real pipe: the shell feeds the definition to csat's standard input.
        let r = try CLI.run(
            ["report", "--survey", "/dev/stdin", "--roster", "roster.csv"] + Self.june + ["-o", "out"], in: dir,
            launcher: ["/bin/sh", "-c", "cat survey.json | exec \"$0\" \"$@\""])
        let text = r.stderr
        #expect(r.status == 2)
        #expect(text.contains("is not a file, so csat cannot keep the company key beside it: name the key file with --key FILE"), "\(text)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
    }
}
