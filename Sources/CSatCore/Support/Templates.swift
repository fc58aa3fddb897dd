import Foundation

/// csat's templates: the questionnaire definitions (`survey/…json`) and the report templates with
/// their partials (`report.<lang>.md.mustache`, `partials/…`).
///
/// They are built into csat (`BuiltInTemplates`, made from templates/ by scripts/embed-templates),
/// so an installed csat works from any folder with nothing beside it. A folder replaces them, looked
/// for in order: `$CSAT_TEMPLATES` (an override: a company's own templates); the nearest `templates/`
/// above the executable (a build inside the source tree, so an edited template shows at once).
public enum Templates {
    /// Where the templates are read from.
    public enum Source: Sendable, Equatable {
        /// A folder, and why it was chosen ("CSAT_TEMPLATES", "the source tree").
        case folder(String, reason: String)
        case builtIn
    }

    /// The folder that replaces the built-in templates, or `.builtIn`. A `CSAT_TEMPLATES` that names
    /// no templates folder is an error, not a silent fall-back: the user asked for their templates.
    public static func source() throws(InputError) -> Source {
        if let env = ProcessInfo.processInfo.environment["CSAT_TEMPLATES"], !env.isEmpty {
            guard isTemplatesFolder(env) else {
                throw InputError(
                    file: env,
                    message: .badTemplatesFolder)
            }
            return .folder(env, reason: "CSAT_TEMPLATES")
        }
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<8 {
            let candidate = dir.appendingPathComponent("templates").path
            // A source tree also has Package.swift beside templates/: a stray templates/ folder above an
            // installed csat is not taken for its templates.
            if isTemplatesFolder(candidate),
                FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path)
            {
                return .folder(candidate, reason: "the source tree")
            }
            dir = dir.deletingLastPathComponent()
        }
        return .builtIn
    }

    static func isTemplatesFolder(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path + "/survey", isDirectory: &isDir) && isDir.boolValue
            && FileManager.default.fileExists(atPath: path + "/report.zh.md.mustache")
    }

    /// "built into csat (16 files)" or "/path/templates (CSAT_TEMPLATES)": for `csat --version`.
    public static func describe() -> String {
        switch try? source() {
        case .folder(let path, let reason): return "\(path) (\(reason))"
        case .builtIn: return "built into csat (\(BuiltInTemplates.files.count) files)"
        case nil: return "CSAT_TEMPLATES names no templates folder"
        }
    }

    /// The built-in text of `relative` (a path inside templates/), or nil.
    public static func builtIn(_ relative: String) -> String? { BuiltInTemplates.files[relative] }

    /// Every built-in file, path inside templates/ → text (for the test that keeps them equal to templates/).
    public static var builtInFiles: [String: String] { BuiltInTemplates.files }

    /// How a built-in file is named in messages: `csat's built-in templates/report.zh.md.mustache`.
    public static func builtInName(_ relative: String) -> String { "csat's built-in templates/" + relative }

    /// A survey template, e.g. `residential` in `zh`: its name for messages and its bytes.
    public static func survey(_ name: String, language: String) throws(InputError) -> (name: String, bytes: [UInt8]) {
        let relative = "survey/\(name).\(language).json"
        switch try source() {
        case .folder(let folder, _):
            let path = folder + "/" + relative
            guard FileManager.default.fileExists(atPath: path) else {
                throw InputError(file: path, message: .noSuchTemplate(name, language: language))
            }
            return (path, try FileBytes.read(path))
        case .builtIn:
            guard let text = builtIn(relative) else {
                throw InputError(file: builtInName(relative), message: .noSuchTemplate(name, language: language))
            }
            return (builtInName(relative), Array(text.utf8))
        }
    }
}
