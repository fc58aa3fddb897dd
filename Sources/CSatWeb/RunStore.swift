import Foundation

/// A wave checked and scored on the server: what its pages show and the files they offer. The
/// uploads themselves are gone by then; only the outputs stay, in the run's private folder, until
/// the server stops or the run is pushed out by newer ones.
struct WaveRun: Sendable {
    struct Made: Sendable {
        var title: String
        var surveyID: String
        var period: String
        /// Files holding exactly what `csat check --json` / `csat score --json` print for the same
        /// files (on disk, not in memory: a national wave's JSON is large, and 50 runs are kept).
        var checkPath: String
        var scorePath: String
        var written: [String]
        /// The period under which the wave went into the server's history, when the user asked.
        var storedAs: String? = nil
    }

    var id: String
    var made: Made
    var folder: String

    /// The outputs a page may link to, by their file name (never a path from the request).
    var checkJSON: String { (try? String(contentsOfFile: made.checkPath, encoding: .utf8)) ?? "{}" }
    var scoreJSON: String { (try? String(contentsOfFile: made.scorePath, encoding: .utf8)) ?? "{}" }

    var downloads: [String: String] {
        Dictionary(made.written.map { (($0 as NSString).lastPathComponent, $0) }, uniquingKeysWith: { a, _ in a })
    }
}

/// A verified sample list: what its page shows.
struct Verified: Sendable {
    var passed: Bool
    var report: String
    var warnings: [String]
}

/// A drawn sample's files, kept like a wave's outputs.
struct SampleRunFiles: Sendable {
    var id: String
    var made: Pipeline.SampleMade
    var folder: String

    var downloads: [String: String] {
        Dictionary(made.files.map { (($0 as NSString).lastPathComponent, $0) }, uniquingKeysWith: { a, _ in a })
    }
}

/// The runs of this server, newest last; the oldest are removed (with their folders) beyond `keep`.
actor RunStore {
    private var waves: [WaveRun] = []
    private var samples: [SampleRunFiles] = []
    private var verifications: [(id: String, result: Verified)] = []
    let keep: Int

    init(keep: Int = 50) { self.keep = keep }

    func add(_ run: WaveRun) {
        waves.append(run)
        while waves.count > keep { try? FileManager.default.removeItem(atPath: waves.removeFirst().folder) }
    }

    func add(_ run: SampleRunFiles) {
        samples.append(run)
        while samples.count > keep { try? FileManager.default.removeItem(atPath: samples.removeFirst().folder) }
    }

    func add(_ v: Verified, id: String) {
        verifications.append((id, v))
        if verifications.count > keep { verifications.removeFirst() }
    }

    func verification(_ id: String) -> Verified? { verifications.first { $0.id == id }?.result }

    func wave(_ id: String) -> WaveRun? { waves.first { $0.id == id } }
    func sample(_ id: String) -> SampleRunFiles? { samples.first { $0.id == id } }
}

/// 128 random bits as hex: run ids, session ids and CSRF tokens.
enum Token {
    static func make() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(format: "%08x", UInt32.random(in: .min ... .max, using: &g)) }.joined()
    }

    /// A token as this server makes them: 32 lowercase hex digits (anything else is never looked up).
    static func isWellFormed(_ s: Substring) -> Bool {
        s.utf8.count == 32 && s.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}
