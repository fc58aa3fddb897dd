/// How figures are rounded for reading (SPEC.md "csat score --json": the
/// workbook and report round indices to 1 decimal and rates to 0.1%).
/// Both exporters use these, so they show the same digits.
public enum Rounding {
    /// An index rounded to one decimal (half away from zero).
    public static func index(_ x: Double) -> Double { (x * 10).rounded() / 10 }
    /// A rate (share) rounded to 0.1% — three decimals of the share.
    public static func rate(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
    /// Other coefficients (alpha, importance, weights): three decimals.
    public static func coefficient(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

    /// `82.3`
    public static func indexText(_ x: Double?) -> String {
        guard let x else { return "—" }
        return fixed(index(x), digits: 1)
    }

    /// `87.1%`
    public static func rateText(_ x: Double?) -> String {
        guard let x else { return "—" }
        return fixed(rate(x) * 100, digits: 1) + "%"
    }

    /// `0.812`
    public static func coefficientText(_ x: Double?) -> String {
        guard let x else { return "—" }
        return fixed(coefficient(x), digits: 3)
    }

    /// `+1.4` / `−2.1` for changes of an index; `+2.1 pp` style is left to the caller.
    public static func signedIndexText(_ x: Double?) -> String {
        guard let x else { return "—" }
        let r = index(x)
        return (r > 0 ? "+" : r < 0 ? "−" : "±") + fixed(abs(r), digits: 1)
    }

    /// A change of a rate in percentage points: `+2.1`.
    public static func signedPointsText(_ x: Double?) -> String {
        guard let x else { return "—" }
        let r = rate(x) * 100
        return (r > 0.00001 ? "+" : r < -0.00001 ? "−" : "±") + fixed(abs(r), digits: 1)
    }

    /// `p` values: `0.003`, `<0.001`.
    public static func pText(_ p: Double?) -> String {
        guard let p else { return "—" }
        return p < 0.001 ? "<0.001" : fixed(p, digits: 3)
    }

    /// Fixed-point text without Foundation's locale: digits after the point, half away from zero.
    public static func fixed(_ x: Double, digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(x) * scale).rounded()
        let whole = Int64(scaled / scale)
        var frac = String(Int64(scaled) - whole * Int64(scale))
        while frac.count < digits { frac = "0" + frac }
        let sign = x < 0 && scaled != 0 ? "-" : ""
        return digits == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(frac)"
    }
}
