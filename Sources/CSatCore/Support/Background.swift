import Foundation

/// Runs one piece of work on its own thread and hands back its result: the
/// roster (millions of rows) is read on the second core while the forms are
/// read on the first; `csat report` computes the figures while it writes the
/// workbook's long lists.
///
/// `Failure` is the work's error type: `Never` for work that cannot fail, whose
/// `value()` then needs no `try`.
public final class Background<T: Sendable, Failure: Error>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<T, Failure>?

    public init(_ work: @escaping @Sendable () throws(Failure) -> T) {
        let thread = Thread { [self] in
            do throws(Failure) {
                result = .success(try work())
            } catch {
                result = .failure(error)
            }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits for the work and returns its value or throws its error.
    public func value() throws(Failure) -> T {
        done.wait()
        return try result!.get()
    }
}
