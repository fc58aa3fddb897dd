import Foundation
import Testing

@testable import CSatCore

/// Expected values come from scipy 1.17 / numpy 2.4 / pingouin 0.7 / R 4.2 `survey`
/// / mpmath 1.3 (40–50 digits), named beside each, never from this code. Unless
/// noted the tolerance is 1e-10 relative. The t distribution is held to 1e-13
/// (its scipy values agree with mpmath to 1e-15; this code measured ≤ 1e-14 on
/// 300 random cases except where the problem's own conditioning rules), the
/// incomplete beta and the normal to 1e-14 unless a case says why not.
struct StatisticsTests {
    /// |actual − expected| ≤ rel·|expected| (absolute rel when expected is 0).
    func close(_ actual: Double?, _ expected: Double, rel: Double = 1e-10) -> Bool {
        guard let actual else { return false }
        return abs(actual - expected) <= rel * max(abs(expected), expected == 0 ? 1 : 0)
    }

    @Test func studentTQuantiles() {
        // scipy.stats.t.ppf(0.975, df)
        let cases: [(Double, Double)] = [
            (1, 12.706204736174694), (2.5, 3.5746548420036817), (10, 2.228138851986274),
            (1000, 1.9623390808264083), (1e6, 1.959966356814107), (7.3, 2.345066736547703),
        ]
        for (df, expected) in cases {
            #expect(close(StudentT.quantile(0.975, df: df), expected, rel: 1e-13), "df \(df)")
            #expect(close(StudentT.quantile(0.025, df: df), -expected, rel: 1e-13), "df \(df)")
        }
        // scipy.stats.t.ppf(p, df)
        let others: [(Double, Double, Double)] = [
            (1e-10, 3, -2225.769284683093), (0.6, 7.3, 0.2627568052507191),
            (0.999999, 2.5, 220.17342917570426), (1e-8, 1, -31830988.61837906),
            (0.01, 1e6, -2.3263516031208056), (0.3, 0.5, -1.0095258786071655),
            (1e-12, 40, -9.987885004868847),
        ]
        for (p, df, expected) in others {
            #expect(close(StudentT.quantile(p, df: df), expected, rel: 1e-13), "p \(p) df \(df)")
        }
        // scipy.stats.t.ppf(0.5001, 10): near p = ½ the problem's own condition
        // number is ~1e4 (mpmath agrees with scipy to only 3e-13 here).
        #expect(close(StudentT.quantile(0.5001, df: 10), 0.0002569978066048638, rel: 1e-11))
        #expect(StudentT.quantile(0.5, df: 3) == 0)
        #expect(StudentT.quantile(0, df: 3) == -.infinity && StudentT.quantile(1, df: 3) == .infinity)
        #expect(StudentT.quantile(0.975, df: 0).isNaN && StudentT.quantile(1.5, df: 3).isNaN)
        #expect(StudentT.quantile(0.975, df: .infinity) == Normal.quantile(0.975))
    }

    @Test func studentTDistribution() {
        // scipy.stats.t.cdf(t, df)
        let cases: [(Double, Double, Double)] = [
            (-40, 3, 1.7190340394579253e-05), (40, 3, 0.9999828096596054),
            (-5, 1e6, 2.8669989354453723e-07), (1.5, 2.5, 0.8760817734568519),
            (-2.1, 7.3, 0.0361233567124267), (0.3, 1, 0.5927735790777423),
            (-1e5, 1, 3.183098861731804e-06), (-12, 30, 2.7900927075996303e-13),
            (2, 1e6, 0.9772497330743404),
        ]
        for (t, df, expected) in cases {
            #expect(close(StudentT.cdf(t, df: df), expected, rel: 1e-13), "t \(t) df \(df)")
        }
        // 2 * scipy.stats.t.sf(t, df)
        let twoSided: [(Double, Double, Double)] = [
            (2.1, 7.3, 0.0722467134248534), (40, 3, 3.4380680789158506e-05),
            (0.5, 1e6, 0.6170751874723714), (0, 5, 1),
        ]
        for (t, df, expected) in twoSided {
            #expect(close(StudentT.twoSidedP(t: t, df: df), expected, rel: 1e-13), "t \(t) df \(df)")
            #expect(close(StudentT.twoSidedP(t: -t, df: df), expected, rel: 1e-13), "t \(-t) df \(df)")
        }
        #expect(StudentT.cdf(.infinity, df: 2) == 1 && StudentT.cdf(-.infinity, df: 2) == 0)
        #expect(StudentT.cdf(1, df: -1).isNaN)
    }

    @Test func incompleteBeta() {
        // mpmath.betainc(a, b, 0, x, regularized=True) at 40 digits. scipy.special.betainc
        // agrees to 3e-15, except at (5e6, 5e6, 0.4995), where it is 1.5e-12 off.
        let cases: [(Double, Double, Double, Double)] = [
            (2, 3, 0.4, 0.5248), (5e5, 0.5, 0.99999, 0.0015653640065981889067),
            (1e-3, 1e3, 1e-4, 0.99817760363657009482),
            (5e6, 5e6, 0.5005, 0.99921730078357924122), (5e6, 0.5, 1 - 1e-6, 0.0015653984325952118781),
            (0.5, 5e6, 1e-6, 0.99843460156716035442), (1e3, 1e3, 0.45, 3.6831988690075782797e-6),
            (5e5, 0.5, 0.9999, 1.5201662808362064813e-23), (50, 0.5, 0.3, 6.8008258851738121713e-28),
        ]
        for (a, b, x, expected) in cases {
            #expect(close(IncompleteBeta.regularized(a: a, b: b, x: x), expected, rel: 1e-14), "\(a) \(b) \(x)")
        }
        // x^a = e^(a·log x) with a·log x = −345 carries the documented |log I|·ε.
        #expect(close(IncompleteBeta.regularized(a: 0.5, b: 0.5, x: 1e-300), 6.3661977236758135105e-151, rel: 1e-13))
        // Both parameters huge: the continued fraction's documented ~1e-12.
        #expect(close(IncompleteBeta.regularized(a: 5e6, b: 5e6, x: 0.4995), 0.00078269921641981504796, rel: 1e-12))
        #expect(close(IncompleteBeta.regularized(a: 3e6, b: 3e6, x: 0.5), 0.5, rel: 1e-12))
        #expect(IncompleteBeta.regularized(a: 2, b: 3, x: 0) == 0)
        #expect(IncompleteBeta.regularized(a: 2, b: 3, x: 1) == 1)
        #expect(close(IncompleteBeta.regularized(a: 1, b: 1, x: 0.3), 0.3, rel: 1e-14))
        #expect(close(IncompleteBeta.regularized(a: 0.5, b: 0.5, x: 0.5), 0.5, rel: 1e-14))
        #expect(IncompleteBeta.regularized(a: 0, b: 1, x: 0.5).isNaN)
        #expect(IncompleteBeta.regularized(a: 1, b: 1, x: 1.5).isNaN)
    }

    @Test func normal() {
        // scipy.stats.norm.ppf(p)
        let quantiles: [(Double, Double)] = [
            (0.975, 1.959963984540054), (1e-20, -9.262340089798409), (0.3, -0.5244005127080409),
            (1 - 1e-10, 6.361340889697422), (0.5 + 1e-9, 2.5066282037387115e-09),
        ]
        for (p, expected) in quantiles {
            #expect(close(Normal.quantile(p), expected, rel: 1e-14), "p \(p)")
        }
        #expect(Normal.z975 == Normal.quantile(0.975))
        // scipy.stats.norm.cdf(x), but at −8 and −30 mpmath.ncdf (40 digits): there
        // scipy's own values (6.22096057427174e-16, 4.906713927147908e-198) are 7e-15
        // and 6e-14 off.
        let cdfs: [(Double, Double, Double)] = [
            (-8, 6.2209605742717841235e-16, 1e-14), (-1.5, 0.06680720126885807, 1e-14),
            (0.7, 0.758036347776927, 1e-14), (3, 0.9986501019683699, 1e-14),
            (-30, 4.9067139271481870595e-198, 1e-14),
        ]
        for (x, expected, tolerance) in cdfs {
            #expect(close(Normal.cdf(x), expected, rel: tolerance), "x \(x)")
        }
    }

    @Test func welch() throws {
        // scipy.stats.ttest_ind(a, b, equal_var=False) → statistic, df, pvalue
        let a1: [Double] = [82.5, 90, 77.5, 100, 65, 87.5, 92.5, 70]
        let b1: [Double] = [75, 80, 62.5, 85, 90, 55, 70]
        let r1 = try #require(Welch.test(RunningMoments(a1), RunningMoments(b1)))
        #expect(close(r1.t, 1.466300499430733) && close(r1.df, 12.52325373727496) && close(r1.p, 0.16722260725987612))
        // Scores near 100 with a small spread. Moments taken exactly with
        // fractions.Fraction on the doubles, p = 2 * scipy.stats.t.sf(t, df).
        let a2: [Double] = [99.9, 100, 99.95, 100, 99.85, 99.9]
        let b2: [Double] = [99.5, 99.7, 99.6, 99.8, 99.55, 99.65, 99.75, 99.6, 99.7]
        let r2 = try #require(Welch.test(RunningMoments(a2), RunningMoments(b2)))
        #expect(close(r2.t, 6.9693205243716845) && close(r2.df, 12.98787058904455))
        #expect(close(r2.p, 9.828614425330709e-06))
        // One group constant: an ordinary test with ν = n − 1 of the other.
        let r3 = try #require(Welch.test(RunningMoments([100, 100, 100, 100]), RunningMoments([90, 95, 100, 85, 92.5])))
        #expect(close(r3.t, 3) && close(r3.df, 4) && close(r3.p, 0.03994196807171883))
        // Undefined: both constant (scipy: t = inf, p = 0 or nan; R: "essentially constant").
        #expect(Welch.test(RunningMoments([100, 100, 100]), RunningMoments([80, 80, 80])) == nil)
        #expect(Welch.test(RunningMoments([100, 100, 100]), RunningMoments([100, 100])) == nil)
        #expect(Welch.test(mean1: 1, var1: 1, n1: 1, mean2: 2, var2: 1, n2: 5) == nil)
        #expect(Welch.test(mean1: 1, var1: -1, n1: 3, mean2: 2, var2: 1, n2: 5) == nil)
    }

    @Test func wilson() throws {
        // Hand formula in numpy with z = scipy.stats.norm.ppf(0.975) (or 0.995).
        let cases: [(Double, Double, Double, Double, Double)] = [
            (37, 50, Normal.z975, 0.6044684273515117, 0.8412847250644762),
            (0, 20, Normal.z975, 0, 0.16112515805281938),
            (20, 20, Normal.z975, 0.8388748419471806, 1),
            (12.7, 31.4, Normal.z975, 0.25250166984967504, 0.577244311140285),
            (3, 10, 2.5758293035489004, 0.07956631652306573, 0.6799753207988974),
        ]
        for (s, n, z, lower, upper) in cases {
            let interval = try #require(Wilson.interval(successes: s, n: n, z: z))
            #expect(close(interval.0, lower) && close(interval.1, upper), "\(s)/\(n)")
        }
        #expect(Wilson.interval(successes: 0, n: 20)?.0 == 0 && Wilson.interval(successes: 20, n: 20)?.1 == 1)
        #expect(Wilson.interval(successes: 0, n: 0) == nil && Wilson.interval(successes: 3, n: 2) == nil)
    }

    @Test func runningMoments() throws {
        // numpy.var([1e9+4, 1e9+7, 1e9+13, 1e9+16], ddof=1) = 30; Σx² − n·mean² gives garbage here.
        let big = RunningMoments([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16])
        #expect(big.count == 4 && big.mean == 1e9 + 10 && close(big.variance, 30))
        let values: [Double] = [82.5, 90, 77.5, 100, 65, 87.5, 92.5, 70, 75, 80, 62.5]
        let whole = RunningMoments(values)
        let merged = RunningMoments(values[..<4]).merged(with: RunningMoments(values[4...]))
        #expect(merged.count == whole.count && close(merged.mean, whole.mean, rel: 1e-14))
        #expect(close(merged.variance, try #require(whole.variance), rel: 1e-13))
        #expect(RunningMoments([5]).variance == nil && RunningMoments().merged(with: whole) == whole)
    }

    /// pingouin's `cronbach_alpha` dataset (15 subjects × Q1…Q10, pivoted to wide).
    static let likert: [[Double]] = [
        [3, 2, 4, 1, 4, 5, 1, 4, 3, 2], [5, 4, 6, 3, 5, 1, 2, 5, 5, 5], [7, 3, 5, 5, 6, 4, 3, 3, 6, 5],
        [2, 4, 3, 3, 2, 2, 2, 6, 6, 3], [6, 5, 6, 5, 4, 4, 4, 6, 7, 5], [1, 2, 3, 4, 2, 5, 2, 3, 5, 2],
        [4, 3, 5, 3, 5, 2, 1, 2, 4, 3], [2, 4, 4, 3, 7, 2, 2, 4, 6, 5], [6, 5, 5, 5, 1, 6, 5, 2, 3, 2],
        [5, 4, 6, 4, 3, 5, 3, 1, 7, 2], [4, 3, 5, 2, 5, 3, 2, 3, 4, 1], [4, 2, 3, 2, 5, 3, 4, 2, 3, 4],
        [5, 5, 6, 2, 3, 3, 2, 4, 4, 5], [6, 5, 5, 4, 2, 2, 1, 4, 6, 5], [4, 3, 5, 5, 3, 1, 3, 2, 3, 4],
    ]

    @Test func crossProductsAndPearson() throws {
        var whole = CrossProducts(dimension: 10)
        var first = CrossProducts(dimension: 10)
        var second = CrossProducts(dimension: 10)
        for (i, row) in Self.likert.enumerated() {
            whole.add(row)
            if i < 6 { first.add(row) } else { second.add(row) }
        }
        first.merge(second)
        let covariance = try #require(first.covariance)
        // numpy.cov(W, rowvar=False)[0,0], [0,1], [3,7]
        #expect(close(covariance[0][0], 2.9238095238095227) && close(covariance[0][1], 0.9714285714285713))
        #expect(close(covariance[3][7], -0.2428571428571428) && close(covariance[7][3], -0.2428571428571428))
        // numpy.corrcoef(W, rowvar=False)[2,5]
        #expect(close(try #require(first.correlation)[2][5], -0.04971996290818489))
        #expect(close(whole.correlation(2, 5), -0.04971996290818489))
        // scipy.stats.pearsonr(x, y).statistic
        let x: [Double] = [3.1, 4.7, 2.2, 5.9, 4.4, 3.8, 6.1, 2.9]
        let y: [Double] = [10.2, 13.9, 8.1, 17.5, 12.2, 12.9, 18.8, 9.7]
        var pair = CrossProducts(dimension: 2)
        for (a, b) in zip(x, y) { pair.add([a, b]) }
        #expect(close(Pearson.r(pair, 0, 1), 0.9815485156320182))
        var constant = CrossProducts(dimension: 2)
        for a in x { constant.add([a, 7]) }
        #expect(Pearson.r(constant, 0, 1) == nil && constant.correlation == nil)
        #expect(Pearson.r(sxx: 0, syy: 1, sxy: 0) == nil)
    }

    @Test func cronbach() throws {
        // pingouin.cronbach_alpha(data=read_dataset("cronbach_alpha"), items="Items",
        // scores="Scores", subject="Subj") → 0.5917188485995826 (its docstring).
        var items = CrossProducts(dimension: 10)
        for row in Self.likert { items.add(row) }
        #expect(close(Cronbach.alpha(covariance: try #require(items.covariance)), 0.5917188485995826))
        // pingouin.cronbach_alpha(read_dataset("cronbach_wide_missing"), nan_policy="listwise")
        // → 0.8016949152542373: rows with a missing answer are dropped.
        let binary: [[Double?]] = [
            [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0],
            [nil, 0, 1, 1, nil, 1, 1, 1, 1, 0, 0], [1, 1, 1, 0, 1, 1, 0, 1, 1, 0, 0],
            [1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0], [0, 1, nil, 0, 1, 1, 1, 1, 0, 0, 0],
            [1, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0], [1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0],
            [0, 1, 0, 1, 1, 0, 0, 0, 0, 1, 0], [1, 0, 0, 1, 0, 1, 0, 0, nil, 0, 0],
            [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0], [1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0],
        ]
        var listwise = CrossProducts(dimension: 11)
        for row in binary where !row.contains(nil) { listwise.add(row.compactMap { $0 }) }
        #expect(listwise.count == 9)
        #expect(close(Cronbach.alpha(covariance: try #require(listwise.covariance)), 0.8016949152542373))
        #expect(Cronbach.alpha(covariance: [[4]]) == nil)
        #expect(Cronbach.alpha(covariance: [[0, 0], [0, 0]]) == nil)
        #expect(Cronbach.alpha(covariance: [[1, -1], [-1, 1]]) == nil)
    }

    @Test func jacobi() {
        // numpy.linalg.eigh(M): ascending values, eigenvectors in columns (here rows, sign-free).
        let m: [[Double]] = [[4, 1, -2, 2], [1, 2, 0, 1], [-2, 0, 3, -2], [2, 1, -2, -1]]
        let expectedValues = [6.844621107234965, 2.2685314064312423, 1.0843644637732166, -2.1975169774394243]
        let expectedVectors: [[Double]] = [
            [-0.7180459594506796, -0.2211529881551807, 0.5573513771375096, -0.3533564748939929],
            [-0.20171109662094233, -0.7894499124874397, -0.5796341693167879, -0.010280998686330534],
            [-0.6422600067660328, 0.5441878481946866, -0.5202218509386148, 0.14398227457619123],
            [-0.17670517062447652, -0.17810046990630068, 0.2876680343197011, 0.9242849167461131],
        ]
        let (values, vectors) = SymmetricEigen.decompose(m)
        for i in 0..<4 {
            #expect(close(values[i], expectedValues[i], rel: 1e-13))
            let sign = (vectors[i][0] * expectedVectors[i][0]) < 0 ? -1.0 : 1.0
            for j in 0..<4 { #expect(abs(sign * vectors[i][j] - expectedVectors[i][j]) < 1e-13) }
            // The documented sign convention: largest component positive.
            #expect(vectors[i].max()! >= -vectors[i].min()!)
        }
        // A V = V Λ to rounding, and the identity stays the identity.
        for i in 0..<4 {
            for r in 0..<4 {
                let av = (0..<4).reduce(0.0) { $0 + m[r][$1] * vectors[i][$1] }
                #expect(abs(av - values[i] * vectors[i][r]) < 1e-13)
            }
        }
        let identity = SymmetricEigen.decompose([[1, 0], [0, 1]])
        #expect(identity.values == [1, 1] && identity.vectors == [[1, 0], [0, 1]])
    }

    @Test func relativeWeights() throws {
        // Tests/oracle/relative_weights.py: numpy.corrcoef of 200 generated forms,
        // its direct Johnson (2000); R² from numpy.linalg.lstsq with an intercept.
        let rxx: [[Double]] = [
            [1, 0.47963447833975315, 0.49931165879548756, 0.22878534394730696],
            [0.47963447833975315, 1, 0.33740269242198995, 0.25303102915102377],
            [0.49931165879548756, 0.33740269242198995, 1, 0.22374833317414916],
            [0.22878534394730696, 0.25303102915102377, 0.22374833317414916, 1],
        ]
        let rxy = [0.74763823093423776, 0.66533680118209482, 0.60000937757794992, 0.32640718119150947]
        let expected = [0.29621681468647842, 0.23169194506390106, 0.16688081385383133, 0.040292874083540216]
        let weights = try #require(RelativeWeights.johnson(predictorCorrelation: rxx, criterionCorrelation: rxy))
        for j in 0..<4 { #expect(close(weights[j], expected[j]), "driver \(j)") }
        #expect(close(weights.reduce(0, +), 0.73508244768775077, rel: 1e-12))  // lstsq R²

        // The first driver duplicated: Rxx is singular, the pseudo-inverse
        // splits the duplicate's weight evenly and R² is unchanged by it.
        let singular: [[Double]] = [
            [1, 0.47963447833975315, 0.99999999999999989],
            [0.47963447833975315, 1, 0.47963447833975315],
            [0.99999999999999989, 0.47963447833975315, 1],
        ]
        let duplicated = try #require(
            RelativeWeights.johnson(
                predictorCorrelation: singular,
                criterionCorrelation: [0.74763823093423776, 0.66533680118209482, 0.74763823093423776]))
        let expectedDuplicated = [0.21906322583946319, 0.24304131857203082, 0.21906322583946308]
        for j in 0..<3 { #expect(close(duplicated[j], expectedDuplicated[j]), "driver \(j)") }
        #expect(close(duplicated.reduce(0, +), 0.68116777025095743, rel: 1e-12))  // lstsq R²

        #expect(RelativeWeights.johnson(predictorCorrelation: rxx, criterionCorrelation: [0, 0, 0, 0]) == nil)
        #expect(RelativeWeights.johnson(predictorCorrelation: [[0]], criterionCorrelation: [0.5]) == nil)
        #expect(RelativeWeights.johnson(predictorCorrelation: rxx, criterionCorrelation: [0.5]) == nil)
        #expect(close(RelativeWeights.johnson(predictorCorrelation: [[1]], criterionCorrelation: [0.6])?[0], 0.36))
    }

    @Test func stratifiedVariance() throws {
        // R: svymean(~y, svydesign(ids=~1, strata=~proj, fpc=~N, data=d)):
        // SE² 5.3446609161213576, degf 12, qt(0.975, 12) * SE 5.0370933851427138.
        let projects: [(scores: [Double], population: Double)] = [
            ([80, 92.5, 75, 100, 87.5], 40), ([60, 72.5, 90, 65], 12), ([95, 100, 85, 97.5, 90, 100], 30),
        ]
        func strata(_ projects: [(scores: [Double], population: Double)]) -> [StratifiedVariance.Stratum] {
            let total = projects.reduce(0) { $0 + $1.population }
            return projects.map { project in
                let moments = RunningMoments(project.scores)
                return .init(
                    share: project.population / total, moments: moments,
                    samplingFraction: Double(moments.count) / project.population)
            }
        }
        let population = strata(projects)
        #expect(StratifiedVariance.degreesOfFreedom(population) == 12)
        #expect(close(StratifiedVariance.variance(population), 5.3446609161213576))
        #expect(close(StratifiedVariance.halfWidth(population), 5.0370933851427138))

        // R, no fpc (equal weights): SE² 6.2064814814814788 — P_h = n_h/n, f_h = 0.
        let respondents = projects.map { project in
            let share = Double(project.scores.count) / 15
            return StratifiedVariance.Stratum(share: share, moments: RunningMoments(project.scores))
        }
        #expect(close(StratifiedVariance.variance(respondents), 6.2064814814814788))

        // A fourth project with one form: R fails ("Stratum (D) has only one PSU
        // at stage 1") unless N = 1, a certainty stratum: SE² 5.2166497314559432, degf 12.
        #expect(StratifiedVariance.variance(strata(projects + [([70], 10)])) == nil)
        #expect(StratifiedVariance.halfWidth(strata(projects + [([70], 10)])) == nil)
        let certainty = strata(projects + [([70], 1)])
        #expect(close(StratifiedVariance.variance(certainty), 5.2166497314559432))
        #expect(StratifiedVariance.degreesOfFreedom(certainty) == 12)

        // One project with a census (f = 1) and one form per stratum: no df left.
        let lonely = [StratifiedVariance.Stratum(share: 1, count: 1, variance: nil, samplingFraction: 1)]
        #expect(StratifiedVariance.variance(lonely) == 0 && StratifiedVariance.halfWidth(lonely) == nil)
        let empty = [StratifiedVariance.Stratum(share: 0.5, count: 0, variance: nil)]
        #expect(StratifiedVariance.variance(empty) == nil)
    }
}
