import CSatCore
import Foundation

/// The sample company's June 2026 wave (sample-data/), scored in-process as `csat report` does.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let templates: String = {
        setenv("CSAT_TEMPLATES", root.appendingPathComponent("templates").path, 1)
        return root.appendingPathComponent("templates").path
    }()

    static func model(language: String = "zh", previous: Bool = true) throws -> ReportModel {
        _ = templates
        let data = root.appendingPathComponent("sample-data").path
        let waveFiles = try FileManager.default.contentsOfDirectory(atPath: data + "/wave-2026H1").sorted()
            .map { data + "/wave-2026H1/" + $0 }
        let survey = data + "/survey.json", roster = data + "/roster.csv", sample = data + "/sample.csv"
        let wave = try Wave.load(survey: survey, responses: waveFiles, roster: roster, sample: sample)
        let prev =
            previous
            ? try Wave.loadPrevious(survey: survey, responses: [data + "/wave-2025H2/forms.csv"], roster: roster) : nil
        return try ReportModel.build(
            wave: wave, previous: prev, language: language,
            units: .keyed(UnitPseudonyms(key: CompanyKey(bytes: Array(repeating: 7, count: 32)))), samplePath: sample)
    }

    /// A fresh folder under the system's temporary directory.
    static func scratch(_ name: String = #function) throws -> String {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let path = NSTemporaryDirectory() + "csat-md-\(safe)-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
