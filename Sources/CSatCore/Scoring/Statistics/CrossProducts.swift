/// Means and co-moments of k variables observed together, streamed one form
/// at a time: the input of Cronbach's alpha (listwise over a driver's items),
/// derived importance (Pearson) and relative weights in SPEC.md "Scoring".
///
/// It is `RunningMoments` in k dimensions: co-moments about the running means
/// (Welford), so correlations of 0–100 scores near 100 keep their digits, and
/// two accumulators merge exactly (Chan et al.).
public struct CrossProducts: Sendable, Equatable {
    /// k, the number of variables.
    public let dimension: Int
    public private(set) var count: Int = 0
    public private(set) var means: [Double]
    /// C[i·k + j] = Σ (x_i − mean_i)(x_j − mean_j), symmetric.
    private var storage: [Double]
    /// Scratch for `add`, kept so that adding a million forms allocates nothing.
    private var deltas: [Double]

    /// Equal when the observations summarised are the same (the scratch buffer does not count).
    public static func == (a: CrossProducts, b: CrossProducts) -> Bool {
        a.dimension == b.dimension && a.count == b.count && a.means == b.means && a.storage == b.storage
    }

    public init(dimension: Int) {
        precondition(dimension >= 0, "negative dimension")
        self.dimension = dimension
        means = Array(repeating: 0, count: dimension)
        storage = Array(repeating: 0, count: dimension * dimension)
        deltas = Array(repeating: 0, count: dimension)
    }

    /// Adds one complete observation; callers drop incomplete ones (listwise).
    public mutating func add(_ row: [Double]) {
        row.withUnsafeBufferPointer { add($0) }
    }

    /// Adds one observation of two variables (importance pairs) without building an array.
    public mutating func add(_ x: Double, _ y: Double) {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 2) { buffer in
            buffer[0] = x
            buffer[1] = y
            add(UnsafeBufferPointer(buffer))
        }
    }

    public mutating func add(_ row: UnsafeBufferPointer<Double>) {
        precondition(row.count == dimension, "row has \(row.count) values, expected \(dimension)")
        count += 1
        let n = Double(count)
        let k = dimension
        means.withUnsafeMutableBufferPointer { means in
            deltas.withUnsafeMutableBufferPointer { deltas in
                storage.withUnsafeMutableBufferPointer { storage in
                    for i in 0..<k {
                        deltas[i] = row[i] - means[i]
                        means[i] += deltas[i] / n
                    }
                    // (x_i − old mean_i)(x_j − new mean_j) = δ_i δ_j (n − 1)/n, symmetric.
                    let factor = (n - 1) / n
                    for i in 0..<k where deltas[i] != 0 {
                        let di = deltas[i] * factor
                        for j in 0..<k { storage[i * k + j] += di * deltas[j] }
                    }
                }
            }
        }
    }

    /// Chan et al.: C = Ca + Cb + (na·nb/n)·δδᵀ with δ = means_b − means_a.
    public mutating func merge(_ other: CrossProducts) {
        precondition(other.dimension == dimension, "dimensions differ")
        if other.count == 0 { return }
        if count == 0 {
            self = other
            return
        }
        let na = Double(count)
        let nb = Double(other.count)
        let n = na + nb
        let deltas = (0..<dimension).map { other.means[$0] - means[$0] }
        let factor = na * nb / n
        for i in 0..<dimension {
            for j in 0..<dimension {
                storage[i * dimension + j] += other.storage[i * dimension + j] + factor * deltas[i] * deltas[j]
            }
        }
        for i in 0..<dimension { means[i] += deltas[i] * (nb / n) }
        count += other.count
    }

    /// Σ (x_i − mean_i)(x_j − mean_j).
    public func comoment(_ i: Int, _ j: Int) -> Double {
        storage[i * dimension + j]
    }

    /// The sample covariance matrix C/(n − 1); nil below two observations.
    public var covariance: [[Double]]? {
        guard count >= 2 else { return nil }
        let scale = 1 / Double(count - 1)
        return (0..<dimension).map { i in (0..<dimension).map { j in comoment(i, j) * scale } }
    }

    /// Pearson's r of variables i and j; nil when either is constant.
    public func correlation(_ i: Int, _ j: Int) -> Double? {
        Pearson.r(sxx: comoment(i, i), syy: comoment(j, j), sxy: comoment(i, j))
    }

    /// The correlation matrix, unit diagonal; nil below two observations or
    /// when any variable is constant.
    public var correlation: [[Double]]? {
        guard count >= 2 else { return nil }
        var result = Array(repeating: Array(repeating: 1.0, count: dimension), count: dimension)
        for i in 0..<dimension {
            for j in 0..<i {
                guard let r = correlation(i, j) else { return nil }
                result[i][j] = r
                result[j][i] = r
            }
            if comoment(i, i) <= 0 { return nil }
        }
        return result
    }
}
