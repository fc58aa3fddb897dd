/// The workbook's shared-strings table (`xl/sharedStrings.xml`): every string
/// UTF-8 back to back in one buffer, decoded once when the workbook opens.
///
/// Rich text is its runs joined; phonetic guides (`<rPh>`, furigana) are not
/// part of the text. This table is the one part csat holds whole: cells refer
/// to it by index from anywhere in the sheet.
struct SharedStrings {
    private(set) var bytes: [UInt8] = []
    /// `ends[i]` is the offset just past string `i`.
    private(set) var ends: [Int] = []

    var count: Int { ends.count }

    @inline(__always)
    func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : ends[i - 1])..<ends[i] }

    mutating func append(_ s: String) {
        bytes.append(contentsOf: s.utf8)
        ends.append(bytes.count)
    }

    /// Ends the string being read; past `cap` bytes the table is refused.
    private mutating func endItem(cap: Int64) throws(XLSXError) {
        ends.append(bytes.count)
        if Int64(bytes.count) > cap {
            throw XLSXError(kind: .limit, message: .sharedStringsTooLarge(megabytes: cap >> 20))
        }
    }

    static func read(_ zip: ZipArchive, index: UInt64, name: String) throws(XLSXError) -> SharedStrings {
        let part = try zip.open(index, name: name)
        // A large table (a million distinct texts is ~80 MB) is inflated on a second thread while this one reads it.
        let window = ByteWindow.reading(part)
        var table = SharedStrings()
        if let size = part.size { table.bytes.reserveCapacity(Int(min(size / 2, 256 << 20))) }
        var c = XMLCursor(window)
        var inItem = false
        var inText = false
        var phonetic = 0
        let cap = zip.limits.maxSharedStringsBytes
        do {
            while true {
                let kind = try c.next()
                if inText {
                    try XMLBytes.appendDecoded(c.text, to: &table.bytes)
                    if kind == .cdata { table.bytes.append(contentsOf: UnsafeBufferPointer(start: c.p + c.nameStart, count: c.nameEnd - c.nameStart)) }
                }
                switch kind {
                case .eof:
                    if inItem { throw XLSXError(message: .sharedStringsCut(name)) }
                    return table
                case .start:
                    if c.isNamed("si") {
                        inItem = true
                        // The usual item, `<t>…</t></si>`, in one step: what its three tokens would do.
                        if !inText && phonetic == 0, let text = c.quickRun("<t>", "</t></si>") {
                            try XMLBytes.appendDecoded(text, to: &table.bytes)
                            inItem = false
                            try table.endItem(cap: cap)
                        }
                    } else if c.isNamed(byte: 0x74) {  // t
                        inText = inItem && phonetic == 0
                    } else if c.isNamed("rPh") {
                        phonetic += 1
                    }
                case .end:
                    if c.isNamed(byte: 0x74) {
                        inText = false
                    } else if c.isNamed("si") {
                        inItem = false
                        try table.endItem(cap: cap)
                    } else if c.isNamed("rPh") {
                        phonetic = max(0, phonetic - 1)
                    }
                case .empty:
                    if c.isNamed("si") { table.ends.append(table.bytes.count) }
                case .cdata:
                    break
                }
            }
        } catch let e as XMLBytes.Malformed {
            throw XLSXError(message: .sharedStringsMalformed(name, e.message))
        } catch let e as XLSXError {
            throw e
        } catch {
            throw XLSXError(message: .verbatim("\(error)"))
        }
    }
}
