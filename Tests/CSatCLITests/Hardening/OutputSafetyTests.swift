import Foundation
import Testing

/// Output files in a folder others can write to (docs/SECURITY.md, "Output files"): csat never
/// writes through a planted link, replaces only regular files (even with --force), and leaves no
/// temporary file or folder behind.
@Suite(.serialized) struct OutputSafetyTests {
    static let catalogueIDs: Set<String> = ["W9"]

    static func fixture(_ name: String) throws -> URL {
        let dir = try Fixture.folder(name)
        return dir
    }

    /// Links planted under every temporary name csat used to make (`.NAME.tmp-PID`, for the next
    /// hundred process ids), pointing at a file of the victim's: the report is written, the victim is not.
    @Test func plantedLinksAreNotFollowed() throws {
        let dir = try Self.fixture("planted")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let victim = dir.appendingPathComponent("victim.txt")
        try Data("the victim's file\n".utf8).write(to: victim)
        let last = Int((try? String(contentsOfFile: "/proc/sys/kernel/ns_last_pid", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? Int(getpid())
        let names = ["t-2026H1.xlsx", "t-2026H1.md", "t-2026H1-drivers.svg", "t-2026H1-quadrants.svg", "t-2026H1-projects.svg"]
        for pid in (last + 1)...(last + 100) {
            for name in names {
                try FileManager.default.createSymbolicLink(
                    atPath: out.appendingPathComponent(".\(name).tmp-\(pid)").path, withDestinationPath: victim.path)
            }
        }
        let r = try CLI.run(["report", "--survey", "survey.json", "forms.csv", "-o", "out"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "the victim's file\n")
        for name in names {
            var info = stat()
            #expect(lstat(out.appendingPathComponent(name).path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG, "\(name)")
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".csat.tmp-") }
        #expect(left.isEmpty, "\(left)")
    }

    /// A link planted where the output goes is not replaced, nor followed, even with --force (W8).
    @Test func linkAtTheTarget() throws {
        let dir = try Self.fixture("linktarget")
        defer { try? FileManager.default.removeItem(at: dir) }
        let victim = dir.appendingPathComponent("victim.txt")
        try Data("keep\n".utf8).write(to: victim)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("out"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: dir.appendingPathComponent("out/t-2026H1.md").path, withDestinationPath: victim.path)
        let r = try CLI.run(["report", "--survey", "survey.json", "forms.csv", "-o", "out", "--format", "md"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("out/t-2026H1.md: cannot write the output: a symbolic link of that name is in the way"), "\(r.stderr)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path)
        #expect(left == ["t-2026H1.md"], "\(left)")
    }

    /// W9: `--force` replaces regular files only: a FIFO (and, as root, a device node) stays what it is.
    @Test func forceNeverReplacesSpecialFiles() throws {
        let dir = try Self.fixture("special")
        defer { try? FileManager.default.removeItem(at: dir) }
        var specials: [(String, String, mode_t)] = [("fifo", "a named pipe (FIFO)", S_IFIFO)]
        try #require(mkfifo(dir.appendingPathComponent("fifo").path, 0o644) == 0)
        if getuid() == 0, mknod(dir.appendingPathComponent("dev").path, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0 {
            specials.append(("dev", "a device", S_IFCHR))
        }
        for (name, kind, type) in specials {
            for args in [
                ["sample", "--roster", "roster.csv", "--seed", "s1", "-o", name, "--force"],
                ["init", "-o", name, "--force"],
            ] {
                let r = try CLI.run(args, in: dir)
                #expect(r.status == 2, "\(args): \(r.stderr)")
                #expect(r.stderr.contains("\(name): cannot write the output: \(kind) of that name is in the way; csat replaces regular files only"), "\(r.stderr)")
                var info = stat()
                #expect(lstat(dir.appendingPathComponent(name).path, &info) == 0 && (info.st_mode & S_IFMT) == type)
            }
        }
    }

    /// A NUL, a line break or a bidirectional override in the survey id never reaches a file name:
    /// the definition is refused with the path, and nothing is written (the run used to say "wrote 5 files").
    @Test(arguments: ["x\\u0000y", "x\\ny", "../x", "x\\u202Excod", "x\\u001B]0;owned\\u0007", ".x", "x\\u200By", "x\\u2028y", "\\u3000x", "x\\uE000"]) func idsThatWouldNameFilesBadly(_ id: String) throws {
        let dir = try Self.fixture("badid")
        defer { try? FileManager.default.removeItem(at: dir) }
        let survey = try String(contentsOf: dir.appendingPathComponent("survey.json"), encoding: .utf8)
        try Data(survey.replacingOccurrences(of: #""id": "t""#, with: "\"id\": \"\(id)\"").utf8)
            .write(to: dir.appendingPathComponent("survey.json"))
        let r = try CLI.run(["report", "--survey", "survey.json", "forms.csv", "-o", "out"], in: dir)
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("survey.json: $.id: must not"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(Set(names) == Set(Fixture.files.keys), "\(names)")
    }
}
