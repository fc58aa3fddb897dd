import Foundation
import Testing

/// Templates and partials are read only from their own folder (docs/SECURITY.md, "Templates and
/// partials"): a partial or a `CSAT_TEMPLATES` file linked to a file elsewhere (`/etc/passwd`, the
/// roster) used to be pasted into the report that goes to management.
@Suite(.serialized) struct TemplateLinkTests {
    static let catalogueIDs: Set<String> = ["T16", "T17"]
    static let secret = "secret-line-that-must-not-reach-the-report"

    static func report(_ dir: URL, template: String, environment: [String: String] = [:]) throws -> CLI.Result {
        try CLI.run(
            ["report", "--survey", "survey.json", "forms.csv", "-o", "out", "--format", "md", "--template", template],
            in: dir, environment: environment)
    }

    /// A folder with the fixture, a secret outside the template's folder, and `tpl/t.mustache`.
    static func setUp(_ name: String, template: String) throws -> URL {
        let dir = try Fixture.folder(name)
        try Data("\(secret)\n".utf8).write(to: dir.appendingPathComponent("secret.txt"))
        let tpl = dir.appendingPathComponent("tpl/partials")
        try FileManager.default.createDirectory(at: tpl, withIntermediateDirectories: true)
        try Data(template.utf8).write(to: dir.appendingPathComponent("tpl/t.mustache"))
        return dir
    }

    /// T16: a partial that is a link out of its folder is refused, and nothing is written.
    @Test func partialLinkedOutside() throws {
        let dir = try Self.setUp("partiallink", template: "# {{title}}\n{{>leak}}\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createSymbolicLink(
            atPath: dir.appendingPathComponent("tpl/partials/leak.mustache").path,
            withDestinationPath: dir.appendingPathComponent("secret.txt").path)
        let r = try Self.report(dir, template: "tpl/t.mustache")
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("tpl/partials/leak.mustache: the partial is a link to "), "\(r.stderr)")
        #expect(r.stderr.contains("outside its folder: csat reads templates and partials only from their own folder"))
        #expect(!r.stdout.contains(Self.secret) && !r.stderr.contains(Self.secret))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
    }

    /// T16 again, by the other door: the built-in template of a `CSAT_TEMPLATES` folder linked to
    /// `/etc/passwd`, and a link through a linked folder (`partials/` itself a link out).
    @Test func templatesFolderLinkedOutside() throws {
        let dir = try Self.setUp("folderlink", template: "# {{title}}\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let templates = dir.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("templates"), to: templates)
        let zh = templates.appendingPathComponent("report.zh.md.mustache")
        try FileManager.default.removeItem(at: zh)
        try FileManager.default.createSymbolicLink(atPath: zh.path, withDestinationPath: "/etc/passwd")
        try? FileManager.default.removeItem(at: templates.appendingPathComponent("report.en.md.mustache"))
        try FileManager.default.createSymbolicLink(
            atPath: templates.appendingPathComponent("report.en.md.mustache").path, withDestinationPath: "/etc/passwd")
        let r = try CLI.run(
            ["report", "--survey", "survey.json", "forms.csv", "-o", "out", "--format", "md"], in: dir,
            environment: ["CSAT_TEMPLATES": templates.path])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("the template is a link to /etc/passwd, outside its folder"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))

        // partials/ linked to a folder elsewhere: the partial's real path is outside the folder named.
        let elsewhere = dir.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: dir.appendingPathComponent("secret.txt"), to: elsewhere.appendingPathComponent("leak.mustache"))
        try FileManager.default.removeItem(at: dir.appendingPathComponent("tpl/partials"))
        try FileManager.default.createSymbolicLink(
            atPath: dir.appendingPathComponent("tpl/partials").path, withDestinationPath: elsewhere.path)
        try Data("# {{title}}\n{{>leak}}\n".utf8).write(to: dir.appendingPathComponent("tpl/t.mustache"))
        let r2 = try Self.report(dir, template: "tpl/t.mustache")
        #expect(r2.status == 2, "\(r2.stderr)")
        #expect(r2.stderr.contains("the partial is a link to "), "\(r2.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
    }

    /// T17: a FIFO where a partial is expected is refused at once (it used to wait for a writer).
    @Test func partialThatIsAFIFO() throws {
        let dir = try Self.setUp("partialfifo", template: "# {{title}}\n{{>pipe}}\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(mkfifo(dir.appendingPathComponent("tpl/partials/pipe.mustache").path, 0o600) == 0)
        let r = try Self.report(dir, template: "tpl/t.mustache")
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("tpl/partials/pipe.mustache: the partial is not a regular file"), "\(r.stderr)")
    }

    /// A link that stays inside the folder is an ordinary partial.
    @Test func linkInsideTheFolderIsFine() throws {
        let dir = try Self.setUp("insidelink", template: "# {{title}}\n{{>alias}}\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("partial-text-inside\n".utf8).write(to: dir.appendingPathComponent("tpl/partials/real.mustache"))
        try FileManager.default.createSymbolicLink(
            atPath: dir.appendingPathComponent("tpl/partials/alias.mustache").path, withDestinationPath: "real.mustache")
        let r = try Self.report(dir, template: "tpl/t.mustache")
        #expect(r.status == 0, "\(r.stderr)")
        let md = try String(contentsOf: dir.appendingPathComponent("out/t-2026H1.md"), encoding: .utf8)
        #expect(md.contains("partial-text-inside"))
    }
}
