import Foundation
import Testing

/// Runs the built `csat` binary in a scratch folder, as a user would.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `csat` executable next to the test bundle (SwiftPM builds every product into one folder).
    static var binary: URL {
        let candidates = [
            URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ]
        for dir in candidates {
            let url = dir.appendingPathComponent("csat")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return packageRoot.appendingPathComponent(".build/debug/csat")
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `launcher` runs csat through another program (`setpriv …`, `sh -c 'ulimit -f …'`): its arguments, then csat's path.
    @discardableResult
    static func run(_ arguments: [String], in dir: URL, environment: [String: String] = [:], launcher: [String] = []) throws
        -> Result
    {
        let p = Process()
        p.executableURL = launcher.first.map { URL(fileURLWithPath: $0) } ?? binary
        p.arguments = launcher.isEmpty ? arguments : Array(launcher.dropFirst()) + [binary.path] + arguments
        p.currentDirectoryURL = dir
        var env = ProcessInfo.processInfo.environment
        env["CSAT_TEMPLATES"] = packageRoot.appendingPathComponent("templates").path
        // Messages in English, whatever the definitions' language, unless a test asks for another
        // (`environment: ["CSAT_LANG": ""]` lets the definition choose; WordsCLITests do).
        env["CSAT_LANG"] = "en"
        // The day of the run, which the timetable judges the statistics deadline by: fixed, so that what
        // check prints of sample-data's June wave (goldens included) does not change with the calendar.
        // 2 July 2026: the day after the wave's late forms came in, before the statistics deadline (3 July).
        env["CSAT_TODAY"] = "2026-07-02"
        for (k, v) in environment { env[k] = v }
        p.environment = env
        // stderr goes to a file so that a large stdout read from the pipe can never deadlock.
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("csat-stderr-\(UUID().uuidString)")
        try Data().write(to: errURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        defer { try? FileManager.default.removeItem(at: errURL) }
        let out = Pipe()
        p.standardOutput = out
        p.standardError = errHandle
        try p.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        try errHandle.close()
        let errData = (try? Data(contentsOf: errURL)) ?? Data()
        return Result(
            status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh scratch folder.
    static func scratch(_ name: String = #function) throws -> URL {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csat-\(safe)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs a Python script of `Tests/oracle/` in `dir`: its exit status, standard output and standard error.
    static func python(_ script: String, _ arguments: [String], in dir: URL) throws -> (status: Int32, stdout: Data, stderr: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", packageRoot.appendingPathComponent("Tests/oracle/\(script)").path] + arguments
        p.currentDirectoryURL = dir
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        if p.terminationStatus == 0 { tally(workbookScripts.contains(script) ? "workbook (openpyxl)" : script == "csat_oracle.py" ? "oracle (numpy/scipy)" : "python") }
        return (p.terminationStatus, data, errText)
    }

    /// The scripts of Tests/oracle that open csat's workbooks with openpyxl.
    static let workbookScripts: Set<String> = ["check_workbook.py", "longest_cells.py", "planted_leaks.py", "pseudonyms.py", "sheet_texts.py", "fill_entry.py", "check_actions.py"]

    /// Counts a second-tool check that ran, for scripts/test's closing tally (a line in $CSAT_TEST_TALLY).
    static func tally(_ kind: String) {
        guard let path = ProcessInfo.processInfo.environment["CSAT_TEST_TALLY"], !path.isEmpty else { return }
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
        guard fd >= 0 else { return }
        defer { close(fd) }
        let line = Array((kind + "\n").utf8)
        _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }

    /// Runs the independent Python oracle (Tests/oracle/csat_oracle.py); nil when python3 with numpy and scipy is absent.
    static func oracle(_ arguments: [String], in dir: URL) throws -> Any? {
        guard pythonAvailable else { return nil }
        let r = try python("csat_oracle.py", arguments, in: dir)
        guard r.status == 0 else {
            Issue.record("oracle failed: \(r.stderr)")
            return nil
        }
        return try JSONSerialization.jsonObject(with: r.stdout)
    }

    static let pythonAvailable = pythonCan(
        "import numpy, scipy", else: "python3 with numpy and scipy not found; oracle comparisons are skipped")

    /// Whether python3 runs `code` (an import line); prints `note` when it does not.
    static func pythonCan(_ code: String, else note: String) -> Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", code]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return false }
        p.waitUntilExit()
        if p.terminationStatus != 0 { skipped(note) }
        return p.terminationStatus == 0
    }
}

/// A check that cannot run here: a note on a developer's machine, a failure in CI (`CI=true`),
/// where every check must run (scripts/test installs what they need).
func skipped(_ note: String) {
    if ProcessInfo.processInfo.environment["CI"] == "true" {
        Issue.record("CI=true and this check cannot run: \(note)")
    } else {
        print("note: " + note)
    }
}
