import CSatCore
import Foundation
import Testing

@testable import CSatMarkdown

/// A template names only documented variables; anything else fails with file, line and column.
struct TemplateCheckerTests {
    static func check(_ text: String, partials: [String: String] = [:]) throws(InputError) {
        let checker = TemplateChecker(
            partial: { name in partials[name].map { ("partials/\(name).mustache", $0) } }, partialFolders: ["partials"])
        try checker.check(text, file: "my.mustache")
    }

    static func error(_ text: String, partials: [String: String] = [:]) -> InputError? {
        do {
            try check(text, partials: partials)
            return nil
        } catch {
            return error
        }
    }

    @Test func documentedVariablesPass() throws {
        try Self.check(
            """
            # {{title}} {{period}}
            {{#headline.hasComparison}}{{headline.indexChange}}{{/headline.hasComparison}}
            {{#drivers}}
            | {{name}} | {{index}} | {{labels.index}} | {{period}} |{{#significant}} *{{/significant}}
            {{/drivers}}
            {{#projects}}{{#drivers}}{{index}}{{/drivers}}{{/projects}}
            {{^weakestQuestions}}none{{/weakestQuestions}}
            {{! a comment with {{anything}} }}
            {{{method.seed}}} {{&method.seed}} {{ headline.rate }}
            """)
    }

    @Test func aTypoNamesItsLineAndColumnAndTheNearestName() {
        let e = Self.error("# {{title}}\n\nIndex {{headline.indx}}\n")
        #expect(e?.file == "my.mustache")
        #expect(e?.line == 3)
        #expect(e?.column == 9)
        #expect(e?.message.en.contains("did you mean \"headline.index\"") == true)
    }

    @Test func anUnknownTopLevelNameFails() {
        let e = Self.error("{{#drivers}}\n  {{nmae}}\n{{/drivers}}")
        #expect(e?.line == 2)
        #expect(e?.column == 5)
        #expect(e?.message.en.contains("did you mean \"name\"") == true)
    }

    @Test func aFieldOutsideItsListFails() {
        // `quadrantLabel` lives on a driver; outside {{#drivers}} it is unknown.
        #expect(Self.error("{{quadrantLabel}}")?.message.en.contains("unknown variable") == true)
        #expect(Self.error("{{drivers.name}}")?.message.en.contains("is a list") == true)
    }

    @Test func kindsMustMatchTheirUse() {
        #expect(Self.error("{{drivers}}")?.message.en.contains("is a list, not text") == true)
        #expect(Self.error("{{headline.hasComparison}}")?.message.en.contains("yes/no flag") == true)
        #expect(Self.error("{{#headline.index}}x{{/headline.index}}")?.message.en.contains("is text") == true)
        #expect(Self.error("{{#drivers}}{{.}}{{/drivers}}")?.message.en.contains("current item") == true)
        #expect(Self.error("{{upper(title)}}")?.message.en.contains("transforms") == true)
    }

    @Test func partialsAreCheckedWhereTheyAreIncluded() {
        let partials = ["row": "| {{name}} |\n| {{nam}} |\n"]
        let e = Self.error("{{#drivers}}{{> row}}{{/drivers}}", partials: partials)
        #expect(e?.file == "partials/row.mustache")
        #expect(e?.line == 2)
        #expect(e?.column == 5)
        // At the top level, `name` is not a variable.
        #expect(Self.error("{{> row}}", partials: ["row": "{{name}}"])?.file == "partials/row.mustache")
        #expect(Self.error("{{> nope}}")?.message.en.contains("no partial named \"nope\"") == true)
        #expect(Self.error("{{> loop}}", partials: ["loop": "{{> loop}}"])?.message.en.contains("16 deep") == true)
    }

    @Test func setDelimitersAndMultilineCommentsKeepPositions() {
        let text = "{{!\n a comment\n over lines }}\n{{=<% %>=}}\n<% title %> {{ not a tag }}\n<%headline.indx%>\n"
        let e = Self.error(text)
        #expect(e?.line == 6)
        #expect(e?.column == 3)
    }

    @Test func unsupportedFeaturesSaySo() {
        #expect(Self.error("{{% CONTENT_TYPE: HTML }}")?.message.en.contains("escapes every value") == true)
        #expect(Self.error("{{<parent}}{{/parent}}")?.message.en.contains("inheritance") == true)
    }

    @Test func syntaxErrorsCarryTheEnginesPosition() {
        func parseError(_ text: String) -> InputError? {
            do {
                try StrictRenderer.parse(text, file: "t.mustache")
                return nil
            } catch {
                return error
            }
        }
        let unclosed = parseError("# {{title}}\n\n{{#drivers}}\n| {{name}} |\n")
        #expect(unclosed?.line == 3)
        #expect(unclosed?.column == 4)
        #expect(unclosed?.message.en.contains("never closed") == true)
        let mismatched = parseError("{{#drivers}}\n{{/driver}}\n")
        #expect(mismatched?.line == 2)
        #expect(mismatched?.message.en.contains("does not match") == true)
        let open = parseError("a\nb {{title\n")
        #expect(open?.line == 2)
        #expect(open?.column == 3)
        #expect(open?.message.en.contains("never closed") == true)
    }
}
