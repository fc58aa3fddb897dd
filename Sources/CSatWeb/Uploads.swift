import CSatCore
import Foundation
import Hummingbird
import MultipartKit

/// One file a browser or a script sent: where it lies in the request's private folder, and the
/// name the client gave it, which is shown in messages and never used as a path (docs/WEB.md).
struct Upload: Sendable {
    var field: String
    var name: String
    var path: String
    var size: Int
}

/// A request's multipart body, received: the files on disk, the text fields in memory.
struct UploadedForm: Sendable {
    var files: [Upload] = []
    var fields: [String: String] = [:]

    func files(_ field: String) -> [Upload] { files.filter { $0.field == field } }
    func file(_ field: String) -> Upload? { files.first { $0.field == field } }
    func text(_ field: String) -> String? {
        guard let v = fields[field]?.trimmingCharacters(in: .whitespacesAndNewlines), !v.isEmpty else { return nil }
        return v
    }

    /// Temporary path → the client's name, for every message and output that names a file.
    var names: FileNames { FileNames(files.map { ($0.path, $0.name) }) }
}

/// Replaces the private paths of uploads by the names the client gave, in text and in JSON text.
struct FileNames: Sendable {
    private var pairs: [(path: String, name: String)]

    init(_ pairs: [(String, String)]) {
        // Longest first: `…/1.csv` must not be replaced inside `…/11.csv`.
        self.pairs = pairs.map { (path: $0.0, name: $0.1) }.sorted { $0.path.count > $1.path.count }
    }

    func shown(_ text: String) -> String {
        var text = text
        for p in pairs where text.contains(p.path) { text = text.replacingOccurrences(of: p.path, with: p.name) }
        return text
    }

    /// In JSON text the name goes inside a string: quotes, backslashes and control characters escaped.
    func shownInJSON(_ text: String) -> String {
        var text = text
        for p in pairs where text.contains(p.path) {
            // `"name"` as csat writes a JSON string, without its quotes.
            let quoted = JSONWriter.write(.string(p.name)).trimmingCharacters(in: .whitespacesAndNewlines)
            text = text.replacingOccurrences(of: p.path, with: String(quoted.dropFirst().dropLast()))
        }
        return text
    }

    func shown(_ error: InputError, _ language: Language) -> String { shown(error.text(language)) }
}

/// Why an upload was refused before csat read it.
enum UploadRefusal: Error, Sendable {
    /// Larger than `csat serve --max-upload`: 413.
    case tooLarge(limit: Int)
    /// Not multipart/form-data, or broken: 400.
    case malformed(String)
}

/// A private folder (mode 0700) under the server's own folder, for one request; removed with
/// everything in it when the request is done.
final class PrivateFolder: Sendable {
    let path: String

    /// `<root>/<prefix>XXXXXX`, made by mkdtemp (mode 0700, a name nobody can guess or take first).
    init(in root: String, prefix: String = "req-") throws {
        var template = Array((root + "/" + prefix + "XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw UploadRefusal.malformed("cannot make a private folder in \(root): \(String(cString: strerror(errno)))")
        }
        path = String(cString: made)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// Streams a multipart/form-data body into a private folder (multipart-kit's parser): each file
/// part is written as it arrives, so an upload of any size takes a few buffers of memory.
enum MultipartReceiver {
    /// A text field is a few words (a seed, a template name); a longer one is refused.
    static let fieldLimit = 64 * 1024
    /// After the limit is passed, up to this much more is read and dropped so that the client gets
    /// the 413 answer instead of a reset connection; beyond it the connection is closed.
    static let drainLimit = 256 * 1024 * 1024

    static func boundary(of contentType: String?) -> String? {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for part in contentType.split(separator: ";").dropFirst() {
            let kv = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard kv.count == 2, kv[0].lowercased() == "boundary" else { continue }
            var b = kv[1]
            if b.hasPrefix("\""), b.hasSuffix("\""), b.count >= 2 { b = String(b.dropFirst().dropLast()) }
            return b.isEmpty || b.utf8.count > 200 ? nil : b
        }
        return nil
    }

    static func receive(_ request: Request, into folder: PrivateFolder, limit: Int) async throws -> UploadedForm {
        guard let boundary = boundary(of: request.headers[.contentType]) else {
            throw UploadRefusal.malformed("expected multipart/form-data with a boundary")
        }
        let work = Parsing(sink: PartSink(folder: folder.path), parser: MultipartParser(boundary: boundary))
        var total = 0
        var over = false
        var pending = ByteBuffer()
        // The parser runs on Dispatch's threads, a megabyte at a time: the server's own threads
        // stay free for other requests while large files arrive.
        func feed() async throws {
            guard pending.readableBytes > 0 else { return }
            let chunk = pending
            pending = ByteBuffer()
            if let problem = try await Pipeline.offLoop({ try work.execute(chunk) }) {
                work.sink.abandon()
                throw UploadRefusal.malformed(problem)
            }
        }
        for try await buffer in request.body {
            total += buffer.readableBytes
            if total > limit { over = true }
            if over {
                work.sink.abandon()
                if total > limit + drainLimit { break }
                continue
            }
            var b = buffer
            pending.writeBuffer(&b)
            if pending.readableBytes >= 1 << 20 { try await feed() }
        }
        if !over { try await feed() }
        if over { throw UploadRefusal.tooLarge(limit: limit) }
        work.sink.abandon()
        return work.sink.form
    }
}

/// The parser and its callbacks, used by one request at a time (each chunk awaited before the
/// next), on whichever thread Dispatch gives.
private final class Parsing: @unchecked Sendable {
    let sink: PartSink
    let parser: MultipartParser

    init(sink: PartSink, parser: MultipartParser) {
        self.sink = sink
        self.parser = parser
        parser.onHeader = { name, value in sink.header(name, value) }
        parser.onBody = { buffer in sink.body(&buffer) }
        parser.onPartComplete = { sink.complete() }
    }

    /// The problem that stops the upload, if any.
    func execute(_ chunk: ByteBuffer) throws -> String? {
        do {
            try parser.execute(chunk)
        } catch {
            return "the multipart body is broken"
        }
        return sink.problem
    }
}

/// The parser's callbacks: one part at a time, its file opened on its first bytes.
private final class PartSink {
    let folder: String
    var form = UploadedForm()
    var problem: String?
    private var name: String?
    private var filename: String?
    private var fd: Int32 = -1
    private var path: String?
    private var size = 0
    private var text: [UInt8] = []

    init(folder: String) { self.folder = folder }

    func header(_ header: String, _ value: String) {
        guard header.lowercased() == "content-disposition" else { return }
        let (n, f) = Self.disposition(value)
        name = n
        filename = f
    }

    func body(_ buffer: inout ByteBuffer) {
        guard problem == nil else { return }
        if filename != nil {
            if fd < 0 && !open() { return }
            // The parser hands over a piece per CR (every line of a Windows file): gathered into
            // a megabyte before each write, not one system call per line.
            pendingBytes += buffer.readableBytesView
            if pendingBytes.count >= 1 << 20 { flush() }
            size += buffer.readableBytes
        } else {
            text += buffer.readableBytesView
            if text.count > MultipartReceiver.fieldLimit { problem = "the field \(name ?? "") is too long" }
        }
    }

    private var pendingBytes: [UInt8] = []

    private func flush() {
        guard fd >= 0, !pendingBytes.isEmpty else { return }
        pendingBytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 {
                    if errno == EINTR { continue }
                    problem = "cannot store the upload: \(String(cString: strerror(errno)))"
                    return
                }
                offset += n
            }
        }
        pendingBytes.removeAll(keepingCapacity: true)
    }

    func complete() {
        defer {
            name = nil
            filename = nil
            text = []
            size = 0
            path = nil
        }
        guard let name else { return }
        if let filename {
            // A file input left empty sends a part with no name and no bytes: nothing was chosen.
            if filename.isEmpty && fd < 0 { return }
            if fd < 0 && !open() { return }
            flush()
            close(fd)
            fd = -1
            if problem != nil { return }
            form.files.append(Upload(field: name, name: Self.shownName(filename, index: form.files.count + 1), path: path!, size: size))
        } else {
            form.fields[name] = String(decoding: text, as: UTF8.self)
        }
    }

    func abandon() {
        pendingBytes = []
        if fd >= 0 { close(fd) }
        fd = -1
    }

    /// `<n>.<ext>`: only the extension comes from the client, and only when it is short letters
    /// and digits (csat tells CSV, XLSX and JSON apart by it).
    private func open() -> Bool {
        let ext = (filename.map { ($0 as NSString).pathExtension.lowercased() } ?? "")
        let safe = !ext.isEmpty && ext.count <= 8 && ext.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        let p = folder + "/\(form.files.count + 1)" + (safe ? "." + ext : "")
        fd = Foundation.open(p, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            problem = "cannot store the upload: \(String(cString: strerror(errno)))"
            return false
        }
        path = p
        return true
    }

    /// The last path component of what the client sent, without control characters.
    static func shownName(_ filename: String, index: Int) -> String {
        let last = filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(String.UnicodeScalarView(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }))
        let trimmed = String(clean.prefix(200))
        return trimmed.isEmpty || trimmed == "." || trimmed == ".." ? "upload-\(index)" : trimmed
    }

    /// `form-data; name="forms"; filename="翠湖苑.csv"` (or `filename*=UTF-8''%E7%BF%A0…`).
    static func disposition(_ value: String) -> (name: String?, filename: String?) {
        var name: String?
        var filename: String?
        var starred: String?
        for param in splitParameters(value) {
            guard let eq = param.firstIndex(of: "=") else { continue }
            let key = param[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
            var v = param[param.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            if v.hasPrefix("\""), v.hasSuffix("\""), v.count >= 2 {
                v = String(v.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
                    .replacingOccurrences(of: "%22", with: "\"")
            }
            switch key {
            case "name": name = v
            case "filename": filename = v
            case "filename*":
                if let quote = v.range(of: "''") { starred = String(v[quote.upperBound...]).removingPercentEncoding }
            default: break
            }
        }
        return (name, starred ?? filename)
    }

    /// Splits on `;` outside quotes.
    private static func splitParameters(_ value: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quoted = false
        var previous: Character = " "
        for c in value {
            if c == "\"" && previous != "\\" { quoted.toggle() }
            if c == ";" && !quoted {
                parts.append(current)
                current = ""
            } else {
                current.append(c)
            }
            previous = c
        }
        parts.append(current)
        return parts
    }
}
