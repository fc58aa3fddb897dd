/// Wilson's score interval for a proportion: SPEC.md "Scoring" gives a single
/// question's rate one on its answered count.
public enum Wilson {
    /// (p̂ + z²/2n ∓ z·√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n), p̂ = successes/n.
    ///
    /// `successes` and `n` may be fractional (weighted counts). nil when n ≤ 0,
    /// z < 0, a non-finite input, or successes outside [0, n]. The bounds are
    /// clamped to [0, 1], and are exactly 0 (1) when successes is 0 (n),
    /// where rounding could otherwise leave −1e-17.
    public static func interval(successes: Double, n: Double, z: Double = Normal.z975) -> (Double, Double)? {
        guard n > 0, n.isFinite, successes >= 0, successes <= n, z >= 0, z.isFinite else { return nil }
        let p = successes / n
        let z2n = z * z / n
        let centre = (p + z2n / 2) / (1 + z2n)
        let half = z / (1 + z2n) * (p * (1 - p) / n + z2n / (4 * n)).squareRoot()
        let lower = successes == 0 ? 0 : max(0, centre - half)
        let upper = successes == n ? 1 : min(1, centre + half)
        return (lower, upper)
    }
}
