import Foundation
import Testing

/// Inputs that are not files (docs/SECURITY.md, "Inputs that are not files"): a stream without end
/// stops at a documented size with exit 2 — `--survey /dev/zero` used to grow to 17 GB and abort —
/// and a CSV, a roster, a workbook on `-`, `/dev/stdin`, `<(…)` or a named FIFO reads as its file
/// does (they were refused, read as empty, or hung).
@Suite struct StreamTests {
    static let catalogueIDs: Set<String> = ["F14", "F15", "F16"]

    static func company() throws -> URL {
        let dir = try CLI.scratch("streams")
        let data = CLI.packageRoot.appendingPathComponent("sample-data")
        for f in ["survey.json", "wave-2026H1/锦程国际大厦.json"] {
            try FileManager.default.copyItem(
                at: data.appendingPathComponent(f), to: dir.appendingPathComponent((f as NSString).lastPathComponent))
        }
        return dir
    }

    @Test(arguments: ["/dev/zero", "/dev/urandom"]) func endlessDefinition(_ device: String) throws {
        let dir = try Self.company()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(["check", "--survey", device, "锦程国际大厦.json"], in: dir)
        #expect(r.status == 2)
        #expect(
            r.stderr.contains(
                "\(device): cannot read the survey definition: is not a file but a stream, and it went on past 16 MB without ending"),
            "\(r.stderr)")
    }

    /// Process substitution (`<(yes '[[[')`), through bash, as a user types it.
    @Test func endlessDefinitionFromAProcess() throws {
        let dir = try Self.company()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(
            ["check", "锦程国际大厦.json"], in: dir,
            launcher: ["/bin/bash", "-c", "exec \"$0\" \"$1\" --survey <(yes '[[[') \"$2\""])
        #expect(r.status == 2)
        #expect(r.stderr.contains("is not a file but a stream, and it went on past 16 MB without ending"), "\(r.stderr)")
    }

    /// A definition and a JSON file of forms from pipes read as their files do.
    @Test func jsonFromAPipe() throws {
        let dir = try Self.company()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try CLI.run(["check", "--survey", "survey.json", "锦程国际大厦.json", "--json"], in: dir)
        try #require(file.status == 0, "\(file.stderr)")
        let piped = try CLI.run(
            ["check", "--survey", "/dev/stdin", "--input-format", "json", "/dev/fd/3", "--json"], in: dir,
            launcher: ["/bin/bash", "-c", "exec \"$0\" \"$@\" < survey.json 3< <(cat 锦程国际大厦.json)"])
        try #require(piped.status == 0, "\(piped.stderr)")
        let a = try #require(try JSONSerialization.jsonObject(with: Data(file.stdout.utf8)) as? [String: Any])
        let b = try #require(try JSONSerialization.jsonObject(with: Data(piped.stdout.utf8)) as? [String: Any])
        #expect(NSDictionary(dictionary: a["forms"] as? [String: Any] ?? [:]) == NSDictionary(dictionary: b["forms"] as? [String: Any] ?? [:]))
        #expect((a["forms"] as? [String: Any]) != nil)
    }

    /// The sample company as it is in sample-data.
    static func wholeCompany() throws -> URL {
        let dir = try CLI.scratch("streams-company")
        let data = CLI.packageRoot.appendingPathComponent("sample-data")
        for name in try FileManager.default.contentsOfDirectory(atPath: data.path) {
            try FileManager.default.copyItem(at: data.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        return dir
    }

    static func forms(_ stdout: String) throws -> NSDictionary {
        let top = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        return NSDictionary(dictionary: try #require(top["forms"] as? [String: Any]))
    }

    static let csv = "wave-2026H1/翠湖苑.csv"

    /// Python's answer, as a second opinion.
    static func python(_ code: String, in dir: URL) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", code]
        p.currentDirectoryURL = dir
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0, "python3 -c \(code)")
        return String(decoding: data, as: UTF8.self)
    }

    /// The same GB18030 CSV on `-`, on `/dev/stdin`, from `<(cat …)` and from a named FIFO: the same
    /// forms as the file (read 83, valid 77, 6 invalid with their reasons, as sample-data/README.md says).
    @Test(arguments: [
        ("-", "exec timeout 60 \"$0\" check --survey survey.json - --json < \(csv)"),
        ("/dev/stdin", "cat \(csv) | exec timeout 60 \"$0\" check --survey survey.json /dev/stdin --json"),
        ("<(…)", "exec timeout 60 \"$0\" check --survey survey.json <(cat \(csv)) --json"),
        ("fifo", "rm -f fifo; mkfifo fifo; (cat \(csv) > fifo &); exec timeout 60 \"$0\" check --survey survey.json fifo --json"),
    ])
    func csvFromAStream(_ name: String, _ script: String) throws {
        let dir = try Self.wholeCompany()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try CLI.run(["check", "--survey", "survey.json", Self.csv, "--json"], in: dir)
        try #require(file.status == 0, "\(file.stderr)")
        let expected = try Self.forms(file.stdout)
        #expect(expected["read"] as? Int == 83 && expected["valid"] as? Int == 77)
        let r = try CLI.run([], in: dir, launcher: ["/bin/bash", "-c", script])
        try #require(r.status == 0, "\(name): \(r.stderr)")
        #expect(try Self.forms(r.stdout) == expected, "\(name)")
        // Messages and the file list name the input as it was given, not csat's copy of it.
        let files = try #require(
            (try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])?["files"] as? [[String: Any]])
        let shown = files.first?["path"] as? String ?? ""
        #expect(!shown.contains("csat-in-"), "\(shown)")
        if name == "-" { #expect(shown == "(standard input)") }
        if name == "<(…)" { #expect(shown.hasPrefix("/dev/fd/")) }
    }

    /// A roster from `<(…)` (it is hashed and read twice) draws the same sample as the file, and its
    /// manifest names the input, whose SHA-256 is that of the roster file (Python hashlib).
    @Test func rosterFromAProcess() throws {
        let dir = try Self.wholeCompany()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try CLI.run(["sample", "--roster", "roster.csv", "--seed", "pipe-1", "-o", "a.csv"], in: dir)
        try #require(file.status == 0, "\(file.stderr)")
        let piped = try CLI.run(
            [], in: dir,
            launcher: ["/bin/bash", "-c", "exec \"$0\" sample --roster <(cat roster.csv) --seed pipe-1 -o b.csv"])
        try #require(piped.status == 0, "\(piped.stderr)")
        let a = try String(contentsOf: dir.appendingPathComponent("a.csv"), encoding: .utf8)
        let b = try String(contentsOf: dir.appendingPathComponent("b.csv"), encoding: .utf8)
        #expect(a == b)
        #expect(a.unicodeScalars.filter { $0 == "\n" }.count == 277)  // header + 252 sampled + 24 reserves
        let manifest = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("b.manifest.json"))) as? [String: Any])
        let roster = try #require(manifest["roster"] as? [String: Any])
        #expect((roster["file"] as? String ?? "").hasPrefix("/dev/fd/"), "\(roster)")
        let hash = try Self.python("import hashlib; print(hashlib.sha256(open('roster.csv','rb').read()).hexdigest())", in: dir)
        #expect(roster["sha256"] as? String == hash.trimmingCharacters(in: .whitespacesAndNewlines))
        // The roster for --verify may come down a pipe too; the list itself must be a file.
        let verified = try CLI.run(
            ["sample", "--verify", "b.csv", "--roster", "-"], in: dir, launcher: ["/bin/bash", "-c", "exec \"$0\" \"$@\" < roster.csv"])
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.contains("from (standard input)"), "\(verified.stdout)")
        let listOnPipe = try CLI.run(
            ["sample", "--verify", "-", "--roster", "roster.csv"], in: dir, launcher: ["/bin/bash", "-c", "exec \"$0\" \"$@\" < b.csv"])
        #expect(listOnPipe.status == 2)
        #expect(listOnPipe.stderr.contains("(standard input): --verify needs the list as a file"), "\(listOnPipe.stderr)")
    }

    /// A workbook (a zip, read out of order) from a pipe, and JSON Lines from a pipe without
    /// --input-format: the copy is guessed by its bytes.
    @Test func workbookAndJSONLinesFromPipes() throws {
        let dir = try Self.wholeCompany()
        defer { try? FileManager.default.removeItem(at: dir) }
        let drawn = try CLI.run(["sample", "--roster", "roster.csv", "--seed", "pipe-2", "-o", "s.xlsx"], in: dir)
        try #require(drawn.status == 0, "\(drawn.stderr)")
        let asFile = try CLI.run(["check", "--survey", "survey.json", "--sample", "s.xlsx", Self.csv, "--json"], in: dir)
        let asPipe = try CLI.run(
            [], in: dir,
            launcher: ["/bin/bash", "-c", "exec \"$0\" check --survey survey.json --sample <(cat s.xlsx) \(Self.csv) --json"])
        try #require(asFile.status == 0 && asPipe.status == 0, "\(asFile.stderr) \(asPipe.stderr)")
        #expect(try Self.forms(asPipe.stdout) == Self.forms(asFile.stdout))

        let lines = try Self.python(
            "import json; d=json.load(open('wave-2026H1/锦程国际大厦.json')); print('\\n'.join(json.dumps(f, ensure_ascii=False) for f in d))",
            in: dir)
        try lines.write(to: dir.appendingPathComponent("forms.jsonl"), atomically: true, encoding: .utf8)
        let file = try CLI.run(["check", "--survey", "survey.json", "forms.jsonl", "--json"], in: dir)
        let piped = try CLI.run(
            ["check", "--survey", "survey.json", "-", "--json"], in: dir, launcher: ["/bin/bash", "-c", "exec \"$0\" \"$@\" < forms.jsonl"])
        try #require(file.status == 0 && piped.status == 0, "\(file.stderr) \(piped.stderr)")
        #expect(try Self.forms(piped.stdout) == Self.forms(file.stdout))
    }

    /// Forms without end stop at CSAT_STREAM_LIMIT with exit 2 naming the input, and the copy is gone
    /// (TMPDIR is watched); a bad limit or a temporary folder that does not exist are messages too.
    @Test func endlessFormsStopAtTheLimit() throws {
        let dir = try Self.wholeCompany()
        defer { try? FileManager.default.removeItem(at: dir) }
        let tmp = dir.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        let r = try CLI.run(
            ["check", "--survey", "survey.json", "/dev/zero"], in: dir,
            environment: ["CSAT_STREAM_LIMIT": "2M", "TMPDIR": tmp.path])
        #expect(r.status == 2)
        #expect(
            r.stderr.contains(
                "/dev/zero: is not a file but a stream, and it went on past 2 MB without ending: csat stopped reading it. "
                    + "Save it to a file and name the file (or raise CSAT_STREAM_LIMIT)"), "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path).isEmpty)

        let yes = try CLI.run(
            ["report", "--survey", "survey.json", "-", "-o", "out"], in: dir,
            environment: ["CSAT_STREAM_LIMIT": "1M", "TMPDIR": tmp.path],
            launcher: ["/bin/bash", "-c", "yes '项目,房号' | exec \"$0\" \"$@\""])
        #expect(yes.status == 2)
        #expect(yes.stderr.contains("(standard input): is not a file but a stream, and it went on past 1 MB"), "\(yes.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path).isEmpty)

        let bad = try CLI.run(["check", "--survey", "survey.json", "/dev/zero"], in: dir, environment: ["CSAT_STREAM_LIMIT": "lots"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("CSAT_STREAM_LIMIT: must be a number of bytes, such as 500000000, 500M or 4G; it is \"lots\""))

        let noTemp = try CLI.run(
            ["check", "--survey", "survey.json", "-"], in: dir, environment: ["TMPDIR": dir.appendingPathComponent("gone").path],
            launcher: ["/bin/bash", "-c", "exec \"$0\" \"$@\" < \(Self.csv)"])
        #expect(noTemp.status == 2)
        #expect(
            noTemp.stderr.contains("(standard input): is not a file but a stream, and csat could not keep a copy of it in the temporary folder"),
            "\(noTemp.stderr)")
        #expect(noTemp.stderr.contains("No such file or directory"))
    }

    /// Found while trying finding 3 by other means: `--key /dev/zero` aborted after 34 GB. A key is read
    /// once, up to 64 KB, so `--key <(…)` works and `/dev/zero` stops.
    @Test func keyFromAStream() throws {
        let dir = try Self.wholeCompany()
        defer { try? FileManager.default.removeItem(at: dir) }
        let zero = try CLI.run(["report", "--survey", "survey.json", Self.csv, "-o", "out", "--key", "/dev/zero"], in: dir)
        #expect(zero.status == 2)
        #expect(
            zero.stderr.contains("/dev/zero: cannot read the company key: is not a file but a stream, and it went on past 64 KB"),
            "\(zero.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
        let piped = try CLI.run(
            [], in: dir,
            launcher: ["/bin/bash", "-c", "exec \"$0\" report --survey survey.json \(Self.csv) -o out --format xlsx --key <(cat csat.key)"])
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(!piped.stderr.contains("made a new company key"), "\(piped.stderr)")
    }

    /// Found while trying finding 3 by other means: a socket was "cannot be read: No such device or
    /// address (a damaged disk, …?)". It is named for what it is.
    @Test func aSocketIsNamed() throws {
        let dir = try Self.wholeCompany()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try Self.python("import socket; socket.socket(socket.AF_UNIX).bind('sock')", in: dir)
        let r = try CLI.run(["check", "--survey", "survey.json", "sock"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("sock: is a socket, not a file: save what it serves to a file and name the file"), "\(r.stderr)")
    }
}
