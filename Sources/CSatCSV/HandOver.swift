internal import Foundation

/// A ring of reusable slots that one thread fills and another reads, in order: the stages of
/// reading a file on more than one core (`CSVReader.readAhead`, the GB18030 decoding).
///
/// The worker fills slot `filled % ring` while the reader takes the slots before it, and waits
/// only when it is a whole ring ahead; the reader waits only for a slot not yet filled. Two
/// counters under one lock say which slots are whose. The worker's outcome (its value or its
/// error) comes after every slot it handed over, so an error is met where it happened.
final class HandOver<Slot: AnyObject, Outcome>: @unchecked Sendable {
    /// Thrown inside the worker when the reader has stopped.
    struct Stopped: Error {}

    private let slots: [Slot]
    private let condition = NSCondition()
    private var filled = 0
    private var used = 0
    private var outcome: Result<Outcome, Error>?
    private var stopped = false
    private var exited = false

    /// Starts `work` on its own thread with `ring` slots made by `make`.
    init(ring: Int, make: () -> Slot, work: @escaping @Sendable (HandOver) throws -> Outcome) {
        slots = (0..<max(2, ring)).map { _ in make() }
        let thread = Thread { [self] in
            let result: Result<Outcome, Error>
            do { result = .success(try work(self)) } catch { result = .failure(error) }
            condition.lock()
            outcome = result
            exited = true
            condition.broadcast()
            condition.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// On the worker's thread: the slot to fill now.
    var filling: Slot { slots[filled % slots.count] }

    /// On the worker's thread: hands `filling` over and waits until the next slot is free.
    func handOver() throws {
        condition.lock()
        defer { condition.unlock() }
        filled += 1
        condition.broadcast()
        while filled - used >= slots.count && !stopped { condition.wait() }
        if stopped { throw Stopped() }
    }

    /// On the reading thread: the next slot handed over (give it back with `release`), or nil
    /// after the last one: then `result` holds the worker's value, or this throws its error.
    func next() throws -> Slot? {
        condition.lock()
        while used == filled && outcome == nil { condition.wait() }
        let slot = used < filled ? slots[used % slots.count] : nil
        let outcome = self.outcome
        condition.unlock()
        if slot == nil { result = try outcome!.get() }
        return slot
    }

    private(set) var result: Outcome?

    /// On the reading thread: done with the slot `next` gave.
    func release() {
        condition.lock()
        used += 1
        condition.broadcast()
        condition.unlock()
    }

    /// Stops the worker (if it still runs) and waits for its thread to end.
    func stopAndWait() {
        condition.lock()
        defer { condition.unlock() }
        stopped = true
        condition.broadcast()
        while !exited { condition.wait() }
    }
}
