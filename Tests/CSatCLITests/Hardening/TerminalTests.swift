import Foundation
import Testing

/// Escape codes in data never reach the terminal raw (docs/SECURITY.md, "Terminal output"): a
/// project named with ESC [2J (clear the screen), an OSC title sequence ending in BEL, a C1 CSI
/// (U+009B) and a right-to-left override used to print as they were in `check`'s table and in warnings.
@Suite struct TerminalTests {
    static let hostile = "\u{1B}[2J\u{1B}]0;owned\u{07}X\u{202E}Y\u{9B}Z"
    /// The same name as csat shows it, worked out by hand from the rule: each hidden scalar as \u{HEX}.
    static let shown = #"\u{1B}[2J\u{1B}]0;owned\u{7}X\u{202E}Y\u{9B}Z"#

    static func company() throws -> URL {
        let dir = try CLI.scratch("terminal")
        let data = CLI.packageRoot.appendingPathComponent("sample-data")
        try FileManager.default.copyItem(at: data.appendingPathComponent("survey.json"), to: dir.appendingPathComponent("survey.json"))
        try FileManager.default.copyItem(at: data.appendingPathComponent("roster.csv"), to: dir.appendingPathComponent("roster.csv"))
        // 锦程花园.csv: UTF-8, comma; the project column renamed on five forms.
        var lines = try String(contentsOf: data.appendingPathComponent("wave-2026H1/锦程花园.csv"), encoding: .utf8)
            .components(separatedBy: "\n")
        for i in 1...5 { lines[i] = lines[i].replacingOccurrences(of: "锦程花园", with: hostile) }
        try Data(lines.joined(separator: "\n").utf8).write(to: dir.appendingPathComponent("forms.csv"))
        return dir
    }

    static func assertNothingRaw(_ text: String, _ what: String) {
        for u in text.unicodeScalars {
            let v = u.value
            let hidden = (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            #expect(!hidden, "\(what) holds U+\(String(v, radix: 16)) raw")
            if hidden { return }
        }
    }

    @Test func checkAndWarningsShowEscapesVisibly() throws {
        let dir = try Self.company()
        defer { try? FileManager.default.removeItem(at: dir) }
        let check = try CLI.run(["check", "--survey", "survey.json", "forms.csv"], in: dir)
        #expect(check.status == 0, "\(check.stderr)")
        Self.assertNothingRaw(check.stdout, "check's table")
        #expect(check.stdout.contains(Self.shown))

        let score = try CLI.run(["score", "--survey", "survey.json", "--roster", "roster.csv", "forms.csv", "--json"], in: dir)
        #expect(score.status == 0, "\(score.stderr)")
        Self.assertNothingRaw(score.stderr, "the warnings")
        #expect(score.stderr.contains("project \(Self.shown): none of its 5 forms is valid"), "\(score.stderr)")
        // JSON is for programs: valid, and the name in it is the name in the file.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(score.stdout.utf8)) as? [String: Any])
        #expect(String(data: try JSONSerialization.data(withJSONObject: json), encoding: .utf8)?.contains("owned") == true)
        #expect(score.stdout.contains("\\u001b") || score.stdout.contains("\\u001B"), "ESC is escaped by JSON itself")
    }
}
