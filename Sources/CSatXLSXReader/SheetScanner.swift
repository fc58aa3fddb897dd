import Foundation
import CSatWords

/// A merged range of cells, 1-based and inclusive (`A1:D1` is row 1, columns 1–4).
public struct XLSXMergedRange: Sendable, Equatable {
    public var firstRow: Int
    public var firstColumn: Int
    public var lastRow: Int
    public var lastColumn: Int

    public var cellCount: Int { (lastRow - firstRow + 1) * (lastColumn - firstColumn + 1) }

    /// `A3:B5`.
    public var reference: String {
        "\(XLSXColumn.letters(firstColumn))\(firstRow):\(XLSXColumn.letters(lastColumn))\(lastRow)"
    }
}

/// What a sheet held beside its rows.
public struct XLSXSheetSummary: Sendable {
    /// The sheet's merged ranges (listed after its cells, so known only at the end).
    public var merged: [XLSXMergedRange] = []
    /// Formula cells without a saved value (written by a program that does not compute formulas),
    /// and the first of them (row, column).
    public var uncachedFormulas = 0
    public var firstUncachedFormula: (row: Int, column: Int)?
}

extension XLSXWorkbook {
    /// Streams the rows of sheet `name` into `body`, in order, each valid only during the call.
    ///
    /// Rows the sheet does not list (blank rows) are not given; a row's cells run from column A to
    /// its last non-empty cell. An error thrown by `body` stops the read and comes out as it is.
    @discardableResult
    public func readRows(sheet name: String, _ body: (XLSXRow) throws -> Void) throws -> XLSXSheetSummary {
        let part = try open(sheet: name)
        // Large sheets are inflated on a second thread while this one scans.
        let window = ByteWindow.reading(part)
        var scanner = SheetScanner(cursor: XMLCursor(window), strings: strings, dateStyles: dateStyles, date1904: date1904, sheet: name)
        return try scanner.run(body)
    }

    /// Sheet `name`'s part, ready to inflate.
    func open(sheet name: String) throws(XLSXError) -> ZipArchive.Part {
        guard let sheet = sheets.first(where: { $0.name == name }) else {
            throw XLSXError(message: .noSuchSheet(name))
        }
        guard let index = zip.index(of: sheet.part) else {
            throw XLSXError(sheet: name, message: .sheetPartMissing(sheet.part))
        }
        return try zip.open(index, name: sheet.part)
    }

    /// The sheet's `<dimension ref="A1:AA1000001">` (the used range, as the writer recorded it), read
    /// from the first kilobytes of the sheet; nil when it has none before its rows. A hint, not a promise.
    public func dimension(sheet name: String) throws -> XLSXMergedRange? {
        let head = try open(sheet: name).prefix(16 << 10)
        var found: XLSXMergedRange?
        do {
            try XMLParts.scan(head) { (c, kind) throws(XLSXError) in
                guard kind == .start || kind == .empty else { return }
                if c.isNamed("dimension") {
                    let tag = c.tag
                    if let ref = XMLBytes.attribute(tag.baseAddress!, tag.count, "ref") { found = SheetScanner.range(ref) }
                    throw XLSXError(message: .verbatim("done"))
                }
                if c.isNamed("sheetData") { throw XLSXError(message: .verbatim("done")) }
            }
        } catch {
            // The head is cut mid-tag, or the dimension was found: either way the scan is over.
        }
        return found
    }

    /// The merged ranges of sheet `name`, read before its rows by inflating the sheet once more,
    /// looking only for `<mergeCell`; nil when the sheet is larger than `maxBytes` inflated.
    public func mergedRanges(sheet name: String, maxBytes: Int64 = 64 << 20) throws -> [XLSXMergedRange]? {
        let part = try open(sheet: name)
        guard let size = part.size, size <= maxBytes else { return nil }
        let bytes = try part.prefix(Int(size) + 1)
        let filled = bytes.count
        let needle = Array("mergeCell".utf8)
        guard let at = bytes.withUnsafeBufferPointer({ b -> Int? in
            var i = 0
            while i + needle.count <= filled {
                if b[i] == 0x6D && b[i + 1] == 0x65 && Array(b[i..<(i + needle.count)]) == needle { return i }
                i += 1
            }
            return nil
        }) else { return [] }
        // Back to the tag's '<' so that the scan starts on a tag.
        var start = at
        while start > 0 && bytes[start] != 0x3C { start -= 1 }
        var ranges: [XLSXMergedRange] = []
        try XMLParts.scan(Array(bytes[start..<filled])) { c, kind in
            guard kind == .start || kind == .empty, c.isNamed("mergeCell") else { return }
            let tag = c.tag
            if let ref = XMLBytes.attribute(tag.baseAddress!, tag.count, "ref"), let r = SheetScanner.range(ref) { ranges.append(r) }
        }
        return ranges
    }
}

/// The SpreadsheetML worksheet grammar (ECMA-376 Part 1 §18.3.1): `sheetData` › `row` › `c` › `v`/`f`/`is`.
///
/// Rows and cells may lack their `r` reference (then they follow the previous one); a
/// reference that goes backwards is refused, as it would let a cell stand for another.
struct SheetScanner {
    var cursor: XMLCursor
    let strings: SharedStrings
    let dateStyles: [Bool]
    let date1904: Bool
    let sheet: String

    static let maxColumns = 16_384
    static let maxRows = 1_048_576

    // The row being built: cell text back to back, ends and kinds per cell.
    private var bytes: UnsafeMutablePointer<UInt8>
    private var bytesCapacity = 1 << 16
    private var length = 0
    private var ends: UnsafeMutablePointer<Int>
    private var kinds: UnsafeMutablePointer<XLSXCellKind>
    private var count = 0
    private var lastNonEmpty = -1

    private var rowNumber = 0
    private var nextColumn = 0

    // The cell being read.
    private var column = 0
    private var type: UInt8 = 0  // first byte of `t`, or 'n'
    private var typeIsStr = false
    private var style = 0
    private var valueOpen = false
    private var cellStart = 0
    private var kind = XLSXCellKind.empty
    private var hasFormula = false
    private var hasValue = false

    init(cursor: XMLCursor, strings: SharedStrings, dateStyles: [Bool], date1904: Bool, sheet: String) {
        self.cursor = cursor
        self.strings = strings
        self.dateStyles = dateStyles
        self.date1904 = date1904
        self.sheet = sheet
        bytes = .allocate(capacity: bytesCapacity)
        ends = .allocate(capacity: Self.maxColumns)
        kinds = .allocate(capacity: Self.maxColumns)
    }

    func release() {
        bytes.deallocate()
        ends.deallocate()
        kinds.deallocate()
    }

    private func fail(_ message: Message, row: Int? = nil, column: Int? = nil) -> XLSXError {
        XLSXError(sheet: sheet, row: row, column: column, message: message)
    }

    mutating func run(_ body: (XLSXRow) throws -> Void) throws -> XLSXSheetSummary {
        defer { release() }
        var summary = XLSXSheetSummary()
        var inData = false
        var inRow = false
        var inCell = false
        var inValue = false
        var inInline = false
        var inText = false
        var phonetic = 0
        var dataDone = false
        do {
            while true {
                let token = try cursor.next()
                let n = cursor.nameEnd - cursor.nameStart
                let first = cursor.p[cursor.nameStart]
                switch token {
                case .start, .empty:
                    if !inData {
                        if cursor.isNamed("sheetData") {
                            inData = token == .start
                            dataDone = token == .empty
                        } else if dataDone && cursor.isNamed("mergeCell") {
                            let tag = cursor.tag
                            if let ref = XMLBytes.attribute(tag.baseAddress!, tag.count, "ref"), let r = Self.range(ref) {
                                summary.merged.append(r)
                            }
                        }
                    } else if n == 1 && first == 0x63 {  // c
                        guard inRow else { throw fail(.cellOutsideRow) }
                        if inCell { throw fail(.cellNotClosed, row: rowNumber, column: column + 1) }
                        try beginCell(cursor.tag)
                        if token == .empty {
                            nextColumn = column + 1
                        } else if !inValue && !inText && phonetic == 0, try quickCell(&summary) {
                            // Read to its `</c>`; the cells after it, while they have the usual shape, too.
                            while try quickCellStart() {
                                if try !quickCell(&summary) {
                                    inCell = true
                                    break
                                }
                            }
                        } else {
                            inCell = true
                        }
                    } else if n == 1 && first == 0x76 {  // v
                        // `<v/>` is no value (openpyxl writes it for formulas it did not compute).
                        if inCell { inValue = token == .start }
                    } else if n == 1 && first == 0x66 {  // f
                        hasFormula = true
                    } else if n == 1 && first == 0x74 {  // t
                        if inInline && phonetic == 0 {
                            hasValue = true
                            inText = token == .start
                            if inText { openValue() }
                        }
                    } else if n == 3 && first == 0x72 && cursor.isNamed("row") {
                        guard !inRow else { throw fail(.rowInsideRow, row: rowNumber) }
                        try beginRow()
                        if token == .empty {
                            try emit(body)
                        } else {
                            inRow = true
                        }
                    } else if n == 2 && first == 0x69 && cursor.isNamed("is") {
                        inInline = inCell && token == .start
                    } else if n == 3 && cursor.isNamed("rPh") {
                        if token == .start { phonetic += 1 }
                    }
                case .end:
                    if n == 1 && first == 0x76 {  // v
                        if inValue {
                            // An empty <v></v> is a value only for a text formula (its result is "").
                            if cursor.text.count > 0 || typeIsStr { hasValue = true }
                            try value(cursor.text)
                            inValue = false
                        }
                    } else if n == 1 && first == 0x74 {  // t
                        if inText {
                            try appendText(cursor.text)
                            inText = false
                        }
                    } else if n == 1 && first == 0x63 {  // c
                        if inCell {
                            endCell(&summary)
                            inCell = false
                            inInline = false
                        }
                    } else if n == 3 && first == 0x72 && cursor.isNamed("row") {
                        if inCell { throw fail(.cellNotClosed, row: rowNumber, column: column + 1) }
                        if inRow {
                            try emit(body)
                            inRow = false
                        }
                    } else if n == 2 && cursor.isNamed("is") {
                        inInline = false
                    } else if n == 3 && cursor.isNamed("rPh") {
                        phonetic = max(0, phonetic - 1)
                    } else if cursor.isNamed("sheetData") {
                        if inRow { throw fail(.rowNotClosed, row: rowNumber) }
                        inData = false
                        dataDone = true
                    }
                case .cdata:
                    let content = UnsafeBufferPointer(start: cursor.p + cursor.nameStart, count: cursor.nameEnd - cursor.nameStart)
                    if inText {
                        try appendText(cursor.text)
                        append(content)
                    } else if inValue {
                        hasValue = true
                        try value(content)
                        inValue = false
                    }
                case .eof:
                    if !dataDone {
                        throw fail(
                            inData || inRow
                                ? .sheetEndsMidRows(after: rowNumber)
                                : .sheetHasNoData)
                    }
                    return summary
                }
            }
        } catch let e as XMLBytes.Malformed {
            throw fail(.sheetXMLMalformed(e.message), row: rowNumber > 0 ? rowNumber : nil)
        } catch var e as XLSXError {
            if e.sheet == nil {
                e.sheet = sheet
                if e.row == nil && rowNumber > 0 { e.row = rowNumber }
            }
            throw e
        }
    }

    // MARK: - Rows

    private mutating func beginRow() throws(XLSXError) {
        let tag = cursor.tag
        var number = rowNumber + 1
        if let r = XMLBytes.attribute(tag.baseAddress!, tag.count, "r") {
            guard let v = Self.digits(r), v >= 1 else { throw fail(.badRowNumber(XMLBytes.decodedString(r))) }
            number = v
        }
        guard number > rowNumber else {
            throw fail(.rowsOutOfOrder(number, after: rowNumber))
        }
        guard number <= Self.maxRows else { throw XLSXError(kind: .limit, sheet: sheet, message: .rowPastExcel) }
        rowNumber = number
        nextColumn = 0
        length = 0
        count = 0
        lastNonEmpty = -1
    }

    private mutating func emit(_ body: (XLSXRow) throws -> Void) throws {
        try body(XLSXRow(number: rowNumber, count: lastNonEmpty + 1, fieldBytes: bytes, ends: ends, kinds: kinds))
    }

    // MARK: - Cells

    /// Reads a `<c>` start tag's attributes; `tag` runs from the local name to just before `>` or `/>`.
    private mutating func beginCell(_ tag: UnsafeBufferPointer<UInt8>) throws(XLSXError) {
        guard let p = tag.baseAddress else { return }
        let n = tag.count
        var cell = CellAttributes()
        // One pass over the attributes: r, s, t (any prefix, any order).
        var i = 1
        while i < n {
            while i < n && p[i] != 0x3D { i += 1 }  // '='
            guard i < n else { break }
            var k = i - 1
            while k > 0 && (p[k] == 0x20 || p[k] == 0x09 || p[k] == 0x0A || p[k] == 0x0D) { k -= 1 }
            let nameLast = k
            while k > 0 && p[k - 1] != 0x20 && p[k - 1] != 0x09 && p[k - 1] != 0x0A && p[k - 1] != 0x0D && p[k - 1] != 0x3A { k -= 1 }
            let single = nameLast == k ? p[k] : 0
            i += 1
            while i < n && p[i] != 0x22 && p[i] != 0x27 { i += 1 }
            guard i < n else { break }
            let quote = p[i]
            i += 1
            let start = i
            while i < n && p[i] != quote { i += 1 }
            let v = UnsafeBufferPointer(start: p + start, count: i - start)
            i += 1
            guard cell.take(single, v) else {
                throw XLSXError(kind: .limit, sheet: sheet, row: rowNumber, message: .notACellReference(XMLBytes.decodedString(v)))
            }
        }
        try startCell(cell)
    }

    /// What a `<c>` tag's attributes say, gathered before the cell begins.
    private struct CellAttributes {
        var column = -1
        var type: UInt8 = 0x6E  // n
        var typeIsStr = false
        var style = 0

        /// Takes attribute `name` (its local name's one letter, or 0 for a longer name) with value `v`;
        /// false for an `r` that names no column.
        @inline(__always)
        mutating func take(_ name: UInt8, _ v: UnsafeBufferPointer<UInt8>) -> Bool {
            switch name {
            case 0x72:  // r
                guard let c = SheetScanner.column(v) else { return false }
                column = c
            case 0x73:  // s
                style = SheetScanner.digits(v) ?? 0
            case 0x74:  // t
                if v.count > 0 {
                    type = v[0]
                    typeIsStr = v.count == 3 && v[0] == 0x73
                }
            default:
                break
            }
            return true
        }
    }

    /// A cell begins where its attributes say (or after the previous one, without `r`).
    private mutating func startCell(_ cell: CellAttributes) throws(XLSXError) {
        type = cell.type
        typeIsStr = cell.typeIsStr
        style = cell.style
        let col = cell.column < 0 ? nextColumn : cell.column
        guard col >= nextColumn else {
            throw fail(
                .cellsOutOfOrder("\(XLSXColumn.letters(col + 1))\(rowNumber)", after: "\(XLSXColumn.letters(nextColumn))\(rowNumber)"),
                row: rowNumber, column: col + 1)
        }
        guard col < Self.maxColumns else {
            throw XLSXError(kind: .limit, sheet: sheet, row: rowNumber, message: .cellPastXFD)
        }
        column = col
        nextColumn = col + 1
        valueOpen = false
        hasFormula = false
        hasValue = false
        kind = .empty
    }

    /// A cell's usual content after its start tag, `<v>…</v></c>` or `<is><t>…</t></is></c>`, read in
    /// one step when the window holds all of it; false (nothing read) for any other shape, which the
    /// token loop then reads. Only for a cell that starts with no `<v>`, `<t>` or `<rPh>` left open:
    /// then the state afterwards is what the five or six tokens one by one would leave.
    @inline(__always)
    private mutating func quickCell(_ summary: inout XLSXSheetSummary) throws -> Bool {
        if let text = cursor.quickRun("<v>", "</v></c>") {
            if text.count > 0 || typeIsStr { hasValue = true }
            try value(text)
            endCell(&summary)
            return true
        }
        guard let text = cursor.quickRun("<is><t>", "</t></is></c>") else { return false }
        hasValue = true
        try appendText(text)
        endCell(&summary)
        return true
    }

    /// A `<c …>` start tag at the read position as Excel and XlsxWriter write it — attributes `r`,
    /// `s` and `t` only, unprefixed, in double quotes, one space apart — read and begun in one step
    /// when the window holds all of it. False (nothing read) for anything else (another tag, other
    /// attributes, `<c/>`, a reference `beginCell` would refuse, the window's end), which the token
    /// loop then reads; otherwise the same cell as `beginCell` on the token's tag.
    @inline(__always)
    private mutating func quickCellStart() throws(XLSXError) -> Bool {
        let p = cursor.p
        let at = cursor.pos
        let end = cursor.window.end
        guard at + 3 < end, p[at] == 0x3C, p[at + 1] == 0x63, p[at + 2] == 0x20 else { return false }  // "<c "
        var i = at + 3
        var cell = CellAttributes()
        while true {
            guard i + 3 < end, p[i + 1] == 0x3D, p[i + 2] == 0x22 else { return false }  // x="
            let name = p[i]
            let start = i + 3
            var j = start
            while j < end && p[j] != 0x22 { j &+= 1 }
            guard j + 1 < end else { return false }
            let v = UnsafeBufferPointer(start: p + start, count: j - start)
            guard name == 0x72 || name == 0x73 || name == 0x74, cell.take(name, v) else { return false }
            i = j + 1
            if p[i] == 0x3E { break }  // '>'
            guard p[i] == 0x20 else { return false }
            i += 1
        }
        try startCell(cell)
        cursor.advance(to: i + 1)
        return true
    }

    /// The 0-based column of the letters a reference starts with; nil past XFD or with none.
    @inline(__always)
    private static func column(_ ref: UnsafeBufferPointer<UInt8>) -> Int? {
        var col = 0
        var letters = 0
        for b in ref {
            let u = b & 0xDF
            guard u >= 0x41 && u <= 0x5A else { break }
            col = col * 26 + Int(u - 0x40)
            letters += 1
            if letters > 3 { break }
        }
        guard letters > 0 && letters <= 3 && col <= Self.maxColumns else { return nil }
        return col - 1
    }

    /// Pads the row with empty cells up to this one and marks where its text starts.
    @inline(__always)
    private mutating func openValue() {
        guard !valueOpen else { return }
        while count < column {
            ends[count] = length
            kinds[count] = .empty
            count += 1
        }
        valueOpen = true
        cellStart = length
    }

    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        guard length + extra > bytesCapacity else { return }
        var c = bytesCapacity * 2
        while c < length + extra { c *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        grown.update(from: bytes, count: length)
        bytes.deallocate()
        bytes = grown
        bytesCapacity = c
    }

    @inline(__always)
    private mutating func append(_ b: UnsafeBufferPointer<UInt8>) {
        guard let base = b.baseAddress, b.count > 0 else { return }
        reserve(b.count)
        (bytes + length).update(from: base, count: b.count)
        length += b.count
    }

    private mutating func append(_ s: StaticString) {
        append(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    private mutating func appendText(_ raw: UnsafeBufferPointer<UInt8>) throws {
        openValue()
        kind = .string
        // Most text has no '&' or "_x": copy it as it is.
        var plain = true
        for b in raw where b == 0x26 || b == 0x5F {
            plain = false
            break
        }
        if plain {
            append(raw)
            return
        }
        var out: [UInt8] = []
        try XMLBytes.appendDecoded(raw, to: &out)
        out.withUnsafeBufferPointer { append($0) }
    }

    /// The `<v>` text, read by the cell's type and style.
    private mutating func value(_ raw: UnsafeBufferPointer<UInt8>) throws {
        openValue()
        switch type {
        case 0x73 where !typeIsStr:  // s: an index into the shared strings
            guard let i = Self.digits(raw), i < strings.count else {
                throw fail(
                    .badSharedStringIndex(XMLBytes.decodedString(raw), of: strings.count),
                    row: rowNumber, column: column + 1)
            }
            let r = strings.range(i)
            strings.bytes.withUnsafeBufferPointer { append(UnsafeBufferPointer(rebasing: $0[r])) }
            kind = .string
        case 0x73, 0x69:  // str (a formula's text), inlineStr written with <v>
            try appendText(raw)
        case 0x62:  // b
            let truth = raw.count == 1 ? raw[0] == 0x31 : (raw.count == 4 && raw[0] == 0x74)
            append(truth ? "TRUE" : "FALSE")
            kind = .bool
        case 0x65:  // e
            try appendText(raw)
            kind = .error
        case 0x64:  // d: an ISO 8601 date
            let text = XMLBytes.decodedString(raw)
            guard let date = CellText.isoDate(text) else {
                throw fail(.badDateText(text), row: rowNumber, column: column + 1)
            }
            append(date)
            kind = .date
        default:  // n, or no type: a number
            if style < dateStyles.count && dateStyles[style] {
                guard let serial = CellText.parse(raw), CellText.date(serial, date1904: date1904, into: &self) else {
                    throw fail(.badDateSerial(XMLBytes.decodedString(raw)), row: rowNumber, column: column + 1)
                }
                kind = .date
            } else {
                guard CellText.number(raw, into: &self) else {
                    throw fail(.badNumberCell(XMLBytes.decodedString(raw)), row: rowNumber, column: column + 1)
                }
                if length > cellStart { kind = .number }
            }
        }
    }

    /// For `CellText.number`: appends bytes to the cell's text.
    mutating func appendBytes(_ p: UnsafePointer<UInt8>, _ n: Int) {
        append(UnsafeBufferPointer(start: p, count: n))
    }

    mutating func append(_ s: String) {
        var s = s
        s.withUTF8 { append($0) }
    }

    private mutating func endCell(_ summary: inout XLSXSheetSummary) {
        if hasFormula && !hasValue {
            summary.uncachedFormulas += 1
            if summary.firstUncachedFormula == nil { summary.firstUncachedFormula = (rowNumber, column + 1) }
        }
        guard valueOpen else { return }
        if length == cellStart && kind != .error { kind = .empty }
        ends[count] = length
        kinds[count] = kind
        count += 1
        if kind != .empty { lastNonEmpty = column }
    }

    // MARK: - References

    static func digits(_ v: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !v.isEmpty, v.count <= 12 else { return nil }
        var x = 0
        for b in v {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            x = x * 10 + Int(b - 0x30)
        }
        return x
    }

    /// `B3:D7` (or a single cell `B3`) as a range.
    static func range(_ v: UnsafeBufferPointer<UInt8>) -> XLSXMergedRange? {
        let text = XMLBytes.decodedString(v).uppercased()
        let parts = text.split(separator: ":")
        guard parts.count == 1 || parts.count == 2, let a = cell(parts[0]), let b = cell(parts.last!) else { return nil }
        return XLSXMergedRange(firstRow: min(a.0, b.0), firstColumn: min(a.1, b.1), lastRow: max(a.0, b.0), lastColumn: max(a.1, b.1))
    }

    /// `AB12` → (12, 28).
    static func cell(_ s: Substring) -> (Int, Int)? {
        var col = 0
        var row = 0
        var letters = 0
        var digits = 0
        for ch in s.utf8 {
            if ch >= 0x41 && ch <= 0x5A && digits == 0 {
                col = col * 26 + Int(ch - 0x40)
                letters += 1
            } else if ch >= 0x30 && ch <= 0x39 {
                row = row * 10 + Int(ch - 0x30)
                digits += 1
            } else {
                return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0 else { return nil }
        return (row, col)
    }
}

extension XLSXWorkbook {
    /// A worksheet's XML scanned on its own, with the shared strings and date styles given
    /// (the grammar tests and the fuzz target).
    public static func scanSheetXML(
        _ xml: [UInt8], strings: [String] = [], dateStyles: [Bool] = [], date1904: Bool = false, sheet: String = "Sheet1",
        chunk: Int = 1 << 16, _ body: (XLSXRow) throws -> Void
    ) throws -> XLSXSheetSummary {
        var table = SharedStrings()
        for s in strings { table.append(s) }
        var offset = 0
        let window = ByteWindow(capacity: max(16, chunk), maxRun: 1 << 20) { buffer, room throws(XLSXError) in
            let n = min(room, xml.count - offset, chunk)
            xml.withUnsafeBufferPointer { src in
                if n > 0 { buffer.update(from: src.baseAddress! + offset, count: n) }
            }
            offset += n
            return n
        }
        var scanner = SheetScanner(cursor: XMLCursor(window), strings: table, dateStyles: dateStyles, date1904: date1904, sheet: sheet)
        return try scanner.run(body)
    }
}

/// Column numbers as Excel names them.
public enum XLSXColumn {
    /// 1-based column number → letters (`1` → `A`, `28` → `AB`, `16384` → `XFD`); below 1 is `A`.
    public static func letters(_ column: Int) -> String { ColumnLetters.of(column) }
}
