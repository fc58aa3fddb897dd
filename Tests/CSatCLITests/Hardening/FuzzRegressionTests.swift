import Foundation
import Testing

/// Replays every input the fuzzers kept (docs/FUZZING.md): the crashes, leaks and hangs they found
/// (Tests/fuzz-regressions/<target>) and the minimised corpus (Tests/fuzz-corpus/<target>),
/// through the same entry point libFuzzer calls, built without the fuzzer (`csat-fuzz <target> FILES`).
@Suite struct FuzzRegressionTests {
    @Test(arguments: ["csv", "json", "definition", "xlsx", "sheet", "stream"])
    func replay(target: String) throws {
        let binary = CLI.binary.deletingLastPathComponent().appendingPathComponent("csat-fuzz")
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "csat-fuzz is not built next to csat")
        let root = CLI.packageRoot.appendingPathComponent("Tests")
        let folders = ["fuzz-regressions", "fuzz-corpus"].map { root.appendingPathComponent("\($0)/\(target)").path }
        let p = Process()
        p.executableURL = binary
        p.arguments = [target] + folders
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        let outText = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        let log = String(decoding: errData, as: UTF8.self)
        let last = log.split(separator: "\n").last.map(String.init) ?? ""
        #expect(p.terminationReason == .exit && p.terminationStatus == 0, "csat-fuzz \(target) stopped at: \(last)")
        #expect(outText.contains("replayed"), "\(outText)")
    }
}
