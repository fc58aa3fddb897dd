import Foundation
import Testing

@testable import CSatCore

/// SPEC.md "Scoring" on small waves worked out by hand.
struct ScaleScoringTests {
    func figures(_ survey: String, _ forms: String) throws -> Figures {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csat-scale-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try survey.write(to: dir.appendingPathComponent("s.json"), atomically: true, encoding: .utf8)
        try forms.write(to: dir.appendingPathComponent("f.jsonl"), atomically: true, encoding: .utf8)
        let wave = try Wave.load(
            survey: dir.appendingPathComponent("s.json").path, responses: [dir.appendingPathComponent("f.jsonl").path],
            roster: nil, sample: nil)
        return try Scorer.figures(wave: wave)
    }

    static let acsi = """
        {"id": "acsi", "period": "2026H1",
         "scales": {"ten": {"points": 10}, "zeroten": {"points": 11, "min": 0}},
         "drivers": [{"id": "a", "weight": 3}, {"id": "b", "weight": 1}],
         "questions": [{"id": "q1", "scale": "ten", "driver": "a"}, {"id": "q2", "scale": "zeroten", "driver": "b"}],
         "validity": {"requireSignature": false, "requirePhone": false, "minAnsweredShare": 0.5}}
        """

    @Test func tenPointAndZeroToTenScales() throws {
        let forms = [(7, 0), (9, 5), (10, 10), (4, 8)].enumerated().map { i, p in
            "{\"project\": \"P\", \"unit\": \"u\(i)\", \"q1\": \(p.0), \"q2\": \(p.1)}"
        }.joined(separator: "\n")
        let f = try figures(Self.acsi, forms)
        // q1: x̄ = 7.5 on 1–10 → 100·(7.5 − 1)/9; q2: x̄ = 5.75 on 0–10 → 10·5.75.
        #expect(abs(f.questions[0].index! - 100 * 6.5 / 9) < 1e-12)
        #expect(abs(f.questions[1].index! - 57.5) < 1e-12)
        // Rates: q1 ≥ 8 → 2 of 4; q2 ≥ 8 → 2 of 4. Dissatisfied: q1 ≤ 3 → 0; q2 ≤ 2 → 1 of 4.
        #expect(f.questions[0].rate == 0.5 && f.questions[1].rate == 0.5)
        #expect(f.questions[0].dissatisfied == 0 && f.questions[1].dissatisfied == 0.25)
        #expect(f.questions[1].distribution == [1, 0, 0, 0, 0, 1, 0, 0, 1, 0, 1])
        // Overall: (3·72.22… + 1·57.5) / 4.
        #expect(abs(f.overall.index! - (3 * 100 * 6.5 / 9 + 57.5) / 4) < 1e-12)
        #expect(f.aggregate == .respondents)
        #expect(f.drivers.map(\.weight) == [0.75, 0.25])
    }

    @Test func aDriverWithNoAnswersIsAbsentNotNaN() throws {
        let forms = (0..<3).map { "{\"project\": \"P\", \"unit\": \"u\($0)\", \"q1\": \($0 + 5), \"q2\": \"不适用\"}" }.joined(
            separator: "\n")
        let f = try figures(Self.acsi, forms)
        #expect(f.drivers[1].index == nil && f.drivers[1].rate == nil && f.drivers[1].n == 0)
        // The overall index is then driver a's alone: x̄ = 6 → 100·5/9.
        #expect(abs(f.overall.index! - 500.0 / 9) < 1e-12)
        let text = JSONWriter.write(
            f.json(check: CheckReport(table: try wave(forms).table, validity: try wave(forms).validity, roster: nil, sample: nil))
        )
        #expect(!text.contains("nan") && !text.contains("inf"))
    }

    func wave(_ forms: String) throws -> Wave {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csat-scale-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Self.acsi.write(to: dir.appendingPathComponent("s.json"), atomically: true, encoding: .utf8)
        try forms.write(to: dir.appendingPathComponent("f.jsonl"), atomically: true, encoding: .utf8)
        return try Wave.load(
            survey: dir.appendingPathComponent("s.json").path, responses: [dir.appendingPathComponent("f.jsonl").path],
            roster: nil, sample: nil)
    }
}
