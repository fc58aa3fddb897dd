import CSatCore
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// `csat serve`: the pipeline as a local web application (SPEC.md "Web", docs/WEB.md).
public struct WebServer: Sendable {
    public struct Options: Sendable {
        public var host: String
        public var port: Int
        public var database: String?
        /// The bcrypt hash from `--password-file`; required beyond the loopback address.
        public var passwordHash: String?
        /// Bytes per request (`--max-upload`).
        public var uploadLimit: Int
        /// The pages' language when the browser does not say.
        public var language: Language
        /// The company key for the Data sheet's unit pseudonyms.
        public var keyPath: String?
        /// csat's version, written into sample manifests.
        public var version: String

        public init(
            host: String, port: Int, database: String?, passwordHash: String?, uploadLimit: Int, language: Language,
            keyPath: String?, version: String
        ) {
            self.host = host
            self.port = port
            self.database = database
            self.passwordHash = passwordHash
            self.uploadLimit = uploadLimit
            self.language = language
            self.keyPath = keyPath
            self.version = version
        }
    }

    /// Addresses that only this machine reaches.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    let options: Options
    /// The server's private folder (mode 0700): every request's uploads and every run's outputs.
    public let root: String
    let sessions: Sessions
    let runs = RunStore()

    public init(_ options: Options) throws {
        self.options = options
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        root = try PrivateFolder(in: base, prefix: "csat-serve-").path
        sessions = Sessions(passwordHash: options.passwordHash)
    }

    /// Removes the private folder and everything in it.
    public func removeFolder() { try? FileManager.default.removeItem(atPath: root) }

    /// The unit pseudonyms' key: `--key`, else csat.key beside the history file, else one made for
    /// this server run in its private folder.
    var keyPath: String {
        if let k = options.keyPath { return k }
        if let db = options.database { return ((db as NSString).deletingLastPathComponent as NSString).appendingPathComponent("csat.key") }
        return root + "/csat.key"
    }

    /// Serves until the process ends; `ready` gets the address once the socket listens.
    public func run(ready: @escaping @Sendable (String) -> Void) async throws {
        var logger = Logger(label: "csat-serve")
        logger.logLevel = .error
        let host = options.host
        let app = Application(
            router: router(),
            server: .http1(additionalChannelHandlers: [ContinueHandler()]),
            configuration: .init(address: .hostname(host, port: options.port), serverName: "csat"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let shown = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
                ready("http://\(shown):\(port)/")
            },
            logger: logger)
        try await app.runService(gracefulShutdownSignals: [])
    }

    func router() -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        router.add(middleware: Guard(sessions: sessions, defaultLanguage: options.language))
        router.add(middleware: LanguageCookie())
        router.get("/static/:file") { _, context -> Response in
            guard let name = context.parameters.get("file"), let f = StaticFiles.files[name] else {
                return Pages.plain(.notFound, "not found")
            }
            var r = Response(status: .ok, headers: [.contentType: f.type], body: .init(byteBuffer: ByteBuffer(string: f.text)))
            r.headers[.cacheControl] = "no-cache"
            return r
        }
        router.get("/") { _, context in try await self.wavesPage(context) }
        router.get("/new") { _, context in
            Pages.page(
                "new", title: WebWords.of(context.language).newTitle, tab: .new, context: context,
                values: [
                    "zh": context.language == .zh, "hasDatabase": self.options.database != nil,
                    "database": self.options.database.map { ($0 as NSString).lastPathComponent } ?? "",
                ])
        }
        router.post("/runs") { request, context in try await self.newWave(request, context) }
        router.get("/runs/:id/check") { _, context in try await self.runPage(context, figures: false) }
        router.get("/runs/:id/figures") { _, context in try await self.runPage(context, figures: true) }
        router.get("/runs/:id/files/:file") { _, context in try await self.download(context, sample: false) }
        router.get("/sample") { _, context in
            Pages.page("sample", title: WebWords.of(context.language).sampleTitle, tab: .sample, context: context, values: [:])
        }
        router.post("/sample") { request, context in try await self.drawSample(request, context) }
        router.post("/sample/verify") { request, context in try await self.verifySample(request, context) }
        router.get("/verifications/:id") { _, context in try await self.verificationPage(context) }
        router.get("/samples/:id") { _, context in try await self.samplePage(context) }
        router.get("/samples/:id/files/:file") { _, context in try await self.download(context, sample: true) }
        router.post("/api/check") { request, context in try await self.api(request, context, score: false) }
        router.post("/api/score") { request, context in try await self.api(request, context, score: true) }
        router.get("/login") { _, context in
            sessions.needsLogin && !context.loggedIn
                ? Pages.page("login", title: WebWords.of(context.language).loginTitle, context: context, values: [:])
                : Pages.redirect("/")
        }
        router.post("/login") { request, context in try await self.login(request, context) }
        router.post("/logout") { request, _ in
            await self.sessions.close(request)
            var r = Pages.redirect("/login")
            r.setCookie(Sessions.sessionCookie("", maxAge: 0))
            return r
        }
        return router
    }

    // MARK: Pages

    func wavesPage(_ context: WebContext) async throws -> Response {
        let (db, lang) = (options.database, context.language)
        let values: [String: Any]
        do {
            values = try await Pipeline.offLoop { () throws -> SendableBox in
                do { return SendableBox(try Pages.wavesValues(database: db, language: lang)) } catch { throw WrappedInputError(error) }
            }.value
        } catch let e as WrappedInputError {
            return Pages.problem(.internalServerError, e.error.text(lang), back: "/new", context: context)
        }
        return Pages.page("waves", title: WebWords.of(lang).wavesTitle, tab: .waves, context: context, values: values)
    }

    func runPage(_ context: WebContext, figures: Bool) async throws -> Response {
        guard let id = context.parameters.get("id"), Token.isWellFormed(Substring(id)), let run = await runs.wave(id) else {
            return Pages.problem(.notFound, WebWords.of(context.language).notFound, back: "/new", context: context)
        }
        let w = WebWords.of(context.language)
        return figures
            ? Pages.page("figures", title: w.figuresTitle, context: context, values: Pages.figuresValues(run, language: context.language))
            : Pages.page("check", title: w.checkTitle, context: context, values: Pages.checkValues(run, language: context.language))
    }

    func samplePage(_ context: WebContext) async throws -> Response {
        guard let id = context.parameters.get("id"), Token.isWellFormed(Substring(id)), let run = await runs.sample(id) else {
            return Pages.problem(.notFound, WebWords.of(context.language).notFound, back: "/sample", context: context)
        }
        let downloads = run.made.files.map { ["id": id, "file": ($0 as NSString).lastPathComponent] }
        return Pages.page(
            "sampled", title: WebWords.of(context.language).sampleResult, tab: .sample, context: context,
            values: ["plan": run.made.plan, "downloads": downloads, "warnings": run.made.warnings, "hasWarnings": !run.made.warnings.isEmpty])
    }

    /// A run's output by its file name: only names the run wrote are served.
    func download(_ context: WebContext, sample: Bool) async throws -> Response {
        guard let id = context.parameters.get("id"), Token.isWellFormed(Substring(id)), let file = context.parameters.get("file") else {
            return Pages.plain(.notFound, "not found")
        }
        let files = sample ? await runs.sample(id)?.downloads : await runs.wave(id)?.downloads
        guard let path = files?[file] else { return Pages.plain(.notFound, "not found") }
        let type =
            file.hasSuffix(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : file.hasSuffix(".svg") ? "image/svg+xml" : file.hasSuffix(".md") ? "text/markdown; charset=utf-8"
            : file.hasSuffix(".json") ? "application/json" : file.hasSuffix(".csv") ? "text/csv; charset=utf-8" : "application/octet-stream"
        let body = try await FileIO().loadFile(path: path, context: context)
        var headers: HTTPFields = [.contentType: type]
        if !file.hasSuffix(".svg") {
            let encoded = file.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: ".-_"))) ?? "download"
            headers[.contentDisposition] = "attachment; filename*=UTF-8''\(encoded)"
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    // MARK: Posts

    /// Receives a request's uploads into a private folder, runs `body` on them, and removes the
    /// uploads whatever happens.
    func receiving(
        _ request: Request, json: Bool, language: Language, back: String, context: WebContext,
        _ body: @escaping @Sendable (UploadedForm, PrivateFolder) async throws -> Response
    ) async throws -> Response {
        let folder = try PrivateFolder(in: root)
        defer { folder.remove() }
        let form: UploadedForm
        do {
            form = try await MultipartReceiver.receive(request, into: folder, limit: options.uploadLimit)
        } catch let refusal as UploadRefusal {
            let (status, message): (HTTPResponse.Status, Message) =
                switch refusal {
                case .tooLarge(let limit): (.contentTooLarge, .webTooLarge(FileBytes.megabytes(limit)))
                case .malformed(let why): (.badRequest, .webMalformed(why))
                }
            return json ? Pages.errorJSON(status, message.text(language)) : Pages.problem(status, message.text(language), back: back, context: context)
        }
        return try await body(form, folder)
    }

    static func wantsJSON(_ request: Request) -> Bool {
        request.headers[.accept]?.contains("application/json") == true
    }

    /// A page's post: the uploads received, `work` run off the event loop, its result stored by
    /// `keep` (which names the page to go to); a bad file answers 422 with the command line's
    /// message, as a page or, for the page's script, as JSON.
    func posted<T: Sendable>(
        _ request: Request, _ context: WebContext, back: String, extraNames: @escaping @Sendable (UploadedForm) -> [(String, String)] = { _ in [] },
        output: (@Sendable (_ id: String) -> String)? = nil,
        work: @escaping @Sendable (UploadedForm, PrivateFolder, _ id: String) throws(InputError) -> T,
        keep: @escaping @Sendable (T, _ id: String, FileNames) async -> String
    ) async throws -> Response {
        let (lang, json) = (context.language, Self.wantsJSON(request))
        return try await receiving(request, json: json, language: lang, back: back, context: context) { form, folder in
            let names = FileNames(form.files.map { ($0.path, $0.name) } + extraNames(form))
            let id = Token.make()
            let location: String
            do {
                let made = try await Pipeline.offLoop { () throws -> T in
                    do { return try work(form, folder, id) } catch { throw WrappedInputError(error) }
                }
                location = await keep(made, id, names)
            } catch let e as WrappedInputError {
                // A run that failed leaves none of its outputs.
                if let output { try? FileManager.default.removeItem(atPath: output(id)) }
                let message = names.shown(e.error, lang)
                return json ? Pages.errorJSON(.unprocessableContent, message) : Pages.problem(.unprocessableContent, message, back: back, context: context)
            }
            return json ? Pages.json(.ok, JSONWriter.write(.obj([("location", .string(location))]))) : Pages.redirect(location)
        }
    }

    func newWave(_ request: Request, _ context: WebContext) async throws -> Response {
        let (db, key, root, runs, lang) = (options.database, keyPath, root, runs, context.language)
        let output: @Sendable (String) -> String = { root + "/run-" + $0 }
        return try await posted(request, context, back: "/new", output: output) { form, folder, id throws(InputError) -> WaveRun.Made in
            guard let files = try Pipeline.waveFiles(form, folder: folder.path, language: lang) else {
                throw InputError(file: "request", message: Pipeline.whatIsMissing(form))
            }
            return try Pipeline.wave(
                files, names: form.names, output: output(id), language: lang, keyPath: key, database: db,
                store: form.text("store") != nil, replace: form.text("replace") != nil)
        } keep: { made, id, _ in
            await runs.add(WaveRun(id: id, made: made, folder: output(id)))
            return "/runs/\(id)/check"
        }
    }

    func drawSample(_ request: Request, _ context: WebContext) async throws -> Response {
        let (root, runs, version, lang) = (root, runs, options.version, context.language)
        let output: @Sendable (String) -> String = { root + "/sample-" + $0 }
        return try await posted(request, context, back: "/sample", output: output) { form, _, id throws(InputError) -> Pipeline.SampleMade in
            try Pipeline.sample(form, output: output(id), language: lang, version: version)
        } keep: { made, id, _ in
            await runs.add(SampleRunFiles(id: id, made: made, folder: output(id)))
            return "/samples/\(id)"
        }
    }

    func verifySample(_ request: Request, _ context: WebContext) async throws -> Response {
        let runs = runs
        return try await posted(
            request, context, back: "/sample",
            extraNames: { form in
                // The manifest is moved beside the list, where verify looks for it.
                guard let list = form.file("list"), let manifest = form.file("manifest") else { return [] }
                return [(SampleManifest.path(forList: list.path), manifest.name)]
            }
        ) { form, folder, _ throws(InputError) -> SampleVerification in
            try Pipeline.verify(form, folder: folder.path)
        } keep: { result, id, names in
            await runs.add(
                Verified(passed: result.passed, report: names.shown(result.report.joined(separator: "\n")), warnings: result.warnings.map(names.shown)),
                id: id)
            return "/verifications/\(id)"
        }
    }

    func verificationPage(_ context: WebContext) async throws -> Response {
        guard let id = context.parameters.get("id"), Token.isWellFormed(Substring(id)), let v = await runs.verification(id) else {
            return Pages.problem(.notFound, WebWords.of(context.language).notFound, back: "/sample", context: context)
        }
        let w = WebWords.of(context.language)
        let values: [String: Any] = [
            "verdict": v.passed ? w.matches : w.differs, "status": v.passed ? "pass" : "fail", "report": v.report,
            "warnings": v.warnings, "hasWarnings": !v.warnings.isEmpty,
        ]
        return Pages.page("verified", title: w.verifyResult, tab: .sample, context: context, values: values)
    }

    /// `POST /api/check`, `POST /api/score`: what `csat check --json` / `csat score --json` print
    /// for the same files, or 422 with the command line's message.
    func api(_ request: Request, _ context: WebContext, score: Bool) async throws -> Response {
        let lang = MessageLanguage.current
        return try await receiving(request, json: true, language: lang, back: "/", context: context) { form, folder in
            let names = form.names
            do {
                let text = try await Pipeline.offLoop { () throws -> String in
                    do {
                        guard let files = try Pipeline.waveFiles(form, folder: folder.path, language: lang) else {
                            throw InputError(file: "request", message: Pipeline.whatIsMissing(form))
                        }
                        let w = try Pipeline.load(files)
                        return score ? try Pipeline.scoreJSON(w, previous: try Pipeline.previous(files)) : Pipeline.checkJSON(w)
                    } catch { throw WrappedInputError(error) }
                }
                return Pages.json(.ok, names.shownInJSON(text))
            } catch let e as WrappedInputError {
                return Pages.errorJSON(.unprocessableContent, names.shown(e.error, lang))
            }
        }
    }

    func login(_ request: Request, _ context: WebContext) async throws -> Response {
        guard sessions.needsLogin else { return Pages.redirect("/") }
        let body = try await request.body.collect(upTo: 64 * 1024)
        let text = String(buffer: body)
        var password = ""
        for pair in text.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if kv.count == 2, kv[0] == "password" {
                password = kv[1].replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
        }
        guard await sessions.verify(password) else {
            return Pages.page("login", title: WebWords.of(context.language).loginTitle, context: context, values: ["wrong": true], status: .unauthorized)
        }
        let id = await sessions.open()
        var r = Pages.redirect("/")
        r.setCookie(Sessions.sessionCookie(id))
        return r
    }
}

/// `?lang=en` is remembered in a cookie, so the next page keeps the language.
struct LanguageCookie: RouterMiddleware {
    typealias Context = WebContext
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        if let q = request.uri.queryParameters["lang"], Language(rawValue: String(q)) != nil {
            response.setCookie(Cookie(name: "csat_lang", value: String(q), maxAge: 365 * 86400, path: "/", httpOnly: true, sameSite: .strict))
        }
        return response
    }
}

/// An `InputError` carried through `offLoop`'s untyped throws.
struct WrappedInputError: Error {
    let error: InputError
    init(_ error: any Error) {
        self.error = error as? InputError ?? InputError(file: "request", message: .webMalformed("\(error)"))
    }
}

/// The waves page's values cross from the worker thread as an opaque box (they are plain values).
struct SendableBox: @unchecked Sendable {
    let value: [String: Any]
    init(_ value: [String: Any]) { self.value = value }
}
