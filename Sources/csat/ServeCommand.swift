import ArgumentParser
import CSatCore
import CSatWeb
import Foundation

/// `csat serve`: the pipeline as a local web application (SPEC.md "Web", docs/WEB.md).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the pipeline as a web application: upload a wave, see the check and the figures, download the workbook.",
        discussion: """
            Pages: / (stored waves, with --db), /new (upload a wave), /sample (draw or verify a sample).
            JSON: POST /api/check and /api/score (multipart: survey or template, forms…, optional roster, sample, \
            previous…) answer what csat check --json / csat score --json print; a bad file answers 422 with the \
            command line's message, an upload over --max-upload 413.
            Listens on 127.0.0.1 unless --host says otherwise; any other address needs --password-file.
            Examples:
              csat serve --db history.sqlite
              csat serve --set-password serve.pw
              csat serve --host 0.0.0.0 --password-file serve.pw
            docs/WEB.md has the pages, the endpoints and the security rules.
            """
    )

    @Option(help: ArgumentHelp("A history file (csat history add): its waves are listed on the first page.", valueName: "file"))
    var db: String?
    @Option(help: "The address to listen on; other than loopback needs --password-file.") var host = "127.0.0.1"
    @Option(help: "The port (0: any free port, printed when listening).") var port = 8080
    @Option(help: ArgumentHelp("A file whose first line is a bcrypt hash of the password (csat serve --set-password FILE).", valueName: "file"))
    var passwordFile: String?
    @Option(help: ArgumentHelp("The largest request accepted, e.g. 512M or 2G (answers 413 beyond it).", valueName: "size"))
    var maxUpload = "1G"
    @Option(help: "The pages' language when the browser asks for neither: zh or en; also the endpoints' messages.")
    var lang: Language?
    @Option(
        help: ArgumentHelp(
            "The company key for the workbook's unit pseudonyms (default: csat.key beside --db, else one made for this server run).",
            valueName: "file"))
    var key: String?
    @Option(help: ArgumentHelp("Ask for a password (twice), write its bcrypt hash to this file, and stop.", valueName: "file"), completion: .file())
    var setPassword: String?

    func validate() throws {
        MessageLanguage.follow(option: lang)
        if setPassword != nil { return }
        if !WebServer.isLoopback(host) && passwordFile == nil { throw ValidationError(Message.webPasswordNeeded.description) }
        if !(0...65535).contains(port) { throw ValidationError("--port must be 0…65535, not \(port)") }
        if InputStreams.parseLimit(maxUpload) == nil { throw ValidationError("--max-upload " + Message.badStreamLimit(maxUpload).description) }
    }

    func run() throws {
        MessageLanguage.follow(option: lang)
        if let setPassword { return try writePassword(setPassword) }
        // One language for the endpoints' messages, whatever definitions the requests bring.
        let language = lang ?? MessageLanguage.current
        MessageLanguage.follow(option: language)
        let hash = try passwordFile.map { p throws(InputError) in try PasswordFile.read(p) }
        let server = try WebServer(
            .init(
                host: host, port: port, database: db, passwordHash: hash, uploadLimit: InputStreams.parseLimit(maxUpload)!,
                language: language, keyPath: key, version: CSat.version))
        Interrupts.cleanUps.withLock { $0.append { server.removeFolder() } }
        let done = DispatchSemaphore(value: 0)
        let failure = LockedError()
        Task {
            do {
                try await server.run { url in Terminal.note(Message.webListening(url).description + "\n") }
            } catch {
                failure.set(error)
            }
            done.signal()
        }
        done.wait()
        server.removeFolder()
        if let error = failure.get() {
            let text = "\(error)"
            Terminal.error(
                (text.contains("Address already in use") ? Message.webPortInUse(host, port) : Message.webCannotListen(host, port, text))
                    .description)
            throw ExitCode(2)
        }
    }

    /// Reads the password from the terminal without echo (or a line from standard input), twice on a terminal.
    private func writePassword(_ path: String) throws {
        func ask(_ prompt: String) -> String {
            if isatty(STDIN_FILENO) == 1, let p = getpass(prompt) { return String(cString: p) }
            return readLine(strippingNewline: true) ?? ""
        }
        let first = ask(MessageLanguage.current == .zh ? "密码：" : "Password: ")
        guard !first.isEmpty else { throw ValidationError(Message.webPasswordEmpty.description) }
        if isatty(STDIN_FILENO) == 1 {
            guard ask(MessageLanguage.current == .zh ? "再输一次：" : "Again: ") == first else {
                throw ValidationError(Message.webPasswordsDiffer.description)
            }
        }
        let text = PasswordFile.hash(first) + "\n"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw InputError(file: path, message: .cannotWrite(.theOutput, reason: String(cString: strerror(errno))))
        }
        fchmod(fd, 0o600)
        let ok = text.withCString { write(fd, $0, strlen($0)) } == text.utf8.count
        close(fd)
        guard ok else { throw InputError(file: path, message: .cannotWrite(.theOutput, reason: String(cString: strerror(errno)))) }
        Terminal.note(Message.webPasswordWritten(path).description + "\n")
    }
}

/// The server task's error, handed to the waiting main thread.
private final class LockedError: @unchecked Sendable {
    private let lock = NSLock()
    private var error: (any Error)?
    func set(_ e: any Error) { lock.withLock { error = e } }
    func get() -> (any Error)? { lock.withLock { error } }
}
