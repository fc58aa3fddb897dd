import ArgumentParser
import CSatCore
import Foundation

@main
struct CSat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csat",
        abstract: "Owner-satisfaction survey pipeline for property-management companies (物业服务满意度调查).",
        discussion: """
            Reads filled questionnaires (CSV in UTF-8 or GB18030, JSON, JSON Lines), judges every form, \
            checks the sampling rule per project, and scores satisfaction.
            Exit codes: 0 success, 1 a rule failed under --strict, 2 bad input or usage.
            """,
        // `csat --version`: the version, and where the templates come from (built in, or a folder that replaces them).
        version: "csat \(version)\ntemplates: \(Templates.describe())",
        subcommands: [
            InitCommand.self, SampleCommand.self, CheckCommand.self, ScoreCommand.self, ReportCommand.self, CalendarCommand.self, PrintCommand.self,
            EntryCommand.self, HistoryCommand.self, ActionsCommand.self, ServeCommand.self, CompletionsCommand.self,
        ]
    )

    /// The version, also written into every sample manifest; scripts/package and scripts/install read it here.
    static let version = "0.1.0"

    /// SPEC.md "Commands": exit 2 on bad input or usage (argument-parser's own default is 64).
    static func main() {
        Interrupts.install()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as InputError {
            Terminal.error(error.description)
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                var message = fullMessage(for: error)
                if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
                Terminal.error(message)
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// What csat prints for people. Text from data (project names, file names, cells quoted in a
/// message) can hold escape codes that clear the screen, set the window title or make a line read
/// backwards; every such character is shown as `\u{1B}` instead (docs/SECURITY.md, "Terminal
/// output"). Machine output (`--json`) goes out as it is: JSON escapes control characters itself.
enum Terminal {
    static func error(_ message: String) {
        note("csat: error: \(message)\n")
    }

    static func warning(_ message: String) {
        note("csat: warning: \(message)\n")
    }

    /// In the language of this run's messages.
    static func warning(_ message: Message) {
        warning(message.description)
    }

    /// A line for people on standard error, without a prefix.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data(visible(text).utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(visible(text).utf8))
    }

    /// JSON for programs, unchanged.
    static func json(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// JSON for programs, written from `JSONWriter`'s own buffer (no copy of tens of megabytes).
    static func json(_ value: JSONValue) {
        JSONWriter.withUTF8(value) { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            FileHandle.standardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base),
                                                 count: bytes.count, deallocator: .none))
        }
    }

    /// `text` with every control character but newline and tab (C0, DEL, C1), every bidirectional
    /// control and the Unicode line and paragraph separators written as `\u{…}`.
    static func visible(_ text: String) -> String {
        let text = InputStreams.shown(text)
        guard text.unicodeScalars.contains(where: isHidden) else { return text }
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            if isHidden(u) {
                out.append(contentsOf: "\\u{\(String(u.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(u)
            }
        }
        return String(out)
    }

    static func isHidden(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C, 0x2028, 0x2029: true
        default: false
        }
    }
}

/// Every input the user names, as a file: `-` (standard input), a pipe, a FIFO or a device is read
/// once into a private copy that the readers share (docs/SECURITY.md, "Inputs that are not files").
enum Inputs {
    static func table(_ path: String) throws(InputError) -> String {
        announce(path)
        return try InputStreams.regular(path, limit: .table)
    }

    static func definition(_ path: String) throws(InputError) -> String {
        announce(path)
        return try InputStreams.regular(path, limit: .definition, what: .theSurveyDefinitionFile)
    }

    /// `-` on a terminal waits for typing, as `cat` does: say so, and how to end it.
    private static func announce(_ path: String) {
        if path == "-" && isatty(STDIN_FILENO) == 1 { Terminal.note(Message.readingStandardInput.description + "\n") }
    }
}

/// `--lang zh|en`: the report's language, and the messages' unless `CSAT_LANG` says otherwise.
extension Language: ExpressibleByArgument {}
