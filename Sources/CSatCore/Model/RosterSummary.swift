/// What `check`, `score` and `report` need of a roster: eligible households
/// per project and a compact set of their units (SPEC.md "Responses": Roster).
public struct RosterSummary: Sendable {
    public struct Project: Sendable {
        public var name: String
        /// Households listed, vacant ones included.
        public var listed: Int
        public var vacant: Int
        /// N: eligible households (listed minus vacant).
        public var eligible: Int { listed - vacant }
    }

    public var path: String
    /// Projects in roster order.
    public var projects: [Project] = []
    public var projectIndex: [String: Int] = [:]
    /// Every listed unit, vacant ones included (a form for a vacant unit is not an unknown unit).
    public var units = UnitSet()

    public func contains(project: String) -> Bool { projectIndex[project] != nil }
    public func contains(project: String, unit: String) -> Bool { units.contains(UnitKey(project: project, unit: unit)) }
    public func eligible(_ project: String) -> Int? { projectIndex[project].map { projects[$0].eligible } }
}
