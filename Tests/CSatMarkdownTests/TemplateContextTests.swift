import CSatCore
import Foundation
import Testing

@testable import CSatMarkdown

/// The context templates see is exactly the documented schema, and the built-in templates render it.
struct TemplateContextTests {
    /// Differences between a built context and the schema: keys missing or extra, values of the wrong kind.
    static func mismatches(_ value: [String: Any], _ shape: [String: ContextShape], _ path: String = "") -> [String] {
        var out: [String] = []
        for key in Set(value.keys).subtracting(shape.keys) { out.append("\(path)\(key): not in the schema") }
        for (key, kind) in shape {
            let p = path + key
            guard let v = value[key] else {
                out.append("\(p): missing")
                continue
            }
            switch kind {
            case .text: if !(v is String) { out.append("\(p): not text") }
            case .flag: if !(v is Bool) { out.append("\(p): not a flag") }
            case .object(let inner):
                if let d = v as? [String: Any] { out += mismatches(d, inner, p + ".") } else { out.append("\(p): not an object") }
            case .list(let inner):
                guard let items = v as? [Any] else {
                    out.append("\(p): not a list")
                    continue
                }
                for item in items {
                    if let d = item as? [String: Any] {
                        out += mismatches(d, inner, p + "[].")
                    } else {
                        out.append("\(p)[]: not an object")
                    }
                }
            }
        }
        return out
    }

    @Test(arguments: ["zh", "en"])
    func theContextHasExactlyTheSchemasKeys(language: String) throws {
        for previous in [true, false] {
            let context = MarkdownExporter.context(try Fixtures.model(language: language, previous: previous))
            let problems = Self.mismatches(context, ContextSchema.root)
            #expect(problems.isEmpty, "\(problems.sorted().joined(separator: "\n"))")
        }
    }

    @Test func theDocumentationNamesEveryVariable() throws {
        let doc = try String(contentsOf: Fixtures.root.appendingPathComponent("docs/REPORTS.md"), encoding: .utf8)
        let section = doc.components(separatedBy: "## Markdown report").dropFirst().first ?? ""
        let markdown = section.components(separatedBy: "\n## ").first ?? ""
        let missing = ContextSchema.paths().filter { !markdown.contains("`\($0)`") }
        #expect(missing.isEmpty, "undocumented: \(missing.joined(separator: ", "))")
    }

    @Test(arguments: ["zh", "en"])
    func theBuiltInTemplatesRenderTheSameFiguresAsTheModel(language: String) throws {
        let model = try Fixtures.model(language: language)
        let text = try MarkdownExporter.render(model, template: nil)
        #expect(text.contains("**\(Rounding.indexText(model.headline.index))**"))
        #expect(text.contains("**\(Rounding.rateText(model.headline.rate))**"))
        for d in model.drivers {
            #expect(text.contains("| \(d.name) | \(Rounding.rateText(d.weight)) | \(Rounding.indexText(d.index)) |"))
        }
        for name in model.dissatisfactionDrivers { #expect(text.contains(name)) }
        #expect(!text.contains("{{"), "an unrendered tag")
        #expect(try MarkdownExporter.render(model, template: nil) == text, "not deterministic")
    }

    @Test func aFailedRunWritesNothingAndASuccessfulOneWritesFourFiles() throws {
        let model = try Fixtures.model()
        let dir = try Fixtures.scratch()
        let bad = dir + "/bad.mustache"
        try "# {{title}}\n{{headline.indx}}\n".write(toFile: bad, atomically: true, encoding: .utf8)
        #expect(throws: InputError.self) { try MarkdownExporter.write(model, to: dir + "/out/r.md", template: bad) }
        try FileManager.default.createDirectory(atPath: dir + "/out", withIntermediateDirectories: true)
        #expect(throws: InputError.self) { try MarkdownExporter.write(model, to: dir + "/out/r.md", template: bad) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/out").isEmpty)

        let written = try MarkdownExporter.write(model, to: dir + "/out/r.md", template: nil)
        #expect(
            written.map { ($0 as NSString).lastPathComponent } == ["r.md", "r-drivers.svg", "r-quadrants.svg", "r-projects.svg"])
        let first = try written.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        _ = try MarkdownExporter.write(model, to: dir + "/out/r.md", template: nil)
        #expect(try written.map { try Data(contentsOf: URL(fileURLWithPath: $0)) } == first)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir + "/out").sorted() == [
                "r-drivers.svg", "r-projects.svg", "r-quadrants.svg", "r.md",
            ])
        let md = try String(contentsOfFile: dir + "/out/r.md", encoding: .utf8)
        #expect(md.contains("](r-drivers.svg)") && md.contains("](r-quadrants.svg)") && md.contains("](r-projects.svg)"))
    }

    @Test func aMissingTemplateIsAnError() throws {
        let model = try Fixtures.model()
        #expect { try MarkdownExporter.render(model, template: "/nonexistent/report.md.mustache") } throws: { error in
            (error as? InputError)?.file == "/nonexistent/report.md.mustache"
        }
    }

    @Test func aUserTemplateUsesItsOwnPartialsThenTheBuiltInOnes() throws {
        let model = try Fixtures.model()
        let dir = try Fixtures.scratch()
        try FileManager.default.createDirectory(atPath: dir + "/partials", withIntermediateDirectories: true)
        try "Seed: {{method.seed}}\n".write(toFile: dir + "/partials/seed.mustache", atomically: true, encoding: .utf8)
        try "# {{title}}\n\n{{> seed}}\n\n{{> coverage-table}}\n".write(
            toFile: dir + "/mine.md.mustache", atomically: true, encoding: .utf8)
        let text = try MarkdownExporter.render(model, template: dir + "/mine.md.mustache")
        #expect(text.contains("Seed: \(MarkdownEscape.text(model.method.seed ?? "—"))"))
        #expect(text.contains("| 项目 | 总户数 |"))
    }
}
