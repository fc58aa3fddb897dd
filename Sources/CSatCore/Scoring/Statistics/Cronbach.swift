/// Cronbach's alpha, SPEC.md "Scoring" reliability: per driver with two or
/// more questions, on 0–100 item scores, listwise.
public enum Cronbach {
    /// α = k/(k−1) · (1 − Σσ²ᵢ / σ²_total), σ²_total = Σᵢⱼ Cᵢⱼ the variance of
    /// the item sum, from the items' covariance matrix (e.g.
    /// `CrossProducts.covariance`). The scale of the covariances (n or n − 1)
    /// cancels.
    ///
    /// nil for k < 2, a matrix that is not square or not finite, or a total
    /// variance that is zero: σ²_total ≤ 1e-12 · Σσ²ᵢ, so that perfectly
    /// cancelling items (whose rounded total is 1e-30, not 0) do not give
    /// α = −10¹⁵; every form giving the same sum is the usual case. α may be negative: items that are
    /// negatively correlated on average; the caller shows it as it is.
    public static func alpha(covariance: [[Double]]) -> Double? {
        let k = covariance.count
        guard k >= 2, covariance.allSatisfy({ $0.count == k && $0.allSatisfy(\.isFinite) }) else { return nil }
        var total = 0.0
        var diagonal = 0.0
        for i in 0..<k {
            diagonal += covariance[i][i]
            for j in 0..<k { total += covariance[i][j] }
        }
        guard total > 1e-12 * diagonal, total > 0 else { return nil }
        let kk = Double(k)
        return kk / (kk - 1) * (1 - diagonal / total)
    }
}
