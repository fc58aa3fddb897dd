/// What the report lists without needing a single figure: every invalid form
/// with its reasons and every comment, masked and tagged (SPEC.md "Outputs"),
/// with the words and titles to head them.
///
/// `csat report` writes these two long sheets of the workbook while the
/// figures are still being computed on the other core (docs/PERFORMANCE.md):
/// at a national wave they are 145,000 rows, a third of the run. The report
/// model is built from the same lists, so both exporters show the same forms.
public struct ReportLists: Sendable {
    public var language: String
    public var labels: ReportLabels
    /// The check of the wave: its invalid forms with their reasons, coverage, warnings.
    public var check: CheckReport
    public var comments: [Figures.TaggedComment]
    /// Driver ids to names, for the drivers a comment names.
    public var driverNames: [String: String]
    /// The report has a history (`--history`): the workbook makes room for its Trend sheet.
    public var withTrend = false

    public var surveyID: String { check.surveyID }
    public var title: String {
        get { check.title }
        set { check.title = newValue }
    }
    public var period: String { check.period }
    public var formsRead: Int { check.read }
    public var invalidForms: [CheckReport.InvalidForm] { check.invalidForms }
    /// Validity and coverage warnings, for the terminal.
    public var warnings: [Message] { check.warnings }

    /// The lists of a loaded wave, in `language`. The comments are tagged on a second thread
    /// while the check lists the invalid forms (a tenth of a second each at a national wave).
    public init(wave: Wave, language: String) {
        let comments = Background { () throws(Never) in Comments.tagged(wave.table, validity: wave.validity) }
        let check = CheckReport(wave: wave)
        self.init(check: check, comments: comments.value(), survey: wave.table.survey, language: language)
    }

    init(check: CheckReport, comments: [Figures.TaggedComment], survey: Survey, language: String) {
        self.language = language
        labels = ReportLabels.of(language)
        self.check = check
        self.comments = comments
        driverNames = Dictionary(survey.drivers.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    /// The output files' base name: `<id>-<period>`.
    public var baseName: String { "\(surveyID)-\(period)" }
}
