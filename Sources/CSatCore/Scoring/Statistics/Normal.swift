import Foundation

/// The standard normal distribution: the z of Wilson intervals and the
/// starting point of the t quantile search (SPEC.md "Scoring", 95% intervals).
public enum Normal {
    /// z₀.₉₇₅ = 1.959963984540054…, the default z of a 95% Wilson interval.
    public static let z975 = quantile(0.975)

    /// Φ(x) = ½ erfc(−x/√2).
    ///
    /// The rounding of s = −x/√2 would cost (x²/2)·ε relative in the lower
    /// tail (1e-13 at x = −30), so its exact remainder r (by a fused
    /// multiply-add and the low half of 1/√2) is put back to first order:
    /// erfc(s + r) ≈ erfc(s) − r·(2/√π)·e^(−s²). What is left is erfc's own
    /// error, a few ulps.
    public static func cdf(_ x: Double) -> Double {
        let high = 0.7071067811865476  // 1/√2 rounded
        let low = -4.833646656726457e-17  // 1/√2 − high
        let u = -x
        let s = u * high
        let remainder = u.isFinite ? fma(u, high, -s) + u * low : 0
        return 0.5 * (erfc(s) - remainder * 1.1283791670955126 * exp(-s * s))
    }

    /// Φ⁻¹(p), by Wichura's algorithm AS 241 (PPND16, Applied Statistics 37,
    /// 1988), accurate to about 1e-16 relative. 0 → −∞, 1 → +∞, NaN outside [0, 1].
    public static func quantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        let q = p - 0.5
        if abs(q) <= 0.425 {
            let r = 0.180625 - q * q
            return q * rational(r, central.numerator, central.denominator)
        }
        // The smaller tail probability; 1 − p is exact for p ≥ ½.
        var r = (-log(q < 0 ? p : 1 - p)).squareRoot()
        let x: Double
        if r <= 5 {
            r -= 1.6
            x = rational(r, intermediate.numerator, intermediate.denominator)
        } else {
            r -= 5
            x = rational(r, far.numerator, far.denominator)
        }
        return q < 0 ? -x : x
    }

    /// Σ num[i]·r^i / Σ den[i]·r^i by Horner, coefficients lowest power first.
    private static func rational(_ r: Double, _ num: [Double], _ den: [Double]) -> Double {
        var n = 0.0
        for c in num.reversed() { n = n * r + c }
        var d = 0.0
        for c in den.reversed() { d = d * r + c }
        return n / d
    }

    /// AS 241 coefficients for |p − ½| ≤ 0.425.
    private static let central: (numerator: [Double], denominator: [Double]) = (
        [
            3.3871328727963666080e0, 1.3314166789178437745e+2, 1.9715909503065514427e+3,
            1.3731693765509461125e+4, 4.5921953931549871457e+4, 6.7265770927008700853e+4,
            3.3430575583588128105e+4, 2.5090809287301226727e+3,
        ],
        [
            1.0, 4.2313330701600911252e+1, 6.8718700749205790830e+2, 5.3941960214247511077e+3,
            2.1213794301586595867e+4, 3.9307895800092710610e+4, 2.8729085735721942674e+4,
            5.2264952788528545610e+3,
        ]
    )

    /// AS 241 coefficients for √(−log min(p, 1−p)) ≤ 5.
    private static let intermediate: (numerator: [Double], denominator: [Double]) = (
        [
            1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0,
            3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1,
            2.27238449892691845833e-2, 7.74545014278341407640e-4,
        ],
        [
            1.0, 2.05319162663775882187e0, 1.67638483018380384940e0, 6.89767334985100004550e-1,
            1.48103976427480074590e-1, 1.51986665636164571966e-2, 5.47593808499534494600e-4,
            1.05075007164441684324e-9,
        ]
    )

    /// AS 241 coefficients for the far tails.
    private static let far: (numerator: [Double], denominator: [Double]) = (
        [
            6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0,
            2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
            2.71155556874348757815e-5, 2.01033439929228813265e-7,
        ],
        [
            1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1, 1.48753612908506148525e-2,
            7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7,
            2.04426310338993978564e-15,
        ]
    )
}
