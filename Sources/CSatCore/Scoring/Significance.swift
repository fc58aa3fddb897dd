/// The marks on the project segment table (SPEC.md "Across waves"): each project against the
/// rest of the company, and against its own previous wave, by Welch's t test on the respondent
/// scores (index) and satisfied shares (rate), every form counting once; Benjamini–Hochberg
/// false-discovery control over every test of the table; ▲ / ▼ where q < 0.05.
public struct Significance: Sendable {
    public struct Test: Sendable {
        /// The tested difference of means: points of respondent score (0–100), or a share (0–1).
        public var difference: Double
        public var p: Double
        /// The Benjamini–Hochberg adjusted p-value across the table.
        public var q: Double
        public var significant: Bool { q < Significance.level }
        /// ▲ or ▼ where significant, else nil.
        public var mark: Character? { significant ? (difference > 0 ? "▲" : "▼") : nil }
    }

    public struct Tests: Sendable {
        public var index: Test?
        public var rate: Test?
        /// Per driver id (definition order): the driver score s_d.
        public var drivers: [(id: String, test: Test?)]

        public func driver(_ id: String) -> Test? { drivers.first { $0.id == id }?.test ?? nil }
    }

    public struct Row: Sendable {
        public var project: String
        public var vsRest: Tests
        /// Against the project's own previous wave; nil without a previous wave or when the
        /// project was not in it.
        public var vsPrevious: Tests?
        /// The project's index and rate in the previous wave, for the change shown beside the mark.
        public var previousIndex: Double?
        public var previousRate: Double?
    }

    public static let level = 0.05
    public var previousPeriod: String?
    /// The number of tests in the family that the q-values control.
    public var family: Int
    public var rows: [Row]

    public func row(_ project: String) -> Row? { rows.first { $0.project == project } }

    /// `previous`: the previous wave's projects (from `--previous` or the history).
    static func build(
        projects: [ProjectFigures], previous: (period: String, projects: [ProjectFigures])?, driverIDs: [String]
    ) -> Significance {
        // The raw tests first, q-values once every p of the table is known.
        struct Raw {
            var difference: Double
            var p: Double
        }
        func welch(_ a: RunningMoments, _ b: RunningMoments) -> Raw? {
            guard let r = Welch.test(a, b) else { return nil }
            return Raw(difference: a.mean - b.mean, p: r.p)
        }
        func rest(_ skip: Int, _ moments: (ProjectFigures) -> RunningMoments) -> RunningMoments {
            var m = RunningMoments()
            for (i, other) in projects.enumerated() where i != skip { m.merge(moments(other)) }
            return m
        }
        var raws: [Raw?] = []
        var layout: [(project: String, rest: [Int], previous: [Int]?, before: ProjectFigures?)] = []
        let prior = previous.map { p in Dictionary(p.projects.map { ($0.project, $0) }, uniquingKeysWith: { a, _ in a }) }
        for (i, project) in projects.enumerated() {
            func add(_ raw: Raw?) -> Int {
                raws.append(raw)
                return raws.count - 1
            }
            var restSlots = [add(welch(project.score, rest(i, \.score))), add(welch(project.share, rest(i, \.share)))]
            for id in driverIDs {
                restSlots.append(add(welch(project.driverScore(id), rest(i) { $0.driverScore(id) })))
            }
            var previousSlots: [Int]? = nil
            if let before = prior?[project.project] {
                var slots = [add(welch(project.score, before.score)), add(welch(project.share, before.share))]
                for id in driverIDs { slots.append(add(welch(project.driverScore(id), before.driverScore(id)))) }
                previousSlots = slots
            }
            layout.append((project.project, restSlots, previousSlots, prior?[project.project]))
        }
        let present = raws.indices.filter { raws[$0] != nil }
        let q = BenjaminiHochberg.adjust(present.map { raws[$0]!.p })
        var adjusted = [Double?](repeating: nil, count: raws.count)
        for (k, slot) in present.enumerated() { adjusted[slot] = q[k] }
        func test(_ slot: Int) -> Test? {
            guard let raw = raws[slot], let q = adjusted[slot] else { return nil }
            return Test(difference: raw.difference, p: raw.p, q: q)
        }
        func group(_ slots: [Int]) -> Tests {
            Tests(
                index: test(slots[0]), rate: test(slots[1]),
                drivers: driverIDs.enumerated().map { (id: $1, test: test(slots[2 + $0])) })
        }
        return Significance(
            previousPeriod: previous?.period, family: present.count,
            rows: layout.map {
                Row(
                    project: $0.project, vsRest: group($0.rest), vsPrevious: $0.previous.map(group),
                    previousIndex: $0.before?.index, previousRate: $0.before?.rate)
            })
    }
}

/// Benjamini & Hochberg (1995) step-up adjusted p-values: for the i-th smallest of m,
/// q_(i) = min over j ≥ i of m·p_(j)/j, capped at 1 (statsmodels' `fdr_bh`, R's `p.adjust(…, "BH")`).
public enum BenjaminiHochberg {
    public static func adjust(_ p: [Double]) -> [Double] {
        let m = p.count
        guard m > 0 else { return [] }
        // Ties keep their input order, so the result does not depend on the sort's stability.
        let order = p.indices.sorted { p[$0] != p[$1] ? p[$0] < p[$1] : $0 < $1 }
        var q = [Double](repeating: 1, count: m)
        var running = 1.0
        for rank in stride(from: m, through: 1, by: -1) {
            let i = order[rank - 1]
            running = min(running, p[i] * Double(m) / Double(rank))
            q[i] = min(1, running)
        }
        return q
    }
}
