import Foundation

extension ActionPlan {
    /// The plan and the reply list of a loaded, scored wave (docs/ACTIONS.md).
    ///
    /// Blocks: the company first (its quadrants, weighted indices and comments as in the management
    /// workbook), then each project in the coverage table's order. In each block: the drivers to
    /// improve, the weakest questions, the comment themes. With `prior` (the stored wave before this
    /// one, `--history`), each driver row also holds the same block's index of that driver then.
    public static func build(
        wave: Wave, figures: Figures, language: Language, calendar: HolidayCalendar, prior: WaveRecord? = nil
    ) -> ActionPlan {
        let survey = wave.table.survey
        let words = ActionsWords.of(language)
        let routing = Routing(survey: survey, words: words)
        let sums = ProjectAnswers(wave: wave)
        let tagged = Comments.tagged(wave.table, validity: wave.validity, validOnly: false)
        let validComments = zip(wave.table.comments, tagged)
            .filter { wave.validity.isValid(Int($0.0.form)) && !NothingSaid.isNothing($0.1.text) }.map(\.1)
        var b = Blocks(survey: survey, words: words, routing: routing, period: survey.period)

        // The company: the Drivers sheet's quadrants; the weighted question indices of the Questions sheet.
        let placed = figures.drivers.filter { $0.importance != nil && $0.index != nil }
        let meanImportance = placed.isEmpty ? nil : placed.map { $0.importance! }.reduce(0, +) / Double(placed.count)
        let meanIndex = placed.isEmpty ? nil : placed.map { $0.index! }.reduce(0, +) / Double(placed.count)
        let companyImprove = figures.drivers.indices.filter { figures.drivers[$0].quadrant == .improve }
            .map { (d: $0, index: figures.drivers[$0].index!) }
        let companyQuestions = survey.closedQuestionIndices.indices.compactMap { q -> (q: Int, index: Double)? in
            let id = survey.questions[survey.closedQuestionIndices[q]].id
            return figures.questions.first { $0.id == id }?.index.map { (q, $0) }
        }
        b.block(
            words.company, improve: companyImprove, meanImportance: meanImportance, meanIndex: meanIndex,
            importance: figures.drivers.map(\.importance), questions: companyQuestions, counts: sums.company,
            comments: validComments, previous: prior.map { r in Self.byID(r.drivers.map { ($0.id, $0.point.index) }) })

        // Each project: the company's importance, the project's own driver indices, split at the company's
        // mean importance and the project's mean driver index (a value equal to a mean counts as high).
        for (p, name) in sums.projects.enumerated() {
            let c = sums.counts[p]
            let index = survey.drivers.indices.map { ProjectAnswers.driverIndex(c, $0, survey: survey) }
            let ds = survey.drivers.indices.filter { figures.drivers[$0].importance != nil && index[$0] != nil }
            let projectMean = ds.isEmpty ? nil : ds.map { index[$0]! }.reduce(0, +) / Double(ds.count)
            var improve: [(d: Int, index: Double)] = []
            if let meanImportance, let projectMean {
                improve = ds.filter { figures.drivers[$0].importance! >= meanImportance && index[$0]! < projectMean }
                    .map { ($0, index[$0]!) }
            }
            let questions = survey.closedQuestionIndices.indices.compactMap { q in ProjectAnswers.index(c, q).map { (q: q, index: $0) } }
            b.block(
                name, improve: improve, meanImportance: meanImportance, meanIndex: projectMean,
                importance: figures.drivers.map(\.importance), questions: questions, counts: c,
                comments: validComments.filter { $0.project == name },
                previous: prior.map { r in Self.byID(r.projects.first { $0.project == name }?.drivers.map { ($0.id, $0.index) } ?? []) })
        }

        var plan = ActionPlan(
            title: survey.title, period: survey.period, language: language, actions: b.actions,
            replies: replies(wave: wave, tagged: tagged, routing: routing, language: language),
            deadline: ActionDeadline.of(survey, calendar: calendar))
        plan.previousPeriod = prior?.period
        return plan
    }

    /// Driver id → index, the first of an id kept; drivers without an index left out.
    static func byID(_ pairs: [(String, Double?)]) -> [String: Double] {
        Dictionary(pairs.compactMap { id, x in x.map { (id, $0) } }, uniquingKeysWith: { a, _ in a })
    }

    /// Builds the rows block by block, numbering them within each block.
    struct Blocks {
        let survey: Survey
        let words: ActionsWords
        let routing: Routing
        let period: String
        var actions: [Action] = []

        mutating func block(
            _ project: String, improve: [(d: Int, index: Double)], meanImportance: Double?, meanIndex: Double?,
            importance: [Double?], questions: [(q: Int, index: Double)], counts: ProjectAnswers.Counts,
            comments: [Figures.TaggedComment], previous: [String: Double]?
        ) {
            var n = 0
            func add(_ kind: Kind, _ item: String, index: Double? = nil, previousIndex: Double? = nil, dissatisfied: Int? = nil,
                     comments: Int? = nil, detail: String, department: String) {
                n += 1
                let number = n < 10 ? "0\(n)" : "\(n)"
                actions.append(
                    Action(
                        id: "\(period)-\(project)-\(number)", project: project, kind: kind, item: item, index: index,
                        previousIndex: previousIndex, dissatisfied: dissatisfied, comments: comments, detail: detail,
                        department: department))
            }
            // (a) Drivers to improve, lowest index first.
            for (d, index) in improve.sorted(by: { ($0.index, $0.d) < ($1.index, $1.d) }) {
                let driver = survey.drivers[d]
                add(
                    .driver, driver.name, index: index, previousIndex: previous?[driver.id],
                    dissatisfied: counts.driverDissatisfiedForms[d],
                    detail: words.driverDetail(
                        Rounding.fixed(importance[d] ?? 0, digits: 2), Rounding.fixed(meanImportance ?? 0, digits: 2),
                        Rounding.indexText(meanIndex)),
                    department: routing.route(name: driver.name, keywords: driver.keywords))
            }
            // (b) The weakest questions, the overall question aside; ties in definition order.
            let overall = survey.overallQuestionIndex
            let weakest = questions.filter { survey.closedQuestionIndices[$0.q] != overall }
                .sorted { ($0.index, $0.q) < ($1.index, $1.q) }.prefix(ActionPlan.weakestCount)
            for (q, index) in weakest {
                let question = survey.questions[survey.closedQuestionIndices[q]]
                let driver = question.driverIndex.map { survey.drivers[$0] }
                add(
                    .question, question.text, index: index, dissatisfied: counts.dissatisfied[q],
                    detail: words.questionDetail(driver?.name ?? "", counts.answered[q]),
                    department: routing.department(name: question.text)
                        ?? driver.map { routing.route(name: $0.name, keywords: $0.keywords) } ?? routing.unrouted)
            }
            // (c) Comment themes, most named first; then the comments that name no theme.
            var byTheme = [[String]](repeating: [], count: survey.themes.count)
            var other: [String] = []
            let index = Dictionary(survey.themes.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
            for c in comments {
                if c.themes.isEmpty { other.append(c.text) }
                for t in c.themes { if let i = index[t] { byTheme[i].append(c.text) } }
            }
            let order = byTheme.indices.filter { !byTheme[$0].isEmpty }.sorted { (-byTheme[$0].count, $0) < (-byTheme[$1].count, $1) }
            for t in order {
                let theme = survey.themes[t]
                add(
                    .theme, theme.name, comments: byTheme[t].count, detail: Self.examples(byTheme[t]),
                    department: routing.route(name: theme.name, keywords: theme.keywords))
            }
            if !other.isEmpty {
                add(.theme, words.otherComments, comments: other.count, detail: Self.examples(other), department: routing.unrouted)
            }
        }

        /// The first comments of a theme, each in quotes on its own line, long ones cut with "…".
        static func examples(_ texts: [String]) -> String {
            ActionPlan.unique(texts).prefix(ActionPlan.examples).map { t -> String in
                let flat = t.split(whereSeparator: \.isNewline).joined(separator: " ")
                let cut = flat.count > ActionPlan.exampleLength ? String(flat.prefix(ActionPlan.exampleLength)) + "…" : flat
                return "“\(cut)”"
            }.joined(separator: "\n")
        }
    }
}
