import Foundation

/// The regularized incomplete beta function I_x(a, b), the engine behind the
/// Student t distribution that SPEC.md "Scoring" uses for intervals and Welch tests.
///
/// Method: the continued fraction of Numerical Recipes §6.4 evaluated with the
/// modified Lentz algorithm, switching to I_x(a, b) = 1 − I_{1−x}(b, a) when
/// x ≥ (a + 1)/(a + b + 2) so the fraction always converges fast. For b = ½
/// and large a (the t distribution's tail) an asymptotic expansion replaces
/// the fraction, which is ill-conditioned there (see `halfExpansion`). The
/// prefactor x^a (1−x)^b / B(a, b) is computed in the form of DiDonato &
/// Morris (TOMS 708, `brcomp`): written around the mode x₀ = a/(a+b) with
/// Stirling corrections, it never subtracts two large logarithms, where
/// `lgamma(a) − lgamma(a + b)` alone would lose nine digits at a = 5·10⁶.
///
/// Accuracy (against mpmath at 40 digits): ~1e-15 relative for the t
/// distribution's (ν/2, ½) at any ν, and generally for a, b ≲ 10⁴; when a ≫ b
/// with b ≠ ½ and x near 1 the fraction loses digits like ε/(1 − x) (up to
/// 2e-11 for a ~ 10⁶), and with both a and b in the millions it is good to
/// ~1e-12. Tiny values lose a further ~|log I|·ε, the conditioning of x^a.
public enum IncompleteBeta {
    /// I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1; NaN outside that domain.
    public static func regularized(a: Double, b: Double, x: Double) -> Double {
        pair(a: a, b: b, x: x, y: 1 - x).value
    }

    /// I_x(a, b) together with its complement I_y(b, a) = 1 − I_x(a, b), y = 1 − x.
    ///
    /// Callers that know y more accurately than `1 − x` (the t distribution
    /// does: y = t²/(ν + t²)) pass it. Whichever of the two the continued
    /// fraction computed is accurate in relative terms; the other is 1 minus it.
    static func pair(a: Double, b: Double, x: Double, y: Double) -> (value: Double, complement: Double) {
        guard a > 0, b > 0, a.isFinite, b.isFinite, x >= 0, y >= 0, x <= 1, y <= 1 else {
            return (.nan, .nan)
        }
        if x == 0 { return (0, 1) }
        if y == 0 { return (1, 0) }
        if x * (a + b + 2) < a + 1 {
            let w = lowerPart(a: a, b: b, x: x, y: y)
            return (w, 1 - w)
        }
        let w = lowerPart(a: b, b: a, x: y, y: x)
        return (1 - w, w)
    }

    /// I_x(a, b) for x below the mean: the continued fraction, or for the
    /// Student t's b = ½ with large a the expansion that stays accurate there.
    static func lowerPart(a: Double, b: Double, x: Double, y: Double) -> Double {
        if b == 0.5, let w = halfExpansion(a: a, x: x, y: y) { return w }
        return fraction(a: a, b: b, x: x, y: y)
    }

    /// The most terms the fraction may take. It needs O(√max(a, b)) terms, a
    /// few hundred for a = b = 5·10⁶; the cap only stops a loop that would not end.
    static let maxTerms = 200_000

    /// I_x(a, b) by its continued fraction; x < (a + 1)/(a + b + 2) assumed.
    static func fraction(a: Double, b: Double, x: Double, y: Double) -> Double {
        let prefix = powerTerms(a: a, b: b, x: x, y: y)
        if prefix == 0 { return 0 }
        let tiny = Double.leastNormalMagnitude / Double.ulpOfOne
        let sum = a + b
        var c = 1.0
        var d = 1 - sum * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        var delta = 0.0
        func apply(_ coefficient: Double) {
            d = 1 + coefficient * d
            if abs(d) < tiny { d = tiny }
            c = 1 + coefficient / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            delta = d * c
            h *= delta
        }
        for m in 1...maxTerms {
            let m = Double(m)
            let m2 = 2 * m
            apply(m * (b - m) * x / ((a - 1 + m2) * (a + m2)))
            apply(-(a + m) * (sum + m) * x / ((a + m2) * (a + 1 + m2)))
            if abs(delta - 1) <= Double.ulpOfOne { break }
        }
        return prefix * h / a
    }

    /// x^a y^b / B(a, b), with y = 1 − x.
    ///
    /// With x₀ = a/(a+b), y₀ = b/(a+b) and Stirling's Γ(z) = √(2π) z^(z−½) e^(−z+δ(z)):
    /// x^a y^b / B(a, b) = √(ab / (2π(a+b))) · exp(−a·ρ(x/x₀ − 1) − b·ρ(y/y₀ − 1) − Δ),
    /// where ρ(e) = e − log(1 + e) ≥ 0 and Δ = δ(a) + δ(b) − δ(a+b). Both ρ terms
    /// are non-negative, so their sum has no cancellation.
    static func powerTerms(a: Double, b: Double, x: Double, y: Double) -> Double {
        let sum = a + b
        // λ = a − (a+b)x = (a+b)y − b, from whichever of x, y is the small one.
        let lambda = a > b ? sum * y - b : a - sum * x
        let exponent =
            deviance(p: a, e: -lambda / a, v: x, share: a / sum)
            + deviance(p: b, e: lambda / b, v: y, share: b / sum)
        let correction = stirlingCorrection(a) + stirlingCorrection(b) - stirlingCorrection(sum)
        return (a * b / (2 * Double.pi * sum)).squareRoot() * exp(-exponent - correction)
    }

    /// p·ρ(e) with e = v/share − 1; for v far below its share log(1 + e) is
    /// taken as log v − log share, since 1 + e would have lost v's digits.
    static func deviance(p: Double, e: Double, v: Double, share: Double) -> Double {
        if e < -0.5 { return p * (e - (log(v) - log(share))) }
        return p * rlog1(e)
    }

    /// e − log(1 + e), accurate near e = 0 (TOMS 708's `rlog1`).
    ///
    /// With s = e/(2 + e), log(1 + e) = 2 atanh s, so e − log(1 + e) =
    /// s·e − 2(s³/3 + s⁵/5 + …): no cancellation for |e| ≤ ½.
    static func rlog1(_ e: Double) -> Double {
        if abs(e) > 0.5 { return e - log1p(e) }
        let s = e / (2 + e)
        let s2 = s * s
        var power = s * s2
        var series = 0.0
        var k = 3.0
        while true {
            let term = power / k
            series += term
            if abs(term) <= abs(series) * 1e-17 { break }
            power *= s2
            k += 2
        }
        return s * e - 2 * series
    }

    /// δ(z) = log Γ(z) − ((z − ½) log z − z + ½ log 2π), Stirling's remainder.
    ///
    /// For z ≥ 10 by its asymptotic series (error below 1e-17); below that by
    /// δ(z) = δ(z + 1) + (z + ½) log(1 + 1/z) − 1, whose step is summed as a
    /// series in s = 1/(2z + 1) to avoid the cancellation against 1.
    static func stirlingCorrection(_ z: Double) -> Double {
        var z = z
        var sum = 0.0
        while z < 10 {
            sum += recurrenceStep(z)
            z += 1
        }
        let r = 1 / z
        let r2 = r * r
        // Bernoulli numbers: B₂ₖ / (2k(2k − 1)) for k = 1 … 8.
        let coefficients: [Double] = [
            1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188,
            -691.0 / 360_360, 1.0 / 156, -3617.0 / 122_400,
        ]
        var series = 0.0
        for c in coefficients.reversed() { series = series * r2 + c }
        return sum + series * r
    }

    /// (z + ½) log(1 + 1/z) − 1 = s²/3 + s⁴/5 + s⁶/7 + …, s = 1/(2z + 1).
    static func recurrenceStep(_ z: Double) -> Double {
        if z <= 0.5 { return (z + 0.5) * log1p(1 / z) - 1 }
        let s2 = 1 / ((2 * z + 1) * (2 * z + 1))
        var power = s2
        var series = 0.0
        var k = 3.0
        while true {
            let term = power / k
            series += term
            if term <= series * 1e-17 { break }
            power *= s2
            k += 2
        }
        return series
    }
}
