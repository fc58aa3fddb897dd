import Foundation
import Testing

/// `csat install-completions` as a user with a fresh home folder runs it: each shell's script lands
/// in the folder that shell loads per user, and bash itself (its `complete` machinery, not csat)
/// completes `csat sa` to `sample` and `csat sample --ro` to `--roster` with the installed script.
@Suite struct CompletionsTests {
    @Test func eachShellsFolderAndBashCompletes() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let home = dir.appendingPathComponent("home").path
        let env = ["HOME": home, "SHELL": "/bin/bash", "XDG_DATA_HOME": "", "XDG_CONFIG_HOME": ""]
        let r = try CLI.run(["install-completions"], in: dir, environment: env)
        #expect(r.status == 0, "\(r.stderr)")
        let bashFile = home + "/.local/share/bash-completion/completions/csat"
        #expect(r.stderr.contains("wrote the bash completion script \(bashFile)"), "\(r.stderr)")
        let printed = try CLI.run(["install-completions", "--shell", "bash", "--print"], in: dir, environment: env)
        #expect(try String(contentsOfFile: bashFile, encoding: .utf8) == printed.stdout)
        // Again (after an upgrade): replaced, not refused.
        #expect(try CLI.run(["install-completions"], in: dir, environment: env).status == 0)

        let bash = Process()
        bash.executableURL = URL(fileURLWithPath: "/bin/bash")
        bash.arguments = [
            "-c",
            """
            source "$1"
            complete -p csat
            COMP_WORDS=(csat sa); COMP_CWORD=1; COMP_LINE="csat sa"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
            _csat csat sa csat; echo "first: ${COMPREPLY[*]}"
            COMP_WORDS=(csat sample --ro); COMP_CWORD=2; COMP_LINE="csat sample --ro"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
            _csat csat --ro sample; echo "option: ${COMPREPLY[*]}"
            """,
            "bash", bashFile,
        ]
        let out = Pipe()
        bash.standardOutput = out
        try bash.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        bash.waitUntilExit()
        #expect(text.contains("complete -o filenames -F _csat csat"), "\(text)")
        #expect(text.contains("first: sample\n"), "\(text)")
        let option = text.components(separatedBy: "\n").first { $0.hasPrefix("option: ") } ?? ""
        #expect(option.split(separator: " ").contains("--roster"), "\(text)")

        // zsh: its site-functions folder under XDG_DATA_HOME, and the fpath line to add; fish: under XDG_CONFIG_HOME.
        let zsh = try CLI.run(["install-completions", "--shell", "zsh"], in: dir, environment: env.merging(["XDG_DATA_HOME": dir.path + "/data"]) { $1 })
        #expect(zsh.status == 0, "\(zsh.stderr)")
        let zshFile = dir.path + "/data/zsh/site-functions/_csat"
        #expect(try String(contentsOfFile: zshFile, encoding: .utf8).hasPrefix("#compdef csat"))
        #expect(zsh.stderr.contains("add fpath=(\(dir.path)/data/zsh/site-functions $fpath) to ~/.zshrc"), "\(zsh.stderr)")
        let fish = try CLI.run(["install-completions", "--shell", "fish"], in: dir, environment: env)
        #expect(fish.status == 0, "\(fish.stderr)")
        #expect(try String(contentsOfFile: home + "/.config/fish/completions/csat.fish", encoding: .utf8).contains("complete -c 'csat'"))
        // --dir: exactly there.
        let mine = try CLI.run(["install-completions", "--shell", "bash", "--dir", "mine"], in: dir, environment: env)
        #expect(mine.status == 0, "\(mine.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.path + "/mine/csat"))
    }
}
