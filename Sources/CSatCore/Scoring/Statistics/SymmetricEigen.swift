import Foundation

/// Eigenvalues and eigenvectors of a small real symmetric matrix, for
/// Johnson's relative weights (SPEC.md "Scoring"): k drivers, k ≤ ~15.
///
/// Cyclic Jacobi (Rutishauser 1971, as in Numerical Recipes §11.1): rotations
/// zero the off-diagonal elements sweep by sweep; from the fifth sweep an
/// element too small to change either diagonal element is set to zero, so the
/// loop ends when the off-diagonal part is exactly zero — converged to machine
/// precision. Jacobi finds small eigenvalues to high relative accuracy, which
/// the pseudo-inverse of near-singular correlation matrices benefits from.
public enum SymmetricEigen {
    /// Eigenpairs of `m` (square; only its symmetric part ½(m + mᵀ) is used),
    /// eigenvalues in descending order and `vectors[i]` the unit eigenvector of
    /// `values[i]`, signed so that its largest-magnitude component is positive
    /// (a fixed choice, so results are reproducible). A matrix with a
    /// non-finite entry gives NaN values and vectors.
    public static func decompose(_ m: [[Double]]) -> (values: [Double], vectors: [[Double]]) {
        let n = m.count
        precondition(m.allSatisfy { $0.count == n }, "matrix is not square")
        guard m.allSatisfy({ $0.allSatisfy(\.isFinite) }) else {
            return (Array(repeating: .nan, count: n), Array(repeating: Array(repeating: .nan, count: n), count: n))
        }
        // a: the working matrix (upper triangle used), v: the accumulated
        // rotations (eigenvectors in columns), both row-major n × n.
        var a = Array(repeating: 0.0, count: n * n)
        var v = Array(repeating: 0.0, count: n * n)
        for i in 0..<n {
            v[i * n + i] = 1
            for j in 0..<n { a[i * n + j] = 0.5 * (m[i][j] + m[j][i]) }
        }
        var d = (0..<n).map { a[$0 * n + $0] }
        var b = d
        var z = Array(repeating: 0.0, count: n)

        for sweep in 1...100 {
            var offDiagonal = 0.0
            for p in 0..<n { for q in (p + 1)..<max(n, p + 1) { offDiagonal += abs(a[p * n + q]) } }
            if offDiagonal == 0 { break }
            let threshold = sweep < 4 ? 0.2 * offDiagonal / Double(n * n) : 0
            for p in 0..<n {
                for q in (p + 1)..<max(n, p + 1) {
                    let g = 100 * abs(a[p * n + q])
                    if sweep > 4, abs(d[p]) + g == abs(d[p]), abs(d[q]) + g == abs(d[q]) {
                        a[p * n + q] = 0
                        continue
                    }
                    if abs(a[p * n + q]) <= threshold { continue }
                    let h = d[q] - d[p]
                    let t: Double
                    if abs(h) + g == abs(h) {
                        t = a[p * n + q] / h
                    } else {
                        let theta = 0.5 * h / a[p * n + q]
                        let magnitude = 1 / (abs(theta) + (1 + theta * theta).squareRoot())
                        t = theta < 0 ? -magnitude : magnitude
                    }
                    let c = 1 / (1 + t * t).squareRoot()
                    let s = t * c
                    let tau = s / (1 + c)
                    let shift = t * a[p * n + q]
                    z[p] -= shift
                    z[q] += shift
                    d[p] -= shift
                    d[q] += shift
                    a[p * n + q] = 0
                    func rotate(_ x: inout [Double], _ i: Int, _ j: Int) {
                        let g = x[i]
                        let h = x[j]
                        x[i] = g - s * (h + g * tau)
                        x[j] = h + s * (g - h * tau)
                    }
                    for j in 0..<p { rotate(&a, j * n + p, j * n + q) }
                    for j in (p + 1)..<q { rotate(&a, p * n + j, j * n + q) }
                    for j in (q + 1)..<max(n, q + 1) { rotate(&a, p * n + j, q * n + j) }
                    for j in 0..<n { rotate(&v, j * n + p, j * n + q) }
                }
            }
            for p in 0..<n {
                b[p] += z[p]
                d[p] = b[p]
                z[p] = 0
            }
        }

        let order = (0..<n).sorted { d[$0] != d[$1] ? d[$0] > d[$1] : $0 < $1 }
        let vectors = order.map { column -> [Double] in
            let vector = (0..<n).map { v[$0 * n + column] }
            var largest = 0
            for i in 0..<n where abs(vector[i]) > abs(vector[largest]) { largest = i }
            return vector[largest] < 0 ? vector.map { -$0 } : vector
        }
        return (order.map { d[$0] }, vectors)
    }
}
