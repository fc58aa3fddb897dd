/// Welch's unequal-variance t test, for SPEC.md "Scoring": wave comparison
/// (p < 0.05) and the surveyor check (p < 0.01).
public enum Welch {
    /// t = (m₁ − m₂)/SE with SE² = v₁/n₁ + v₂/n₂, Welch–Satterthwaite
    /// ν = SE⁴ / ((v₁/n₁)²/(n₁−1) + (v₂/n₂)²/(n₂−1)), two-sided p from t_ν.
    ///
    /// Returns nil when the test is undefined: n < 2 in either group, a
    /// negative or non-finite input, or no variability — SE ≤ 10·ε·max(|m₁|, |m₂|),
    /// which covers both variances being 0. That last rule is R's `t.test`
    /// ("data are essentially constant"), and it applies whether or not the
    /// means differ: two constant groups give t = ±∞, p = 0, which no JSON or
    /// workbook cell can hold, so the caller reports the change without a test.
    /// One variance 0 and the other positive is an ordinary test (ν = n − 1 of
    /// the varying group).
    public static func test(
        mean1: Double, var1: Double, n1: Int,
        mean2: Double, var2: Double, n2: Int
    ) -> (t: Double, df: Double, p: Double)? {
        guard n1 >= 2, n2 >= 2, var1 >= 0, var2 >= 0,
            mean1.isFinite, mean2.isFinite, var1.isFinite, var2.isFinite
        else { return nil }
        let a = var1 / Double(n1)
        let b = var2 / Double(n2)
        let se2 = a + b
        let se = se2.squareRoot()
        if se <= 10 * Double.ulpOfOne * max(abs(mean1), abs(mean2)) || se == 0 { return nil }
        let t = (mean1 - mean2) / se
        let df = se2 * se2 / (a * a / Double(n1 - 1) + b * b / Double(n2 - 1))
        return (t, df, StudentT.twoSidedP(t: t, df: df))
    }

    /// The test on two accumulated samples (variances with n − 1).
    public static func test(_ first: RunningMoments, _ second: RunningMoments) -> (t: Double, df: Double, p: Double)? {
        guard let v1 = first.variance, let v2 = second.variance else { return nil }
        return test(mean1: first.mean, var1: v1, n1: first.count, mean2: second.mean, var2: v2, n2: second.count)
    }
}
