/// One wave loaded and judged: the survey, its forms, the roster and sample
/// list when given, and every form's verdict. The common start of `check`,
/// `score` and `report`.
public struct Wave: Sendable {
    public var table: FormTable
    public var validity: Validity
    /// The roster's per-project counts. Its household set served the validity checks and is
    /// emptied once they are done (56 MB at 4.5 million households): ask `validity`, not the set.
    public var roster: RosterSummary?
    public var sample: SampleSummary?
    /// The definition's `wave` block worked out on the holiday calendar; nil without one or for a `--previous` wave.
    public var timetable: WaveTimetable?

    public static func load(
        survey surveyPath: String, responses: [String], roster rosterPath: String?, sample samplePath: String?,
        format: FormImporter.Format? = nil, holidays: String? = nil, progress: ProgressHandler? = nil
    ) throws(InputError) -> Wave {
        try load(
            survey: surveyPath, responses: responses, roster: rosterPath, sample: samplePath, checkSample: true,
            format: format, holidays: holidays, progress: progress)
    }

    /// A `--previous` wave: the same definition and roster; no sample check (it was drawn from another sample).
    public static func loadPrevious(
        survey surveyPath: String, responses: [String], roster rosterPath: String?, format: FormImporter.Format? = nil,
        progress: ProgressHandler? = nil
    ) throws(InputError) -> Wave {
        try load(
            survey: surveyPath, responses: responses, roster: rosterPath, sample: nil, checkSample: false,
            format: format, holidays: nil, progress: progress)
    }

    static func load(
        survey surveyPath: String, responses: [String], roster rosterPath: String?, sample samplePath: String?,
        checkSample: Bool, format: FormImporter.Format?, holidays: String?, progress: ProgressHandler?
    ) throws(InputError) -> Wave {
        PhaseProbe.mark("start")
        let survey = try SurveyLoader.load(path: surveyPath)
        MessageLanguage.follow(definition: survey.language)
        let rosterRead = rosterPath.map { path in
            Background { () throws(InputError) in try RosterReader.summary(path: path, survey: survey, progress: progress) }
        }
        // Errors are reported in a fixed order whatever finishes first: roster, sample list, forms.
        var formsResult: Result<FormTable, InputError>
        do throws(InputError) {
            formsResult = .success(try FormImporter.load(survey: survey, paths: responses, format: format, progress: progress))
        } catch {
            formsResult = .failure(error)
        }
        PhaseProbe.mark("forms")
        let roster = try rosterRead?.value()
        if roster != nil { PhaseProbe.mark("roster") }
        let sample = try samplePath.map { p throws(InputError) in try SampleListReader.summary(path: p, survey: survey) }
        let table = try formsResult.get()
        var context = Validity.Context(roster: roster, sample: sample, checkSample: checkSample)
        // The dates rule only for this wave: a `--previous` wave had its own hand-out.
        var timetable: WaveTimetable?
        if checkSample, let rules = survey.wave {
            let calendar: HolidayCalendar
            if let holidays { calendar = try HolidayCalendar.read(holidays) } else { calendar = try .builtIn() }
            timetable = WaveTimetable(rules, calendar: calendar)
            context.dates = .init(timetable!)
        }
        let validity = Validity(table: table, context: context)
        PhaseProbe.mark("validity")
        var counts = roster
        counts?.units = UnitSet()
        return Wave(table: table, validity: validity, roster: counts, sample: sample, timetable: timetable)
    }
}
