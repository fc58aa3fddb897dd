import Foundation
import Testing

/// `csat serve` end to end (docs/WEB.md): Tests/oracle/web_check.py drives Debian's chromium with
/// Selenium against the built binary on 127.0.0.1, and compares every count and figure with what
/// the commands print for the same files; then the endpoints' 422, 413, 403, escaping, two
/// concurrent uploads of 100k forms (made here by csat-synth, two seeds) and the password mode.
/// `CSAT_WEB_SCREENSHOTS=folder` keeps a PNG of each page (docs/images/web-*.png are those).
@Suite struct ServeTests {
    @Test func browserAndEndpointsAgreeWithTheCommands() throws {
        let chromium = ["/usr/bin/chromium", "/usr/bin/chromedriver"].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
        guard chromium else {
            skipped("Debian's chromium and chromium-driver are not installed (scripts/test installs them); the browser checks are skipped")
            return
        }
        guard CLI.pythonCan("import selenium, openpyxl", else: "python3 with selenium and openpyxl not found; the browser checks are skipped") else {
            return
        }
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let synth = CLI.binary.deletingLastPathComponent().appendingPathComponent("csat-synth")
        for seed in ["A", "B"] {
            let p = Process()
            p.executableURL = synth
            p.arguments = ["large", "--forms", "100000", "--projects", "20", "--seed", "web-\(seed)", "--out", dir.appendingPathComponent(seed).path]
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            try #require(p.terminationStatus == 0, "csat-synth large")
        }
        let run = dir.appendingPathComponent("run")
        try FileManager.default.createDirectory(at: run, withIntermediateDirectories: true)
        var args = [CLI.binary.path, CLI.packageRoot.appendingPathComponent("sample-data").path, run.path,
                    dir.appendingPathComponent("A").path, dir.appendingPathComponent("B").path]
        if let shots = ProcessInfo.processInfo.environment["CSAT_WEB_SCREENSHOTS"], !shots.isEmpty { args.append(shots) }
        let r = try CLI.python("web_check.py", args, in: dir)
        #expect(r.status == 0, "web_check.py: \(r.stderr)\n\(String(decoding: r.stdout, as: UTF8.self))")
        if r.status == 0 { CLI.tally("browser (chromium)") }
    }
}
