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
    /// C[i·k + j] = Σ (x_i − mean_i)(x_j − mean_j) for j ≥ i; C is symmetric, the lower triangle is not kept.
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

    /// An accumulator from totals summed elsewhere (exact integer sums of answer codes,
    /// `PairMoments`): `comoments` is C, k×k row-major, of which the upper triangle is kept.
    init(count: Int, means: [Double], comoments: [Double]) {
        precondition(means.count * means.count == comoments.count, "comoments are not k×k")
        dimension = means.count
        self.count = count
        self.means = means
        let k = means.count
        storage = (0..<k * k).map { $0 / k <= $0 % k ? comoments[$0] : 0 }
        deltas = Array(repeating: 0, count: k)
    }

    /// Adds one complete observation; callers drop incomplete ones (listwise).
    public mutating func add(_ row: [Double]) {
        row.withUnsafeBufferPointer { add($0) }
    }

    /// Adds one observation of two variables without building an array.
    public mutating func add(_ x: Double, _ y: Double) {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 2) { buffer in
            buffer[0] = x
            buffer[1] = y
            add(UnsafeBufferPointer(buffer))
        }
    }

    /// Welford in k dimensions. C is symmetric, so only its upper triangle (j ≥ i) is
    /// summed (`comoment` reads it for both orders), and 1/n is formed once: the
    /// scoring pass adds a row per form, and k + 1 divisions and k² products per
    /// row were a quarter of its time.
    public mutating func add(_ row: UnsafeBufferPointer<Double>) {
        precondition(row.count == dimension, "row has \(row.count) values, expected \(dimension)")
        count += 1
        let n = Double(count)
        let reciprocal = 1 / n
        let k = dimension
        means.withUnsafeMutableBufferPointer { means in
            deltas.withUnsafeMutableBufferPointer { deltas in
                storage.withUnsafeMutableBufferPointer { storage in
                    for i in 0..<k {
                        deltas[i] = row[i] - means[i]
                        means[i] += deltas[i] * reciprocal
                    }
                    // (x_i − old mean_i)(x_j − new mean_j) = δ_i δ_j (n − 1)/n, symmetric.
                    let factor = (n - 1) * reciprocal
                    for i in 0..<k {
                        let di = deltas[i] * factor
                        for j in i..<k { storage[i * k + j] += di * deltas[j] }
                    }
                }
            }
        }
    }

    /// Chan et al.: C = Ca + Cb + (na·nb/n)·δδᵀ with δ = means_b − means_a (upper triangle).
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
            for j in i..<dimension {
                storage[i * dimension + j] += other.storage[i * dimension + j] + factor * deltas[i] * deltas[j]
            }
        }
        for i in 0..<dimension { means[i] += deltas[i] * (nb / n) }
        count += other.count
    }

    /// Σ (x_i − mean_i)(x_j − mean_j), from the upper triangle whichever the order.
    public func comoment(_ i: Int, _ j: Int) -> Double {
        i <= j ? storage[i * dimension + j] : storage[j * dimension + i]
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

/// `CrossProducts` of two variables as plain numbers: the derived importance of
/// each driver (s_d against the criterion) is one of these per driver and form,
/// and a struct without arrays is updated with no copy-on-write check.
struct PairMoments {
    var count = 0
    var meanX = 0.0
    var meanY = 0.0
    /// Σ(x − mean_x)², Σ(x − mean_x)(y − mean_y), Σ(y − mean_y)².
    var cxx = 0.0
    var cxy = 0.0
    var cyy = 0.0

    /// The same update as `CrossProducts.add`, k = 2.
    @inline(__always)
    mutating func add(_ x: Double, _ y: Double) {
        count += 1
        let n = Double(count)
        let reciprocal = 1 / n
        let dx = x - meanX, dy = y - meanY
        meanX += dx * reciprocal
        meanY += dy * reciprocal
        let factor = (n - 1) * reciprocal
        let fx = dx * factor, fy = dy * factor
        cxx += fx * dx
        cxy += fx * dy
        cyy += fy * dy
    }

    /// Chan et al., as `CrossProducts.merge`.
    mutating func merge(_ other: PairMoments) {
        var a = crossProducts
        a.merge(other.crossProducts)
        self = PairMoments(a)
    }

    init() {}

    init(_ c: CrossProducts) {
        precondition(c.dimension == 2, "not a pair")
        (count, meanX, meanY) = (c.count, c.means[0], c.means[1])
        (cxx, cxy, cyy) = (c.comoment(0, 0), c.comoment(0, 1), c.comoment(1, 1))
    }

    var crossProducts: CrossProducts {
        CrossProducts(count: count, means: [meanX, meanY], comoments: [cxx, cxy, cxy, cyy])
    }
}
