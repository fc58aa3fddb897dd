/// SPEC.md "Comments": every open answer of a valid form, tagged by the
/// survey's themes and by the drivers whose keywords (or name) it contains.
/// Texts were masked at import. `validOnly: false` tags the comments of invalid forms too (the
/// reply list of `csat actions` answers every owner).
enum Comments {
    static func tagged(_ table: FormTable, validity: Validity, validOnly: Bool = true) -> [Figures.TaggedComment] {
        let survey = table.survey
        let themeNeedles = survey.themes.map { $0.keywords.map { Array($0.utf8) } }
        let driverNeedles = survey.drivers.map { d in ([d.name] + d.keywords).map { Array($0.utf8) } }
        return table.comments.compactMap { c in
            let f = Int(c.form)
            guard !validOnly || validity.isValid(f) else { return nil }
            var text = c.text
            let (themes, drivers) = text.withUTF8 { bytes in
                (
                    survey.themes.indices.filter { TextSearch.containsAny(bytes, themeNeedles[$0]) }.map {
                        survey.themes[$0].name
                    },
                    survey.drivers.indices.filter { TextSearch.containsAny(bytes, driverNeedles[$0]) }.map {
                        survey.drivers[$0].id
                    }
                )
            }
            return Figures.TaggedComment(
                form: table.string(table.records[f].form), project: table.string(table.records[f].project),
                question: survey.questions[Int(c.question)].id, text: c.text, themes: themes, drivers: drivers)
        }
    }
}
