/// One wave as the history keeps it: the headline figures, per driver and per project
/// (SPEC.md "Across waves"). Made from a scored wave, or read back from the history file.
public struct WaveRecord: Sendable {
    public struct Point: Sendable {
        public var index: Double?
        public var indexCI: Figures.Interval?
        public var rate: Double?
        public var rateCI: Figures.Interval?
        public var n: Int

        public init(index: Double?, indexCI: Figures.Interval?, rate: Double?, rateCI: Figures.Interval?, n: Int) {
            (self.index, self.indexCI, self.rate, self.rateCI, self.n) = (index, indexCI, rate, rateCI, n)
        }
    }

    public struct Driver: Sendable {
        public var id: String
        public var name: String
        public var weight: Double
        public var point: Point

        public init(id: String, name: String, weight: Double, point: Point) {
            (self.id, self.name, self.weight, self.point) = (id, name, weight, point)
        }
    }

    public var surveyID: String
    public var title: String
    public var period: String
    public var aggregate: String
    public var formsRead: Int
    public var formsValid: Int
    public var overall: Point
    public var drivers: [Driver]
    public var projects: [ProjectFigures]

    public init(
        surveyID: String, title: String, period: String, aggregate: String, formsRead: Int, formsValid: Int,
        overall: Point, drivers: [Driver], projects: [ProjectFigures]
    ) {
        self.surveyID = surveyID
        self.title = title
        self.period = period
        self.aggregate = aggregate
        self.formsRead = formsRead
        self.formsValid = formsValid
        self.overall = overall
        self.drivers = drivers
        self.projects = projects
    }

    public init(figures f: Figures, title: String, formsRead: Int, formsValid: Int) {
        self.init(
            surveyID: f.surveyID, title: title, period: f.period, aggregate: f.aggregate.rawValue, formsRead: formsRead,
            formsValid: formsValid,
            overall: Point(
                index: f.overall.index, indexCI: f.overall.indexCI, rate: f.overall.rate, rateCI: f.overall.rateCI,
                n: f.overall.n),
            drivers: f.drivers.map {
                Driver(
                    id: $0.id, name: $0.name, weight: $0.weight,
                    point: Point(index: $0.index, indexCI: $0.indexCI, rate: $0.rate, rateCI: $0.rateCI, n: $0.n))
            }, projects: f.projects)
    }
}

/// The waves of a history side by side, oldest first: the Trend sheet, the report's trend
/// section and `score --json`'s `history` (SPEC.md "Across waves").
public struct Trend: Sendable {
    public struct Series: Sendable {
        public var id: String
        public var name: String
        /// One per period of `periods`; nil where the wave has no such driver or project.
        public var points: [WaveRecord.Point?]
    }

    public var periods: [String]
    public var overall: [WaveRecord.Point]
    /// Forms read and valid per wave.
    public var forms: [(read: Int, valid: Int)]
    /// The current definition's drivers first (its order), then any driver only earlier waves had.
    public var drivers: [Series]
    /// Projects sorted by name (code points).
    public var projects: [Series]
    /// The wave that is being reported: the last one.
    public var current: String { periods.last ?? "" }

    /// The same season a year earlier than the last wave (2026H1 → 2025H1), when stored.
    public var yearEarlier: Int? {
        guard let last = periods.last, let before = Trend.sameSeasonYearEarlier(last) else { return nil }
        return periods.firstIndex(of: before)
    }

    /// `2026H1` → `2025H1`; other shapes have no season.
    public static func sameSeasonYearEarlier(_ period: String) -> String? {
        guard period.count == 6, let year = Int(period.prefix(4)), period.dropFirst(4) == "H1" || period.dropFirst(4) == "H2"
        else { return nil }
        return "\(year - 1)\(period.suffix(2))"
    }

    /// The stored waves with `figures`, the wave being scored or reported, as the last.
    public init(stored: [WaveRecord], current figures: Figures, wave: Wave) {
        self.init(
            stored: stored,
            current: WaveRecord(
                figures: figures, title: wave.table.survey.title, formsRead: wave.table.count,
                formsValid: wave.validity.validCount))
    }

    /// Waves in period order; a wave of `current`'s period replaces the stored one of that period.
    public init(stored: [WaveRecord], current: WaveRecord?) {
        var waves = stored.filter { $0.period != current?.period }
        if let current { waves.append(current) }
        waves.sort { $0.period.unicodeScalars.lexicographicallyPrecedes($1.period.unicodeScalars) }
        periods = waves.map(\.period)
        overall = waves.map(\.overall)
        forms = waves.map { ($0.formsRead, $0.formsValid) }
        var driverOrder: [(id: String, name: String)] = []
        let newest = (current ?? waves.last).map { [$0] } ?? []
        for wave in newest + waves.reversed() {
            for d in wave.drivers where !driverOrder.contains(where: { $0.id == d.id }) {
                driverOrder.append((d.id, d.name))
            }
        }
        drivers = driverOrder.map { d in
            Series(id: d.id, name: d.name, points: waves.map { w in w.drivers.first { $0.id == d.id }?.point })
        }
        var names: [String] = []
        for wave in waves { for p in wave.projects where !names.contains(p.project) { names.append(p.project) } }
        names.sort { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        projects = names.map { name in
            Series(
                id: name, name: name,
                points: waves.map { w in
                    w.projects.first { $0.project == name }.map {
                        WaveRecord.Point(index: $0.index, indexCI: $0.indexCI, rate: $0.rate, rateCI: $0.rateCI, n: $0.n)
                    }
                })
        }
    }
}
