/// Johnson's relative weights (Multivariate Behavioral Research 35, 2000):
/// each driver's share of the explained variance of the overall question's
/// score, SPEC.md "Scoring" `relativeWeight`.
public enum RelativeWeights {
    /// Eigenvalues at or below `tolerance · λ_max` are treated as zero (in Λ^½
    /// and in the pseudo-inverse). Jacobi's error on an eigenvalue is about
    /// k·ε·λ_max ≲ 4e-15 for k ≤ 15, so 1e-12 is several hundred times the
    /// rounding while far below any genuine variance a survey's drivers leave.
    public static let tolerance = 1e-12

    /// The raw weights ε_j, which sum to R² of the regression of y on the
    /// predictors; the caller divides by their sum for shares (SPEC: summing to 1).
    ///
    /// With Rxx = VΛVᵀ: Λ_xz = VΛ^½Vᵀ (the loadings of the predictors on their
    /// closest orthonormal counterparts Z), β = Λ_xz⁺ r_xy (y regressed on Z),
    /// ε_j = Σ_k Λ_xz,jk² β_k². Negative eigenvalues (rounding) clamp to 0, and
    /// the pseudo-inverse skips eigenvalues under the tolerance, so collinear
    /// drivers share the weight of their common part instead of exploding.
    ///
    /// nil when the inputs are not a finite k×k matrix and k-vector (k ≥ 1),
    /// when Rxx has no positive eigenvalue, or when R² is 0 (y correlates with
    /// no predictor) — then there is nothing to share out.
    public static func johnson(predictorCorrelation rxx: [[Double]], criterionCorrelation rxy: [Double]) -> [Double]? {
        let k = rxy.count
        guard k >= 1, rxx.count == k, rxx.allSatisfy({ $0.count == k && $0.allSatisfy(\.isFinite) }),
            rxy.allSatisfy(\.isFinite)
        else { return nil }
        let (values, vectors) = SymmetricEigen.decompose(rxx)
        guard let largest = values.first, largest > 0 else { return nil }
        let cutoff = tolerance * largest
        let roots = values.map { $0 > cutoff ? $0.squareRoot() : 0 }

        var loadings = Array(repeating: Array(repeating: 0.0, count: k), count: k)
        var beta = Array(repeating: 0.0, count: k)
        for (i, vector) in vectors.enumerated() where roots[i] > 0 {
            var projection = 0.0
            for j in 0..<k { projection += vector[j] * rxy[j] }
            let coefficient = projection / roots[i]
            for j in 0..<k {
                beta[j] += vector[j] * coefficient
                for l in 0..<k { loadings[j][l] += vector[j] * roots[i] * vector[l] }
            }
        }
        var weights = Array(repeating: 0.0, count: k)
        for j in 0..<k {
            for l in 0..<k {
                let part: Double = loadings[j][l] * beta[l]
                weights[j] += part * part
            }
        }
        let rSquared = weights.reduce(0, +)
        guard rSquared > 0, rSquared.isFinite else { return nil }
        return weights
    }
}
