import Foundation

/// Runs one piece of work on its own thread and hands back its result: the
/// roster (millions of rows) is read on the second core while the forms are
/// read on the first; `csat report` computes the figures while it writes the
/// workbook's long lists.
public final class Background<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<T, InputError>?

    public init(_ work: @escaping @Sendable () throws(InputError) -> T) {
        let thread = Thread { [self] in
            do throws(InputError) {
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
    public func value() throws(InputError) -> T {
        done.wait()
        return try result!.get()
    }
}
