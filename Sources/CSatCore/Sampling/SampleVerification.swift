/// `csat sample --verify`: re-draws from the manifest beside a sample list and
/// says whether the list is that draw (SPEC.md "Commands").
public struct SampleVerification: Sendable {
    /// Lines to print on standard output, in order.
    public var report: [String] = []
    /// Lines to print as warnings (reserves used out of order): they do not fail the check.
    public var warnings: [String] = []
    public var passed = true

    /// Reads the manifest beside `listPath`, checks the roster's hash, re-draws and compares.
    public static func run(listPath: String, rosterPath: String) throws(InputError) -> SampleVerification {
        if listPath.lowercased().hasSuffix(".xlsx") {
            throw InputError(
                file: listPath, message: .verifyNeedsCSV)
        }
        let manifestPath = SampleManifest.path(forList: listPath)
        let manifest = try SampleManifest.read(path: manifestPath)
        var v = SampleVerification()

        // The fingerprint on the second core while this one re-reads the roster (SampleRun.draw).
        let fingerprint = Background<String, InputError> { () throws(InputError) in try SHA256.hexDigest(ofFile: rosterPath) }
        var read: Result<SamplingRosterReader.Pass1, InputError>?
        do {
            read = .success(
                try SampleRun.readRoster(
                    rosterPath, seed: manifest.seed, columns: .exact(manifest.columns),
                    include: manifest.include, exclude: manifest.exclude))
        } catch {
            read = .failure(error)
        }
        let hash = try fingerprint.value()
        if hash != manifest.rosterSHA256 {
            v.passed = false
            v.report.append("mismatch: \(rosterPath) is not the roster the sample was drawn from")
            v.report.append("  its SHA-256 is \(hash); the manifest records \(manifest.rosterSHA256) (\(manifest.rosterFile))")
            v.report.append("  (a roster re-saved, re-encoded or edited is a different file; find the original)")
        }

        var pass1: SamplingRosterReader.Pass1
        do {
            pass1 = try read!.get()
            // The only holder of the households, so that the draw below frees them as it goes.
            read = nil
        } catch where !v.passed {
            // Another roster that cannot even be re-drawn from: the mismatch above is the answer.
            v.report.append("  and it cannot be re-drawn from: \(error)")
            return v
        }
        let redraw = SampleDraw.draw(draining: &pass1.roster, options: manifest.options)
        // A list as csat wrote it is compared row by row as it is read; only one the surveyor
        // re-sorted or changed is read whole (a million rows of seven strings: 120 MB).
        var inOrder = SampleVerifier.InOrderMatch(expected: redraw.rows)
        try forEachListed(listPath) { inOrder.take($0) }
        let listed: [SampleVerifier.ListedRow]
        if inOrder.isDraw {
            listed = inOrder.forReplacements()
        } else {
            listed = try readList(listPath)
            if let difference = SampleVerifier.firstDifference(expected: redraw.rows, listed: listed) {
                v.passed = false
                v.report.append("mismatch: \(listPath) is not the draw of seed \"\(manifest.seed)\" from \(rosterPath)")
                v.report.append("  first difference: \(difference)")
                return v
            }
        }
        if SampleManifest.projectsJSON(redraw.plans) != manifest.projects {
            v.passed = false
            v.report.append(
                "mismatch: the list matches the re-draw, but the counts in \(manifestPath) do not (was the manifest edited?)")
            return v
        }
        let replacements = SampleVerifier.replacements(listed)
        v.warnings = replacements.outOfOrder
        if !replacements.problems.isEmpty {
            v.passed = false
            v.report.append("mismatch: the list is the draw, but its replacement records are broken:")
            v.report += replacements.problems.map { "  " + $0 }
            return v
        }
        guard v.passed else {
            v.report.append("  re-drawn from this roster anyway, the list comes out the same (\(redraw.rows.count) rows)")
            return v
        }
        let samples = redraw.rows.reduce(0) { $0 + ($1.role == .sample ? 1 : 0) }
        v.report.append("match: \(listPath) is the draw of seed \"\(manifest.seed)\" from \(rosterPath)")
        v.report.append(
            "  \(redraw.plans.count) projects, \(samples) sampled and \(redraw.rows.count - samples) reserve households; \(replacements.count) replacement(s) recorded"
        )
        return v
    }

    /// Reads a sample list's rows; `project`, `unit`, `role` and `order` are required, by these exact names.
    static func readList(_ path: String) throws(InputError) -> [SampleVerifier.ListedRow] {
        var rows: [SampleVerifier.ListedRow] = []
        try forEachListed(path) { rows.append($0) }
        return rows
    }

    /// Calls `body` with each row of a sample list, in file order (see `readList`).
    static func forEachListed(_ path: String, _ body: (SampleVerifier.ListedRow) -> Void) throws(InputError) {
        var idx: [String: Int] = [:]
        var at: [Int?] = []
        let listCell = SampleListTable.cellReader(path)
        let restores = TableFile.guess(path) == .csv
        try TableFile.read(
            path, findHeader: { row in (0..<row.count).contains { CellValues.trim(row.string($0)) == "role" } }
        ) { row in
            let names = row.strings().map(CellValues.trim)
            for name in SampleListTable.leading {
                if let i = names.firstIndex(of: name) { idx[name] = i }
            }
            for name in ["project", "unit", "role", "order"] where idx[name] == nil {
                throw InputError(
                    file: path, line: row.line,
                    message: .sampleListNeedsColumn(name))
            }
            at = SampleListTable.leading.map { idx[$0] }
        } record: { row in
            // `listCell(row.string(c))`, straight from the bytes for a cell it would leave as it is:
            // nothing to trim and (in a CSV) no leading `'` to take away. A list has a million rows.
            func cell(_ k: Int) -> String {
                guard let c = at[k] else { return "" }
                return row.withField(c) { b in
                    ByteText.trim(b).count == b.count && (!restores || b.first != 0x27)
                        ? String(decoding: b, as: UTF8.self) : listCell(String(decoding: b, as: UTF8.self))
                }
            }
            let role = cell(3)
            body(
                .init(
                    line: row.line, project: cell(0), stratum: cell(1), unit: cell(2),
                    role: role == "sample" || role == "reserve" ? role : role.lowercased(), order: cell(4),
                    replaces: cell(5), reason: cell(6)))
        }
    }
}
