/// SPEC.md "Comments": every open answer of a valid form, tagged by the
/// survey's themes and by the drivers whose keywords (or name) it contains.
/// Texts were masked at import.
enum Comments {
    static func tagged(_ table: FormTable, validity: Validity) -> [Figures.TaggedComment] {
        let survey = table.survey
        return table.comments.compactMap { c in
            let f = Int(c.form)
            guard validity.isValid(f) else { return nil }
            let themes = survey.themes.filter { theme in theme.keywords.contains { TextSearch.contains(c.text, $0) } }.map(\.name)
            let drivers = survey.drivers.filter { d in
                TextSearch.contains(c.text, d.name) || d.keywords.contains { TextSearch.contains(c.text, $0) }
            }.map(\.id)
            return Figures.TaggedComment(
                form: table.string(table.records[f].form), project: table.string(table.records[f].project),
                question: survey.questions[Int(c.question)].id, text: c.text, themes: themes, drivers: drivers)
        }
    }
}
