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
        version: "0.1.0",
        subcommands: [InitCommand.self, SampleCommand.self, CheckCommand.self, ScoreCommand.self, ReportCommand.self]
    )

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

enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("csat: error: \(message)\n".utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("csat: warning: \(message)\n".utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// Report language: `zh` or `en`.
enum Language: String, ExpressibleByArgument, CaseIterable {
    case zh, en
}
