import Foundation

/// Everything needed to redo a draw, written beside the sample list
/// (`sample.csv` → `sample.manifest.json`; SPEC.md "Sampling").
///
/// The include and exclude lists are copied in, not only hashed: `--verify`
/// and an auditor then need nothing but the manifest and the roster. The file
/// holds no time stamp, so the same inputs and seed give the same bytes.
public struct SampleManifest: Sendable {
    /// The draw method's name; `--verify` refuses a method it does not know.
    public static let method = "csat-sample-1"
    public static let methodDescription = """
        Per project: N = listed households minus vacant and excluded; n = N if N <= min, else \
        max(ceil(rate*N), min), ceilings exact on the decimal rate. Strata get n by largest remainders \
        (ties: larger N_h, then name), at least one each when n allows, included households as lower bounds. \
        Household key = first 8 bytes, big-endian, of SHA-256(UTF-8 seed 0x1F project 0x1F unit); \
        in each stratum the included households plus the smallest keys (ties: unit) are the sample, \
        the next keys are the reserves (ceil(reserve*n), by largest remainders over N_h). See docs/SAMPLING.md.
        """

    public var csatVersion: String
    public var seed: String
    public var seedGenerated: Bool
    public var options: SampleOptions
    /// `--strata` as given (role or header names).
    public var strata: [String]
    public var columns: SamplingColumns
    public var rosterFile: String
    public var rosterSHA256: String
    public var include: SampleUnitList?
    public var exclude: SampleUnitList?
    public var listFile: String
    public var rows: Int
    /// The plans, as JSON (what `--verify` compares with its re-draw).
    public var projects: JSONValue

    public init(
        csatVersion: String, seed: String, seedGenerated: Bool, options: SampleOptions, strata: [String],
        columns: SamplingColumns, rosterFile: String, rosterSHA256: String, include: SampleUnitList?,
        exclude: SampleUnitList?, listFile: String, result: SampleDrawResult
    ) {
        self.csatVersion = csatVersion
        self.seed = seed
        self.seedGenerated = seedGenerated
        self.options = options
        self.strata = strata
        self.columns = columns
        self.rosterFile = rosterFile
        self.rosterSHA256 = rosterSHA256
        self.include = include
        self.exclude = exclude
        self.listFile = listFile
        self.rows = result.rows.count
        self.projects = Self.projectsJSON(result.plans)
    }

    /// `out/sample.csv` or `out/sample.xlsx` → `out/sample.manifest.json`.
    public static func path(forList list: String) -> String {
        let url = URL(fileURLWithPath: list)
        let ext = url.pathExtension
        let stem = ext.isEmpty ? list : String(list.dropLast(ext.count + 1))
        return stem + ".manifest.json"
    }

    public static func projectsJSON(_ plans: [ProjectSamplePlan]) -> JSONValue {
        .array(
            plans.map { p in
                .obj([
                    ("project", .string(p.name)), ("listed", .int(p.listed)), ("vacant", .int(p.vacant)),
                    ("excluded", .int(p.excluded)), ("eligible", .int(p.eligible)), ("required", .int(p.required)),
                    ("sampled", .int(p.sampled)), ("certainty", .int(p.certainty)), ("reserves", .int(p.reserves)),
                    ("census", .bool(p.census)),
                    (
                        "strata",
                        .array(
                            p.strata.map { s in
                                .obj([
                                    ("stratum", .string(s.name)), ("eligible", .int(s.eligible)),
                                    ("certainty", .int(s.certainty)),
                                    ("sample", .int(s.sample)), ("reserve", .int(s.reserve)),
                                ])
                            })
                    ),
                ])
            })
    }

    public func json() -> JSONValue {
        func list(_ l: SampleUnitList?) -> JSONValue {
            guard let l else { return .null }
            return .obj([
                ("file", .string(l.file)), ("sha256", .string(l.sha256)),
                ("households", .array(l.entries.map { .obj([("project", .string($0.project)), ("unit", .string($0.unit))]) })),
            ])
        }
        var totals = (eligible: 0, sampled: 0, reserves: 0)
        for p in projects.arrayValue ?? [] {
            totals.eligible += Int(p.objectValue?["eligible"]?.doubleValue ?? 0)
            totals.sampled += Int(p.objectValue?["sampled"]?.doubleValue ?? 0)
            totals.reserves += Int(p.objectValue?["reserves"]?.doubleValue ?? 0)
        }
        return .obj([
            ("kind", .string("csat sample manifest")),
            ("csat", .string(csatVersion)),
            ("method", .string(Self.method)),
            ("methodDescription", .string(Self.methodDescription)),
            ("seed", .string(seed)),
            ("seedGenerated", .bool(seedGenerated)),
            (
                "roster",
                .obj([
                    ("file", .string(rosterFile)), ("sha256", .string(rosterSHA256)),
                    (
                        "columns",
                        .obj([
                            ("project", .string(columns.project)), ("unit", .string(columns.unit)),
                            ("strata", .array(columns.strata.map { .string($0) })),
                            ("vacant", columns.vacant.map { .string($0) } ?? .null),
                        ])
                    ),
                ])
            ),
            (
                "options",
                .obj([
                    ("rate", .num(options.rate)), ("min", .int(options.minCount)), ("reserve", .num(options.reserveRate)),
                    ("strata", .array(strata.map { .string($0) })),
                ])
            ),
            ("include", list(include)),
            ("exclude", list(exclude)),
            ("list", .obj([("file", .string(listFile)), ("rows", .int(rows))])),
            (
                "totals",
                .obj([
                    ("projects", .int(projects.arrayValue?.count ?? 0)), ("eligible", .int(totals.eligible)),
                    ("sampled", .int(totals.sampled)), ("reserves", .int(totals.reserves)),
                ])
            ),
            ("projects", projects),
        ])
    }

    public func write(to path: String) throws(InputError) {
        try OutputFile.write(JSONWriter.write(json()), to: path)
    }
}
