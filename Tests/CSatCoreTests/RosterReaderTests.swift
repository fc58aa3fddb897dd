import Foundation
import Testing

@testable import CSatCore

/// `RosterReader` finds repeated households only after reading; these pin that the
/// error is still the first one in the file, as when each household was checked on its line.
@Suite struct RosterReaderTests {
    static func read(_ text: String) -> Result<RosterSummary, InputError> {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csat-roster-\(UUID().uuidString).csv").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do throws(InputError) {
            return .success(try RosterReader.summary(path: path, survey: nil))
        } catch {
            return .failure(error)
        }
    }

    /// `line:column: message` of the error, or nil when the roster was read.
    static func failure(_ text: String) -> String? {
        guard case .failure(let e) = read(text) else { return nil }
        return "\(e.line ?? 0):\(e.column ?? 0): \(e.message.en)"
    }

    static let twice = "is listed twice; a roster lists each household once"

    @Test func firstRepeatedLineWins() {
        let text = "project,unit\nA,1\nA,2\nB,1\nA,1\nB,2\nB,3\nB,2\nA,2\n"
        #expect(Self.failure(text) == "5:2: household A 1 \(Self.twice)")
    }

    @Test func repeatIsFoundAfterTrimmingAndAcrossInterleavedProjects() {
        let text = "project,unit,vacant\nA,1,\nB,1,\nA,2,\nB,2,\n A ,2 ,\n"
        #expect(Self.failure(text) == "6:2: household A 2 \(Self.twice)")
    }

    @Test func earlierEmptyUnitWinsOverLaterRepeat() {
        let text = "project,unit\nA,1\nA,\nA,3\nB,1\nB,2\nA,1\n"
        #expect(Self.failure(text) == "3:2: empty unit: every household needs both")
    }

    @Test func earlierRepeatWinsOverLaterErrors() {
        #expect(Self.failure("project,unit\nA,1\nA,2\nA,1\nB,1\nB,\"2\nB,3\n") == "4:2: household A 1 \(Self.twice)")
        #expect(Self.failure("project,unit\nA,1\nA,1\n,2\n") == "3:2: household A 1 \(Self.twice)")
        #expect(Self.failure("project,unit\nA,1\nA,1\nA,3,4\n") == "3:2: household A 1 \(Self.twice)")
    }

    @Test func earlierCSVErrorWinsOverLaterRepeat() {
        let failure = Self.failure("project,unit\nA,1\nA,2,x\nA,1\n")
        #expect(failure?.hasPrefix("3:") == true)
        #expect(failure?.contains("twice") == false)
    }

    @Test func projectsCountedInFirstSeenOrderWhenInterleaved() throws {
        let text = "project,unit,vacant\nB,1,1\nA,1,0\nB,2,\nA,2,yes\nB,3,0\nC,1,\nA,3,\n"
        let summary = try Self.read(text).get()
        #expect(summary.projects.map(\.name) == ["B", "A", "C"])
        #expect(summary.projects.map(\.listed) == [3, 3, 1])
        #expect(summary.projects.map(\.vacant) == [1, 1, 0])
        #expect(summary.projectIndex == ["B": 0, "A": 1, "C": 2])
        #expect(summary.eligible("A") == 2)
        #expect(summary.units.count == 7)
        #expect(summary.contains(project: "A", unit: "3"))
        #expect(summary.contains(project: "C", unit: "1"))
        #expect(!summary.contains(project: "C", unit: "2"))
        #expect(!summary.contains(project: "A", unit: "4"))
    }

    /// Enough households for many regions and a repeat far from the first line.
    @Test func repeatInALargeRoster() {
        var rows = ["project,unit"]
        for p in 0..<40 { for u in 0..<2_000 { rows.append("P\(p),\(u)") } }
        var valid = rows
        valid.insert("P3,1999", at: 70_000)
        let broken = valid.joined(separator: "\n") + "\n"
        #expect(Self.failure(broken) == "70001:2: household P3 1999 \(Self.twice)")
        rows.append("P39,x")
        let summary = try? Self.read(rows.joined(separator: "\n")).get()
        #expect(summary?.units.count == 80_001)
        #expect(summary?.projects.count == 40)
        #expect(summary?.contains(project: "P39", unit: "x") == true)
        #expect(summary?.contains(project: "P39", unit: "y") == false)
    }
}
