/// What `check`, `score` and `report` need of a sample list (SPEC.md
/// "Sampling"): per project, the planned sample size and the units that count
/// as sampled — drawn units that were not replaced, plus reserves that a
/// surveyor recorded as replacements (`replaces` and `reason` filled in).
public struct SampleSummary: Sendable {
    public struct Project: Sendable {
        public var name: String
        /// Rows with role `sample`.
        public var planned: Int = 0
        public var reserves: Int = 0
        /// Units that count as sampled after replacements.
        public var sampled: Int = 0
        public var replacements: Int = 0
        /// Rows ticked in the list's `handedOut` column (the surveyor's 发放 tick); nil when it has none.
        public var handedOut: Int? = nil
    }

    public var path: String
    public var projects: [Project] = []
    public var projectIndex: [String: Int] = [:]
    public var sampledUnits = UnitSet()

    public func isSampled(project: String, unit: String) -> Bool {
        sampledUnits.contains(UnitKey(project: project, unit: unit))
    }
}
