import Foundation

/// Student's t distribution with real degrees of freedom ν > 0: the t of the
/// 95% intervals (ν = n − H) and the p of Welch's test (fractional ν) in
/// SPEC.md "Scoring".
///
/// Everything goes through P(|T| > u) = I_{ν/(ν+u²)}(ν/2, ½) and its complement
/// P(|T| < u) = I_{u²/(ν+u²)}(½, ν/2), each computed from its own small argument,
/// so far tails and values near ½ both keep their relative accuracy. ν = +∞
/// is the normal distribution.
public enum StudentT {
    /// P(T ≤ t). NaN for ν ≤ 0 or NaN arguments.
    public static func cdf(_ t: Double, df: Double) -> Double {
        guard df > 0, !t.isNaN else { return .nan }
        if df == .infinity { return Normal.cdf(t) }
        let (upper, centre) = tails(abs(t), df: df)
        return t < 0 ? upper : 0.5 + centre
    }

    /// P(|T| ≥ |t|), the two-sided p-value of a t statistic (1 at t = 0).
    public static func twoSidedP(t: Double, df: Double) -> Double {
        guard df > 0, !t.isNaN else { return .nan }
        if df == .infinity { return min(1, 2 * Normal.cdf(-abs(t))) }
        return min(1, 2 * tails(abs(t), df: df).upper)
    }

    /// The t with P(T ≤ t) = p, e.g. `quantile(0.975, df: 7.3)` for a 95% interval.
    ///
    /// Solved for u = |t| by Newton's method safeguarded by bisection within a
    /// bracket known to hold the root: z_p ≤ t_p (the t is a scale mixture of
    /// normals with E[scale⁻¹] ≤ 1, so its tails are heavier) and the
    /// power-law tail bound S(u) < K ν^((ν−1)/2) u^(−ν). The equation is
    /// P(0 < T < u) = ½ − q for q = min(p, 1−p) ≥ ¼ and log P(T > u) = log q
    /// below, so the answer is as accurate as the cdf allows (~1e-13 relative
    /// or better; near p = ½ the conditioning of the problem itself rules).
    public static func quantile(_ p: Double, df: Double) -> Double {
        guard df > 0, p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if p == 0.5 { return 0 }
        if df == .infinity { return Normal.quantile(p) }
        let q = min(p, 1 - p)  // 1 − p is exact for p ≥ ½
        let u = upperQuantile(q, df: df)
        return p < 0.5 ? -u : u
    }

    /// (P(T > u), P(0 < T < u)) for u ≥ 0.
    static func tails(_ u: Double, df: Double) -> (upper: Double, centre: Double) {
        if u == .infinity { return (0, 0.5) }
        let r = u / df.squareRoot()
        let x: Double
        let y: Double
        if r > 1e100 {
            x = 1 / r / r
            y = 1
        } else {
            let r2 = r * r
            x = 1 / (1 + r2)
            y = r2 / (1 + r2)
        }
        let beta = IncompleteBeta.pair(a: df / 2, b: 0.5, x: x, y: y)
        return (0.5 * beta.value, 0.5 * beta.complement)
    }

    /// The density of T at u, for Newton steps only (its accuracy sets the
    /// speed of convergence, not the root).
    static func density(_ u: Double, df: Double) -> Double {
        let r = u / df.squareRoot()
        let logKernel = r > 1e100 ? 2 * log(r) : log1p(r * r)
        let logK = lgamma((df + 1) / 2) - lgamma(df / 2) - 0.5 * log(df * Double.pi)
        return exp(logK - (df + 1) / 2 * logKernel)
    }

    /// The u ≥ 0 with P(T > u) = q, 0 < q < ½.
    static func upperQuantile(_ q: Double, df: Double) -> Double {
        let central = q >= 0.25
        let target = central ? 0.5 - q : log(q)
        // f(u) > 0 left of the root, < 0 right of it, with its Newton step f/(−f′).
        func f(_ u: Double) -> (value: Double, step: Double) {
            let (upper, centre) = tails(u, df: df)
            let pdf = density(u, df: df)
            if central { return (target - centre, (target - centre) / pdf) }
            let value = log(upper) - target
            return (value, value * upper / pdf)
        }
        let z = -Normal.quantile(q)
        var lo = z * (1 - 1e-9)
        if !(f(lo).value > 0) { lo = 0 }
        var hi = tailBound(q, df: df) * (1 + 1e-9)
        if !hi.isFinite { hi = Double.greatestFiniteMagnitude }
        while f(hi).value > 0, hi < Double.greatestFiniteMagnitude / 2 { hi *= 2 }
        var u = min(max(initialGuess(q, z: z, df: df), lo), hi)
        for _ in 0..<200 {
            let (fu, step) = f(u)
            if fu == 0 { return u }
            if fu > 0 { lo = u } else { hi = u }
            var next = u + step
            if !(next > lo && next < hi) {
                // Bisect, geometrically when the bracket spans decades.
                next = lo > 0 && hi / lo > 4 ? (lo.squareRoot() * hi.squareRoot()) : lo + (hi - lo) / 2
            }
            if abs(next - u) <= 2 * Double.ulpOfOne * next || hi - lo <= 2 * Double.ulpOfOne * hi {
                return next
            }
            u = next
        }
        return u
    }

    /// An upper bound on the root from S(u) < K ν^((ν−1)/2) u^(−ν),
    /// K = Γ((ν+1)/2) / (Γ(ν/2) √(νπ)), the density's power-law envelope.
    static func tailBound(_ q: Double, df: Double) -> Double {
        let logK = lgamma((df + 1) / 2) - lgamma(df / 2) - 0.5 * log(df * Double.pi)
        return exp((logK + (df - 1) / 2 * log(df) - log(q)) / df)
    }

    /// Exact for ν = 1 and 2; otherwise the Cornish–Fisher expansion of t in z
    /// (Abramowitz & Stegun 26.7.5), good for moderate and large ν.
    static func initialGuess(_ q: Double, z: Double, df: Double) -> Double {
        if df == 1 { return q >= 0.25 ? tan(Double.pi * (0.5 - q)) : 1 / tan(Double.pi * q) }
        if df == 2 { return (1 - 2 * q) / (2 * q * (1 - q)).squareRoot() }
        let z2 = z * z
        let g1 = (z2 + 1) * z / 4
        let g2 = ((5 * z2 + 16) * z2 + 3) * z / 96
        let g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384
        let g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160
        return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df
    }
}
