import Foundation

/// Finds csat's `templates/` folder: questionnaire definitions and report templates.
///
/// Looked for, in order: `$CSAT_TEMPLATES`; `<bin>/../share/csat/templates`
/// (an installed csat); the nearest `templates/` above the executable (a
/// build inside the source tree); `./templates`.
public enum Templates {
    public static func folder() throws(InputError) -> String {
        var candidates: [String] = []
        if let env = ProcessInfo.processInfo.environment["CSAT_TEMPLATES"], !env.isEmpty { candidates.append(env) }
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        candidates.append(dir.deletingLastPathComponent().appendingPathComponent("share/csat/templates").path)
        for _ in 0..<8 {
            candidates.append(dir.appendingPathComponent("templates").path)
            dir = dir.deletingLastPathComponent()
        }
        candidates.append(FileManager.default.currentDirectoryPath + "/templates")
        for c in candidates where FileManager.default.fileExists(atPath: c + "/survey") {
            return c
        }
        throw InputError(
            file: "templates",
            message: "cannot find csat's templates folder; set CSAT_TEMPLATES to the templates/ folder of the csat source")
    }

    /// The path of a survey template, e.g. `residential` in `zh`.
    public static func survey(_ name: String, language: String) throws(InputError) -> String {
        let path = try folder() + "/survey/\(name).\(language).json"
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputError(file: path, message: "no template \(name) in language \(language)")
        }
        return path
    }
}
