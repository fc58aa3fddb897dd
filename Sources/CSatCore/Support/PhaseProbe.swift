import Foundation

/// Timestamps between the stages of a long command, for finding where the time goes
/// (docs/PERFORMANCE.md, "Where the time goes"): with `CSAT_PHASES` set, each mark prints its
/// name, the seconds since the first mark and the process's resident and peak memory to stderr.
/// Without it a mark costs one environment look-up.
public enum PhaseProbe {
    private static let enabled = ProcessInfo.processInfo.environment["CSAT_PHASES"] != nil
    nonisolated(unsafe) private static var start: Date?

    public static func mark(_ name: String) {
        guard enabled else { return }
        let now = Date()
        let first = start ?? now
        if start == nil { start = now }
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let memory = status.split(separator: "\n").filter { $0.hasPrefix("VmRSS") || $0.hasPrefix("VmHWM") }
            .map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ") }.joined(separator: ", ")
        let line = "phase \(name): \(String(format: "%.3f", now.timeIntervalSince(first))) s; \(memory)\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
