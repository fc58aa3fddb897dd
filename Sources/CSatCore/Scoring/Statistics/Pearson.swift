/// Pearson's correlation, SPEC.md "Scoring" derived importance: driver score
/// against the overall question's score over forms that have both.
public enum Pearson {
    /// r = Sxy / √(Sxx·Syy) from co-moments about the means (the n's cancel),
    /// clamped to [−1, 1] against rounding. nil when a variance is 0 (r is
    /// undefined for a constant variable) or an input is not finite.
    public static func r(sxx: Double, syy: Double, sxy: Double) -> Double? {
        guard sxx > 0, syy > 0, sxx.isFinite, syy.isFinite, sxy.isFinite else { return nil }
        let r = sxy / (sxx.squareRoot() * syy.squareRoot())
        return min(1, max(-1, r))
    }

    /// r of variables i and j of an accumulator; nil below two observations.
    public static func r(_ moments: CrossProducts, _ i: Int, _ j: Int) -> Double? {
        guard moments.count >= 2 else { return nil }
        return moments.correlation(i, j)
    }
}
