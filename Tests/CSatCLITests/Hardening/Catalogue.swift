import Foundation
import Testing

/// One entry of docs/ERRORS.md as a test: the files, the command, the exit
/// code and a piece of the message the user must see.
struct ErrorCase: Sendable, CustomTestStringConvertible {
    var id: String
    var args: [String]
    var exit: Int32
    /// Must appear in stderr (errors, warnings) or stdout.
    var message: String
    /// Files written over the fixture, as bytes.
    var files: [String: [UInt8]] = [:]
    /// Commands run first (a sample to verify, say); each must exit 0.
    var before: [[String]] = []
    var environment: [String: String] = [:]
    /// Symbolic links to make: name → target.
    var links: [String: String] = [:]
    /// Files written after the `before` commands (to edit what they made).
    var after: [String: String] = [:]

    init(
        _ id: String, _ args: [String], exit: Int32 = 2, _ message: String, files: [String: String] = [:],
        bytes: [String: [UInt8]] = [:], before: [[String]] = [], environment: [String: String] = [:],
        links: [String: String] = [:], after: [String: String] = [:]
    ) {
        self.id = id
        self.args = args
        self.exit = exit
        self.message = message
        self.files = files.mapValues { Array($0.utf8) }.merging(bytes) { $1 }
        self.before = before
        self.environment = environment
        self.links = links
        self.after = after
    }

    var testDescription: String { "\(id): \(args.prefix(1).joined()) → \(exit)" }

    /// The same inputs as `csat check --json`, when the command reads a wave.
    var checkArguments: [String]? {
        guard let command = args.first, ["check", "score", "report"].contains(command) else { return nil }
        var kept: [String] = ["check", "--json"]
        var i = 1
        let withValue: Set<String> = ["--survey", "--roster", "--sample", "--input-format"]
        let dropWithValue: Set<String> = ["-o", "--output", "--format", "--lang", "--template"]
        while i < args.count {
            let a = args[i]
            if withValue.contains(a), i + 1 < args.count {
                kept += [a, args[i + 1]]
                i += 2
            } else if dropWithValue.contains(a) {
                i += 2
            } else if a == "--previous" {
                i += 1
                while i < args.count && !args[i].hasPrefix("-") { i += 1 }
            } else if a.hasPrefix("-") {
                i += 1
            } else {
                kept.append(a)
                i += 1
            }
        }
        return kept
    }
}

enum Catalogue {
    /// Runs one case in a fresh copy of the fixture and checks the exit code and the message; for
    /// every wave that loads, also that read = valid + invalid and that every invalid form is listed.
    /// `lang`: check's `--lang` when the case gives none (nil: the run's language decides).
    static func run(_ c: ErrorCase, lang: String? = "en") throws {
        let dir = try Fixture.folder("err\(c.id)")
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, bytes) in c.files {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        for (name, target) in c.links {
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent(name).path, withDestinationPath: target)
        }
        for command in c.before {
            let r = try CLI.run(command, in: dir, environment: c.environment)
            try #require(r.status == 0, "\(c.id) setup \(command): \(r.stderr)")
        }
        for (name, text) in c.after {
            try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        }
        // ERRORS.md quotes the English text; check's text report is in the survey's language otherwise.
        let args =
            c.args.first == "check" && !c.args.contains("--lang") && lang != nil ? c.args + ["--lang", lang!] : c.args
        let r = try CLI.run(args, in: dir, environment: c.environment)
        dump(c, r)
        #expect(r.status == c.exit, "\(c.id): exit \(r.status), stderr: \(r.stderr)")
        #expect(
            r.stderr.contains(c.message) || r.stdout.contains(c.message),
            "\(c.id): expected \"\(c.message)\" in: \(r.stderr)\(r.stdout.prefix(2000))")
        if c.exit == 2 {
            #expect(
                r.stderr.hasPrefix("csat: error: ") || r.stderr.contains("\ncsat: error: ") || r.stderr.contains("Error: "),
                "\(c.id): an error goes to stderr as csat: error: …: \(r.stderr)")
        }
        if let check = c.checkArguments {
            try checkCounts(check, in: dir, c)
        }
    }

    /// `CSAT_ERRORS_DUMP=FILE swift test --filter ErrorCatalogue` appends every case's real output
    /// (tab-separated: id, exit, the csat lines of stderr) to FILE, to check docs/ERRORS.md against.
    static func dump(_ c: ErrorCase, _ r: CLI.Result) {
        guard let path = ProcessInfo.processInfo.environment["CSAT_ERRORS_DUMP"] else { return }
        let lines = r.stderr.split(separator: "\n").filter { $0.hasPrefix("csat:") || $0.hasPrefix("Error:") }
        let line = "\(c.id)\t\(r.status)\t\(c.args.joined(separator: " "))\t\(lines.joined(separator: " ⏎ "))\n"
        lock.lock()
        defer { lock.unlock() }
        if let h = FileHandle(forWritingAtPath: path) {
            h.seekToEndOfFile()
            h.write(Data(line.utf8))
            try? h.close()
        } else {
            _ = FileManager.default.createFile(atPath: path, contents: Data(line.utf8))  // opt-in aid: if it cannot be made, there is no dump
        }
    }

    static let lock = NSLock()

    /// read = valid + invalid (SPEC.md "Validity") on every input that loads.
    static func checkCounts(_ args: [String], in dir: URL, _ c: ErrorCase) throws {
        let r = try CLI.run(args, in: dir, environment: c.environment)
        guard r.status != 2 else { return }
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(c.id): \(r.stdout)")
        let forms = try #require(json["forms"] as? [String: Any])
        let read = try #require(forms["read"] as? Int), valid = try #require(forms["valid"] as? Int)
        let invalid = try #require(forms["invalid"] as? Int)
        #expect(read == valid + invalid, "\(c.id): read \(read) ≠ valid \(valid) + invalid \(invalid)")
        let listed = (json["invalidForms"] as? [[String: Any]])?.count ?? -1
        #expect(listed == invalid, "\(c.id): \(listed) invalid forms listed, \(invalid) counted")
        let reasons = (forms["reasons"] as? [String: Int] ?? [:]).values.reduce(0, +)
        #expect(invalid == 0 || reasons >= invalid, "\(c.id): fewer reasons than invalid forms")
    }

    /// Entry ids in docs/ERRORS.md: the first cell of every table row that looks like `| C12 |`.
    static func documentedIDs() throws -> Set<String> {
        let text = try String(contentsOf: CLI.packageRoot.appendingPathComponent("docs/ERRORS.md"), encoding: .utf8)
        var ids = Set<String>()
        for line in text.split(separator: "\n") where line.hasPrefix("| ") {
            let cell = line.dropFirst(2).prefix { $0 != " " && $0 != "|" }
            if let letter = cell.first, letter.isUppercase, cell.dropFirst().allSatisfy(\.isNumber), cell.count > 1 {
                ids.insert(String(cell))
            }
        }
        return ids
    }
}

@Suite struct ErrorCatalogueTests {
    static let all =
        CatalogueUsageFiles.cases + CatalogueCSV.cases + CatalogueJSON.cases + CatalogueResponses.cases
        + CatalogueDefinition.cases + CatalogueRosterSample.cases + CatalogueRosterColumns.cases + CatalogueOutputs.cases
        + CatalogueInit.cases + CatalogueWorkbooks.cases + CatalogueFieldWork.cases + CatalogueHistory.cases
        + CatalogueActions.cases + CatalogueWeb.cases

    @Test(arguments: all)
    func entry(_ c: ErrorCase) throws {
        try Catalogue.run(c)
    }

    /// Every entry of docs/ERRORS.md has a test, and every test an entry.
    @Test func everyDocumentedEntryHasATest() throws {
        let documented = try Catalogue.documentedIDs()
        let tested = Set(Self.all.map(\.id)).union(FaultTests.catalogueIDs).union(BadDataTests.catalogueIDs)
            .union(KeyedPseudonymTests.catalogueIDs).union(OutputSafetyTests.catalogueIDs)
            .union(TemplateLinkTests.catalogueIDs).union(StreamTests.catalogueIDs).union(ActionsCommandTests.catalogueIDs)
        #expect(documented.subtracting(tested).sorted() == [], "documented without a test")
        #expect(tested.subtracting(documented).sorted() == [], "tested but not in docs/ERRORS.md")
        #expect(Self.all.count == Set(Self.all.map(\.id)).count, "an id is used twice")
        #expect(documented.count >= 50)
    }
}
