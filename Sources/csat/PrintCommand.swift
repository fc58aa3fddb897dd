import ArgumentParser
import CSatCore
import CSatXLSX
import Foundation

struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Write the paper questionnaires: one A4 page per sampled household, form id and unit printed on it.",
        discussion: """
            The workbook's first sheet holds each surveyor's hand-out list (their households in walking order, \
            building then unit, with columns to tick at hand-out and collection); then one sheet per project with one \
            page per household. Print it as it is: the page breaks and scale give one sheet of paper per household. \
            Surveyors come from a surveyor (调查员) column in the sample list when it has one. docs/FIELDWORK.md.
            Example: csat print --survey survey.json --sample sample.csv -o 问卷.xlsx
            """
    )

    @Option(help: "The survey definition (JSON).") var survey: String
    @Option(help: "The sample list that csat sample wrote (CSV or XLSX).") var sample: String
    @Flag(help: "Print the reserve households' forms too (a reserve that replaced a household is always printed).")
    var reserves = false
    @Option(name: [.customShort("o"), .customLong("output")], help: "The workbook to write (.xlsx).") var output: String
    @Option(help: "Language of the printed words: zh or en (default: the survey's).") var lang: Language?

    func validate() throws {
        MessageLanguage.follow(option: lang)
    }

    func run() throws {
        MessageLanguage.follow(option: lang)
        let (s, households, _) = try FieldInputs.read(survey: survey, sample: sample, reserves: reserves, output: output)
        try FieldInputs.refuse(output, inputs: [survey, sample], force: true)
        let language = lang ?? Language(code: s.language)
        try QuestionnaireWorkbook.write(survey: s, households: households, to: output, language: language)
        let rounds = FieldList.rounds(households).count
        Terminal.note(Message.wroteQuestionnaires(output, pages: households.count, rounds: rounds).description + "\n")
    }
}

/// What `print` and `entry` both read: the definition and the sample list's households.
enum FieldInputs {
    static func read(
        survey: String, sample: String, reserves: Bool, output: String
    ) throws -> (Survey, [FieldList.Household], hasSurveyor: Bool) {
        guard output.lowercased().hasSuffix(".xlsx") else { throw InputError(file: output, message: .fieldOutputNotXLSX) }
        let s = try SurveyLoader.load(path: Inputs.definition(survey))
        MessageLanguage.follow(definition: s.language)
        let list = try FieldList.read(path: Inputs.table(sample), survey: s)
        let households = list.selected(reserves: reserves)
        guard !households.isEmpty else { throw InputError(file: sample, message: .fieldNoHouseholds) }
        return (s, households, list.hasSurveyor)
    }

    /// An output never lands on an input; an existing one is replaced only with `force`.
    static func refuse(_ output: String, inputs: [String], force: Bool) throws {
        let target = URL(fileURLWithPath: output).standardizedFileURL.path
        if inputs.contains(where: { URL(fileURLWithPath: $0).standardizedFileURL.path == target }) {
            throw InputError(file: output, message: .outputIsAnInput)
        }
        try OutputFile.refuseNonRegular(output)
        if !force && FileManager.default.fileExists(atPath: output) { throw InputError(file: output, message: .entryExists) }
    }
}
