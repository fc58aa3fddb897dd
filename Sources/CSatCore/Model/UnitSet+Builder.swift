extension UnitSet {
    /// Builds a `UnitSet` of millions of keys for little more than the cost of streaming them.
    ///
    /// Inserting each key as it comes is a random access into a table of tens of
    /// megabytes: a cache and a TLB miss for every household, which was a third of
    /// the time to read a national roster. The builder instead splits the table into
    /// regions of about 32K slots (256 KiB) and files each key under the region where
    /// its home slot lies, in a list kept at the start of that region. `finish` then
    /// turns the regions into the probing table one at a time, each inside the L2 cache.
    ///
    /// Keys reach a list through a small stage per region, moved when full: written
    /// one by one, a few hundred lists missed the cache once every eight keys, and
    /// each such store held up the parser's stores queued behind it; a full stage
    /// goes in one copy whose misses overlap.
    ///
    /// Repeated keys come to light only in `finish`, which says whether there were
    /// any, not where: a reader that must name the first repeated line reads again
    /// with `UnitSet.insert` (see `RosterReader`).
    struct Builder {
        /// The table to be: region r is `slots[r * regionSize ..< (r + 1) * regionSize]`,
        /// its first `listed[r]` slots the keys filed under it, the rest zero.
        private var slots: [UInt64]
        private var listed: [Int]
        private var regionSize: Int
        /// Region r's stage is `staged[r * stageSize ..< r * stageSize + stagedCount[r]]`.
        private var staged: [UInt64]
        private var stagedCount: [Int]
        /// Keys whose region's list was full (only with skewed or repeated keys).
        private var overflow: [UInt64] = []
        private var zeros = 0
        /// Keys added, repeats included.
        private(set) var count = 0

        static let regionSlots = 1 << 15
        static let stageSize = 64

        init(expectedCount: Int) {
            let capacity = UnitSet.capacity(for: expectedCount)
            let regions = max(1, capacity / Self.regionSlots)
            // The capacity must be a whole number of regions for a key's home region
            // (`home(m, regions)`) to hold its home slot (`home(m, capacity)`).
            regionSize = (capacity + regions - 1) / regions
            slots = Array(repeating: 0, count: regions * regionSize)
            listed = Array(repeating: 0, count: regions)
            staged = Array(repeating: 0, count: regions * Self.stageSize)
            stagedCount = Array(repeating: 0, count: regions)
        }

        @inline(__always)
        mutating func append(_ key: UnitKey) {
            let m = UnitSet.mix(key.rawValue)
            count += 1
            if m == 0 {
                zeros += 1
                return
            }
            let r = UnitSet.home(m, listed.count)
            let n = stagedCount[r]
            staged[r * Self.stageSize + n] = m
            if n + 1 < Self.stageSize {
                stagedCount[r] = n + 1
            } else {
                stagedCount[r] = 0
                moveStage(r, Self.stageSize)
            }
            if count * 4 > slots.count * 3 { grow() }
        }

        /// Moves the first `n` staged keys of region `r` to its list, or to `overflow` past its end.
        private mutating func moveStage(_ r: Int, _ n: Int) {
            let fits = min(n, regionSize - listed[r])
            let from = r * Self.stageSize, to = r * regionSize + listed[r]
            staged.withUnsafeBufferPointer { stage in
                slots.withUnsafeMutableBufferPointer { table in
                    (table.baseAddress! + to).update(from: stage.baseAddress! + from, count: fits)
                }
            }
            listed[r] += fits
            if fits < n { overflow.append(contentsOf: staged[from + fits..<from + n]) }
        }

        /// Doubles every region, moving each list to the start of its larger region.
        private mutating func grow() {
            let old = slots, oldSize = regionSize, newSize = 2 * regionSize, listed = listed
            regionSize = newSize
            slots = Array(repeating: 0, count: listed.count * newSize)
            old.withUnsafeBufferPointer { from in
                slots.withUnsafeMutableBufferPointer { to in
                    for r in listed.indices where listed[r] > 0 {
                        (to.baseAddress! + r * newSize).update(from: from.baseAddress! + r * oldSize, count: listed[r])
                    }
                }
            }
        }

        /// The set, or nil when some key was added more than once. Call once: the table moves to the set.
        mutating func finish() -> UnitSet? {
            for r in stagedCount.indices where stagedCount[r] > 0 {
                moveStage(r, stagedCount[r])
                stagedCount[r] = 0
            }
            var repeats = max(0, zeros - 1)
            // Keys that probe past the last slot wrap into region 0, still a list until the
            // end: they, and the overflow, are placed after every region is a table.
            var late = overflow
            // Moved out, not copied: the set must be the table's only owner, or placing
            // the late keys would copy it whole.
            var table: [UInt64] = []
            swap(&table, &slots)
            let capacity = table.count, listed = listed, regionSize = regionSize
            let scratch = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: max(1, listed.max() ?? 0))
            defer { scratch.deallocate() }
            table.withUnsafeMutableBufferPointer { s in
                // Last region first: a region's keys may run on into the regions after it,
                // which must be tables by then, not lists.
                for r in listed.indices.reversed() where listed[r] > 0 {
                    let list = s.baseAddress! + r * regionSize, n = listed[r]
                    scratch.baseAddress!.update(from: list, count: n)
                    list.update(repeating: 0, count: n)
                    for m in scratch[..<n] {
                        var i = UnitSet.home(m, capacity)
                        while true {
                            let v = s[i]
                            if v == 0 {
                                s[i] = m
                                break
                            }
                            if v == m {
                                repeats += 1
                                break
                            }
                            i += 1
                            if i == capacity {
                                late.append(m)
                                break
                            }
                        }
                    }
                }
            }
            var set = UnitSet(slots: consume table, hasZero: zeros > 0, count: 0)
            for m in late where !set.place(m) { repeats += 1 }
            guard repeats == 0 else { return nil }
            set.count = count
            return set
        }
    }
}
