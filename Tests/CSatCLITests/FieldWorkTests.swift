import Foundation
import Testing

/// The paper workflow run as the field team would: `csat entry`'s workbook typed with openpyxl
/// from the sample wave's forms (Tests/oracle/fill_entry.py, which reads the forms files with
/// Python's own csv and json), then `csat check` on it against `csat check` on the forms files.
@Suite struct FieldWorkTests {
    static let openpyxl = ReportXLSXTests.openpyxlAvailable
    static let python = CLI.pythonCan("import zipfile", else: "python3 not found; the printed workbook's layout is not checked")

    struct Checked {
        var json: [String: Any]
        var invalid: [[String: Any]] { json["invalidForms"] as? [[String: Any]] ?? [] }
        var forms: [String: Any] { json["forms"] as? [String: Any] ?? [:] }
        var warnings: [String] { json["warnings"] as? [String] ?? [] }
        func coverage(_ project: String) -> [String: Any]? {
            (json["coverage"] as? [[String: Any]])?.first { $0["project"] as? String == project }
        }
    }

    static func check(_ args: [String], in dir: URL) throws -> Checked {
        let r = try CLI.run(["check", "--json", "--lang", "en"] + args, in: dir)
        #expect(r.status == 0 || r.status == 1, "\(r.stderr)")
        return Checked(json: try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]))
    }

    /// The entry workbook for sample-data's list, typed from the wave: (definition and list arguments, fill's JSON).
    static func typed(in dir: URL, slips: Bool) throws -> (inputs: [String], forms: [String], fill: [String: Any]) {
        let wave = try GoldenTests.wave(in: dir)
        let inputs = Array(wave.prefix(6)), forms = Array(wave.dropFirst(6))
        let e = try CLI.run(
            ["entry", "--survey", "sample-data/survey.json", "--sample", "sample-data/sample.csv", "-o", "entry.xlsx"], in: dir)
        #expect(e.status == 0, "\(e.stderr)")
        let extra = slips ? ["--slips=sample-data/sample.csv"] : []
        let p = try CLI.python("fill_entry.py", ["sample-data/survey.json", "entry.xlsx", "typed.xlsx"] + extra + forms, in: dir)
        try #require(p.status == 0, "\(p.stderr)")
        return (inputs, forms, try #require(try JSONSerialization.jsonObject(with: p.stdout) as? [String: Any]))
    }

    static func row(_ form: [String: Any]) -> String? {
        guard let loc = form["location"] as? String, let r = loc.range(of: "[录入] row ") else { return nil }
        return String(loc[r.upperBound...])
    }

    @Test func theTypedWorkbookGivesTheWavesValidAndInvalidForms() throws {
        guard Self.openpyxl else { return }
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (inputs, forms, fill) = try Self.typed(in: dir, slips: false)
        let csv = try Self.check(inputs + forms, in: dir)
        let typed = try Self.check(inputs + ["typed.xlsx"], in: dir)
        let rows = try #require(fill["rows"] as? [String: String])
        let noPrintedID = Set((fill["noPrintedID"] as? [Int] ?? []).map(String.init))
        // Every form of the wave was typed once, and check reads as many as from the forms files.
        #expect(rows.count == csv.forms["read"] as? Int)
        for key in ["read", "valid", "invalid"] {
            #expect(typed.forms[key] as? Int == csv.forms[key] as? Int, "\(key): \(typed.forms) vs \(csv.forms)")
        }
        // Each invalid form, found by its row, has the wave form's reasons; a form typed into a spare row
        // without a printed id (a unit outside the list) has unknown_form besides.
        var byID: [String: [String]] = [:]
        for f in csv.invalid { byID[f["form"] as! String] = f["reasons"] as? [String] }
        var seen: Set<String> = []
        for f in typed.invalid {
            let r = try #require(Self.row(f), "\(f)")
            let source = try #require(rows[r], "row \(r)")
            seen.insert(source)
            var reasons = f["reasons"] as? [String] ?? []
            if noPrintedID.contains(r) {
                #expect(reasons.last == "unknown_form", "\(f)")
                reasons.removeAll { $0 == "unknown_form" }
            }
            #expect(reasons == byID[source], "row \(r) (\(source)): \(reasons) vs \(byID[source] ?? [])")
        }
        #expect(seen == Set(byID.keys))
        // The households whose forms did not come back are counted, not judged.
        let untyped = try #require(fill["notTyped"] as? Int)
        #expect(untyped > 0)
        #expect(
            typed.warnings.contains("typed.xlsx: \(untyped) rows hold only the prefilled household and nothing typed; "
                + "counted as not returned (not as invalid forms)"), "\(typed.warnings)")
        #expect(!typed.warnings.contains { $0.hasPrefix("form ids used more than once") }, "\(typed.warnings)")
    }

    @Test func aFormInTheWrongRowAndAnIDCsatDidNotPrint() throws {
        guard Self.openpyxl else { return }
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (inputs, forms, fill) = try Self.typed(in: dir, slips: true)
        let csv = try Self.check(inputs + forms, in: dir)
        let typed = try Self.check(inputs + ["typed.xlsx"], in: dir)
        let slips = try #require(fill["slips"] as? [String: Any])
        let wrong = String(try #require(slips["wrong_household"] as? Int))
        let unknown = try #require(slips["unknown_form"] as? [Int]).map(String.init)
        var reasons: [String: [String]] = [:]
        for f in typed.invalid { reasons[Self.row(f) ?? ""] = f["reasons"] as? [String] }
        #expect(reasons[wrong]?.contains("wrong_household") == true, "\(reasons[wrong] ?? [])")
        for r in unknown { #expect(reasons[r]?.contains("unknown_form") == true, "row \(r): \(reasons[r] ?? [])") }
        // The three slipped rows were valid forms in the wave: three fewer valid, three more invalid.
        #expect(typed.forms["valid"] as? Int == (csv.forms["valid"] as! Int) - 3)
        let counts = try #require(typed.forms["reasons"] as? [String: Int])
        #expect(counts["wrong_household"] == 1)
        // The hand-out rate from 已发放: every household ticked but the unticked rows (forms that did not come back).
        let project = try #require(fill["untickedProject"] as? String)
        let unticked = try #require(fill["untickedRows"] as? [Int]).count
        #expect(unticked > 0)
        for row in (typed.json["coverage"] as? [[String: Any]] ?? []) where row["sampled"] is Int {
            let sampled = row["sampled"] as! Int
            let expected = row["project"] as? String == project ? sampled - unticked : sampled
            #expect(row["handedOut"] as? Int == expected, "\(row)")
        }
    }

    @Test func entryRefusesToOverwriteAndNeedsAWorkbookName() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try GoldenTests.wave(in: dir)
        let args = ["entry", "--survey", "sample-data/survey.json", "--sample", "sample-data/sample.csv", "--lang", "en"]
        #expect(try CLI.run(args + ["-o", "e.xlsx"], in: dir).status == 0)
        let again = try CLI.run(args + ["-o", "e.xlsx"], in: dir)
        #expect(again.status == 2)
        #expect(again.stderr.contains("e.xlsx: already exists; it may hold typed forms"), "\(again.stderr)")
        #expect(try CLI.run(args + ["-o", "e.xlsx", "--force"], in: dir).status == 0)
        let csv = try CLI.run(args + ["-o", "e.csv"], in: dir)
        #expect(csv.status == 2 && csv.stderr.contains("the output must be an .xlsx workbook"), "\(csv.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("e.csv").path))
    }

    /// `csat print`'s workbook read back by Python (Tests/oracle/print_layout.py works out the
    /// households and their form ids from the sample list itself): one block per household, a page
    /// break between blocks, each block shorter than an A4 page after the print scale.
    /// Printed through LibreOffice this gave 274 pages: 7 of hand-out lists, 267 questionnaires (docs/FIELDWORK.md).
    @Test func thePrintedWorkbookGivesOnePagePerHousehold() throws {
        guard Self.python else { return }
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try GoldenTests.wave(in: dir)
        let r = try CLI.run(
            ["print", "--survey", "sample-data/survey.json", "--sample", "sample-data/sample.csv", "-o", "q.xlsx"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let p = try CLI.python("print_layout.py", ["sample-data/sample.csv", "q.xlsx"], in: dir)
        try #require(p.status == 0, "\(p.stderr)")
        let layout = try #require(try JSONSerialization.jsonObject(with: p.stdout) as? [String: Any])
        let expected = try #require(layout["expected"] as? [String: Int])
        let sheets = try #require(layout["sheets"] as? [[String: Any]])
        #expect(Set(sheets.compactMap { $0["name"] as? String }) == Set(expected.keys))
        // sample-data: 252 drawn households and 15 reserves that replaced one.
        #expect(expected.values.reduce(0, +) == 267)
        for s in sheets {
            let n = try #require(expected[s["name"] as! String])
            #expect(s["blocks"] as? Int == n && s["ids"] as? Int == n, "\(s)")
            #expect(s["breaks"] as? Int == n - 1 && s["breaksBetweenBlocks"] as? Bool == true, "\(s)")
            #expect(s["idsAsExpected"] as? Bool == true && s["portraitA4"] as? Bool == true, "\(s)")
            // A4 is 842 points high; the margins are 0.5 inch (36 points) at top and bottom.
            #expect((s["tallestPoints"] as? Double ?? 999) <= 842 - 72, "\(s)")
            #expect(s["printAreaLastRow"] as? Int == s["maxRow"] as? Int)
        }
        // Four projects and no surveyor column: four rounds, each list on its own page.
        #expect((layout["cover"] as? [String: Any])?["breaks"] as? Int == 3)
        #expect(r.stderr.contains("267"), "\(r.stderr)")
    }

    /// `--reserves` gives every row of the list a row (sample-data: 252 drawn and 24 reserves), and `--lang en`
    /// names the sheets, the two entry columns and the question numbers in English; read back with openpyxl.
    @Test func theEnglishWorkbookWithEveryReserve() throws {
        guard Self.openpyxl else { return }
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try GoldenTests.wave(in: dir)
        let r = try CLI.run(
            ["entry", "--survey", "sample-data/survey.json", "--sample", "sample-data/sample.csv", "--reserves", "--lang", "en",
             "-o", "e.xlsx"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("(276 rows, one per household)"), "\(r.stderr)")
        let p = try CLI.python("sheet_texts.py", ["e.xlsx", "0"], in: dir)
        try #require(p.status == 0, "\(p.stderr)")
        let texts = try #require(try JSONSerialization.jsonObject(with: p.stdout) as? [String])
        #expect(texts.filter { $0.hasPrefix("2026H1-") }.count == 276)
        for header in ["问卷编号", "handedOut", "paperFormID", "Q1. 前台接待人员的服务态度", "Q28. 总体而言，您对物业服务是否满意？"] {
            #expect(texts.contains(header), "\(header): \(texts.prefix(50))")
        }
        let instructions = try CLI.python("sheet_texts.py", ["e.xlsx", "1"], in: dir)
        let lines = try #require(try JSONSerialization.jsonObject(with: instructions.stdout) as? [String])
        #expect(lines.contains("Written by csat entry: 276 rows, one per household of the sample list."), "\(lines)")
    }
}
