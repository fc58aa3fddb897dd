import Foundation

extension ActionPlan {
    /// Every form whose owner gets a personal reply (docs/ACTIONS.md "Replies"): an open answer, or an
    /// answer at or below its scale's `dissatisfiedTo` on any closed question (the overall one too).
    /// Invalid forms are listed as well, with their reasons: the complaint is the owner's whether or
    /// not the form counts in the figures.
    ///
    /// Order: projects as in the coverage table, then building and unit (numbers in them compared as
    /// numbers: 2-101 before 10-101), then the order the forms were read.
    static func replies(
        wave: Wave, tagged: [Figures.TaggedComment], routing: Routing, language: Language
    ) -> [Reply] {
        let table = wave.table, survey = table.survey
        var commentsOf: [Int: [(text: String, themes: [String], drivers: [String])]] = [:]
        for (c, t) in zip(table.comments, tagged) where !NothingSaid.isNothing(c.text) {
            commentsOf[Int(c.form), default: []].append((c.text, t.themes, t.drivers))
        }
        let driverRoute = Dictionary(
            survey.drivers.map { ($0.id, routing.route(name: $0.name, keywords: $0.keywords)) }, uniquingKeysWith: { a, _ in a })
        let themeIndex = Dictionary(survey.themes.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        let themeRoute = survey.themes.map { routing.route(name: $0.name, keywords: $0.keywords) }
        let closed = survey.closedQuestionIndices.map { survey.questions[$0] }
        let questionRoute = closed.map { q in
            routing.department(name: q.text)
                ?? q.driverIndex.map { routing.route(name: survey.drivers[$0].name, keywords: survey.drivers[$0].keywords) }
                ?? routing.unrouted
        }
        let order = Coverage.rows(table: table, validity: wave.validity, roster: wave.roster, sample: wave.sample).map(\.project)
        let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })

        var rows: [(rank: Int, f: Int, reply: Reply)] = []
        for f in 0..<table.count {
            let r = table.records[f]
            var low: [(question: String, answer: String)] = []
            var departments: [String] = []
            for (k, q) in closed.enumerated() {
                let scale = survey.scales[q.scaleIndex!]
                guard let x = AnswerCode.value(table.answer(f, k), scale: scale), x <= scale.dissatisfiedTo else { continue }
                low.append((q.text, answerText(x, scale, language)))
                departments.append(questionRoute[k])
            }
            let comments = commentsOf[f] ?? []
            guard !low.isEmpty || !comments.isEmpty else { continue }
            // The comments' departments first: what the owner wrote says more than which box was ticked.
            // A comment that names no theme goes where the drivers it names go, else to the quality department.
            var themes: [String] = [], written: [String] = []
            for c in comments {
                themes += c.themes
                written += c.themes.compactMap { themeIndex[$0].map { themeRoute[$0] } }
                if c.themes.isEmpty {
                    let byDriver = c.drivers.compactMap { driverRoute[$0] }
                    written += byDriver.isEmpty ? [routing.unrouted] : byDriver
                }
            }
            themes = unique(themes)
            departments = unique(written + departments)
            let project = table.string(r.project)
            rows.append(
                (rank[project] ?? order.count, f,
                 Reply(
                    form: table.string(r.form), project: project, building: table.string(r.building),
                    unit: table.string(r.unit), reasons: wave.validity.reasonCodes(f, table: table),
                    comments: comments.map(\.text), lowAnswers: low, themes: themes, departments: departments)))
        }
        rows.sort { a, b in
            if a.rank != b.rank { return a.rank < b.rank }
            let building = a.reply.building.compare(b.reply.building, options: .numeric)
            if building != .orderedSame { return building == .orderedAscending }
            let unit = a.reply.unit.compare(b.reply.unit, options: .numeric)
            if unit != .orderedSame { return unit == .orderedAscending }
            return a.f < b.f
        }
        return rows.map(\.reply)
    }

    /// The answer as the questionnaire shows it: its label and point (`不满意（2）`), or `3/10`.
    static func answerText(_ x: Int, _ scale: Scale, _ language: Language) -> String {
        if let labels = scale.labels, x - scale.min < labels.count {
            return language == .zh ? "\(labels[x - scale.min])（\(x)）" : "\(labels[x - scale.min]) (\(x))"
        }
        return "\(x)/\(scale.max)"
    }

    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
