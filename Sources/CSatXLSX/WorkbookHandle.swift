internal import CLibXLSXWriter
import CSatCore
import Foundation

/// Why a workbook could not be written, in libxlsxwriter's own words (`lxw_strerror`).
struct WorkbookFailure: Error {
    var message: Message
}

/// Owns one `lxw_workbook*` from `workbook_new_opt` to `workbook_close`
/// (STYLE.md habit 4, as sqlite-nio's statement owns its handle).
///
/// Why a type and not free functions:
/// - every return code goes through `check`, which turns it into a
///   `WorkbookFailure` carrying `lxw_strerror`'s text and what was being done;
/// - `char *` fields of libxlsxwriter's option structs must outlive the call
///   (C-LIBRARIES.md), so the handle keeps its `strdup` copies until it closes;
/// - a handle that is dropped without `close()` (an error half-way) still
///   closes the C workbook so that nothing leaks; `write(to:)` then removes
///   the temporary file, so the target is never touched.
final class WorkbookHandle {
    let workbook: UnsafeMutablePointer<lxw_workbook>
    private var closed = false
    private var retained: [UnsafeMutablePointer<CChar>] = []
    private var formats: [FormatSpec: UnsafeMutablePointer<lxw_format>] = [:]
    /// By `Style.rawValue`: an array, not a dictionary, as every cell asks.
    private var styleFormats = [UnsafeMutablePointer<lxw_format>?](repeating: nil, count: Style.allCases.count)

    /// Builds a workbook at a temporary path beside `path` and renames it over
    /// `path` only when `workbook_close` succeeded: libxlsxwriter leaves a
    /// truncated file when saving fails (a full disk), and the old file must
    /// survive a failed run.
    static func write(
        to path: String, constantMemory: Bool = false, _ build: (WorkbookHandle) throws(WorkbookFailure) -> Void
    ) throws(InputError) {
        let temp = try OutputFile.temporaryPath(beside: path, what: .theWorkbook)
        do {
            let handle = try WorkbookHandle(path: temp, constantMemory: constantMemory)
            try build(handle)
            try handle.close()
        } catch {
            OutputFile.discard(temp)
            throw InputError(file: path, message: .cannotWriteWorkbook(error.message))
        }
        try OutputFile.commit(temp, to: path)
    }

    private init(path: String, constantMemory: Bool) throws(WorkbookFailure) {
        var options = lxw_workbook_options()
        options.constant_memory = constantMemory ? 1 : 0
        guard let wb = workbook_new_opt(path, &options) else {
            throw WorkbookFailure(message: .workbookStep("libxlsxwriter could not start a workbook at \(path)"))
        }
        workbook = wb
    }

    deinit {
        if !closed { _ = workbook_close(workbook) }
        retained.forEach { free($0) }
    }

    /// Saves the file. Errors of saving (a missing folder, a full disk) appear only here.
    func close() throws(WorkbookFailure) {
        guard !closed else { return }
        closed = true
        errno = 0
        let code = workbook_close(workbook)
        guard code == LXW_NO_ERROR else {
            // libxlsxwriter's text for a full disk is "Zip generic error": add the system's reason when there is one.
            let system = errno == 0 ? nil : String(cString: strerror(errno))
            throw WorkbookFailure(message: .workbookSaveFailed(String(cString: lxw_strerror(code)), system: system))
        }
    }

    func check(_ code: lxw_error, _ what: @autoclosure () -> String) throws(WorkbookFailure) {
        guard code == LXW_NO_ERROR else {
            throw WorkbookFailure(message: .workbookStep(what(), String(cString: lxw_strerror(code))))
        }
    }

    /// A C string that lives until the workbook is closed (for `char *` option fields).
    func cString(_ s: String) -> UnsafeMutablePointer<CChar> {
        let p = strdup(s)!
        retained.append(p)
        return p
    }

    /// Adds a worksheet. `constantMemory` streams this one sheet to a temporary
    /// file row by row (the Data sheet, the Invalid forms and Comments lists: a
    /// million forms in flat memory); its text cells are inline strings, not shared ones.
    ///
    /// libxlsxwriter 1.1.4 decides constant-memory mode per worksheet, from the
    /// workbook's `options.constant_memory` at the moment the sheet is added;
    /// flipping it around one `workbook_add_worksheet` keeps the other sheets
    /// in normal mode, so their charts get cached values and their strings are shared.
    func addSheet(_ name: String, constantMemory: Bool = false) throws(WorkbookFailure) -> SheetWriter {
        let code = workbook_validate_sheet_name(workbook, name)
        try check(code, "naming the sheet \"\(name)\"")
        let saved = workbook.pointee.options.constant_memory
        if constantMemory { workbook.pointee.options.constant_memory = 1 }
        let sheet = workbook_add_worksheet(workbook, name)
        workbook.pointee.options.constant_memory = saved
        guard let sheet else { throw WorkbookFailure(message: .workbookStep("libxlsxwriter could not add the sheet \"\(name)\"")) }
        return SheetWriter(sheet: sheet, name: name, workbook: self)
    }

    /// The one `lxw_format` for a description, created on first use (so the
    /// same inputs create formats in the same order: byte-identical files).
    func format(_ spec: FormatSpec) -> UnsafeMutablePointer<lxw_format> {
        if let f = formats[spec] { return f }
        let f = workbook_add_format(workbook)!
        spec.apply(to: f)
        formats[spec] = f
        return f
    }

    /// The format of a style, looked up once per style (a million-row Data sheet asks for it on every cell).
    func format(_ style: Style) -> UnsafeMutablePointer<lxw_format> {
        if let f = styleFormats[style.rawValue] { return f }
        let f = format(style.spec)
        styleFormats[style.rawValue] = f
        return f
    }

    func addChart(_ type: lxw_chart_type) throws(WorkbookFailure) -> UnsafeMutablePointer<lxw_chart> {
        guard let chart = workbook_add_chart(workbook, UInt8(type.rawValue)) else {
            throw WorkbookFailure(message: .workbookStep("libxlsxwriter could not add a chart"))
        }
        return chart
    }

    /// Title, subject and a fixed creation time: libxlsxwriter otherwise stamps
    /// the current time into docProps/core.xml and no two files would be equal.
    func setProperties(
        title: String? = nil, subject: String? = nil, author: String? = nil, keywords: String? = nil, created: time_t
    ) throws(WorkbookFailure) {
        var p = lxw_doc_properties()
        if let title { p.title = cString(title) }
        if let subject { p.subject = cString(subject) }
        if let author { p.author = cString(author) }
        if let keywords { p.keywords = cString(keywords) }
        p.created = created
        try check(workbook_set_properties(workbook, &p), "setting the document properties")
    }

    func setCustomProperty(_ name: String, _ value: String) throws(WorkbookFailure) {
        try check(workbook_set_custom_property_string(workbook, name, value), "setting the property \(name)")
    }
}

/// Fixed creation times, so that the same inputs give the same bytes.
enum FixedDate {
    /// 2000-01-01T00:00:00Z, for files with no period of their own (the sample list).
    static let epoch2000: time_t = 946_684_800

    /// The last day of the survey's half-year at 00:00 UTC: `2026H1` → 2026-06-30,
    /// `2026H2` → 2026-12-31; any other period text gives `epoch2000`.
    static func created(period: String) -> time_t {
        let scalars = Array(period.uppercased().unicodeScalars)
        guard scalars.count == 6, scalars[4] == "H", let year = Int(String(String.UnicodeScalarView(scalars[0..<4]))),
            scalars[5] == "1" || scalars[5] == "2"
        else { return epoch2000 }
        let (month, day) = scalars[5] == "1" ? (6, 30) : (12, 31)
        return time_t(daysFromCivil(year: year, month: month, day: day) * 86_400)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm), no calendar or time zone needed.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
