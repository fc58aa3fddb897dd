import Foundation
import Testing

@testable import CSatCore

/// The scoring pass keeps some sums in a form other than the figures use (Σw per answer for
/// segments, integer code sums for Cronbach's alpha, moments merged from the projects'); these
/// check each against the sums made the plain way, form by form, on the sample company's wave.
struct FormPassTests {
    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * max(1, abs(a)) }

    @Test func segmentSumsEqualTheFormByFormSums() throws {
        let wave = try ParallelSumsTests.sampleWave()
        let table = wave.table, survey = table.survey
        let plan = ScoringPlan(survey), K = table.closedCount
        #expect(!survey.segments.isEmpty)
        // One pass, and two halves whose segment values meet in different orders.
        for parallelFrom in [Int.max, 2] {
            let sums = WaveSums(
                table: table, validity: wave.validity, roster: wave.roster, mode: .population, parallelFrom: parallelFrom)
            checkSegments(wave, sums, plan, K)
        }
    }

    /// Each segment value's question sums against Σw, Σw·x, Σw·[x ≥ satisfiedFrom] summed form by form.
    func checkSegments(_ wave: Wave, _ sums: WaveSums, _ plan: ScoringPlan, _ K: Int) {
        let table = wave.table
        for (c, name) in table.survey.segments.enumerated() {
            let column = SegmentColumn(name, table: table)
            var expected: [Int32: [SegmentSums]] = [:]
            for f in 0..<table.count where wave.validity.isValid(f) {
                let r = table.records[f], w = sums.weight(r.project)
                var row = expected[column.value(r, f, table)] ?? Array(repeating: SegmentSums(), count: K)
                for k in 0..<K {
                    guard let x = AnswerCode.value(table.answer(f, k), scale: plan.scales[k]) else { continue }
                    row[k].weight += w
                    row[k].weightedValue += w * Double(x)
                    row[k].weightedSatisfied += x >= plan.scales[k].satisfiedFrom ? w : 0
                    row[k].count += 1
                }
                expected[column.value(r, f, table)] = row
            }
            #expect(Set(sums.segmentValues[c]) == Set(expected.keys))
            for (slot, value) in sums.segmentValues[c].enumerated() {
                for k in 0..<K {
                    let got = sums.segmentFlat[c][slot * K + k], want = expected[value]![k]
                    #expect(got.count == want.count)
                    #expect(Self.close(got.weight, want.weight) && Self.close(got.weightedValue, want.weightedValue))
                    #expect(Self.close(got.weightedSatisfied, want.weightedSatisfied))
                }
            }
        }
    }

    @Test func alphaFromCodeSumsEqualsStreamedItemScores() throws {
        let wave = try ParallelSumsTests.sampleWave()
        let table = wave.table
        let plan = ScoringPlan(table.survey)
        for parallelFrom in [Int.max, 2] {
            let sums = WaveSums(
                table: table, validity: wave.validity, roster: wave.roster, mode: .population,
                parallelFrom: parallelFrom)
            for (d, items) in plan.driverItems.enumerated() where items.count >= 2 {
                var streamed = CrossProducts(dimension: items.count)
                for f in 0..<table.count where wave.validity.isValid(f) {
                    let x = items.map { AnswerCode.value(table.answer(f, $0.k), scale: $0.scale) }
                    if x.contains(nil) { continue }
                    streamed.add(zip(items, x).map { $0.scale.score($1!) })
                }
                let got = try #require(sums.alphaItems[d])
                #expect(got.count == streamed.count && got.count > 2)
                for i in items.indices {
                    #expect(Self.close(got.means[i], streamed.means[i]))
                    for j in items.indices { #expect(Self.close(got.comoment(i, j), streamed.comoment(i, j))) }
                }
                #expect(Self.close(Inference.alpha(got)!, Inference.alpha(streamed)!))
            }
        }
    }

    @Test func waveMomentsMergedFromProjectsEqualStreamed() throws {
        let wave = try ParallelSumsTests.sampleWave()
        let table = wave.table, D = table.survey.drivers.count
        let sums = WaveSums(
            table: table, validity: wave.validity, roster: wave.roster, mode: .population, parallelFrom: .max)
        let plan = PassPlan(ScoringPlan(table.survey), table: table)
        var score = RunningMoments(), share = RunningMoments()
        var driverScore = [RunningMoments](repeating: RunningMoments(), count: D), driverShare = driverScore
        var drivers = [PassPlan.DriverScore](repeating: .init(), count: D)
        plan.tables { t in
            table.answers.withUnsafeBufferPointer { answers in
                drivers.withUnsafeMutableBufferPointer { drivers in
                    for f in 0..<table.count where wave.validity.isValid(f) {
                        let codes = answers.baseAddress! + f * table.closedCount
                        if let s = plan.respondent(codes, t, drivers.baseAddress!) {
                            score.add(s.score)
                            share.add(s.share)
                        }
                        for d in 0..<D where drivers[d].answered {
                            driverScore[d].add(drivers[d].score)
                            driverShare[d].add(drivers[d].share)
                        }
                    }
                }
            }
        }
        func same(_ a: RunningMoments, _ b: RunningMoments) -> Bool {
            a.count == b.count && Self.close(a.mean, b.mean) && Self.close(a.m2, b.m2)
        }
        #expect(score.count == sums.n && score.count > 2)
        #expect(same(sums.scoreMoments, score) && same(sums.shareMoments, share))
        for d in 0..<D {
            #expect(same(sums.driverScoreMoments[d], driverScore[d]) && same(sums.driverShareMoments[d], driverShare[d]))
        }
    }

    @Test func pairMomentsAreCrossProductsOfTwo() {
        let x: [Double] = [3.1, 4.7, 2.2, 5.9, 4.4, 3.8, 6.1, 2.9, 100, 99.5]
        let y: [Double] = [10.2, 13.9, 8.1, 17.5, 12.2, 12.9, 18.8, 9.7, 100, 100]
        var pair = PairMoments(), first = PairMoments(), second = PairMoments()
        var reference = CrossProducts(dimension: 2)
        for (i, (a, b)) in zip(x, y).enumerated() {
            pair.add(a, b)
            if i < 4 { first.add(a, b) } else { second.add(a, b) }
            reference.add([a, b])
        }
        first.merge(second)
        for p in [pair, first] {
            let c = p.crossProducts
            #expect(c.count == reference.count)
            #expect(Self.close(c.means[0], reference.means[0]) && Self.close(c.means[1], reference.means[1]))
            for i in 0..<2 {
                for j in 0..<2 { #expect(Self.close(c.comoment(i, j), reference.comoment(i, j))) }
            }
        }
        // The upper triangle serves both orders.
        #expect(reference.comoment(0, 1) == reference.comoment(1, 0))
        #expect(Self.close(Pearson.r(pair.crossProducts, 0, 1)!, Pearson.r(reference, 1, 0)!))
    }
}
