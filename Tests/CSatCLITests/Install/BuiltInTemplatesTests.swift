import CSatCore
import Foundation
import Testing

/// The templates built into csat (docs/INSTALL.md): the same bytes as templates/, and a csat copied
/// out of the source tree, with no CSAT_TEMPLATES, writes a definition and a report with them.
@Suite struct BuiltInTemplatesTests {
    @Test func theSameAsTheTemplatesFolder() throws {
        let root = CLI.packageRoot.appendingPathComponent("templates")
        var onDisk: [String: String] = [:]
        let walker = try #require(FileManager.default.enumerator(atPath: root.path))
        for case let relative as String in walker {
            let url = root.appendingPathComponent(relative)
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue,
                !(relative as NSString).lastPathComponent.hasPrefix(".")
            else { continue }
            onDisk[relative] = try String(contentsOf: url, encoding: .utf8)
        }
        #expect(onDisk.count >= 16)
        let builtIn = Templates.builtInFiles
        #expect(Set(builtIn.keys) == Set(onDisk.keys), "run scripts/embed-templates")
        for (name, text) in onDisk {
            #expect(builtIn[name] == text, "\(name) differs from its built-in copy: run scripts/embed-templates")
        }
    }

    /// Runs a copy of csat from a folder outside the source tree, without CSAT_TEMPLATES.
    static func runAlone(_ binary: URL, _ args: [String], in dir: URL) throws -> (status: Int32, stderr: String) {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        p.currentDirectoryURL = dir
        var env = ProcessInfo.processInfo.environment
        env["CSAT_TEMPLATES"] = nil
        p.environment = env
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func aCopyOutsideTheTreeUsesThem() throws {
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("csat-alone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("bin"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let binary = dir.appendingPathComponent("bin/csat")
        try FileManager.default.copyItem(at: CLI.binary, to: binary)
        let work = dir.appendingPathComponent("wave")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let data = CLI.packageRoot.appendingPathComponent("sample-data")
        for f in ["survey.json", "wave-2026H1/翠湖苑.csv"] {
            try FileManager.default.copyItem(
                at: data.appendingPathComponent(f), to: work.appendingPathComponent((f as NSString).lastPathComponent))
        }

        let version = Process()
        version.executableURL = binary
        version.arguments = ["--version"]
        var env = ProcessInfo.processInfo.environment
        env["CSAT_TEMPLATES"] = nil
        version.environment = env
        let out = Pipe()
        version.standardOutput = out
        try version.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        version.waitUntilExit()
        #expect(text.contains("templates: built into csat (\(Templates.builtInFiles.count) files)"), "\(text)")

        let initRun = try Self.runAlone(binary, ["init", "--template", "office", "--lang", "en", "--period", "2026H1", "-o", "office.json"], in: work)
        #expect(initRun.status == 0, "\(initRun.stderr)")
        let written = try String(contentsOf: work.appendingPathComponent("office.json"), encoding: .utf8)
        #expect(written == Templates.builtInFiles["survey/office.en.json"])

        let report = try Self.runAlone(binary, ["report", "--survey", "survey.json", "翠湖苑.csv", "-o", "out", "--format", "md"], in: work)
        #expect(report.status == 0, "\(report.stderr)")
        let md = try String(contentsOf: work.appendingPathComponent("out/jincheng-2026H1.md"), encoding: .utf8)
        // The Chinese template's headings (templates/report.zh.md.mustache), from the built-in copy.
        #expect(md.contains("# 锦程物业2026年上半年业主满意度调查"), "\(md.prefix(300))")
    }
}
