internal import CLibZip
import Foundation

/// The workbook's zip archive through libzip: parts found by name, inflated
/// whole (small parts) or chunk by chunk (sheets), with the bytes counted as
/// they come so that a zip bomb stops at `XLSXLimits` whatever its header says.
final class ZipArchive {
    private let zip: OpaquePointer
    let limits: XLSXLimits

    private var held: UnsafeMutableRawPointer?

    init(path: String, limits: XLSXLimits) throws(XLSXError) {
        self.limits = limits
        var code: Int32 = 0
        guard let z = zip_open(path, ZIP_RDONLY, &code) else { throw Self.openError(code) }
        zip = z
    }

    /// An archive in memory; the bytes are copied and kept for the archive's life.
    init(bytes: [UInt8], limits: XLSXLimits) throws(XLSXError) {
        self.limits = limits
        let copy = UnsafeMutableRawPointer.allocate(byteCount: max(1, bytes.count), alignment: 16)
        bytes.withUnsafeBytes { if let b = $0.baseAddress { copy.copyMemory(from: b, byteCount: bytes.count) } }
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(copy, UInt64(bytes.count), 0, &error) else {
            copy.deallocate()
            throw Self.openError(zip_error_code_zip(&error))
        }
        guard let z = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source)
            copy.deallocate()
            throw Self.openError(zip_error_code_zip(&error))
        }
        zip = z
        held = copy
    }

    private static func openError(_ code: Int32) -> XLSXError {
        var e = zip_error_t()
        zip_error_init_with_code(&e, code)
        defer { zip_error_fini(&e) }
        let why = String(cString: zip_error_strerror(&e))
        if code == ZIP_ER_NOZIP {
            return XLSXError(
                message:
                    "is not an .xlsx workbook (it is not a zip archive: \(why)); if it is a CSV file, give it the .csv extension, else open it in Excel or WPS and save it as .xlsx"
            )
        }
        if code == ZIP_ER_OPEN || code == ZIP_ER_NOENT || code == ZIP_ER_READ {
            return XLSXError(message: "cannot be read (\(why))")
        }
        return XLSXError(
            message:
                "is not a readable .xlsx workbook (\(why)); the file may be damaged or cut off: open it in Excel or WPS and save it again as .xlsx"
        )
    }

    deinit {
        zip_discard(zip)
        held?.deallocate()
    }

    /// The index of the part `name` (`xl/workbook.xml`), matched case-insensitively as Excel does.
    func index(of name: String) -> UInt64? {
        let i = zip_name_locate(zip, name, ZIP_FL_NOCASE)
        return i < 0 ? nil : UInt64(i)
    }

    /// A whole part, for the small ones (workbook, relationships, styles); nil when absent.
    func read(_ name: String, limit: Int64) throws(XLSXError) -> [UInt8]? {
        guard let i = index(of: name) else { return nil }
        let part = try open(i, name: name, limit: limit)
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = try chunk.withUnsafeMutableBufferPointer { b throws(XLSXError) in try part.read(into: b.baseAddress!, room: b.count) }
            if n == 0 { return out }
            out.append(contentsOf: chunk[0..<n])
        }
    }

    /// Part `i`, to be inflated by the caller a chunk at a time.
    func open(_ i: UInt64, name: String, limit: Int64? = nil) throws(XLSXError) -> Part {
        var st = zip_stat_t()
        zip_stat_init(&st)
        let compressed: Int64 = zip_stat_index(zip, i, 0, &st) == 0 && st.valid & UInt64(ZIP_STAT_COMP_SIZE) != 0 ? Int64(st.comp_size) : 0
        let size: Int64? = st.valid & UInt64(ZIP_STAT_SIZE) != 0 ? Int64(st.size) : nil
        guard let file = zip_fopen_index(zip, i, 0) else {
            let e = zip_get_error(zip)!
            let code = zip_error_code_zip(e)
            if code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP {
                throw XLSXError(
                    kind: .encrypted,
                    message:
                        "is protected by a password; remove it (Excel: File › Info › Protect Workbook › Encrypt with Password, clear it) and save again"
                )
            }
            throw XLSXError(message: "cannot read its part \(name) (\(String(cString: zip_error_strerror(e)))); open it in Excel and save it again")
        }
        return Part(
            archive: self, file: file, name: name, compressed: compressed, size: size,
            cap: min(limit ?? limits.maxEntryBytes, limits.maxEntryBytes))
    }

    /// One part being inflated; the bytes are counted as they come, so a zip bomb stops at
    /// `XLSXLimits` whatever sizes its headers claim.
    final class Part {
        let archive: ZipArchive  // keeps the archive open while the part is read
        private let file: OpaquePointer
        let name: String
        let compressed: Int64
        /// What the zip's directory says the part inflates to (not trusted, only for planning).
        let size: Int64?
        private let cap: Int64
        private(set) var total: Int64 = 0

        init(archive: ZipArchive, file: OpaquePointer, name: String, compressed: Int64, size: Int64?, cap: Int64) {
            self.archive = archive
            self.file = file
            self.name = name
            self.compressed = compressed
            self.size = size
            self.cap = cap
        }

        deinit { zip_fclose(file) }

        /// Up to `room` inflated bytes into `buffer`; 0 at the part's end.
        func read(into buffer: UnsafeMutablePointer<UInt8>, room: Int) throws(XLSXError) -> Int {
            let n = zip_fread(file, buffer, UInt64(room))
            if n < 0 {
                let why = String(cString: zip_error_strerror(zip_file_get_error(file)))
                throw XLSXError(message: "its part \(name) is damaged (\(why)); the file may be cut off: open it in Excel or WPS and save it again")
            }
            total += n
            let limits = archive.limits
            if total > cap || (total > limits.ratioFrom && compressed > 0 && total / compressed > limits.maxRatio) {
                throw XLSXError(
                    kind: .limit,
                    message:
                        "its part \(name) inflates past \(total >> 20) MB, \(compressed > 0 ? total / compressed : 0) times its packed size: a zip bomb, or not a workbook csat can read; csat stops rather than fill the memory"
                )
            }
            return Int(n)
        }
    }
}
