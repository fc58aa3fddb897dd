import Foundation
import Testing

/// Workbooks as they arrive (`Fixtures/clerk/make_clerk.py`, XlsxWriter): a clerk's data-entry workbook
/// (instructions sheet first, a merged title and a date line above the header, 项目 merged down the
/// rows, formulas, real date cells, an #N/A cell) and a roster with Chinese headers under a title.
/// Each must read exactly as the plain CSV made from the same values.
@Suite struct XLSXImportTests {
    static let root = CLI.packageRoot
    static let fixtures = root.appendingPathComponent("Tests/CSatCLITests/Fixtures/clerk")
    static let survey = root.appendingPathComponent("sample-data/survey.json").path
    static func path(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    static func json(_ args: [String]) throws -> [String: Any] {
        let r = try CLI.run(args, in: root)
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    /// The same JSON value (compared as sorted-key JSON text).
    static func same(_ a: Any?, _ b: Any?) -> Bool {
        guard let a, let b else { return false }
        let o: JSONSerialization.WritingOptions = [.sortedKeys, .fragmentsAllowed]
        return (try? JSONSerialization.data(withJSONObject: a, options: o)) == (try? JSONSerialization.data(withJSONObject: b, options: o))
    }

    @Test func aClerksWorkbookScoresAsItsCSV() throws {
        let csv = try Self.json(["score", "--json", "--survey", Self.survey, Self.path("forms.csv")])
        let xlsx = try Self.json(["score", "--json", "--survey", Self.survey, Self.path("clerk.xlsx")])
        for key in ["forms", "overall", "drivers", "questions"] {
            #expect(csv[key] != nil && Self.same(csv[key], xlsx[key]), "\(key)")
        }
        // 40 forms; the source file's 6 invalid ones plus form 7, whose q3 cell is #N/A.
        let forms = try #require(xlsx["forms"] as? [String: Any])
        #expect(forms["read"] as? Int == 40)
        #expect(forms["valid"] as? Int == 33)
    }

    @Test func anErrorCellIsABadAnswerNamedByItsCell() throws {
        let check = try Self.json(["check", "--json", "--survey", Self.survey, Self.path("clerk.xlsx")])
        let invalid = try #require(check["invalidForms"] as? [[String: Any]])
        let seventh = try #require(invalid.first { $0["form"] as? String == "HY2606-007" })
        #expect(seventh["location"] as? String == Self.path("clerk.xlsx") + "[录入] row 10" || (seventh["location"] as? String)?.hasSuffix("clerk.xlsx[录入] row 10") == true)
        let detail = try #require((seventh["details"] as? [[String: Any]])?.first)
        // q3 is the 16th column (P) of the header; form 7 is on row 3 + 7 = 10 (title, date line, header above).
        #expect(detail["value"] as? String == "#N/A")
        #expect(detail["cell"] as? String == "P10")
        #expect(detail["columnNumber"] as? Int == 16)
        let text = try CLI.run(["check", "--survey", Self.survey, Self.path("clerk.xlsx")], in: Self.root)
        #expect(text.stdout.contains("[XLSX，工作表 录入]"))
        // The form's place in the zh text report; check --json above keeps "row 10" for scripts.
        #expect(text.stdout.contains("clerk.xlsx[录入] 第10行"), "\(text.stdout)")  // the text report is in the survey's language (zh)
        #expect(text.stdout.contains("\"#N/A\"（单元格 P10：客服电话的接通与答复速度）"), "\(text.stdout)")
    }

    @Test func aRosterWorkbookGivesTheSameCoverageAndSample() throws {
        func coverage(_ roster: String) throws -> Any? {
            try Self.json(["check", "--json", "--survey", Self.survey, "--roster", roster, Self.path("forms.csv")])["coverage"]
        }
        let csv = try coverage(Self.path("roster.csv"))
        #expect((csv as? [Any])?.count == 4)
        #expect(Self.same(csv, try coverage(Self.path("roster.xlsx"))))

        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (roster, out) in [("roster.csv", "a.csv"), ("roster.xlsx", "b.csv")] {
            let r = try CLI.run(["sample", "--roster", Self.path(roster), "--seed", "2026H2", "--min", "5", "-o", out], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
        }
        func units(_ name: String) throws -> [Substring] {
            try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst().map {
                $0.split(separator: ",", omittingEmptySubsequences: false).prefix(5).joined(separator: ",")[...]
            }
        }
        let a = try units("a.csv")
        #expect(a.count == 266)  // 241 drawn + 25 reserves (the plan sample prints for this roster)
        #expect(a == (try units("b.csv")))
        let verify = try CLI.run(["sample", "--verify", "b.csv", "--roster", Self.path("roster.xlsx")], in: dir)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }

    @Test func workbooksCsatCannotReadStopWithWhatToDo() throws {
        let hostile = Self.root.appendingPathComponent("Tests/CSatCoreTests/Fixtures/xlsx")
        let cases: [(String, String)] = [
            (Self.path("clerk.xlsx") + ":汇总", "has no sheet \"汇总\"; its sheets are \"填表说明\", \"录入\""),
            (hostile.appendingPathComponent("hostile-old.xls").path, "Excel Workbook (*.xlsx)"),
            (hostile.appendingPathComponent("hostile-old-renamed.xlsx").path, "old-format Excel workbook"),
            (hostile.appendingPathComponent("hostile-encrypted.xlsx").path, "encrypted with a password"),
            (hostile.appendingPathComponent("hostile-zipcrypto.xlsx").path, "protected by a password"),
            (hostile.appendingPathComponent("hostile-truncated.xlsx").path, "damaged or cut off"),
            (hostile.appendingPathComponent("hostile-text.xlsx").path, "not a zip archive"),
            (hostile.appendingPathComponent("hostile-xxe.xlsx").path, "DOCTYPE"),
        ]
        for (file, message) in cases {
            let r = try CLI.run(["check", "--survey", Self.survey, file], in: Self.root)
            #expect(r.status == 2, "\(file)")
            #expect(r.stderr.contains(message), "\(file): \(r.stderr)")
            #expect(!r.stderr.contains("root:x"), "\(file)")
        }
    }
}
