import CSatCore
import Foundation
import Testing

@testable import CSatXLSX

/// The exporter in-process: sheets and their order, the Data sheet's split,
/// byte-identical output, and the atomic write (a failed save leaves nothing).
@Suite struct WorkbookTests {
    @Test func sheetsAreInSpecOrderInTheReportLanguage() throws {
        for (language, names) in [
            ("zh", ["摘要", "驱动因素", "题目", "细分", "样本覆盖", "无效问卷", "意见建议", "数据", "方法说明"]),
            ("en", ["Summary", "Drivers", "Questions", "Segments", "Coverage", "Invalid forms", "Comments", "Data", "Method"]),
        ] {
            let path = try Sample.scratch() + "/w.xlsx"
            try WorkbookExporter.write(try Sample.model(language: language), to: path, includeData: true)
            guard let sheets = Sample.sheetNames(path) else { return }  // no unzip: nothing more to look at
            #expect(sheets == names)
        }
    }

    @Test func withoutTheDataSheet() throws {
        let path = try Sample.scratch() + "/w.xlsx"
        try WorkbookExporter.write(try Sample.model(language: "en"), to: path, includeData: false)
        guard let sheets = Sample.sheetNames(path) else { return }
        #expect(!sheets.contains("Data"))
        #expect(sheets.count == 8)
    }

    /// Past the row limit the data continues on "数据 (2)", … each with its header; every valid form once.
    @Test func dataContinuesOnNumberedSheets() throws {
        let model = try Sample.model()
        let path = try Sample.scratch() + "/w.xlsx"
        try WorkbookExporter.write(model, to: path, includeData: true, rowsPerDataSheet: 100)
        let parts = DataSheet.sheetCount(forms: model.data.count, rowsPerSheet: 100)
        #expect(parts == (model.data.count + 99) / 100 && parts > 1)
        guard let sheets = Sample.sheetNames(path) else { return }
        #expect(Array(sheets[7..<(7 + parts)]) == (1...parts).map { DataSheet.sheetName("数据", part: $0) })
        #expect(sheets.last == "方法说明")
        var rows = 0
        for k in 0..<parts {
            let xml = try #require(Sample.part("xl/worksheets/sheet\(8 + k).xml", of: path))
            let count = xml.components(separatedBy: "<row ").count - 1
            #expect(count <= 101)
            #expect(xml.contains("问卷编号"))  // the header row, written inline in constant-memory mode
            rows += count - 1
        }
        #expect(rows == model.data.count)
    }

    @Test func theSameModelGivesTheSameBytes() throws {
        let model = try Sample.model()
        let dir = try Sample.scratch()
        try WorkbookExporter.write(model, to: dir + "/a.xlsx", includeData: true)
        try WorkbookExporter.write(model, to: dir + "/b.xlsx", includeData: true)
        let a = try Data(contentsOf: URL(fileURLWithPath: dir + "/a.xlsx"))
        let b = try Data(contentsOf: URL(fileURLWithPath: dir + "/b.xlsx"))
        #expect(a == b)
        let core = Sample.part("docProps/core.xml", of: dir + "/a.xlsx")
        #expect(core == nil || core!.contains("2026-06-30T00:00:00Z"))
    }

    /// `&` starts a header/footer code: the survey's own `&` is doubled, the page fields are Excel's.
    @Test func theFooterNamesTheSurveyAndThePage() throws {
        var model = try Sample.model(language: "en", previous: false)
        model.title = "A&B survey"
        var footer = ""
        try WorkbookHandle.write(to: try Sample.scratch() + "/f.xlsx") { wb throws(WorkbookFailure) in
            footer = SheetContext(model: model, workbook: wb).footer
            _ = try wb.addSheet("s")
        }
        #expect(footer == "&LA&&B survey · 2026H1&RPage &P of &N")
    }

    @Test func aMissingFolderFailsWithoutAFile() throws {
        let dir = try Sample.scratch()
        let path = dir + "/missing/w.xlsx"
        #expect(throws: InputError.self) { try WorkbookExporter.write(try Sample.model(), to: path, includeData: false) }
        #expect(!FileManager.default.fileExists(atPath: dir + "/missing"))
    }

    /// The target is a directory: saving works, the rename fails; the directory stays and no temporary file is left.
    @Test func aDirectoryInTheWayIsAnErrorAndNothingIsLeft() throws {
        let dir = try Sample.scratch()
        try FileManager.default.createDirectory(atPath: dir + "/w.xlsx", withIntermediateDirectories: false)
        do {
            try WorkbookExporter.write(try Sample.model(), to: dir + "/w.xlsx", includeData: false)
            Issue.record("expected an error")
        } catch let error as InputError {
            #expect(error.file == dir + "/w.xlsx")
        }
        var isDir: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: dir + "/w.xlsx", isDirectory: &isDir) && isDir.boolValue)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["w.xlsx"])
    }

    /// A failure while building (here: a sheet name Excel refuses) leaves the old file as it was.
    @Test func aFailedBuildKeepsTheOldFile() throws {
        let dir = try Sample.scratch()
        let path = dir + "/w.xlsx"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        do {
            try WorkbookHandle.write(to: path) { wb throws(WorkbookFailure) in
                _ = try wb.addSheet("ok")
                _ = try wb.addSheet("bad/name")
            }
            Issue.record("expected an error")
        } catch {
            #expect(error.message.en.contains("bad/name"))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["w.xlsx"])
    }
}
