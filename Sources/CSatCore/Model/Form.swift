/// The forms of one wave, stored compactly: one fixed-size record per form,
/// one byte per closed answer in a flat buffer, and every repeated text
/// (project, building, surveyor, …) interned once.
///
/// A national wave is a million forms of ~40 questions: this layout keeps it
/// near 100 bytes a form instead of a dictionary of strings per form. Names
/// and phone numbers are never stored: the importer keeps only whether a
/// phone was present and valid, and masks comments as it reads them.
public struct FormTable: Sendable {
    public var survey: Survey
    public var files: [SourceFile] = []
    public var pool: TextStore
    public var records: [FormRecord] = []
    /// `records.count × closedCount` answer codes: see `AnswerCode`.
    public var answers: [UInt8] = []
    /// Open answers, masked, in file order.
    public var comments: [Comment] = []
    /// Values of segment columns that are not roles, per form: `extraSegmentColumns.count` ids each.
    public var extraSegments: [Int32] = []
    public var extraSegmentColumns: [String] = []
    /// Things the user should see that do not stop the run (unknown columns, missing questions, …).
    public var warnings: [Message] = []
    /// Per file (parallel to `files`), the closed questions that have no column in it (ids).
    public var missingQuestions: [[String]] = []
    /// Every answer off its scale, in form order: which value, in which column. A side table,
    /// because such answers are rare: the answer codes only say `outOfRange` (docs/VALIDITY.md).
    public var offScale: [OffScaleAnswer] = []
    /// Off-scale answers beyond `offScaleLimit`, not kept in `offScale` (their forms are still invalid).
    public var offScaleNotKept = 0
    /// A file of a million forms whose every answer is an unknown label must not need gigabytes.
    public static let offScaleLimit = 200_000
    /// `offScaleLimit` for this table (tests lower it).
    var offScaleKept = FormTable.offScaleLimit
    /// The hand-out ticks of the forms files (an entry workbook's 已发放 column), for the hand-out rate.
    public var handOut = HandOutTally()

    public let closedCount: Int

    public init(survey: Survey) {
        self.survey = survey
        self.closedCount = survey.closedQuestionIndices.count
        self.pool = TextStore(deduplicateKeys: survey.segments.contains("unit"))
        self.extraSegmentColumns = survey.segments.filter { !FormRecord.segmentRoles.contains($0) }
    }

    public var count: Int { records.count }

    /// The answer code of form `f` for closed question number `k` (index into `closedQuestionIndices`).
    @inlinable public func answer(_ f: Int, _ k: Int) -> UInt8 {
        answers[f * closedCount + k]
    }

    public func string(_ id: Int32) -> String { pool[id] }

    mutating func noteOffScale(form: Int, question: Int, column: Int, value: String) {
        guard offScale.count < offScaleKept else {
            offScaleNotKept += 1
            return
        }
        offScale.append(
            OffScaleAnswer(
                form: Int32(form), question: Int32(question), column: Int32(column), value: pool.intern(value)))
    }

    /// The off-scale answers of form `f` (a binary search: `offScale` is in form order).
    public func offScaleAnswers(of f: Int) -> ArraySlice<OffScaleAnswer> {
        var lo = 0, hi = offScale.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if offScale[mid].form < f { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < offScale.count && offScale[end].form == f { end += 1 }
        return offScale[lo..<end]
    }

    /// The header of column `column` (0-based) of form `f`'s file; "" when there is none.
    public func header(ofColumn column: Int32, form f: Int) -> String {
        let columns = files[Int(records[f].file)].columns
        return column >= 0 && Int(column) < columns.count ? CellValues.trim(columns[Int(column)]) : ""
    }

    /// Where form `f` came from, for messages: `file.csv:14` or `file.json $[3]`.
    /// `check --json` gives the English form; the text report and the workbook their language's.
    public func location(of f: Int) -> Message {
        let r = records[f]
        let file = files[Int(r.file)]
        switch file.kind {
        case .csv, .jsonLines: return .verbatim("\(file.path):\(r.line)")
        case .jsonArray: return .verbatim("\(file.path) $[\(r.line - 1)]")
        case .xlsx(let sheet): return .sheetRow(file.path, sheet: sheet, row: Int(r.line))
        }
    }
}

/// Answer codes: 0 = not answered, `outOfRange` = a value off the scale or an
/// unknown label, otherwise `x − min + 1` (so 1…points).
public enum AnswerCode {
    public static let notAnswered: UInt8 = 0
    public static let outOfRange: UInt8 = 255

    @inlinable public static func value(_ code: UInt8, scale: Scale) -> Int? {
        code == notAnswered || code == outOfRange ? nil : Int(code) - 1 + scale.min
    }
}

public struct SourceFile: Sendable {
    public enum Kind: Sendable, Equatable {
        case csv, jsonArray, jsonLines
        /// A worksheet: forms are located by its row numbers.
        case xlsx(sheet: String)
    }
    public var path: String
    public var kind: Kind
    /// "UTF-8, comma", "GB18030, semicolon", "JSON array", … in both languages
    public var format: Message
    public var forms: Int
    /// The header cells (CSV) or keys (JSON, in order of first appearance), for messages.
    public var columns: [String] = []
}

/// One answer off its scale: form, closed question (index into `closedQuestionIndices`), the
/// file's column (0-based; -1 when unknown) and the text as written (a `TextStore` id).
public struct OffScaleAnswer: Sendable {
    public var form: Int32
    public var question: Int32
    public var column: Int32
    public var value: Int32
}

/// One form's metadata; texts are `StringPool` ids.
public struct FormRecord: Sendable {
    static let segmentRoles: Set<String> = ["project", "building", "propertyType", "customerType", "surveyor", "unit"]

    public var file: Int32
    /// The CSV or JSON Lines line where the form starts, its worksheet row, or its 1-based position in a JSON array.
    public var line: Int32
    public var form: Int32
    public var project: Int32
    public var unit: Int32
    public var building: Int32
    public var propertyType: Int32
    public var customerType: Int32
    public var surveyor: Int32
    /// yyyymmdd, or 0 when the form has no date.
    public var date: Int32
    public var flags: FormFlags
    /// The household: `UnitKey` of project and unit, for duplicates and roster and sample checks.
    public var unitKey: UInt64
}

public struct FormFlags: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let signed = FormFlags(rawValue: 1 << 0)
    public static let damaged = FormFlags(rawValue: 1 << 1)
    public static let altered = FormFlags(rawValue: 1 << 2)
    public static let phonePresent = FormFlags(rawValue: 1 << 3)
    public static let phoneValid = FormFlags(rawValue: 1 << 4)
    /// An entry-workbook row whose 核对编号 is another household's printed form id (docs/FIELDWORK.md).
    public static let wrongHousehold = FormFlags(rawValue: 1 << 5)
    /// An entry-workbook row whose form id (or 核对编号) is not one csat printed for this wave.
    public static let unknownForm = FormFlags(rawValue: 1 << 6)
}

/// Per project, the households an entry workbook has a row for and those ticked 已发放 (handed out),
/// whether or not their form came back: the hand-out rate when the sample list has no tick column.
public struct HandOutTally: Sendable {
    /// Whether any forms file had a 已发放 (handedOut) column.
    public var hasColumn = false
    /// Households with a row in an entry workbook (typed or not), per project.
    public var rows: [String: Set<UnitKey>] = [:]
    public var ticked: [String: Set<UnitKey>] = [:]
}

/// An open answer, already masked.
public struct Comment: Sendable {
    public var form: Int32
    /// Index into `Survey.questions`.
    public var question: Int32
    public var text: String
}
