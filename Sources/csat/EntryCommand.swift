import ArgumentParser
import CSatCore
import CSatXLSX
import Foundation

struct EntryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entry",
        abstract: "Write the data-entry workbook for typing the paper forms: one row per household, a dropdown per question.",
        discussion: """
            Each row is prefilled with the household's form id, project, building and unit (locked, grey), in the \
            surveyors' walking order; the clerk picks each answer from its dropdown and copies the form id printed on \
            the paper into 核对编号 (paperFormID). Give the typed workbook to csat check as it is: a row left empty is a \
            form not returned, a form typed into another household's row is wrong_household, an id csat did not print \
            is unknown_form. An existing workbook is never overwritten without --force. docs/FIELDWORK.md.
            Example: csat entry --survey survey.json --sample sample.csv -o 录入.xlsx
            """
    )

    @Option(help: "The survey definition (JSON).") var survey: String
    @Option(help: "The sample list that csat sample wrote (CSV or XLSX).") var sample: String
    @Flag(help: "Give the reserve households rows too (a reserve that replaced a household always has one).")
    var reserves = false
    @Option(name: [.customShort("o"), .customLong("output")], help: "The workbook to write (.xlsx).") var output: String
    @Flag(help: "Overwrite an existing workbook (it may hold typed forms).") var force = false
    @Option(help: "Language of the sheet names and instructions: zh or en (default: the survey's).") var lang: Language?

    func validate() throws {
        MessageLanguage.follow(option: lang)
    }

    func run() throws {
        MessageLanguage.follow(option: lang)
        let (s, households, hasSurveyor) = try FieldInputs.read(
            survey: survey, sample: sample, reserves: reserves, output: output)
        try FieldInputs.refuse(output, inputs: [survey, sample], force: force)
        let language = lang ?? Language(code: s.language)
        try EntryWorkbook.write(
            survey: s, households: households, hasSurveyor: hasSurveyor, to: output, language: language)
        Terminal.note(Message.wroteEntry(output, rows: households.count).description + "\n")
    }
}
