/// One wave loaded and judged: the survey, its forms, the roster and sample
/// list when given, and every form's verdict. The common start of `check`,
/// `score` and `report`.
public struct Wave: Sendable {
    public var table: FormTable
    public var validity: Validity
    public var roster: RosterSummary?
    public var sample: SampleSummary?

    public static func load(
        survey surveyPath: String, responses: [String], roster rosterPath: String?, sample samplePath: String?,
        format: FormImporter.Format? = nil
    ) throws(InputError) -> Wave {
        let survey = try SurveyLoader.load(path: surveyPath)
        let roster = try rosterPath.map { p throws(InputError) in try RosterReader.summary(path: p, survey: survey) }
        let sample = try samplePath.map { p throws(InputError) in try SampleListReader.summary(path: p, survey: survey) }
        let table = try FormImporter.load(survey: survey, paths: responses, format: format)
        let validity = Validity(table: table, context: .init(roster: roster, sample: sample))
        return Wave(table: table, validity: validity, roster: roster, sample: sample)
    }
}

extension Wave {
    /// A `--previous` wave: the same definition and roster; no sample check (it was drawn from another sample).
    public static func loadPrevious(
        survey surveyPath: String, responses: [String], roster rosterPath: String?, format: FormImporter.Format? = nil
    ) throws(InputError) -> Wave {
        let survey = try SurveyLoader.load(path: surveyPath)
        let roster = try rosterPath.map { p throws(InputError) in try RosterReader.summary(path: p, survey: survey) }
        let table = try FormImporter.load(survey: survey, paths: responses, format: format)
        let validity = Validity(table: table, context: .init(roster: roster, sample: nil, checkSample: false))
        return Wave(table: table, validity: validity, roster: roster, sample: nil)
    }
}
