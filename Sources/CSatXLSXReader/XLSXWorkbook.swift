import Foundation

/// An Excel 2007+ workbook (.xlsx), read the way a survey file needs: its
/// sheets by name, and one sheet's rows streamed, never held whole.
///
/// The zip is libzip's; the XML is scanned by `XMLCursor`, restricted to the
/// SpreadsheetML grammar (docs/XLSX.md says why, with the figures). The small
/// parts (workbook, relationships, styles) and the shared-strings table are
/// read when the workbook opens; a sheet is inflated and scanned chunk by chunk.
public final class XLSXWorkbook: @unchecked Sendable {
    public struct Sheet: Sendable {
        public var name: String
        /// `hidden` or `veryHidden` sheets are listed too: a named one can be read.
        public var hidden: Bool
        var part: String
    }

    public let sheets: [Sheet]
    /// Serial dates count from 1904-01-01 (old Mac Excel), not 1899-12-30.
    public let date1904: Bool
    public var sheetNames: [String] { sheets.map(\.name) }

    let zip: ZipArchive
    let strings: SharedStrings
    /// Per cell style (`s`), whether its number format shows a date or time.
    let dateStyles: [Bool]

    public convenience init(path: String, limits: XLSXLimits = .standard) throws(XLSXError) {
        try Self.refuseCompoundFile(path)
        try self.init(zip: ZipArchive(path: path, limits: limits))
    }

    /// A workbook held in memory (tests and the fuzz target).
    public convenience init(bytes: [UInt8], limits: XLSXLimits = .standard) throws(XLSXError) {
        if bytes.starts(with: Self.compoundMagic) { throw Self.compoundFileError(bytes) }
        try self.init(zip: ZipArchive(bytes: bytes, limits: limits))
    }

    init(zip: ZipArchive) throws(XLSXError) {
        self.zip = zip
        let workbookPart = try Self.officeDocument(zip)
        let dir = Self.directory(of: workbookPart)
        guard let workbookXML = try zip.read(workbookPart, limit: 64 << 20) else {
            throw XLSXError(
                message: .notAnExcelWorkbook(missing: workbookPart))
        }
        let rels = try Self.relationships(zip, Self.relationshipsPart(of: workbookPart))
        var sheets: [Sheet] = []
        var date1904 = false
        try XMLParts.scan(workbookXML) { c, kind in
            guard kind == .start || kind == .empty else { return }
            if c.isNamed("sheet") {
                let tag = c.tag
                guard let name = XMLBytes.attribute(tag.baseAddress!, tag.count, "name"),
                    let id = XMLBytes.attribute(tag.baseAddress!, tag.count, "id"),
                    let rel = rels[XMLBytes.decodedString(id)]
                else { return }
                guard rel.type.hasSuffix("/worksheet") else { return }  // chart sheets and dialog sheets hold no cells
                let state = XMLBytes.attribute(tag.baseAddress!, tag.count, "state").map(XMLBytes.decodedString)
                sheets.append(
                    Sheet(
                        name: XMLBytes.decodedString(name), hidden: state == "hidden" || state == "veryHidden",
                        part: Self.resolve(rel.target, in: dir)))
            } else if c.isNamed("workbookPr") {
                let tag = c.tag
                if let v = XMLBytes.attribute(tag.baseAddress!, tag.count, "date1904").map(XMLBytes.decodedString) {
                    date1904 = v == "1" || v == "true"
                }
            }
        }
        self.sheets = sheets
        self.date1904 = date1904
        let stylesPart = rels.values.first { $0.type.hasSuffix("/styles") }.map { Self.resolve($0.target, in: dir) }
        dateStyles = try stylesPart.flatMap { part throws(XLSXError) in try zip.read(part, limit: 64 << 20) }
            .map { bytes throws(XLSXError) in try NumberFormats.dateStyles(bytes) } ?? []
        let stringsPart = rels.values.first { $0.type.hasSuffix("/sharedStrings") }.map { Self.resolve($0.target, in: dir) }
        if let stringsPart, let i = zip.index(of: stringsPart) {
            strings = try SharedStrings.read(zip, index: i, name: stringsPart)
        } else {
            strings = SharedStrings()
        }
    }

    // MARK: - Parts and relationships

    struct Relationship {
        var type: String
        var target: String
    }

    /// The workbook part named by the package's relationships (`xl/workbook.xml` by convention).
    static func officeDocument(_ zip: ZipArchive) throws(XLSXError) -> String {
        let rels = try relationships(zip, "_rels/.rels")
        if let main = rels.values.first(where: { $0.type.hasSuffix("/officeDocument") }) {
            return resolve(main.target, in: "")
        }
        return "xl/workbook.xml"
    }

    static func relationships(_ zip: ZipArchive, _ part: String) throws(XLSXError) -> [String: Relationship] {
        guard let bytes = try zip.read(part, limit: 64 << 20) else { return [:] }
        var out: [String: Relationship] = [:]
        try XMLParts.scan(bytes) { c, kind in
            guard kind == .start || kind == .empty, c.isNamed("Relationship") else { return }
            let tag = c.tag
            guard let id = XMLBytes.attribute(tag.baseAddress!, tag.count, "Id"),
                let target = XMLBytes.attribute(tag.baseAddress!, tag.count, "Target")
            else { return }
            let type = XMLBytes.attribute(tag.baseAddress!, tag.count, "Type").map(XMLBytes.decodedString) ?? ""
            out[XMLBytes.decodedString(id)] = Relationship(type: type, target: XMLBytes.decodedString(target))
        }
        return out
    }

    static func directory(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }

    static func relationshipsPart(of part: String) -> String {
        let dir = directory(of: part)
        return dir + "_rels/" + part.dropFirst(dir.count) + ".rels"
    }

    /// A relationship's target as a part name: absolute (`/xl/…`) or relative to `dir`, `..` resolved.
    static func resolve(_ target: String, in dir: String) -> String {
        var parts: [Substring] = []
        let full = target.hasPrefix("/") ? String(target.dropFirst()) : dir + target
        for piece in full.split(separator: "/", omittingEmptySubsequences: true) {
            if piece == ".." {
                _ = parts.popLast()
            } else if piece != "." {
                parts.append(piece)
            }
        }
        return parts.joined(separator: "/")
    }

    // MARK: - Files that are not zip workbooks

    static let compoundMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// An OLE compound file: an old `.xls`/`.et` workbook, or an `.xlsx` encrypted with a password
    /// (Office keeps those in an `EncryptedPackage` stream).
    static func refuseCompoundFile(_ path: String) throws(XLSXError) {
        guard let h = FileHandle(forReadingAtPath: path) else { return }
        defer { try? h.close() }
        let head = (try? h.read(upToCount: 8)) ?? Data()
        guard [UInt8](head) == compoundMagic else { return }
        // The directory names are UTF-16; a few megabytes hold them in any real file.
        try? h.seek(toOffset: 0)
        let sample = (try? h.read(upToCount: 8 << 20)) ?? Data()
        throw compoundFileError([UInt8](sample))
    }

    static func compoundFileError(_ bytes: [UInt8]) -> XLSXError {
        let needle = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        if bytes.count >= needle.count, (0...(bytes.count - needle.count)).contains(where: { i in
            bytes[i] == needle[0] && Array(bytes[i..<(i + needle.count)]) == needle
        }) {
            return XLSXError(
                kind: .encrypted,
                message: .encryptedWorkbook)
        }
        return XLSXError(
            kind: .oldFormat,
            message: .oldFormatWorkbook)
    }
}

/// Small parts (workbook, relationships, styles) scanned tag by tag.
enum XMLParts {
    static func scan(_ bytes: [UInt8], _ body: (XMLCursor, XMLCursor.Kind) throws(XLSXError) -> Void) throws(XLSXError) {
        var offset = 0
        let window = ByteWindow(capacity: max(4096, min(bytes.count, 1 << 20))) { buffer, room throws(XLSXError) in
            let n = min(room, bytes.count - offset)
            bytes.withUnsafeBufferPointer { src in
                if n > 0 { buffer.update(from: src.baseAddress! + offset, count: n) }
            }
            offset += n
            return n
        }
        var c = XMLCursor(window)
        while true {
            let kind = try c.next()
            if kind == .eof { return }
            try body(c, kind)
        }
    }
}
