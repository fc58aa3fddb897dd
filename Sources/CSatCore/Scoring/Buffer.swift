/// A fixed-size buffer owned by a class: the pass writes through its pointer
/// with no copy-on-write check per access.
final class Buffer<T> {
    let p: UnsafeMutablePointer<T>
    let count: Int

    init(count: Int, _ initial: T) {
        self.count = count
        p = .allocate(capacity: max(count, 1))
        p.initialize(repeating: initial, count: count)
    }

    /// A larger buffer holding `old`'s elements first and zeroes after them (a table that grows).
    convenience init(count: Int, copying old: Buffer<T>) where T: Numeric {
        self.init(count: count, 0)
        p.update(from: old.p, count: min(count, old.count))
    }

    deinit {
        p.deinitialize(count: count)
        p.deallocate()
    }
}
