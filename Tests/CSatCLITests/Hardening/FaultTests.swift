import Foundation
import Testing

/// Faults around the files (docs/ERRORS.md "Files" and "Writing outputs"):
/// unreadable inputs, a read-only output folder, a full disk, Ctrl-C. After
/// each, no partial or temporary file is left and the old outputs are as they were.
@Suite(.serialized) struct FaultTests {
    /// The docs/ERRORS.md entries these tests cover.
    static let catalogueIDs: Set<String> = ["F3", "W3", "W4", "W7"]

    static let isRoot = getuid() == 0
    static let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs csat so that file permissions apply: as root, without the capabilities that override them
    /// (setpriv drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH); nil when that is not possible.
    static var unprivileged: [String]? {
        guard isRoot else { return [] }
        guard let setpriv else { return nil }
        return [setpriv, "--bounding-set", "-dac_override,-dac_read_search"]
    }

    static let sampleData = CLI.packageRoot.appendingPathComponent("sample-data")
    static var reportArguments: [String] {
        [
            "report", "--survey", sampleData.appendingPathComponent("survey.json").path,
            "--roster", sampleData.appendingPathComponent("roster.csv").path,
        ]
            + ["翠湖苑.csv", "锦程商业街.csv", "锦程国际大厦.json", "锦程花园.csv"].map {
                sampleData.appendingPathComponent("wave-2026H1/\($0)").path
            }
    }

    /// Old outputs that a failed run must leave exactly as they were.
    static func plantOldOutputs(in out: URL, base: String = "jincheng-2026H1") throws -> [String: String] {
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        var old: [String: String] = [:]
        for name in ["\(base).xlsx", "\(base).md"] {
            old[name] = "the previous run's \(name)"
            try Data(old[name]!.utf8).write(to: out.appendingPathComponent(name))
        }
        return old
    }

    /// The folder holds exactly the old outputs, unchanged: nothing new, nothing partial, no temporary file.
    static func expectUntouched(_ out: URL, _ old: [String: String], _ context: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == old.keys.sorted(), "\(context): left \(names)")
        for (name, text) in old {
            let now = try? String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            #expect(now == text, "\(context): \(name) changed")
        }
    }

    @Test func unreadableInputsAreErrors() throws {
        guard let launcher = Self.unprivileged else {
            skipped("running as root without setpriv; the unreadable-file test is skipped (root reads any file)")
            return
        }
        let dir = try Fixture.folder("unreadable")
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["forms.csv", "forms.json", "survey.json"] {
            chmod(dir.appendingPathComponent(name).path, 0)
        }
        defer { for name in ["forms.csv", "forms.json", "survey.json"] { chmod(dir.appendingPathComponent(name).path, 0o644) } }
        let survey = dir.appendingPathComponent("survey.json").path
        let good = dir.appendingPathComponent("good.json")
        try Data(Fixture.survey.utf8).write(to: good)
        let csv = try CLI.run(["check", "--survey", good.path, "forms.csv"], in: dir, launcher: launcher)
        #expect(csv.status == 2)
        #expect(csv.stderr.contains("forms.csv: cannot be read (check its permissions)"), "\(csv.stderr)")
        let json = try CLI.run(["check", "--survey", good.path, "forms.json"], in: dir, launcher: launcher)
        #expect(json.status == 2)
        #expect(json.stderr.contains("forms.json: cannot be read: permission denied"), "\(json.stderr)")
        let def = try CLI.run(["check", "--survey", survey, "good.json"], in: dir, launcher: launcher)
        #expect(def.status == 2)
        #expect(
            def.stderr.contains("survey.json: cannot read the survey definition: cannot be read: permission denied"),
            "\(def.stderr)")
    }

    @Test func readOnlyFolderLeavesNothingAndKeepsOldOutputs() throws {
        guard let launcher = Self.unprivileged else {
            skipped("running as root without setpriv; the read-only folder test is skipped (root writes anywhere)")
            return
        }
        let dir = try CLI.scratch("readonly")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let old = try Self.plantOldOutputs(in: out)
        chmod(out.path, 0o555)
        defer { chmod(out.path, 0o755) }
        let r = try CLI.run(Self.reportArguments + ["-o", out.path], in: dir, launcher: launcher)
        #expect(r.status == 2)
        #expect(r.stderr.contains("cannot write the workbook") && r.stderr.contains("Permission denied"), "\(r.stderr)")
        try Self.expectUntouched(out, old, "report into a read-only folder")

        let md = try CLI.run(Self.reportArguments + ["-o", out.path, "--format", "md"], in: dir, launcher: launcher)
        #expect(md.status == 2)
        #expect(md.stderr.contains("cannot write the output: Permission denied"), "\(md.stderr)")
        try Self.expectUntouched(out, old, "Markdown into a read-only folder")

        let roster = Self.sampleData.appendingPathComponent("roster.csv").path
        let s = try CLI.run(
            ["sample", "--roster", roster, "--seed", "x", "-o", out.appendingPathComponent("s.xlsx").path], in: dir,
            launcher: launcher)
        #expect(s.status == 2, "\(s.stderr)")
        #expect(s.stderr.contains("cannot write the output"), "\(s.stderr)")
        try Self.expectUntouched(out, old, "sample into a read-only folder")
    }

    /// `csat report` writes the workbook's long lists before the figures and the Markdown are
    /// ready; a template that fails then must still leave no workbook and the old outputs as they were.
    @Test func aTemplateThatFailsAfterTheLongSheetsLeavesNothing() throws {
        let dir = try CLI.scratch("late-failure")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let old = try Self.plantOldOutputs(in: out)
        try "# {{title}}\n\n{{headline.indx}}\n".write(
            to: dir.appendingPathComponent("typo.md.mustache"), atomically: true, encoding: .utf8)
        let r = try CLI.run(
            Self.reportArguments + ["-o", out.path, "--format", "xlsx,md", "--template", "typo.md.mustache"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("typo.md.mustache:3:3:") && r.stderr.contains("headline.indx"), "\(r.stderr)")
        #expect(!r.stderr.contains("cannot write the workbook"), "\(r.stderr)")
        try Self.expectUntouched(out, old, "report with a failing template")

        let fresh = dir.appendingPathComponent("fresh")
        let f = try CLI.run(
            Self.reportArguments + ["-o", fresh.path, "--format", "xlsx,md", "--template", "typo.md.mustache"], in: dir)
        #expect(f.status == 2)
        #expect(!FileManager.default.fileExists(atPath: fresh.path), "a failed run left the folder it made")
    }

    /// A full disk, made two ways: a file-size limit (ulimit -f; any user) and, as root where mounting is
    /// allowed, a 48 KiB tmpfs. Either way the write fails half-way, and nothing of it stays.
    @Test func fullDiskLeavesNothingAndKeepsOldOutputs() throws {
        let dir = try CLI.scratch("fulldisk")
        defer { try? FileManager.default.removeItem(at: dir) }  // runs after the unmount below
        let out = dir.appendingPathComponent("out")
        let old = try Self.plantOldOutputs(in: out)
        // 32 blocks (16 KiB in sh's 512-byte blocks, 32 KiB in bash's): below the 70 KiB workbook.
        let limited = ["/bin/sh", "-c", "ulimit -f 32 && exec \"$0\" \"$@\""]
        let r = try CLI.run(Self.reportArguments + ["-o", out.path], in: dir, launcher: limited)
        #expect(r.status == 2)
        #expect(r.stderr.contains("File too large") && r.stderr.contains("is the disk full?"), "\(r.stderr)")
        try Self.expectUntouched(out, old, "report under a file-size limit")

        guard Self.isRoot else { return }
        let small = dir.appendingPathComponent("small")
        try FileManager.default.createDirectory(at: small, withIntermediateDirectories: true)
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=48k", "tmpfs", small.path]
        mount.standardError = FileHandle.nullDevice
        guard (try? mount.run()) != nil else { return }
        mount.waitUntilExit()
        guard mount.terminationStatus == 0 else {
            print("note: cannot mount a tmpfs here; the full disk is simulated by the file-size limit only")
            return
        }
        defer {
            let umount = Process()
            umount.executableURL = URL(fileURLWithPath: "/bin/umount")
            umount.arguments = [small.path]
            try? umount.run()
            umount.waitUntilExit()
        }
        let oldSmall = try Self.plantOldOutputs(in: small)
        let full = try CLI.run(Self.reportArguments + ["-o", small.path], in: dir)
        #expect(full.status == 2)
        #expect(full.stderr.contains("No space left on device"), "\(full.stderr)")
        try Self.expectUntouched(small, oldSmall, "report onto a full disk")
    }

    /// Ctrl-C while the workbook is being saved: csat removes its temporary files and exits 130.
    @Test func interruptLeavesNoPartialFile() throws {
        let dir = try CLI.scratch("interrupt")
        defer { try? FileManager.default.removeItem(at: dir) }
        let synth = CLI.binary.deletingLastPathComponent().appendingPathComponent("csat-synth")
        let made = Process()
        made.executableURL = synth
        made.arguments = ["large", "--forms", "12000", "--projects", "8", "--out", dir.path]
        made.standardOutput = FileHandle.nullDevice
        made.standardError = FileHandle.nullDevice
        try made.run()
        made.waitUntilExit()
        try #require(made.terminationStatus == 0)
        let out = dir.appendingPathComponent("out")
        let old = try Self.plantOldOutputs(in: out)

        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = ["report", "--survey", "survey.json", "--roster", "roster.csv", "forms.csv", "-o", "out"]
        p.currentDirectoryURL = dir
        var env = ProcessInfo.processInfo.environment
        env["CSAT_TEMPLATES"] = CLI.packageRoot.appendingPathComponent("templates").path
        p.environment = env
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        var sawTemporary = false
        while p.isRunning {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
            if names.contains(where: { $0.contains(".tmp-") }) {
                sawTemporary = true
                kill(p.processIdentifier, SIGINT)
                break
            }
            usleep(1000)
        }
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        try #require(sawTemporary, "the report finished before its temporary file was seen: \(stderr)")
        #expect(p.terminationStatus == 130, "\(stderr)")
        #expect(stderr.contains("csat: interrupted; no output was written or changed"), "\(stderr)")
        try Self.expectUntouched(out, old, "report interrupted")
    }
}
