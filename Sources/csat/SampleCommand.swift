import ArgumentParser
import CSatCore
import CSatXLSX
import Foundation

/// `csat sample`: draws the stratified, seeded sample, or verifies one (SPEC.md "Commands", "Sampling").
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Draw a stratified, seeded sample of households from the roster, or verify one.",
        discussion: """
            csat sample --roster R.csv --seed 2026H1-wang -o sample.csv
            csat sample --verify sample.csv --roster R.csv
            Writes the list (project, stratum, unit, role, order, replaces, reason, then the roster's columns) \
            and sample.manifest.json beside it; with -o sample.xlsx, also sample.xlsx. The method is in docs/SAMPLING.md.
            Exit codes: 0 done (or the list matches), 1 the list does not match, 2 bad input or usage.
            """
    )

    @Option(
        help:
            "The household roster (CSV or XLSX): project, unit, the strata columns, optionally vacant (as role names, 项目/房号/楼栋/是否空置, or the survey's rosterColumns)."
    )
    var roster: String
    @Option(help: "Survey definition: the roster's column names (rosterColumns) and the default rate and minimum (rules).")
    var survey: String?
    @Option(help: "Minimum sampling rate per project (default 0.2, or the survey's rules.minSampleRate).")
    var rate: Double?
    @Option(help: "Minimum households per project; smaller projects are surveyed in full (default 20).")
    var min: Int?
    @Option(help: "Strata columns, comma-separated (building,customerType); \"\" for none.")
    var strata: String = "building"
    @Option(help: "Seed text; without it a fresh random seed is chosen and written to the manifest.")
    var seed: String?
    @Option(help: "Reserves as a share of n, rounded up.")
    var reserve: Double = 0.1
    @Option(help: "CSV of households (project, unit) never to sample.")
    var exclude: String?
    @Option(help: "CSV of households (project, unit) always sampled; they count towards n.")
    var include: String?
    @Option(name: .shortAndLong, help: "The sample list: .csv, or .xlsx (a .csv is written beside it too).")
    var output: String?
    @Flag(help: "Overwrite an existing sample list and manifest.")
    var force = false
    @Option(help: "A sample list to check against a re-draw from its manifest.")
    var verify: String?
    @Option(help: "Language of the plan and of the .xlsx list's headers: zh or en (default: the survey's, else the locale's).")
    var lang: Language?

    func validate() throws {
        MessageLanguage.follow(option: lang)
        if verify != nil {
            let drawOptions: [Any?] = [survey, rate, min, seed, exclude, include, output]
            if drawOptions.contains(where: { $0 != nil }) || strata != "building" || reserve != 0.1 {
                throw ValidationError(Message.verifyTakesOnlyRoster.description)
            }
            return
        }
        guard output != nil else { throw ValidationError(Message.sampleNeedsOutput.description) }
        if let problem = SampleOptions.problem(rate: rate, minCount: min, reserveRate: reserve) {
            throw ValidationError(problem.message.description)
        }
        if let seed, seed.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError(Message.seedEmpty.description) }
    }

    func run() throws {
        MessageLanguage.follow(option: lang)
        if let verify {
            // The manifest is found beside the list: a list from a pipe has nothing beside it.
            if !InputStreams.isFileOrMissing(verify) {
                throw InputError(
                    file: verify == "-" ? InputStreams.standardInputName : verify,
                    message: .verifyNeedsFile)
            }
            let result = try SampleVerification.run(listPath: verify, rosterPath: Inputs.table(roster))
            for w in result.warnings { Terminal.warning(w) }
            Terminal.out(result.report.joined(separator: "\n") + "\n")
            if !result.passed { throw ExitCode(1) }
            return
        }
        let output = output!
        let isXLSX = output.lowercased().hasSuffix(".xlsx")
        let csvPath = isXLSX ? String(output.dropLast(5)) + ".csv" : output
        let manifestPath = SampleManifest.path(forList: output)
        // The definition first: its language is the messages' from here on.
        let definition = try survey.map { p throws(InputError) in try SurveyLoader.load(path: Inputs.definition(p)) }
        if let definition { MessageLanguage.follow(definition: definition.language) }
        let language = lang ?? definition.map { Language(code: $0.language) } ?? MessageLanguage.current
        try checkTargets([csvPath, manifestPath] + (isXLSX ? [output] : []))
        let rules = definition?.rules ?? SamplingRules()
        let options = SampleOptions(
            rate: rate ?? rules.minSampleRate, minCount: min ?? rules.minSampleCount,
            reserveRate: reserve)
        let request = SampleRun.Request(
            rosterPath: try Inputs.table(roster), survey: definition,
            strata: strata.split(separator: ",").map { CellValues.trim(String($0)) }.filter { !$0.isEmpty },
            options: options, seed: seed ?? SampleKey.freshSeed(), seedGenerated: seed == nil,
            include: try include.map { p throws(InputError) in
                try SamplingRosterReader.unitList(path: Inputs.table(p), survey: definition)
            },
            exclude: try exclude.map { p throws(InputError) in
                try SamplingRosterReader.unitList(path: Inputs.table(p), survey: definition)
            })

        let drawn = try SampleRun.draw(request)
        let manifest = SampleRun.manifest(request, drawn, listFile: csvPath, csatVersion: CSat.version)
        // The list, its workbook and its manifest go into place together, or none does.
        try OutputFile.transaction { () throws(InputError) in
            try drawn.table.writeCSV(to: csvPath)
            PhaseProbe.mark("csv")
            if isXLSX { try SampleListWorkbook.write(drawn.table, to: output, language: language) }
            try manifest.write(to: manifestPath)
            PhaseProbe.mark("manifest")
        }

        Terminal.out(
            SamplePlanText.render(
                drawn.result.plans, seed: request.seed, seedGenerated: request.seedGenerated,
                options: options, strata: request.strata, vacantColumn: .some(drawn.columns.vacant), language: language))
        PhaseProbe.mark("plan")
        for w in drawn.result.warnings { Terminal.warning(w) }
        let files = [csvPath] + (isXLSX ? [output] : []) + [manifestPath]
        Terminal.note(Message.wroteSample(files, rows: drawn.table.count).description + "\n")
    }

    /// The list is fixed in advance (SPEC.md rule 3): an existing one is never replaced without --force,
    /// and an output never lands on an input.
    private func checkTargets(_ targets: [String]) throws {
        let inputs = [roster, survey, include, exclude].compactMap { $0 }.map {
            URL(fileURLWithPath: $0).standardizedFileURL.path
        }
        for t in targets {
            if inputs.contains(URL(fileURLWithPath: t).standardizedFileURL.path) {
                throw InputError(file: t, message: .outputIsAnInput)
            }
            try OutputFile.refuseNonRegular(t)
            if FileManager.default.fileExists(atPath: t) && !force {
                throw InputError(file: t, message: .sampleExists)
            }
        }
    }
}
