import CSatCore
import Foundation
import Testing

@testable import CSatXLSX

/// The rules every cell goes through (`SheetWriter`): text is text, line ends
/// are LF, Excel's length limit holds, NaN and infinity never reach the file;
/// and the fixed creation date.
@Suite struct CellRuleTests {
    @Test func lineEndsBecomeLFAndControlsGo() {
        #expect(SheetWriter.clean("a\r\nb\rc\nd") == "a\nb\nc\nd")
        #expect(SheetWriter.clean("x\u{0}y\u{7}z\tw") == "xyz\tw")
        #expect(SheetWriter.clean("\r\n\r\n") == "\n\n")
        #expect(SheetWriter.clean("普通文本") == "普通文本")
    }

    @Test func longTextIsCutAtExcelsLimitWithAnEllipsis() {
        let long = String(repeating: "停", count: 40_000)
        let cut = SheetWriter.clean(long)
        #expect(cut.utf16.count == SheetWriter.maxCellCharacters)
        #expect(cut.hasSuffix("…"))
        // Characters outside the BMP count twice in Excel's limit and are never split.
        let emoji = SheetWriter.clean(String(repeating: "😀", count: 20_000))
        #expect(emoji.utf16.count <= SheetWriter.maxCellCharacters && emoji.hasSuffix("😀…"))
        let exact = String(repeating: "a", count: SheetWriter.maxCellCharacters)
        #expect(SheetWriter.clean(exact) == exact)
    }

    @Test func chineseIsTwiceAsWide() {
        #expect(SheetWriter.displayWidth("锦程花园") == 8)
        #expect(abs(SheetWriter.displayWidth("ab") - 2.2) < 1e-9)
        #expect(SheetWriter.displayWidth("第一行\n二") == 6)
    }

    @Test func creationDateComesFromThePeriod() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        func date(_ y: Int, _ m: Int, _ d: Int) -> Int {
            Int(calendar.date(from: DateComponents(year: y, month: m, day: d))!.timeIntervalSince1970)
        }
        #expect(Int(FixedDate.created(period: "2026H1")) == date(2026, 6, 30))
        #expect(Int(FixedDate.created(period: "2025H2")) == date(2025, 12, 31))
        #expect(Int(FixedDate.created(period: "2000h2")) == date(2000, 12, 31))
        #expect(FixedDate.created(period: "2026Q1") == FixedDate.epoch2000)
        #expect(FixedDate.created(period: "") == FixedDate.epoch2000)
    }

    /// Formula-looking text is stored as a string, NaN and infinity as "—", CR never stored.
    @Test func textIsNeverAFormulaAndNoNumberIsNaN() throws {
        let path = try Sample.scratch() + "/cells.xlsx"
        let risky = ["=1+1", "+86 138", "-5", "@SUM(A1)", "=HYPERLINK(\"http://x\")", "a\r\nb"]
        try WorkbookHandle.write(to: path) { wb throws(WorkbookFailure) in
            let sheet = try wb.addSheet("s")
            for (i, s) in risky.enumerated() { try sheet.text(i, 0, s) }
            try sheet.number(0, 1, .nan, .index)
            try sheet.number(1, 1, .infinity, .index)
            try sheet.number(2, 1, -.infinity, .rate)
            try sheet.number(3, 1, nil, .index)
            try sheet.number(4, 1, -0.0, .change)
            try sheet.number(5, 1, nil, .index, missing: nil)
        }
        guard let xml = Sample.part("xl/worksheets/sheet1.xml", of: path),
            let strings = Sample.part("xl/sharedStrings.xml", of: path)
        else { return }
        #expect(!xml.contains("<f>"))
        #expect(!xml.lowercased().contains("<v>nan") && !xml.lowercased().contains("<v>inf") && !xml.contains("<v>-inf"))
        #expect(!xml.contains("<v>-0</v>"))
        #expect(!xml.contains("r=\"B6\""))
        for s in risky.dropLast() {
            let escaped = s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            #expect(strings.contains(">\(escaped)<") || strings.contains(">\(s)<"), "\(s)")
        }
        #expect(strings.contains("—"))
        #expect(!strings.contains("_x000D_") && !strings.contains("\r"))
        #expect(strings.contains("a\nb"))
    }
}
