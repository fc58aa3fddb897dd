import Foundation
import Testing

@testable import CSatCore

/// A forms file parsed on a second thread (`FormImporter.readAheadFrom`, `CSVReader.readAhead`)
/// gives the same forms and the same first error, at the same line and column, as one parsed on
/// the importing thread.
struct ReadAheadImportTests {
    let twin = TwinImportTests()

    /// `rows` forms after the header, cycling through the twin test's three (one with a comment
    /// that holds a quoted line break), each with its own form id and unit.
    func forms(_ rows: Int, lineEnd: String = "\r\n") -> String {
        var out = [TwinImportTests.header]
        for i in 0..<rows {
            var row = TwinImportTests.rows[i % 3]
            row[0] = "F-\(i)"
            row[2] = "\(i / 100)-\(i % 100)"
            out.append(row)
        }
        return twin.csv(out[0], Array(out.dropFirst()), ",").replacingOccurrences(of: "\r\n", with: lineEnd)
    }

    func write(_ bytes: [UInt8]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csat-ahead-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("forms.csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The file read both ways: each form's fingerprint, or the error's text.
    func both(_ bytes: [UInt8]) throws -> (plain: Result<[String], InputError>, ahead: Result<[String], InputError>) {
        let path = try write(bytes)
        let survey = try SurveyLoader.load(bytes: Array(TwinImportTests.survey.utf8), file: "s.json")
        func read(from threshold: Int) -> Result<[String], InputError> {
            var importer = FormImporter(survey: survey)
            importer.readAheadFrom = threshold
            do throws(InputError) {
                try importer.importFile(path)
                return .success(twin.fingerprint(importer.table))
            } catch {
                return .failure(error)
            }
        }
        return (read(from: .max), read(from: 0))
    }

    @Test("thousands of forms, CRLF and a quoted line break in every third: the same forms")
    func sameForms() throws {
        let (plain, ahead) = try both(Array(forms(5000).utf8))
        let forms = try plain.get()
        #expect(forms.count == 5000)
        #expect(forms[2].contains("也有换行\n第二行"))
        #expect(try ahead.get() == forms)
    }

    @Test("a BOM, LF line ends and GB18030 read ahead as read in place")
    func encodings() throws {
        let text = forms(3000, lineEnd: "\n")
        let gb = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632)))
        for bytes in [[0xEF, 0xBB, 0xBF] + Array(text.utf8), [UInt8](gb)] {
            let (plain, ahead) = try both(bytes)
            #expect(try plain.get().count == 3000)
            #expect(try ahead.get() == plain.get())
        }
    }

    @Test("a file of a header and one form, and a header alone")
    func tiny() throws {
        for rows in [0, 1] {
            let (plain, ahead) = try both(Array(forms(rows).utf8))
            #expect(try plain.get().count == rows)
            #expect(try ahead.get() == plain.get())
        }
    }

    /// `forms(5000)`: the header is line 1, form i starts on line 2 + i + i / 3 (every third
    /// form's comment takes two lines).
    static func line(ofForm i: Int) -> Int { 2 + i + i / 3 }

    @Test("a bad quote late in the file: the same error at the same line and column")
    func parseErrorLate() throws {
        var text = forms(5000)
        // Form 4000 (a one-line one) gets a bare quote inside its unit: `40"-0`.
        text = text.replacingOccurrences(of: "F-4000,锦程花园,40-0,", with: "F-4000,锦程花园,40\"-0,")
        let (plain, ahead) = try both(Array(text.utf8))
        guard case .failure(let e) = plain else { Issue.record("read a bare quote"); return }
        #expect(e.line == Self.line(ofForm: 4000))
        #expect(e.column == 15)  // `F-4000,锦程花园,40` is 14 characters
        guard case .failure(let a) = ahead else { Issue.record("read ahead past a bare quote"); return }
        #expect(a.description == e.description)
    }

    @Test("a bad date before a bad quote wins in both, and so does a bad quote before a bad date")
    func firstErrorWins() throws {
        let base = forms(5000)
        let badDate = { (t: String) in t.replacingOccurrences(of: "F-3000,锦程花园,30-0,2026-06-18", with: "F-3000,锦程花园,30-0,soon") }
        let badQuote = { (t: String, form: Int) in
            t.replacingOccurrences(of: "F-\(form),锦程花园,", with: "F-\(form),锦\"程花园,")
        }
        for (text, line) in [
            (badQuote(badDate(base), 4500), Self.line(ofForm: 3000)),
            (badQuote(badDate(base), 1500), Self.line(ofForm: 1500)),
        ] {
            let (plain, ahead) = try both(Array(text.utf8))
            guard case .failure(let e) = plain, case .failure(let a) = ahead else {
                Issue.record("read past a bad date and a bad quote")
                continue
            }
            #expect(e.line == line)
            #expect(a.description == e.description)
        }
    }

    @Test("a record with one field too many in the second half")
    func fieldCountLate() throws {
        let text = forms(5000).replacingOccurrences(of: "F-4999,", with: "F-4999,extra,")
        let (plain, ahead) = try both(Array(text.utf8))
        guard case .failure(let e) = plain, case .failure(let a) = ahead else {
            Issue.record("read a record with too many fields")
            return
        }
        #expect(e.line == Self.line(ofForm: 4999))
        #expect(a.description == e.description)
    }
}
