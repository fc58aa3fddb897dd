import Foundation
import Testing

@testable import CSatCore

/// `--verify`'s comparison, replacement records and the manifest round trip, on in-memory lists.
@Suite struct SamplingVerifyTests {
    typealias L = SampleVerifier.ListedRow

    static func draw() throws -> SampleDrawResult {
        var hs = SamplingFixture.block("P", "1栋", "1-", 40) + SamplingFixture.block("P", "2栋", "2-", 30)
        hs += SamplingFixture.block("O", "A", "A", 15)  // census; before P in the list
        // P: N = 70, n = 20, reserves ⌈0.3·20⌉ = 6 → 3 in 1栋, 3 in 2栋.
        return try SamplingFixture.draw(hs, seed: "v", options: SampleOptions(reserveRate: 0.3))
    }

    /// The list as csat writes it, lines from 2.
    static func listed(_ rows: [SampleRow]) -> [L] {
        rows.enumerated().map { i, r in
            L(line: i + 2, project: r.project, stratum: r.stratum, unit: r.unit, role: r.role.rawValue, order: String(r.order))
        }
    }

    @Test func untouchedListMatches() throws {
        let r = try Self.draw()
        #expect(SampleVerifier.firstDifference(expected: r.rows, listed: Self.listed(r.rows)) == nil)
    }

    @Test func resortedListStillMatches() throws {
        let r = try Self.draw()
        let shuffled = SamplingFixture.shuffled(Self.listed(r.rows), seed: 9)
        #expect(SampleVerifier.firstDifference(expected: r.rows, listed: shuffled) == nil)
    }

    @Test func oneSwappedUnitIsTheFirstDifference() throws {
        let r = try Self.draw()
        var list = Self.listed(r.rows)
        let i = try #require(list.firstIndex { $0.project == "P" && $0.role == "sample" && $0.order == "5" })
        let original = list[i].unit
        list[i].unit = "1-999"
        let diff = try #require(SampleVerifier.firstDifference(expected: r.rows, listed: list))
        #expect(diff == "line \(i + 2): sample 5 of P should be \(original) (stratum \(list[i].stratum)), the list has 1-999")
    }

    @Test func missingAndExtraRowsAreReported() throws {
        let r = try Self.draw()
        var list = Self.listed(r.rows)
        let last = list.removeLast()
        #expect(SampleVerifier.firstDifference(expected: r.rows, listed: list)?.hasPrefix("the list lacks reserve") == true)
        list.append(last)
        list.append(L(line: 999, project: "P", stratum: "2栋", unit: "2-999", role: "reserve", order: "99"))
        #expect(
            SampleVerifier.firstDifference(expected: r.rows, listed: list)?.hasPrefix("line 999: a row the draw does not have")
                == true)
        list.removeLast()
        list[0].role = "spare"
        #expect(
            SampleVerifier.firstDifference(expected: r.rows, listed: list)
                == "line 2: role must be sample or reserve, found \"spare\"")
    }

    @Test func replacementsAreCheckedButDoNotChangeTheMatch() throws {
        let r = try Self.draw()
        var list = Self.listed(r.rows)
        let sample = try #require(list.first { $0.project == "P" && $0.role == "sample" && $0.stratum == "1栋" })
        let reserves = list.indices.filter { list[$0].project == "P" && list[$0].role == "reserve" && list[$0].stratum == "1栋" }
        #expect(reserves.count >= 2)
        // The second reserve of 1栋 used while the first is not: matches, counted, flagged as out of order.
        list[reserves[1]].replaces = sample.unit
        list[reserves[1]].reason = "空置"
        #expect(SampleVerifier.firstDifference(expected: r.rows, listed: list) == nil)
        var rep = SampleVerifier.replacements(list)
        #expect(rep.count == 1 && rep.problems.isEmpty && rep.outOfOrder.count == 1)
        // No reason, and a replaced unit that is not in the sample: problems.
        list[reserves[0]].replaces = "1-999"
        rep = SampleVerifier.replacements(list)
        #expect(rep.problems.count == 2)
    }

    /// `take` every row, then whether the list is the draw in its order.
    static func inOrder(_ expected: [SampleRow], _ list: [L]) -> SampleVerifier.InOrderMatch {
        var m = SampleVerifier.InOrderMatch(expected: expected)
        for row in list { m.take(row) }
        return m
    }

    @Test func aListInItsOwnOrderIsMatchedAsItIsRead() throws {
        let r = try Self.draw()
        var list = Self.listed(r.rows)
        #expect(Self.inOrder(r.rows, list).isDraw)
        // Re-sorted, a unit changed, a row missing or added, a role in capitals left as read: read whole instead.
        #expect(!Self.inOrder(r.rows, SamplingFixture.shuffled(list, seed: 9)).isDraw)
        #expect(!Self.inOrder(r.rows, Array(list.dropLast())).isDraw)
        #expect(!Self.inOrder(r.rows, list + [list[0]]).isDraw)
        var changed = list
        changed[3].unit = "1-999"
        #expect(!Self.inOrder(r.rows, changed).isDraw)
        changed = list
        changed[3].order = "x"
        #expect(!Self.inOrder(r.rows, changed).isDraw)

        // Replacements: the same findings from the kept rows as from the whole list. 1栋's second
        // reserve replaces a 1栋 sample (out of order: the first is unused), the third one a unit
        // not in the sample, with no reason: one recorded, two problems, one note.
        let sample = try #require(list.first { $0.project == "P" && $0.role == "sample" && $0.stratum == "1栋" })
        let reserves = list.indices.filter { list[$0].project == "P" && list[$0].role == "reserve" && list[$0].stratum == "1栋" }
        list[reserves[1]].replaces = sample.unit
        list[reserves[1]].reason = "空置"
        list[reserves[2]].replaces = "1-999"
        let m = Self.inOrder(r.rows, list)
        #expect(m.isDraw)
        let kept = m.forReplacements()
        #expect(kept.count == 6 + 1)  // P's six reserves (O, a census, has none) and the one sample they name
        let rep = SampleVerifier.replacements(kept)
        #expect(rep == SampleVerifier.replacements(list))
        #expect(rep.count == 2 && rep.problems.count == 2 && rep.outOfOrder.count == 1)
    }

    @Test func manifestRoundTrip() throws {
        let r = try Self.draw()
        let inc = SampleUnitList(file: "k.csv", sha256: "ab", entries: [("P", "1-001", 2)])
        let m = SampleManifest(
            csatVersion: "0.1.0", seed: "种子 1", seedGenerated: false,
            options: SampleOptions(rate: 0.07, minCount: 5, reserveRate: 0.15), strata: ["building"],
            columns: SamplingColumns(project: "项目", unit: "房号", strata: ["楼栋"], vacant: nil),
            rosterFile: "R.csv", rosterSHA256: "00ff", include: inc, exclude: nil, listFile: "sample.csv", result: r)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csat-manifest-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try m.write(to: url.path)
        let back = try SampleManifest.read(path: url.path)
        #expect(back.seed == "种子 1" && back.options == m.options && back.columns == m.columns)
        #expect(back.include?.entries.map { "\($0.project) \($0.unit)" } == ["P 1-001"])
        #expect(back.exclude == nil && back.projects == m.projects && back.rows == r.rows.count)
        #expect(back.rosterSHA256 == "00ff" && back.strata == ["building"])
    }

    @Test func manifestPathSitsBesideTheList() {
        #expect(SampleManifest.path(forList: "out/sample.csv") == "out/sample.manifest.json")
        #expect(SampleManifest.path(forList: "样本.xlsx") == "样本.manifest.json")
        #expect(SampleManifest.path(forList: "list") == "list.manifest.json")
    }
}
