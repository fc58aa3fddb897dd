/// Count, mean and sum of squared deviations of a stream of numbers, for the
/// per-project s²_h and the per-wave moments of SPEC.md "Scoring" (intervals,
/// Welch tests).
///
/// Welford's update keeps M2 = Σ(x − mean)² directly instead of Σx² − n·mean²,
/// which loses every digit when scores sit near 100 with a small spread.
/// Accumulators merge exactly as Chan, Golub & LeVeque (1979) give, so projects
/// can be summed separately and combined for the aggregate or a segment.
public struct RunningMoments: Sendable, Equatable {
    public private(set) var count: Int = 0
    public private(set) var mean: Double = 0
    /// Σ (x − mean)².
    public private(set) var m2: Double = 0

    public init() {}

    /// Moments summed elsewhere (`RunningMomentsPair`) or stored (the history).
    public init(count: Int, mean: Double, m2: Double) {
        (self.count, self.mean, self.m2) = (count, mean, m2)
    }

    public init<S: Sequence>(_ values: S) where S.Element == Double {
        for x in values { add(x) }
    }

    public mutating func add(_ x: Double) {
        count += 1
        let delta = x - mean
        mean += delta / Double(count)
        m2 += delta * (x - mean)
    }

    /// Chan et al.: M2 = M2a + M2b + δ²·na·nb/n with δ = mean_b − mean_a.
    public mutating func merge(_ other: RunningMoments) {
        if other.count == 0 { return }
        if count == 0 {
            self = other
            return
        }
        let na = Double(count)
        let nb = Double(other.count)
        let n = na + nb
        let delta = other.mean - mean
        mean += delta * (nb / n)
        m2 += other.m2 + delta * delta * (na * nb / n)
        count += other.count
    }

    public func merged(with other: RunningMoments) -> RunningMoments {
        var copy = self
        copy.merge(other)
        return copy
    }

    /// Σx, for callers that need the total (mean · count).
    public var sum: Double { mean * Double(count) }

    /// The sample variance M2/(n − 1), the s² of SPEC.md; nil below two values.
    public var variance: Double? {
        count < 2 ? nil : m2 / Double(count - 1)
    }
}

/// Two `RunningMoments` of numbers that always come together (a respondent's
/// score and satisfied share): the same updates, bit for bit, with the two
/// divisions in one SIMD instruction. The scoring pass updates one per driver
/// and one for s per form, and the division is the slow part of an update.
struct RunningMomentsPair {
    private(set) var count = 0
    private(set) var mean = SIMD2<Double>()
    private(set) var m2 = SIMD2<Double>()

    @inline(__always)
    mutating func add(_ x: Double, _ y: Double) {
        count += 1
        let v = SIMD2(x, y)
        let delta = v - mean
        mean += delta / SIMD2(repeating: Double(count))
        m2 += delta * (v - mean)
    }

    var first: RunningMoments { RunningMoments(count: count, mean: mean.x, m2: m2.x) }
    var second: RunningMoments { RunningMoments(count: count, mean: mean.y, m2: m2.y) }
    var split: (RunningMoments, RunningMoments) { (first, second) }

    /// Chan et al., as `RunningMoments.merge`, for each.
    mutating func merge(_ other: RunningMomentsPair) {
        let (a, b) = (first.merged(with: other.first), second.merged(with: other.second))
        (count, mean, m2) = (a.count, SIMD2(a.mean, b.mean), SIMD2(a.m2, b.m2))
    }
}
