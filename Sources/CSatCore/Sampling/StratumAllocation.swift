/// How a project's sample size n is shared among its strata (SPEC.md
/// "Sampling": proportional allocation with largest remainders, at least one
/// per stratum when n allows; docs/SAMPLING.md §4 states the same rules for
/// auditors).
///
/// Everything is integer arithmetic: stratum h's quota n·N_h/N is split into
/// ⌊n·N_h/N⌋ and the remainder (n·N_h mod N)/N, so no floating-point
/// rounding can make two platforms disagree.
public enum StratumAllocation {
    /// One stratum as the allocation sees it.
    public struct Stratum: Equatable, Sendable {
        public var name: String
        /// N_h: eligible households.
        public var size: Int
        /// Certainty households (`--include`) in this stratum.
        public var certainty: Int

        public init(name: String, size: Int, certainty: Int = 0) {
            self.name = name
            self.size = size
            self.certainty = certainty
        }
    }

    /// The sample sizes n_h, in the order of `strata`.
    ///
    /// - Largest remainders (Hamilton) over N_h; ties go to the larger N_h,
    ///   then to the stratum whose name comes first (Unicode scalar order).
    /// - Lower bounds: every stratum gets at least its certainty households,
    ///   and at least one unit when n ≥ Σ max(c_h, 1) ("when n allows").
    ///   A stratum that falls below its bound is set to the bound and the rest
    ///   of n is apportioned again, by the same rule, among the other strata,
    ///   until no stratum is below its bound. When nothing is below a bound the
    ///   result is plain largest-remainder allocation.
    /// - When the certainty households alone exceed n, the sample is exactly
    ///   them (n_h = c_h); the caller warns that n grew.
    public static func sample(n: Int, strata: [Stratum]) -> [Int] {
        let certainty = strata.map(\.certainty)
        let totalCertainty = certainty.reduce(0, +)
        if totalCertainty >= n { return certainty }
        let atLeastOne = strata.map { max($0.certainty, 1) }
        let lower = atLeastOne.reduce(0, +) <= n ? atLeastOne : certainty
        return apportion(n, strata, bound: lower, isLower: true)
    }

    /// The reserve counts r_h, in the order of `strata`: r shared by largest
    /// remainders over N_h, like the sample, but never more than the households
    /// a stratum has left after its sample (N_h − n_h); a stratum that would
    /// exceed that is capped and the rest apportioned again among the others.
    /// No minimum of one: reserves are few (10% of n by default).
    public static func reserves(_ r: Int, strata: [Stratum], sample: [Int]) -> [Int] {
        let left = zip(strata, sample).map { $0.size - $1 }
        let r = min(r, left.reduce(0, +))
        return apportion(r, strata, bound: left, isLower: false)
    }

    /// Largest remainders with one-sided bounds, fixing violators and re-apportioning the rest.
    ///
    /// Terminates: each round fixes at least one more stratum. A stratum fixed
    /// at a lower bound received more than its quota, so the others' quotas
    /// only shrink in later rounds (and the reverse for upper bounds): a fixed
    /// stratum never deserves to be freed again.
    static func apportion(_ total: Int, _ strata: [Stratum], bound: [Int], isLower: Bool) -> [Int] {
        var result = [Int](repeating: 0, count: strata.count)
        var fixed = [Bool](repeating: false, count: strata.count)
        var rest = total
        while true {
            let free = strata.indices.filter { !fixed[$0] }
            if free.isEmpty { return result }
            let shares = largestRemainders(rest, free.map { strata[$0] })
            let violators = zip(free, shares).filter { i, a in isLower ? a < bound[i] : a > bound[i] }
            if violators.isEmpty {
                for (i, a) in zip(free, shares) { result[i] = a }
                return result
            }
            for (i, _) in violators {
                fixed[i] = true
                result[i] = bound[i]
                rest -= bound[i]
            }
        }
    }

    /// Plain Hamilton apportionment of `total` over `strata` by size.
    ///
    /// Quota q_h = total·N_h/ΣN: each stratum gets ⌊q_h⌋, and the units left
    /// over go one each to the largest remainders (total·N_h mod ΣN), ties to
    /// the larger N_h, then to the first name in Unicode scalar order.
    public static func largestRemainders(_ total: Int, _ strata: [Stratum]) -> [Int] {
        let sum = strata.reduce(0) { $0 + $1.size }
        guard sum > 0, total > 0 else { return [Int](repeating: 0, count: strata.count) }
        var shares = strata.map { total * $0.size / sum }
        let remainders = strata.map { total * $0.size % sum }
        let left = total - shares.reduce(0, +)
        let order = strata.indices.sorted { a, b in
            if remainders[a] != remainders[b] { return remainders[a] > remainders[b] }
            if strata[a].size != strata[b].size { return strata[a].size > strata[b].size }
            return SampleKey.scalarOrder(strata[a].name, strata[b].name)
        }
        for i in order.prefix(left) { shares[i] += 1 }
        return shares
    }
}
