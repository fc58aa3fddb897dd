import Foundation
import Testing

/// `csat sample` copies the drawn households' columns from rosters whose records are not one
/// line each (pass 2 reads only the drawn records of a CSV: `CSVLineReader`).
@Suite(.serialized) struct SampleRosterShapesTests {
    /// The note of unit `u`: every third one spans lines and holds a comma and quotes.
    static func note(_ u: Int) -> String { u % 3 == 0 ? "漏水\n\"急\", 第\(u)户" : "无\(u)" }

    /// How the list (RFC 4180, `csvField`) writes that note.
    static func listed(_ u: Int) -> String {
        u % 3 == 0 ? "\"" + note(u).replacingOccurrences(of: "\"", with: "\"\"") + "\"" : note(u)
    }

    /// 锦程花园 with 90 units in 2 buildings; lines end in CRLF, every fifth in a lone CR, and a
    /// quoted note may hold a line break, so a record's line is not its index.
    static func roster() -> String {
        var text = "\u{FEFF}project,unit,building,note\r\n"
        for u in 1...90 {
            let quoted = "\"" + note(u).replacingOccurrences(of: "\"", with: "\"\"") + "\""
            text += "锦程花园,U\(u),\(u % 2 == 0 ? "1栋" : "2栋"),\(quoted)" + (u % 5 == 0 ? "\r" : "\r\n")
        }
        return text
    }

    @Test func drawnRowsKeepTheirOwnColumns() throws {
        let dir = try CLI.scratch()
        try SampleCommandTests.write(Self.roster(), "roster.csv", in: dir)
        let draw = try CLI.run(["sample", "--roster", "roster.csv", "--seed", "shapes", "-o", "sample.csv"], in: dir)
        #expect(draw.status == 0, "\(draw.stderr)")
        let list = try SampleCommandTests.read("sample.csv", in: dir)
        // rate 0.2 and min 20 of 90: 20 sampled, 2 reserves.
        var found = 0
        for u in 1...90 {
            let building = u % 2 == 0 ? "1栋" : "2栋"
            guard let start = list.range(of: "\r\n锦程花园,\(building),U\(u),") else { continue }
            found += 1
            let rest = list[start.upperBound...]
            let tail = try #require(rest.range(of: ",,,"))
            #expect(rest[tail.upperBound...].hasPrefix("\(building),\(Self.listed(u))\r\n"), "U\(u)")
        }
        #expect(found == 22)
        let ok = try CLI.run(["sample", "--verify", "sample.csv", "--roster", "roster.csv"], in: dir)
        #expect(ok.status == 0, "\(ok.stdout)\(ok.stderr)")
    }
}
