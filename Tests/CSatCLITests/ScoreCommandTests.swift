import Foundation
import Testing

/// Issue 4: every figure of `csat score --json` equals an independent
/// implementation of SPEC.md (Tests/oracle/csat_oracle.py, numpy/scipy)
/// within 1e-9 relative, counts exactly, on waves the tests generate.
@Suite(.serialized) struct ScoreCommandTests {
    static let files = ["a.csv", "b.json", "c.jsonl"]

    /// Walks the oracle's value and finds the same path in ours; returns the differences.
    static func differences(_ ours: Any?, _ theirs: Any?, _ path: String = "$") -> [String] {
        let renamed = ["dis": "dissatisfied", "dist": "distribution"]
        switch theirs {
        case let t as [String: Any]:
            guard let o = ours as? [String: Any] else { return ["\(path): missing object"] }
            return t.keys.sorted().flatMap { k in differences(o[renamed[k] ?? k], t[k], "\(path).\(k)") }
        case let t as [Any]:
            guard let o = ours as? [Any], o.count == t.count else {
                return ["\(path): array length \(String(describing: (ours as? [Any])?.count)) vs \(t.count)"]
            }
            return zip(o, t).enumerated().flatMap { i, pair in differences(pair.0, pair.1, "\(path)[\(i)]") }
        case let t as NSNumber:
            guard let o = ours as? NSNumber else { return ["\(path): \(String(describing: ours)) vs \(t)"] }
            let (x, y) = (o.doubleValue, t.doubleValue)
            return abs(x - y) <= 1e-9 * max(1, abs(y)) ? [] : ["\(path): \(x) vs \(y)"]
        case is NSNull, nil:
            return ours == nil || ours is NSNull ? [] : ["\(path): \(String(describing: ours)) vs null"]
        default:
            return "\(ours ?? "nil")" == "\(theirs!)" ? [] : ["\(path): \(ours ?? "nil") vs \(theirs!)"]
        }
    }

    static func noNonFinite(_ text: String) -> Bool {
        !text.contains("nan") && !text.contains("inf")
    }

    @Test(arguments: [(UInt64(11), "population"), (12, "respondents"), (13, "projects"), (14, nil)] as [(UInt64, String?)])
    func figuresMatchTheOracle(seed: UInt64, aggregate: String?) throws {
        let dir = try CLI.scratch("score\(seed)")
        var wave = RandomWave(seed: seed)
        wave.aggregate = aggregate
        try wave.write(to: dir)
        let roster = aggregate == "respondents" ? [] : ["--roster", "roster.csv"]
        let args = ["--survey", "survey.json"] + roster + ["--sample", "sample.csv"] + Self.files + ["--previous", "prev.csv"]
        let result = try CLI.run(["score", "--json"] + args, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.noNonFinite(result.stdout))
        let ours = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        guard let theirs = try CLI.oracle(args, in: dir) as? [String: Any] else { return }
        for key in [
            "forms", "overall", "drivers", "questions", "segments", "surveyors", "comparison", "coverage", "invalidForms",
        ] {
            let diff = Self.differences(ours?[key], theirs[key], key)
            #expect(diff.isEmpty, "\(diff.prefix(10).joined(separator: "\n"))")
        }
        // Weights are normalised; relative weights are shares.
        let drivers = ours?["drivers"] as? [[String: Any]] ?? []
        #expect(abs(drivers.compactMap { $0["weight"] as? Double }.reduce(0, +) - 1) < 1e-12)
        #expect(abs(drivers.compactMap { $0["relativeWeight"] as? Double }.reduce(0, +) - 1) < 1e-12)
    }

    @Test func theSampleCompanyMatchesTheOracle() throws {
        let root = CLI.packageRoot.appendingPathComponent("sample-data").path
        let waveFiles = try FileManager.default.contentsOfDirectory(atPath: root + "/wave-2026H1").sorted().map {
            root + "/wave-2026H1/" + $0
        }
        let args =
            ["--survey", root + "/survey.json", "--roster", root + "/roster.csv", "--sample", root + "/sample.csv"]
            + waveFiles + ["--previous", root + "/wave-2025H2/forms.csv"]
        let dir = try CLI.scratch()
        let result = try CLI.run(["score", "--json"] + args, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        // JSON is score's only output: without --json it prints the same bytes.
        let plain = try CLI.run(["score"] + args, in: dir)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout == result.stdout)
        let ours = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        // The previous wave's forms are dated December 2025.
        #expect((ours?["comparison"] as? [String: Any])?["previousPeriod"] as? String == "2025H2")
        guard let theirs = try CLI.oracle(args, in: dir) as? [String: Any] else { return }
        for key in ["forms", "overall", "drivers", "questions", "segments", "surveyors", "comparison", "coverage"] {
            let diff = Self.differences(ours?[key], theirs[key], key)
            #expect(diff.isEmpty, "\(diff.prefix(10).joined(separator: "\n"))")
        }
    }

    /// The stratified interval of the sample company against R 4.2's `survey` package:
    /// svydesign(ids=~1, strata=~project, fpc=~N, weights=~N/n_h) on the respondent scores s
    /// (and satisfied shares), confint(svymean(...), df=degf(design)). R centres on the mean of s;
    /// csat centres on the index (SPEC.md), so the half-widths are compared.
    @Test func theSampleCompanyIntervalEqualsRSurvey() throws {
        let root = CLI.packageRoot.appendingPathComponent("sample-data").path
        let waveFiles = try FileManager.default.contentsOfDirectory(atPath: root + "/wave-2026H1").sorted().map {
            root + "/wave-2026H1/" + $0
        }
        let r = try CLI.run(
            [
                "score", "--json", "--survey", root + "/survey.json", "--roster", root + "/roster.csv",
                "--sample", root + "/sample.csv",
            ] + waveFiles, in: try CLI.scratch())
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let overall = try #require(json["overall"] as? [String: Any])
        let indexCI = try #require(overall["indexCI"] as? [Double])
        let rateCI = try #require(overall["rateCI"] as? [Double])
        // R: upper − mean, df 242 (Tests/oracle/respondent_scores.py, then Tests/oracle/r_interval.R).
        let indexHalf = 76.464650147913389 - 75.257873558472440
        let rateHalf = 0.763061757993944 - 0.741457884134298
        #expect(abs((indexCI[1] - indexCI[0]) / 2 - indexHalf) < 1e-9)
        #expect(abs((rateCI[1] - rateCI[0]) / 2 - rateHalf) < 1e-11)
    }

    @Test func populationWeightsWithoutARosterIsAUsageError() throws {
        let dir = try CLI.scratch()
        var wave = RandomWave(seed: 21)
        wave.aggregate = "population"
        try wave.write(to: dir)
        let r = try CLI.run(["score", "--json", "--survey", "survey.json", "a.csv"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("$.aggregate"))
    }
}
