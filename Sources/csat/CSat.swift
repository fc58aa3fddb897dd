import ArgumentParser
import CSatCore

@main
struct CSat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csat",
        abstract: "Owner-satisfaction survey pipeline for property-management companies (物业服务满意度调查).",
        version: "0.1.0",
        subcommands: []
    )
}
