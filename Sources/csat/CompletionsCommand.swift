import ArgumentParser
import CSatCore
import Foundation

/// `csat install-completions`: the shell completion script, written where the user's shell loads it
/// without root (for a binary copied from a tarball or built with `swift build`; `scripts/install` and
/// the Debian package put the same scripts in the system's folders). docs/INSTALL.md "Shell completion".
struct CompletionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install-completions",
        abstract: "Install tab completion of csat's commands and options for bash, zsh or fish (for this user).",
        discussion: """
            Writes the completion script where the shell finds it: bash (bash-completion) \
            ~/.local/share/bash-completion/completions/csat, zsh ~/.local/share/zsh/site-functions/_csat (csat \
            says the fpath line to add to ~/.zshrc), fish ~/.config/fish/completions/csat.fish; XDG_DATA_HOME and \
            XDG_CONFIG_HOME are followed. The shell is SHELL's unless --shell names it. --print writes the script \
            to standard output instead. Running it again replaces the script (after an upgrade of csat).
            Example: csat install-completions --shell zsh
            """
    )

    enum Shell: String, ExpressibleByArgument, CaseIterable {
        case bash, zsh, fish
        var completion: CompletionShell {
            switch self {
            case .bash: .bash
            case .zsh: .zsh
            case .fish: .fish
            }
        }
    }

    @Option(help: "bash, zsh or fish (default: the one SHELL names).") var shell: Shell?
    @Flag(help: "Write the script to standard output; install nothing.") var print = false
    @Option(help: "The folder to write the script into, instead of the shell's own per-user folder.") var dir: String?

    /// The usage mistakes, here so that the message comes with this command's usage line.
    func validate() throws {
        let env = ProcessInfo.processInfo.environment
        let chosen = try shell ?? Self.shellOf(env["SHELL"])
        if !print && dir == nil { _ = try Self.folder(chosen, env) }
    }

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        let chosen = try shell ?? Self.shellOf(env["SHELL"])
        let script = CSat.completionScript(for: chosen.completion)
        if print {
            Terminal.json(script)
            return
        }
        let folder = try dir ?? Self.folder(chosen, env)
        let path = (folder as NSString).appendingPathComponent(chosen == .zsh ? "_csat" : chosen == .fish ? "csat.fish" : "csat")
        try OutputFile.createFolder(folder)
        try OutputFile.write(script, to: path)
        Terminal.note(Message.completionsInstalled(chosen.rawValue, path: path).description + "\n")
        if chosen == .zsh { Terminal.note(Message.completionsZshFpath(folder).description + "\n") }
    }

    /// `/usr/bin/zsh` → zsh; anything else is a usage error that asks for --shell.
    static func shellOf(_ value: String?) throws -> Shell {
        let name = value.map { ($0 as NSString).lastPathComponent } ?? ""
        if let s = Shell(rawValue: name) { return s }
        throw ValidationError(Message.completionsWhichShell(value ?? "").description)
    }

    /// The per-user folder each shell loads completions from, XDG variables followed.
    static func folder(_ shell: Shell, _ env: [String: String]) throws -> String {
        guard let home = env["HOME"], !home.isEmpty else { throw ValidationError(Message.completionsNoHome.description) }
        func xdg(_ key: String, _ fallback: String) -> String {
            if let v = env[key], v.hasPrefix("/") { return v }
            return (home as NSString).appendingPathComponent(fallback)
        }
        switch shell {
        case .bash: return (xdg("XDG_DATA_HOME", ".local/share") as NSString).appendingPathComponent("bash-completion/completions")
        case .zsh: return (xdg("XDG_DATA_HOME", ".local/share") as NSString).appendingPathComponent("zsh/site-functions")
        case .fish: return (xdg("XDG_CONFIG_HOME", ".config") as NSString).appendingPathComponent("fish/completions")
        }
    }
}
