import Foundation

/// I_x(a, ½) for large a: the Student t tail with many degrees of freedom.
///
/// There the continued fraction is ill-conditioned — its relative error grows
/// like ε/(1 − x), 2e-10 for a t with ν = 10⁷ at t = 2 — so for b = ½ and
/// a ≥ 30 we use the asymptotic expansion of DiDonato & Morris (TOMS 708,
/// `bgrat`; their eq. 9): with T = a + (b − 1)/2, w₀ = −log x, u = T·w₀,
///
///   I_x(a, b) = Γ(a+b)/(Γ(a)·T^b) · Σₙ pₙ · Γ(b + 2n, u)/Γ(b) · T^(−2n),
///
/// where Σ pₙ w²ⁿ = (sinh(w/2)/(w/2))^(b−1). It comes from substituting
/// t = e^(−w) in the beta integral. The pₙ series converges for |w| < 2π, so
/// the expansion is used only for w₀ ≤ 1, where the terms fall by (w₀/2π)²
/// and 1/(2πT)² at each step; the result is then good to a few units of
/// u·ε, the conditioning of the tail itself. For b = ½, Γ(½, u)/Γ(½) =
/// erfc(√u) is exact, which is why the expansion is limited to that b.
extension IncompleteBeta {
    /// I_x(a, ½), or nil when the expansion does not apply (a < 30 or w₀ > 1).
    static func halfExpansion(a: Double, x: Double, y: Double) -> Double? {
        let b = 0.5
        guard a >= 30 else { return nil }
        let w0 = y < 0.375 ? -log1p(-y) : -log(x)
        guard w0 <= 1, w0 > 0 else { return nil }
        let t = a + (b - 1) / 2
        let u = t * w0
        // log(Γ(a+b)/(Γ(a)·T^b)) with Stirling's remainders, no large logarithms:
        // (a − ½)·log(1 + b/a) + b·log((a+b)/T) − b + δ(a+b) − δ(a), (a+b) − T = (b+1)/2.
        let logPrefix =
            (a - 0.5) * log1p(b / a) + b * log1p((b + 1) / (2 * t)) - b
            + stirlingCorrection(a + b) - stirlingCorrection(a)
        // h_m = Γ(b+m, u)/(Γ(b)·T^m) by Γ(s+1, u) = s·Γ(s, u) + u^s e^(−u),
        // with e_m = u^(b+m) e^(−u)/(Γ(b)·T^m); all terms positive.
        var h = erfc(u.squareRoot())
        var e = exp(b * log(u) - u - lgamma(b))
        var m = 0.0
        var sum = h
        for n in 1..<halfCoefficients.count {
            for _ in 0..<2 {
                h = ((b + m) * h + e) / t
                e *= w0
                m += 1
            }
            let term = halfCoefficients[n] * h
            sum += term
            if abs(term) <= 1e-17 * abs(sum) { break }
        }
        return exp(logPrefix) * sum
    }

    /// pₙ with Σ pₙ W^n = exp(−½·G(W)), G(W) = log(sinh(w/2)/(w/2)) = Σ gₖ W^k,
    /// W = w², gₖ = B₂ₖ/(2k·(2k)!), by n·pₙ = −½ Σₖ k·gₖ·pₙ₋ₖ.
    static let halfCoefficients: [Double] = {
        // Bernoulli numbers B₂ … B₃₀.
        let bernoulli: [Double] = [
            1.0 / 6, -1.0 / 30, 1.0 / 42, -1.0 / 30, 5.0 / 66, -691.0 / 2730, 7.0 / 6,
            -3617.0 / 510, 43867.0 / 798, -174_611.0 / 330, 854_513.0 / 138,
            -236_364_091.0 / 2730, 8_553_103.0 / 6, -23_749_461_029.0 / 870,
            8_615_841_276_005.0 / 14322,
        ]
        var g = [0.0]
        var factorial = 1.0
        for k in 1...bernoulli.count {
            factorial *= Double(2 * k - 1) * Double(2 * k)
            g.append(bernoulli[k - 1] / (Double(2 * k) * factorial))
        }
        var p = [1.0]
        for n in 1...bernoulli.count {
            var s = 0.0
            for k in 1...n { s += Double(k) * g[k] * p[n - k] }
            p.append(-0.5 * s / Double(n))
        }
        return p
    }()
}
