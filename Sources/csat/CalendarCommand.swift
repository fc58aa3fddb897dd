import ArgumentParser
import CSatCore

struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Print the wave's timetable: hand-out, collection deadline, statistics deadline, report due.",
        discussion: """
            Reads the definition's "wave" block (handOut, collectionWorkingDays, statisticsWorkingDays). Working days \
            skip weekends and China's public holidays and count the make-up working days (调休), from the calendar \
            built into csat (2024–2026) or --holidays FILE. The method is in docs/CALENDAR.md.
            Example: csat calendar --survey survey.json
            """
    )

    @Option(help: "The survey definition (JSON) with a \"wave\" block.") var survey: String
    @Option(help: "A holiday calendar (JSON, the shape of csat's built-in one) instead of the built-in one.")
    var holidays: String?
    @Option(help: "Language of the output: zh or en (default: the survey's).") var lang: Language?

    func validate() throws {
        MessageLanguage.follow(option: lang)
    }

    func run() throws {
        MessageLanguage.follow(option: lang)
        let definition = try Inputs.definition(survey)
        let s = try SurveyLoader.load(path: definition)
        MessageLanguage.follow(definition: s.language)
        guard let wave = s.wave else { throw InputError(file: survey, path: "$", message: .calendarNeedsWave) }
        let calendar = try holidays.map { p throws(InputError) in try HolidayCalendar.read(Inputs.table(p)) } ?? .builtIn()
        let t = WaveTimetable(wave, calendar: calendar)
        if !t.uncoveredYears.isEmpty {
            Terminal.warning(Message.calendarUncovered(t.uncoveredYears, source: calendar.source.description))
        }
        if !calendar.isWorkingDay(wave.handOut) {
            Terminal.warning(Message.handOutNotWorkingDay(wave.handOut.description, holiday: calendar.holiday(on: wave.handOut)?.name))
        }
        let language = lang ?? Language(code: s.language)
        Terminal.out(t.text(language: language, title: "\(s.title) (\(s.id), \(s.period))"))
    }
}
