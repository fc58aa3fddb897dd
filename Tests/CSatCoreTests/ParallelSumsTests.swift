import Foundation
import Testing

@testable import CSatCore

/// Scoring splits a large wave over two threads and merges the sums; the
/// figures must equal the one-thread figures (up to floating-point order).
struct ParallelSumsTests {
    static let sampleData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("sample-data").path

    /// The sample company's 2026H1 wave, with its roster and sample list.
    static func sampleWave() throws -> Wave {
        let d = sampleData
        let files = try FileManager.default.contentsOfDirectory(atPath: d + "/wave-2026H1").sorted().map {
            d + "/wave-2026H1/" + $0
        }
        return try Wave.load(
            survey: d + "/survey.json", responses: files, roster: d + "/roster.csv", sample: d + "/sample.csv")
    }

    @Test func twoHalvesGiveTheSameFiguresAsOne() throws {
        let wave = try Self.sampleWave()
        let one = WaveSums(table: wave.table, validity: wave.validity, roster: wave.roster, mode: .population, parallelFrom: .max)
        let two = WaveSums(table: wave.table, validity: wave.validity, roster: wave.roster, mode: .population, parallelFrom: 2)
        func close(_ a: Double?, _ b: Double?) -> Bool {
            guard let a, let b else { return a == nil && b == nil }
            return abs(a - b) <= 1e-12 * max(1, abs(a))
        }
        #expect(one.n == two.n && one.driverN == two.driverN)
        for k in one.questions.indices {
            #expect(one.questions[k].count == two.questions[k].count)
            #expect(one.questions[k].distribution == two.questions[k].distribution)
            #expect(close(one.questions[k].mean, two.questions[k].mean))
        }
        #expect(
            close(one.scoreMoments.mean, two.scoreMoments.mean) && close(one.scoreMoments.variance, two.scoreMoments.variance))
        for d in one.importancePairs.indices {
            #expect(close(Inference.pearson(one.importancePairs[d]), Inference.pearson(two.importancePairs[d])))
            #expect(close(one.alphaItems[d].flatMap(Inference.alpha), two.alphaItems[d].flatMap(Inference.alpha)))
        }
        for c in one.segmentValues.indices {
            #expect(Set(one.segmentValues[c]) == Set(two.segmentValues[c]))
            for (slot, value) in one.segmentValues[c].enumerated() {
                let other = two.segmentValues[c].firstIndex(of: value)!
                #expect(one.segmentN[c][slot] == two.segmentN[c][other])
            }
        }
        let a = Aggregation(survey: wave.table.survey, sums: one.questions)
        let b = Aggregation(survey: wave.table.survey, sums: two.questions)
        #expect(close(a.index, b.index) && close(a.rate, b.rate))
        #expect(Set(one.surveyorScore.keys) == Set(two.surveyorScore.keys))
    }

    @Test func validityInTwoHalvesEqualsOnePass() throws {
        let wave = try Self.sampleWave()
        // The wave's own roster has given up its household set; read it again with it.
        let roster = try RosterReader.summary(path: Self.sampleData + "/roster.csv", survey: wave.table.survey)
        let context = Validity.Context(roster: roster, sample: wave.sample)
        let one = Validity(table: wave.table, context: context, parallelFrom: .max)
        let two = Validity(table: wave.table, context: context, parallelFrom: 2)
        #expect(one.reasons == two.reasons)
        #expect(one.invalidCount == 22)  // the sample company's wave: docs and scripts/demo
        #expect(one.reasons.contains { $0.contains(.duplicateUnit) })
        // The households split in two shares by hash: disjoint, together every repeated household.
        let whole = Validity.repeatedUnits(wave.table, part: 0, of: 1)
        let halves = (0..<2).map { Validity.repeatedUnits(wave.table, part: $0, of: 2) }
        #expect(whole.count > 0 && halves[0].count + halves[1].count == whole.count)
        for r in wave.table.records where whole.contains(UnitKey(rawValue: r.unitKey)) {
            #expect(halves[Validity.share(r.unitKey, 2)].contains(UnitKey(rawValue: r.unitKey)))
        }
    }

    @Test func repeatedFormIDsInTwoSharesEqualOnePass() throws {
        var wave = try Self.sampleWave()
        // Two forms given the id of a third: their hashes repeat in whichever share they fall.
        wave.table.records[5].form = wave.table.records[3].form
        wave.table.records[9].form = wave.table.records[3].form
        let whole = CheckReport.repeatedFormHashes(wave.table, part: 0, of: 1)
        let halves = CheckReport.repeatedFormHashes(wave.table, part: 0, of: 2).union(CheckReport.repeatedFormHashes(wave.table, part: 1, of: 2))
        #expect(!whole.isEmpty && whole == halves)
    }
}
