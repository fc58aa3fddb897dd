/// SPEC.md "Sampling": n = N when N ≤ minSampleCount, else
/// max(⌈rate · N⌉, minSampleCount), with the ceiling taken exactly.
///
/// The rate is read as the decimal the user wrote (`0.07` is 7/100, not the
/// binary double 0.07000000000000000666…), so 0.07 of 100 households is 7.
public enum SampleSize {
    public static func required(population n: Int, rate: Double, minCount: Int) -> Int {
        if n <= minCount { return n }
        return max(exactCeiling(rate: rate, times: n), minCount)
    }

    /// ⌈rate · n⌉ with `rate` taken as its shortest decimal representation.
    public static func exactCeiling(rate: Double, times n: Int) -> Int {
        let (num, den) = decimalFraction(rate)
        let product = num * n  // rates are ≤ 1 with few digits: no overflow for realistic n
        return (product + den - 1) / den
    }

    /// `0.07` → (7, 100); `0.2` → (2, 10); `1` → (1, 1). Uses Swift's shortest
    /// round-trip description, which is the decimal the user typed.
    static func decimalFraction(_ x: Double) -> (Int, Int) {
        var text = "\(x)"
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = String(text[..<e])
        }
        var digits = text
        var scale = 0
        if let dot = text.firstIndex(of: ".") {
            scale = text.distance(from: dot, to: text.endIndex) - 1
            digits.remove(at: dot)
        }
        scale -= exponent
        var num = Int(digits) ?? 0
        var den = 1
        if scale >= 0 {
            for _ in 0..<min(scale, 18) { den *= 10 }
        } else {
            for _ in 0..<(-scale) { num *= 10 }
        }
        return (num, den)
    }
}
