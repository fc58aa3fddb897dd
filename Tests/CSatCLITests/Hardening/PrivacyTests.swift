import Foundation
import Testing

/// SPEC.md "Privacy": names and full phone numbers never reach the management
/// outputs, ID-card numbers neither, units only with --show-units, and nothing
/// of the sample list. Every output file is scanned: the workbook's XML parts
/// (unzipped), the Markdown report and its SVG charts.
@Suite struct PrivacyTests {
    static let sampleData = CLI.packageRoot.appendingPathComponent("sample-data")

    @Test func theSampleCompany() throws {
        let dir = try CLI.scratch("privacy-company")
        defer { try? FileManager.default.removeItem(at: dir) }
        let wave = ["翠湖苑.csv", "锦程商业街.csv", "锦程国际大厦.json", "锦程花园.csv"].map { "wave-2026H1/\($0)" }
        let files = wave + ["wave-2025H2/forms.csv"]
        let args =
            ["report", "--survey", "survey.json", "--roster", "roster.csv", "--sample", "sample.csv"] + wave
            + ["--previous", "wave-2025H2/forms.csv", "-o", dir.path]
        let r = try CLI.run(args, in: Self.sampleData)
        try #require(r.status == 0, "\(r.stderr)")
        let secrets = try Secrets.read(
            files.map { Self.sampleData.appendingPathComponent($0) },
            lists: ["roster.csv", "sample.csv"].map { Self.sampleData.appendingPathComponent($0) })
        #expect(secrets.names.count > 100 && secrets.phones.count > 100 && secrets.units.count > 100 && !secrets.ids.isEmpty)
        try Self.scan(dir, secrets, unitsShown: false, sampleName: "sample.csv")
        #expect(Set(try Self.outputs(dir).map { ($0.name as NSString).pathExtension }) == ["xlsx", "md", "svg"])
    }

    @Test func aGeneratedWave() throws {
        let dir = try CLI.scratch("privacy-synth")
        defer { try? FileManager.default.removeItem(at: dir) }
        let synth = CLI.binary.deletingLastPathComponent().appendingPathComponent("csat-synth")
        let p = Process()
        p.executableURL = synth
        p.arguments = ["large", "--forms", "600", "--projects", "4", "--seed", "privacy", "--out", dir.path]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0)
        let secrets = try Secrets.read(
            [dir.appendingPathComponent("forms.csv")], lists: [dir.appendingPathComponent("roster.csv")])
        for show in [false, true] {
            let out = dir.appendingPathComponent(show ? "shown" : "out")
            let r = try CLI.run(
                ["report", "--survey", "survey.json", "--roster", "roster.csv", "forms.csv", "-o", out.path]
                    + (show ? ["--show-units"] : []), in: dir)
            try #require(r.status == 0, "\(r.stderr)")
            try Self.scan(out, secrets, unitsShown: show, sampleName: nil)
        }
    }

    /// The scan itself finds what it looks for (so the tests above do not pass by seeing nothing).
    @Test func theScanFindsLeaks() throws {
        let dir = try CLI.scratch("privacy-self")
        defer { try? FileManager.default.removeItem(at: dir) }
        var s = Secrets()
        s.names = ["于洋"]
        s.phones = ["13941362091"]
        s.ids = ["310104196801280972"]
        s.units = ["B-1202"]
        for (i, leak) in ["客户于洋表示", "电话 13941362091。", "ID:310104196801280972", "| B-1202 |"].enumerated() {
            try Data(leak.utf8).write(to: dir.appendingPathComponent("\(i).md"))
        }
        let leaks = try Self.leaks(dir, s, unitsShown: false, sampleName: nil).leaks
        #expect(leaks.count == 4, "\(leaks)")
    }

    /// Every output file's text: XML parts of workbooks, Markdown, SVG.
    static func outputs(_ dir: URL) throws -> [(name: String, text: String)] {
        var result: [(String, String)] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() {
            let url = dir.appendingPathComponent(name)
            if name.hasSuffix(".xlsx") {
                // Every part, concatenated: unzip -p, or Python's zipfile where unzip is missing.
                let p = Process()
                if FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip") {
                    p.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
                    p.arguments = ["-p", url.path]
                } else {
                    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                    let script =
                        "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); [sys.stdout.buffer.write(z.read(n)) for n in z.namelist()]"
                    p.arguments = ["python3", "-c", script, url.path]
                }
                let out = Pipe()
                p.standardOutput = out
                try p.run()
                let data = out.fileHandleForReading.readDataToEndOfFile()
                p.waitUntilExit()
                try #require(p.terminationStatus == 0 && data.count > 10_000, "cannot unzip \(name)")
                result.append((name, String(decoding: data, as: UTF8.self)))
            } else {
                result.append((name, try String(contentsOf: url, encoding: .utf8)))
            }
        }
        return result
    }

    /// Looks up every token of the outputs in the secrets (a substring search per secret would take minutes):
    /// runs of letters, digits, `-` and `+` for units, phones and ID numbers; every 2–4 character piece of
    /// a run of Chinese characters for names.
    static func scan(_ dir: URL, _ s: Secrets, unitsShown: Bool, sampleName: String?) throws {
        let (leaks, unitsSeen) = try leaks(dir, s, unitsShown: unitsShown, sampleName: sampleName)
        #expect(leaks == [])
        if unitsShown { #expect(unitsSeen > 0, "with --show-units the Data sheet shows units: the scan must see them") }
    }

    static func leaks(_ dir: URL, _ s: Secrets, unitsShown: Bool, sampleName: String?) throws -> (leaks: [String], unitsSeen: Int)
    {
        var leaks: [String] = []
        var unitsSeen = 0
        for (name, text) in try outputs(dir) {
            Secrets.tokens(text) { token in
                if s.phones.contains(token) { leaks.append("\(name) shows the phone number \(token)") }
                if s.ids.contains(token) { leaks.append("\(name) shows the ID number \(token)") }
                if s.units.contains(token) {
                    unitsSeen += 1
                    if !unitsShown { leaks.append("\(name) shows the unit \(token) without --show-units") }
                }
            } han: { piece in
                if s.names.contains(piece) { leaks.append("\(name) shows the name \(piece)") }
            }
            for p in s.spacedPhones where text.contains(p) { leaks.append("\(name) shows the phone number \(p)") }
            if let sampleName, text.contains(sampleName) { leaks.append("\(name) names the sample list") }
        }
        return (leaks, unitsSeen)
    }
}

/// The values of the inputs that must not reach the outputs.
struct Secrets {
    var names: Set<String> = []
    var phones: Set<String> = []
    var ids: Set<String> = []
    var units: Set<String> = []
    /// Phone numbers written with spaces, searched as they are.
    var spacedPhones: Set<String> = []

    /// Reads response files (CSV in UTF-8 or GB18030, JSON arrays) and unit lists (roster, sample list).
    static func read(_ files: [URL], lists: [URL]) throws -> Secrets {
        var s = Secrets()
        var other = ""  // every other cell: a name that also appears there (a surveyor, a comment) is not secret
        for f in files {
            for row in try records(f) {
                for (key, value) in row where !value.isEmpty {
                    switch key {
                    case "姓名", "name": s.names.insert(value)
                    case "电话", "phone":
                        if value.contains(" ") { s.spacedPhones.insert(value) } else { s.phones.insert(value) }
                        let digits = value.filter(\.isNumber)
                        if digits.count >= 11 { s.phones.insert(String(digits.suffix(11))) }
                    case "房号", "unit": s.units.insert(value)
                    default:
                        other += value + "\n"
                        for m in value.matches(of: /[0-9]{17}[0-9Xx]/) { s.ids.insert(String(m.output)) }
                    }
                }
            }
        }
        for f in lists {
            for row in try records(f) {
                for key in ["unit", "replaces"] { if let u = row[key], !u.isEmpty { s.units.insert(u) } }
            }
        }
        var inOther = Set<String>()
        tokens(other) { _ in
        } han: {
            inOther.insert($0)
        }
        s.names = s.names.filter { !inOther.contains($0) }
        return s
    }

    /// Calls `token` for every run of ASCII letters, digits, `-` and `+`, and `han` for every 2–4
    /// character piece of every run of Chinese characters.
    static func tokens(_ text: String, _ token: (String) -> Void, han: (String) -> Void) {
        let scalars = Array(text.unicodeScalars)
        func isToken(_ c: Unicode.Scalar) -> Bool {
            c.isASCII && (CharacterSet.alphanumerics.contains(c) || c == "-" || c == "+")
        }
        func isHan(_ c: Unicode.Scalar) -> Bool { (0x3400...0x9FFF).contains(c.value) || (0x20000...0x2FFFF).contains(c.value) }
        func piece(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[r])) }
        var i = 0
        while i < scalars.count {
            let start = i
            if isToken(scalars[i]) {
                while i < scalars.count && isToken(scalars[i]) { i += 1 }
                token(piece(start..<i))
            } else if isHan(scalars[i]) {
                while i < scalars.count && isHan(scalars[i]) { i += 1 }
                for a in start..<i {
                    for length in 2...4 where a + length <= i { han(piece(a..<(a + length))) }
                }
            } else {
                i += 1
            }
        }
    }

    static func records(_ url: URL) throws -> [[String: String]] {
        let data = try Data(contentsOf: url)
        if url.pathExtension == "json" {
            let items = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] ?? []
            return items.map { $0.mapValues { "\($0)" } }
        }
        var text =
            String(data: data, encoding: .utf8) ?? String(data: data, encoding: String.Encoding(rawValue: 0x8000_0632)) ?? ""
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let rows = parseCSV(text)
        guard let header = rows.first else { return [] }
        return rows.dropFirst().map { row in
            Dictionary(zip(header, row).map { ($0, $1.trimmingCharacters(in: .whitespaces)) }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// RFC 4180 rows (quotes, doubled quotes, line breaks inside quotes).
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
