import CSatCore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdBcrypt

/// Each request's own state: the language of its page and the CSRF token its forms carry.
struct WebContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    var csrf = ""
    var language = Language.zh
    var loggedIn = false

    init(source: Source) { coreContext = .init(source: source) }
}

/// The password file: its first line is a bcrypt hash (`csat serve --set-password FILE` writes it).
public enum PasswordFile {
    public static func read(_ path: String) throws(InputError) -> String {
        let bytes = try FileBytes.read(path)
        let line = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let hash = line.trimmingCharacters(in: .whitespaces)
        guard hash.count == 60, ["$2a$", "$2b$", "$2y$"].contains(String(hash.prefix(4))) else {
            throw InputError(file: path, line: 1, message: .webPasswordFileBad)
        }
        return hash
    }

    /// A new hash of `password` (bcrypt, cost 12: about a quarter of a second to check).
    public static func hash(_ password: String) -> String { Bcrypt.hash(password, cost: 12) }
}

/// Who may use the server. On the loopback address without a password, everyone on this machine
/// may; then one token per server run guards the forms against other web sites. With a password,
/// a login makes a session (a cookie that scripts in the page cannot read, and that the browser
/// sends only to requests from this server's own pages) with a token of its own.
actor Sessions {
    let passwordHash: String?
    private let serverToken = Token.make()
    private var sessions: [String: (csrf: String, expires: Date)] = [:]
    static let lifetime: TimeInterval = 12 * 3600
    static let cookie = "csat_session"

    init(passwordHash: String?) { self.passwordHash = passwordHash }

    nonisolated var needsLogin: Bool { passwordHash != nil }

    /// The request's CSRF token, or nil when it must log in first.
    func csrf(for request: Request) -> String? {
        guard needsLogin else { return serverToken }
        guard let id = request.cookies[Self.cookie]?.value, Token.isWellFormed(Substring(id)), let s = sessions[id] else { return nil }
        guard s.expires > Date() else {
            sessions[id] = nil
            return nil
        }
        return s.csrf
    }

    func open() -> String {
        let now = Date()
        sessions = sessions.filter { $0.value.expires > now }
        let id = Token.make()
        sessions[id] = (Token.make(), now.addingTimeInterval(Self.lifetime))
        return id
    }

    func close(_ request: Request) {
        if let id = request.cookies[Self.cookie]?.value { sessions[id] = nil }
    }

    /// bcrypt is slow on purpose: checked off the event loop.
    func verify(_ password: String) async -> Bool {
        guard let hash = passwordHash else { return true }
        return (try? await Pipeline.offLoop { Bcrypt.verify(password, hash: hash) }) ?? false
    }

    static func sessionCookie(_ id: String, maxAge: Int = Int(lifetime)) -> Cookie {
        Cookie(name: cookie, value: id, maxAge: maxAge, path: "/", httpOnly: true, sameSite: .strict)
    }
}

/// Headers on every answer, the login gate, and the cross-site checks (docs/WEB.md, "Security").
struct Guard: RouterMiddleware {
    typealias Context = WebContext
    let sessions: Sessions
    let defaultLanguage: Language

    /// Nothing but this server's own files: no inline script, no plug-in, no framing.
    static let policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.language = Self.language(request, default: defaultLanguage)
        var response: Response
        if let stop = try await gate(request, &context) {
            response = stop
        } else {
            response = try await next(request, context)
        }
        Self.secure(&response.headers)
        return response
    }

    static func secure(_ h: inout HTTPFields) {
        h[.contentSecurityPolicy] = policy
        h[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        h[HTTPField.Name("X-Frame-Options")!] = "DENY"
        h[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        h[HTTPField.Name("Cross-Origin-Opener-Policy")!] = "same-origin"
        if h[.cacheControl] == nil { h[.cacheControl] = "no-store" }
    }

    /// An answer that stops the request here, or nil to go on.
    private func gate(_ request: Request, _ context: inout Context) async throws -> Response? {
        let path = request.uri.path
        if path.hasPrefix("/static/") { return nil }
        let isAPI = path.hasPrefix("/api/")
        // A form or a script of another site posting here: refused whatever it carries.
        if request.method != .get && request.method != .head, let origin = request.headers[.origin],
            !Self.sameOrigin(origin, host: request.head.authority)
        {
            return Pages.plain(.forbidden, "cross-site request refused")
        }
        if let csrf = await sessions.csrf(for: request) {
            context.csrf = csrf
            context.loggedIn = sessions.needsLogin
        } else if isAPI, let password = Self.basicPassword(request), await sessions.verify(password) {
            return nil
        } else if path == "/login" {
            return nil
        } else if isAPI {
            var r = Pages.json(.unauthorized, #"{"error":"log in first (POST /login, or HTTP Basic with the password)"}"#)
            r.headers[.wwwAuthenticate] = #"Basic realm="csat""#
            return r
        } else {
            return Pages.redirect("/login")
        }
        // Pages' forms carry the token (in the query, so it is known before a large body is read).
        if request.method == .post && !isAPI && path != "/login" {
            let sent = request.uri.queryParameters["csrf"].map(String.init) ?? request.headers[HTTPField.Name("X-CSRF-Token")!]
            guard sent == context.csrf else { return Pages.plain(.forbidden, "missing or wrong CSRF token") }
        }
        return nil
    }

    static func sameOrigin(_ origin: String, host: String?) -> Bool {
        guard let host, let url = URL(string: origin), let h = url.host else { return false }
        let port = url.port.map { ":\($0)" } ?? ""
        return (h + port).lowercased() == host.lowercased() || (h.contains(":") && "[\(h)]\(port)".lowercased() == host.lowercased())
    }

    static func basicPassword(_ request: Request) -> String? {
        guard let auth = request.headers[.authorization], auth.lowercased().hasPrefix("basic "),
            let data = Data(base64Encoded: String(auth.dropFirst(6)).trimmingCharacters(in: .whitespaces)),
            let text = String(data: data, encoding: .utf8), let colon = text.firstIndex(of: ":")
        else { return nil }
        return String(text[text.index(after: colon)...])
    }

    /// `?lang=en|zh`, else the `csat_lang` cookie, else the browser's first language, else the server's.
    static func language(_ request: Request, default: Language) -> Language {
        if let q = request.uri.queryParameters["lang"], let l = Language(rawValue: String(q)) { return l }
        if let c = request.cookies["csat_lang"]?.value, let l = Language(rawValue: c) { return l }
        if let accept = request.headers[.acceptLanguage]?.lowercased() {
            let first = accept.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if first.hasPrefix("zh") { return .zh }
            if first.hasPrefix("en") { return .en }
        }
        return `default`
    }
}
