import Foundation
import Testing

/// Rosters under their own headers, end to end (docs/DEFINITION.md "Roster columns"):
/// Chinese headers and 是/否, or headers mapped by `rosterColumns`, give the same
/// sample and the same coverage as csat's own role names and 1/0.
@Suite struct RosterColumnsTests {
    static let data = CLI.packageRoot.appendingPathComponent("sample-data")
    static var english: String {
        get throws { try String(contentsOf: data.appendingPathComponent("roster.csv"), encoding: .utf8) }
    }

    /// The sample-data roster with other headers and other vacant words.
    static func renamed(header: String, vacant: String, occupied: String) throws -> String {
        var lines = try english.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "project,unit,building,propertyType,customerType,vacant,area")
        lines[0] = header
        for i in 1..<lines.count where !lines[i].isEmpty {
            var cells = lines[i].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            cells[5] = cells[5] == "1" ? vacant : occupied
            lines[i] = cells.joined(separator: ",")
        }
        return lines.joined(separator: "\n")
    }

    static let chinese = "项目,房号,楼栋,物业类型,客户类型,是否空置,面积"

    /// project, stratum, unit, role, order of every row of a list.
    static func drawn(_ name: String, in dir: URL) throws -> [String] {
        let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).map {
            $0.split(separator: ",", omittingEmptySubsequences: false).prefix(5).joined(separator: ",")
        }
    }

    static func write(_ text: String, _ name: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    static func sample(_ roster: String, _ out: String, in dir: URL, survey: [String] = []) throws -> CLI.Result {
        try CLI.run(["sample", "--roster", roster, "--seed", "2026H1-王", "--min", "5", "-o", out] + survey, in: dir)
    }

    @Test func chineseHeadersAndYesNoDrawTheSameSampleNeverAVacantHome() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.write(try Self.english, "en.csv", in: dir)
        try Self.write(try Self.renamed(header: Self.chinese, vacant: "是", occupied: "否"), "zh.csv", in: dir)
        let en = try Self.sample("en.csv", "en-list.csv", in: dir)
        let zh = try Self.sample("zh.csv", "zh-list.csv", in: dir)
        #expect(en.status == 0 && zh.status == 0, "\(en.stderr)\(zh.stderr)")
        #expect(zh.stdout.contains("vacant: read from the column \"是否空置\""))
        #expect(en.stdout.contains("vacant: read from the column \"vacant\""))
        let list = try Self.drawn("zh-list.csv", in: dir)
        #expect(list.count > 100)
        #expect(list == (try Self.drawn("en-list.csv", in: dir)))
        let vacant = Set(
            try Self.english.split(separator: "\n").dropFirst().filter { $0.split(separator: ",")[5] == "1" }.map {
                let c = $0.split(separator: ","); return "\(c[0]),\(c[1])"
            })
        #expect(vacant.count == 17)
        for row in list.dropFirst() {
            let c = row.split(separator: ",", omittingEmptySubsequences: false)
            #expect(!vacant.contains("\(c[0]),\(c[2])"), "vacant \(row) drawn")
        }
        let manifest = try String(contentsOf: dir.appendingPathComponent("zh-list.manifest.json"), encoding: .utf8)
        #expect(manifest.contains(#""unit": "房号""#) && manifest.contains(#""vacant": "是否空置""#))
        let verify = try CLI.run(["sample", "--verify", "zh-list.csv", "--roster", "zh.csv"], in: dir)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }

    @Test func checkWithAChineseRosterGivesTheSameCoverage() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.write(try Self.renamed(header: Self.chinese, vacant: "空置", occupied: "自住"), "zh.csv", in: dir)
        let wave = try FileManager.default.contentsOfDirectory(atPath: Self.data.appendingPathComponent("wave-2026H1").path)
            .filter { $0.hasSuffix(".csv") || $0.hasSuffix(".json") }.sorted().map { Self.data.path + "/wave-2026H1/" + $0 }
        func coverage(_ roster: String) throws -> Any? {
            let r = try CLI.run(
                [
                    "check", "--json", "--survey", Self.data.path + "/survey.json", "--roster", roster, "--sample",
                    Self.data.path + "/sample.csv",
                ] + wave, in: dir)
            let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
            return json?["coverage"]
        }
        let today = try coverage(Self.data.path + "/roster.csv")
        let zh = try coverage("zh.csv")
        #expect(today != nil)
        #expect((today as? NSArray)?.isEqual(zh as? NSArray) == true, "\(String(describing: zh))")
    }

    @Test func rosterColumnsMapOddHeadersAndAMissingOneStopsWithAHint() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        var survey = try String(contentsOf: Self.data.appendingPathComponent("survey.json"), encoding: .utf8)
        survey = survey.replacingOccurrences(
            of: #""columns": {"#,
            with: #""rosterColumns": {"project": "园区", "unit": "门牌", "building": "幢", "vacant": "房屋状态"}, "columns": {"#)
        try Self.write(survey, "survey.json", in: dir)
        try Self.write(try Self.english, "en.csv", in: dir)
        try Self.write(try Self.renamed(header: "园区,门牌,幢,物业类型,客户类型,房屋状态,面积", vacant: "空置", occupied: "出租"), "odd.csv", in: dir)
        let en = try Self.sample("en.csv", "en-list.csv", in: dir)
        let odd = try Self.sample("odd.csv", "odd-list.csv", in: dir, survey: ["--survey", "survey.json"])
        #expect(en.status == 0 && odd.status == 0, "\(en.stderr)\(odd.stderr)")
        // The plan is in the survey's language (zh).
        #expect(odd.stdout.contains("空置：取自列 \"房屋状态\""), "\(odd.stdout)")
        #expect(try Self.drawn("odd-list.csv", in: dir) == (try Self.drawn("en-list.csv", in: dir)))

        try Self.write(try Self.renamed(header: "园区,门牌号,幢,物业类型,客户类型,房屋状态,面积", vacant: "空置", occupied: "出租"), "bad.csv", in: dir)
        let bad = try Self.sample("bad.csv", "bad-list.csv", in: dir, survey: ["--survey", "survey.json"])
        #expect(bad.status == 2)
        #expect(
            bad.stderr.contains(
                "bad.csv:1: the survey's rosterColumns maps unit to \"门牌\", but the roster has no such column (it has 园区, 门牌号, 幢, 物业类型, 客户类型, 房屋状态, 面积); did you mean \"门牌号\"?"
            ), "\(bad.stderr)")
        let check = try CLI.run(
            ["check", "--survey", "survey.json", "--roster", "bad.csv", Self.data.path + "/wave-2026H1/锦程花园.csv"], in: dir)
        #expect(check.status == 2 && check.stderr.contains("did you mean \"门牌号\"?"), "\(check.stderr)")
    }

    @Test func noVacantColumnIsSaidInThePlan() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.write("项目,房号,楼栋\n甲苑,1-101,1号楼\n甲苑,1-102,1号楼\n", "r.csv", in: dir)
        let r = try Self.sample("r.csv", "s.csv", in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("vacant: no vacant column in the roster (looked for vacant, 是否空置, 空置, 空置房)"))
    }
}
