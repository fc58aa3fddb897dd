/// Seeded randomness for csat-synth, specified so that anyone can reproduce the data.
///
/// - A text seed becomes 64 bits by FNV-1a (64-bit) over its UTF-8 bytes.
/// - Those 64 bits seed SplitMix64, whose first four outputs are the state of
///   xoshiro256** (Blackman & Vigna, 2018), the generator actually used.
/// - Every purpose (a project's replacements, a form's answers, …) gets its own
///   stream from the text `"<seed>|<purpose>"`, so changing one part of the
///   data does not reshuffle the rest.
/// - Only integer arithmetic and exact double operations are used (no `log`,
///   `cos`, `sqrt`), so the output is the same on every platform.

/// FNV-1a, 64-bit, over the UTF-8 bytes of `text`.
func fnv1a64(_ text: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in text.utf8 {
        h ^= UInt64(b)
        h = h &* 0x0000_0100_0000_01b3
    }
    return h
}

/// SplitMix64 (Steele, Lea & Flood), used only to expand a seed into xoshiro state.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state = state &+ 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

/// xoshiro256** with helpers for uniform integers, doubles, shuffles and approximate normals.
struct Rng {
    private var s: (UInt64, UInt64, UInt64, UInt64)

    init(seed: UInt64) {
        var sm = SplitMix64(state: seed)
        s = (sm.next(), sm.next(), sm.next(), sm.next())
    }

    /// A stream for one purpose: FNV-1a of `"<seed>|<purpose>"`.
    init(_ seed: String, _ purpose: String) {
        self.init(seed: fnv1a64(seed + "|" + purpose))
    }

    private static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }

    mutating func next() -> UInt64 {
        let result = Rng.rotl(s.1 &* 5, 7) &* 9
        let t = s.1 << 17
        s.2 ^= s.0
        s.3 ^= s.1
        s.1 ^= s.2
        s.0 ^= s.3
        s.2 ^= t
        s.3 = Rng.rotl(s.3, 45)
        return result
    }

    /// Uniform in 0..<n without modulo bias (rejection of the short last block).
    mutating func below(_ n: Int) -> Int {
        precondition(n > 0)
        let m = UInt64(n)
        let threshold = (0 &- m) % m
        while true {
            let r = next()
            if r >= threshold { return Int(r % m) }
        }
    }

    /// Uniform in `range` (closed).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// Uniform double in [0, 1): the top 53 bits times 2⁻⁵³ (exact).
    mutating func unit() -> Double {
        Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// Approximately normal with the given standard deviation: the Irwin–Hall
    /// sum of 12 uniforms minus 6 (mean 0, variance 1, bounded by ±6).
    mutating func normal(_ sd: Double) -> Double {
        var sum = 0.0
        for _ in 0..<12 { sum += unit() }
        return (sum - 6.0) * sd
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// Index chosen with probability proportional to `weights`.
    mutating func weighted(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var x = unit() * total
        for (i, w) in weights.enumerated() {
            if x < w { return i }
            x -= w
        }
        return weights.count - 1
    }

    /// Fisher–Yates, from the last element down: element i swaps with one in 0...i.
    mutating func shuffle<T>(_ items: inout [T]) {
        var i = items.count - 1
        while i > 0 {
            let j = below(i + 1)
            items.swapAt(i, j)
            i -= 1
        }
    }

    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var copy = items
        shuffle(&copy)
        return copy
    }

    /// `k` distinct indices of 0..<n, in draw order.
    mutating func choose(_ k: Int, of n: Int) -> [Int] {
        Array(shuffled(Array(0..<n)).prefix(k))
    }
}

/// Rounds half away from zero (`Double.rounded()` does the same on every platform).
func roundToInt(_ x: Double) -> Int {
    Int(x.rounded())
}

func clamp(_ x: Int, _ lo: Int, _ hi: Int) -> Int {
    min(max(x, lo), hi)
}
