import Foundation
import Testing

/// Inputs that are not files (docs/SECURITY.md, "Inputs that are not files"): a stream without end
/// stops at a documented size with exit 2 — `--survey /dev/zero` used to grow to 17 GB and abort.
@Suite struct StreamTests {
    static let catalogueIDs: Set<String> = ["F14"]

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
}
