/// The variance of a stratified mean, SPEC.md "Scoring" 95% intervals:
/// Var = Σ_h P_h² (1 − f_h) s²_h / n_h with projects as strata, and the
/// half-width t_{0.975, n−H} · √Var — what R's `survey` package gives for
/// `svydesign(ids = ~1, strata = ~project, fpc = ~N_h)` and `svymean`.
public enum StratifiedVariance {
    /// One project's part of the estimate.
    public struct Stratum: Sendable, Equatable {
        /// P_h, the project's share of the aggregate (N_h/N, 1/H or n_h/n).
        public var share: Double
        /// n_h, the forms in the project that have the score.
        public var count: Int
        /// s²_h, the sample variance (n − 1) of the scores; nil when n_h < 2.
        public var variance: Double?
        /// f_h = n_h/N_h with a roster, 0 without.
        public var samplingFraction: Double

        public init(share: Double, count: Int, variance: Double?, samplingFraction: Double = 0) {
            self.share = share
            self.count = count
            self.variance = variance
            self.samplingFraction = samplingFraction
        }

        public init(share: Double, moments: RunningMoments, samplingFraction: Double = 0) {
            self.init(
                share: share, count: moments.count, variance: moments.variance, samplingFraction: samplingFraction)
        }
    }

    /// Σ_h P_h² (1 − f_h) s²_h / n_h over the strata with P_h > 0 (a stratum
    /// with no share takes no part, not even in the degrees of freedom).
    ///
    /// nil when the variance cannot be estimated: a share or variance that is
    /// negative or not finite, f_h outside [0, 1], n_h = 0 with P_h > 0, or a
    /// stratum with one form. R's `survey` stops on such a "lonely PSU" by
    /// default (`options(survey.lonely.psu = "fail")`); we follow it, except
    /// when f_h = 1 — the project's whole population answered, a certainty
    /// stratum that `survey` itself gives zero variance without complaint —
    /// where the stratum contributes 0. (Any stratum with f_h = 1 does.)
    public static func variance(_ strata: [Stratum]) -> Double? {
        var total = 0.0
        for stratum in strata where stratum.share != 0 {
            let f = stratum.samplingFraction
            guard stratum.share > 0, stratum.share.isFinite, f >= 0, f <= 1, stratum.count >= 1 else { return nil }
            if f == 1 { continue }
            guard stratum.count >= 2, let s2 = stratum.variance, s2 >= 0, s2.isFinite else { return nil }
            total += stratum.share * stratum.share * (1 - f) * s2 / Double(stratum.count)
        }
        return total
    }

    /// n − H: forms minus strata, over the strata with P_h > 0 (R `survey`'s
    /// `degf` for one-stage stratified designs).
    public static func degreesOfFreedom(_ strata: [Stratum]) -> Int {
        var forms = 0
        var count = 0
        for stratum in strata where stratum.share != 0 {
            forms += stratum.count
            count += 1
        }
        return forms - count
    }

    /// t_{p, n−H} · √Var, the half-width of the interval (p = 0.975 for 95%).
    /// nil when `variance` is nil or n − H < 1 (no degrees of freedom left).
    public static func halfWidth(_ strata: [Stratum], probability p: Double = 0.975) -> Double? {
        let df = degreesOfFreedom(strata)
        guard df >= 1, let variance = variance(strata) else { return nil }
        return StudentT.quantile(p, df: Double(df)) * variance.squareRoot()
    }
}
