import CSatCore
import Foundation

/// A progress bar on stderr (SPEC.md "Commands"): only when stderr is a
/// terminal, only for work that has run over a second, redrawn at most ten
/// times a second, erased when the work is done.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    enum Unit { case bytes, rows }

    /// A handler to pass to the library, or nil when stderr is not a terminal.
    static func handler(unit: Unit = .bytes) -> (ProgressBar, ProgressHandler)? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        let bar = ProgressBar()
        return (bar, { label, done, total in bar.update(label, done, total, unit: unit) })
    }

    func update(_ label: String, _ done: Int, _ total: Int, unit: Unit = .bytes) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        let elapsed = now.timeIntervalSince(start)
        guard elapsed >= 1, now.timeIntervalSince(lastDraw) >= 0.1, total > 0 else { return }
        lastDraw = now
        let fraction = min(1, Double(done) / Double(total))
        let width = 30
        let filled = Int(fraction * Double(width))
        let eta = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let rate =
            unit == .bytes
            ? String(format: "%6.1f MB/s", Double(done) / elapsed / 1_048_576)
            : String(format: "%7.0f rows/s", Double(done) / elapsed)
        let text = String(format: "\r%@ %@ %3.0f%% %@ ETA %3.0fs ", Terminal.visible(label), bar, fraction * 100, rate, eta)
        FileHandle.standardError.write(Data(text.utf8))
        drawn = true
    }

    /// Erases the bar.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        drawn = false
    }
}
