import ArgumentParser
import CSatCore
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a survey definition from a template.",
        discussion: "Example: csat init --template residential --lang zh -o survey.json"
    )

    enum Template: String, ExpressibleByArgument, CaseIterable { case residential, office, commercial }

    @Option(help: "residential, office or commercial.") var template: Template = .residential
    @Option(help: "Language of the questions: zh or en.") var lang: Language = .zh
    @Option(name: .shortAndLong, help: "Where to write the definition (- for standard output).") var output: String
    @Flag(help: "Overwrite an existing file.") var force = false

    func run() throws {
        let source = try Templates.survey(template.rawValue, language: lang.rawValue)
        // Load it through the same checks as a user's definition: a broken template must never be handed out.
        _ = try SurveyLoader.load(path: source)
        guard let data = FileManager.default.contents(atPath: source) else {
            throw InputError(file: source, message: "cannot read the template")
        }
        if output == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        if FileManager.default.fileExists(atPath: output) && !force {
            throw InputError(file: output, message: "already exists; pass --force to overwrite it")
        }
        try OutputFile.write(data, to: output)
        FileHandle.standardError.write(
            Data(
                "csat: wrote \(output) (\(template.rawValue), \(lang.rawValue)); edit the projects' column names under \"columns\" to match your export\n"
                    .utf8))
    }
}
