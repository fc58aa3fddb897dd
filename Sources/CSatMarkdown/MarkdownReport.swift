import CSatCore
import Foundation

/// Writes the Markdown report (SPEC.md "Outputs") and its SVG charts.
public enum MarkdownExporter {
    /// Writes `path` (`<outdir>/<id>-<period>.md`) and its three charts beside it; returns every path written.
    ///
    /// Everything is rendered in memory first, so a template error writes
    /// nothing; then each file goes to a temporary name and all are renamed
    /// into place only when all were written, so a failed run leaves no
    /// partial files and earlier outputs untouched.
    public static func write(_ model: ReportModel, to path: String, template: String?) throws(InputError) -> [String] {
        try prepare(model, to: path, template: template).write()
    }

    /// The report and its charts rendered in memory, not yet written: `csat report` prepares
    /// before the workbook (a template error must leave nothing behind) and writes after it,
    /// without rendering twice.
    public struct Prepared: Sendable {
        let outputs: [(path: String, text: String)]

        /// Writes every file, all or none; returns the paths.
        public func write() throws(InputError) -> [String] {
            try MarkdownExporter.writeAll(outputs.map { ($0.path, $0.text) })
            return outputs.map(\.path)
        }
    }

    public static func prepare(_ model: ReportModel, to path: String, template: String?) throws(InputError) -> Prepared {
        let folder = (path as NSString).deletingLastPathComponent
        var base = (path as NSString).lastPathComponent
        if base.hasSuffix(".md") { base.removeLast(3) }
        let files = ChartFiles(base: base)
        let markdown = try render(model, charts: files, template: template)
        let charts = SVGCharts.render(model, files: files).map { name, svg in
            (path: folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name), text: svg)
        }
        return Prepared(outputs: [(path, markdown)] + charts)
    }

    public static func render(_ model: ReportModel, charts: ChartFiles? = nil, template: String?) throws(InputError) -> String {
        let context = TemplateContext(model, charts: charts ?? ChartFiles(base: model.baseName)).build()
        return try StrictRenderer(template: template, language: model.language).render(context)
    }

    /// The context a template sees, for tests and for users' documentation.
    public static func context(_ model: ReportModel) -> [String: Any] {
        TemplateContext(model, charts: ChartFiles(base: model.baseName)).build()
    }

    static func writeAll(_ outputs: [(String, String)]) throws(InputError) {
        var temps: [(temp: String, path: String)] = []
        for (path, text) in outputs {
            let temp = try OutputFile.temporaryPath(beside: path)
            do {
                try OutputFile.writeTemporary(Data(text.utf8), temp, for: path)
            } catch {
                for t in temps { OutputFile.discard(t.temp) }
                throw error
            }
            temps.append((temp, path))
        }
        for (i, t) in temps.enumerated() {
            do {
                try OutputFile.commit(t.temp, to: t.path)
            } catch {
                for rest in temps.dropFirst(i + 1) { OutputFile.discard(rest.temp) }
                throw error
            }
        }
    }
}
