import CSatCore
import Foundation
import Synchronization

/// Ctrl-C (SIGINT), SIGTERM and SIGHUP end the run without leaving a partial
/// output behind: every temporary file the run has made is removed (they are
/// all registered in `TemporaryFiles`), old outputs stay as they were, and
/// csat exits 128 + the signal (130 for Ctrl-C). docs/ERRORS.md, "Interrupted runs".
///
/// Why a thread that waits with `sigwait` and not a signal handler: a handler
/// may only call async-signal-safe functions, so it could not take the lock
/// that keeps a rename from slipping in, nor walk a Swift set. The signals are
/// blocked before any other thread starts (threads inherit the mask), so
/// only this thread ever receives them, as an ordinary call.
enum Interrupts {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    /// What a long-running command must clean up when it is stopped (csat serve: its private folder).
    static let cleanUps = Mutex<[@Sendable () -> Void]>([])

    static func install() {
        var set = sigset_t()
        sigemptyset(&set)
        for s in signals { sigaddset(&set, s) }
        pthread_sigmask(SIG_BLOCK, &set, nil)
        // A file-size limit (ulimit -f) would otherwise kill csat mid-write; ignored, the write fails
        // with EFBIG and the run stops like on a full disk.
        signal(SIGXFSZ, SIG_IGN)
        let waitSet = set
        let thread = Thread {
            var set = waitSet
            var received: Int32 = 0
            while sigwait(&set, &received) != 0 {}
            let (removed, committed) = TemporaryFiles.shared.abandon()
            for clean in cleanUps.withLock({ $0 }) { clean() }
            InputStreams.removeAll()
            let clear = isatty(STDERR_FILENO) == 1 ? "\r\u{1B}[2K" : ""
            let what = removed == 0 ? "" : " (removed \(removed) unfinished output file\(removed == 1 ? "" : "s"))"
            let message =
                committed
                ? "\(clear)csat: interrupted after its outputs were written\(what)\n"
                : "\(clear)csat: interrupted; no output was written or changed\(what)\n"
            _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
            _exit(128 + received)
        }
        thread.start()
    }
}
