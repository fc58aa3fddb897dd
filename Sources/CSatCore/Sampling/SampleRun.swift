/// `csat sample` from files to files, for the command to call (SPEC.md "Commands", "Sampling").
///
/// Order of work: hash the roster (on a second thread) while reading it once (keys and strata), draw, read
/// it again for the drawn rows' columns, then the caller writes the list(s)
/// and the manifest. The command stays a thin layer of option parsing.
public enum SampleRun {
    /// What the user asked for.
    public struct Request {
        public var rosterPath: String
        public var survey: Survey?
        /// Role or header names; empty for no strata (one stratum a project).
        public var strata: [String]
        public var options: SampleOptions
        public var seed: String
        public var seedGenerated: Bool
        public var include: SampleUnitList?
        public var exclude: SampleUnitList?

        public init(
            rosterPath: String, survey: Survey?, strata: [String], options: SampleOptions, seed: String,
            seedGenerated: Bool, include: SampleUnitList?, exclude: SampleUnitList?
        ) {
            self.rosterPath = rosterPath
            self.survey = survey
            self.strata = strata
            self.options = options
            self.seed = seed
            self.seedGenerated = seedGenerated
            self.include = include
            self.exclude = exclude
        }
    }

    /// A finished draw, ready to be written.
    public struct Drawn {
        public var result: SampleDrawResult
        public var table: SampleListTable
        public var columns: SamplingColumns
        public var rosterSHA256: String
    }

    /// Hashes and reads the roster, draws, and copies the drawn rows' columns.
    public static func draw(_ request: Request) throws(InputError) -> Drawn {
        // The fingerprint on the second core while this one reads the roster; its error comes first, as before.
        PhaseProbe.mark("start")
        let path = request.rosterPath
        let fingerprint = Background<String, InputError> { () throws(InputError) in try SHA256.hexDigest(ofFile: path) }
        var pass1: SamplingRosterReader.Pass1
        do {
            pass1 = try readRoster(
                request.rosterPath, seed: request.seed,
                columns: .roles(survey: request.survey, strata: request.strata),
                include: request.include, exclude: request.exclude)
        } catch {
            _ = try fingerprint.value()
            throw error
        }
        PhaseProbe.mark("pass1")
        let hash = try fingerprint.value()
        PhaseProbe.mark("hash")
        let result = SampleDraw.draw(draining: &pass1.roster, options: request.options)
        PhaseProbe.mark("draw")
        let keep = SampleListTable.kept(rosterHeader: pass1.header, columns: pass1.columns)
        let fields = try SamplingRosterReader.fields(
            path: request.rosterPath, pass1: pass1, rows: result.rows, keep: keep)
        PhaseProbe.mark("pass2")
        let table = SampleListTable(rows: result.rows, rosterHeader: pass1.header, columns: pass1.columns, fields: fields)
        return Drawn(result: result, table: table, columns: pass1.columns, rosterSHA256: hash)
    }

    /// The manifest of a draw, naming the list file it describes.
    public static func manifest(_ request: Request, _ drawn: Drawn, listFile: String, csatVersion: String) -> SampleManifest {
        SampleManifest(
            csatVersion: csatVersion, seed: request.seed, seedGenerated: request.seedGenerated,
            options: request.options, strata: request.strata, columns: drawn.columns,
            rosterFile: InputStreams.shown(request.rosterPath), rosterSHA256: drawn.rosterSHA256, include: request.include,
            exclude: request.exclude, listFile: listFile, result: drawn.result)
    }

    static func readRoster(
        _ path: String, seed: String, columns: SamplingRosterReader.ColumnChoice, include: SampleUnitList?,
        exclude: SampleUnitList?
    ) throws(InputError) -> SamplingRosterReader.Pass1 {
        var builder = try SamplingRosterBuilder(
            seed: seed, file: path, include: include ?? SampleUnitList(file: "--include"),
            exclude: exclude ?? SampleUnitList(file: "--exclude"))
        return try SamplingRosterReader.read(path: path, columns: columns, builder: &builder)
    }
}
