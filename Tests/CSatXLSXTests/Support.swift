import CSatCore
import Foundation

/// The sample company's June 2026 wave, scored in-process as `csat report` does, and
/// small helpers to look inside a written .xlsx (a zip of XML parts) with `unzip`.
enum Sample {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func model(language: String = "zh", previous: Bool = true, showUnits: Bool = false) throws -> ReportModel {
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
            units: showUnits ? .shown : .keyed(UnitPseudonyms(key: testKey)), samplePath: sample)
    }

    /// A fixed company key, so the Data sheet's pseudonyms are the same every run.
    static let testKey = CompanyKey(bytes: Array(repeating: 7, count: 32))

    /// A fresh folder under the system's temporary directory.
    static func scratch(_ name: String = #function) throws -> String {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let path = NSTemporaryDirectory() + "csat-xlsx-\(safe)-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// One part of a zip (`xl/workbook.xml`), or nil when `unzip` is missing or the part is not there.
    static func part(_ name: String, of path: String) -> String? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        p.arguments = ["-p", path, name]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return p.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }

    /// The sheet names in tab order, from `xl/workbook.xml`.
    static func sheetNames(_ path: String) -> [String]? {
        guard let xml = part("xl/workbook.xml", of: path) else { return nil }
        return xml.components(separatedBy: "<sheet name=\"").dropFirst().map { $0.components(separatedBy: "\"")[0] }
    }
}
