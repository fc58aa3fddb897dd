/// Compares a sample list as the surveyor holds it with a fresh re-draw
/// (SPEC.md "Commands": `csat sample --verify`).
///
/// The surveyor fills `replaces` and `reason` and may sort the sheet, so the
/// comparison ignores those two columns and the row order: listed rows are
/// put in the list's own order (project, samples before reserves, `order`)
/// and compared one by one on project, role, order, unit and stratum.
public enum SampleVerifier {
    /// One row of the sample list file.
    public struct ListedRow: Equatable, Sendable {
        public var line: Int
        public var project: String
        public var stratum: String
        public var unit: String
        public var role: String
        public var order: String
        public var replaces: String
        public var reason: String

        public init(
            line: Int, project: String, stratum: String, unit: String, role: String, order: String,
            replaces: String = "", reason: String = ""
        ) {
            (self.line, self.project, self.stratum, self.unit) = (line, project, stratum, unit)
            (self.role, self.order, self.replaces, self.reason) = (role, order, replaces, reason)
        }
    }

    /// The first difference, or nil when the list is the draw.
    public static func firstDifference(expected: [SampleRow], listed: [ListedRow]) -> String? {
        for r in listed where SampleRow.Role(rawValue: r.role) == nil {
            return "line \(r.line): role must be sample or reserve, found \"\(r.role)\""
        }
        for r in listed where Int(r.order) == nil {
            return "line \(r.line): order must be a whole number, found \"\(r.order)\""
        }
        // The rows' order, not a sorted copy of them (a million rows of seven strings: 120 MB),
        // with each `order` read once rather than at every compare.
        let orders = listed.map { Int($0.order)! }
        let permutation = listed.indices.sorted { i, j in
            if listed[i].project != listed[j].project { return SampleKey.scalarOrder(listed[i].project, listed[j].project) }
            if listed[i].role != listed[j].role { return listed[i].role == SampleRow.Role.sample.rawValue }
            if orders[i] != orders[j] { return orders[i] < orders[j] }
            return listed[i].line < listed[j].line
        }
        let sorted = permutation.lazy.map { listed[$0] }
        for i in 0..<max(sorted.count, expected.count) {
            guard i < sorted.count else {
                let e = expected[i]
                return "the list lacks \(e.role.rawValue) \(e.order) of \(e.project): \(e.unit) (stratum \(e.stratum))"
            }
            let l = sorted[i]
            guard i < expected.count else {
                return "line \(l.line): a row the draw does not have: \(l.role) \(l.order) of \(l.project), \(l.unit)"
            }
            let e = expected[i]
            if l.project != e.project || l.role != e.role.rawValue || Int(l.order)! != e.order {
                return
                    "line \(l.line): expected \(e.role.rawValue) \(e.order) of \(e.project) (\(e.unit)), found \(l.role) \(l.order) of \(l.project) (\(l.unit))"
            }
            if l.unit != e.unit {
                return
                    "line \(l.line): \(e.role.rawValue) \(e.order) of \(e.project) should be \(e.unit) (stratum \(e.stratum)), the list has \(l.unit)"
            }
            if l.stratum != e.stratum {
                return "line \(l.line): \(e.unit) of \(e.project) is in stratum \(e.stratum), the list says \(l.stratum)"
            }
        }
        return nil
    }

    /// Compares a list row by row, as it is read, with the draw in csat's own order (project,
    /// samples before reserves, `order`), keeping only the reserve rows. When every row matches
    /// (`isDraw`), `firstDifference` would find none, and `forReplacements()` gives `replacements`
    /// all it reads; otherwise the list is read whole and compared by `firstDifference`.
    public struct InOrderMatch {
        private let expected: [SampleRow]
        private var matched = 0
        private var broken = false
        /// The list's reserve rows, in its order.
        private var reserves: [ListedRow] = []

        public init(expected: [SampleRow]) { self.expected = expected }

        /// The next row of the list.
        public mutating func take(_ r: ListedRow) {
            guard !broken else { return }
            guard matched < expected.count, let role = SampleRow.Role(rawValue: r.role), let order = Int(r.order) else {
                broken = true
                return
            }
            let e = expected[matched]
            guard role == e.role, order == e.order, r.project == e.project, r.unit == e.unit, r.stratum == e.stratum else {
                broken = true
                return
            }
            matched += 1
            if role == .reserve { reserves.append(r) }
        }

        /// Every row of the list matched the draw in order, and none is missing.
        public var isDraw: Bool { !broken && matched == expected.count }

        /// The rows `replacements` looks at: the sampled rows that a reserve names (those of the
        /// draw, which the list matched) and every reserve row, in the list's order.
        public func forReplacements() -> [ListedRow] {
            let replaced = Set(reserves.lazy.filter { !$0.replaces.isEmpty }.map(\.replaces))
            let sampled = expected.lazy.filter { $0.role == .sample && replaced.contains($0.unit) }.map {
                ListedRow(
                    line: 0, project: $0.project, stratum: $0.stratum, unit: $0.unit, role: $0.role.rawValue,
                    order: String($0.order))
            }
            return Array(sampled) + reserves
        }
    }

    /// What the recorded replacements look like.
    public struct Replacements: Equatable, Sendable {
        public var count = 0
        /// Records `check` would reject: no reason, not a sampled unit, replaced twice.
        public var problems: [String] = []
        /// Reserves used while an earlier reserve of the same stratum was not (docs/SAMPLING.md §6).
        public var outOfOrder: [String] = []
    }

    /// Checks the `replaces` / `reason` records of a list that matches the draw.
    public static func replacements(_ listed: [ListedRow]) -> Replacements {
        var out = Replacements()
        // Only a used reserve makes a record, a problem or a note: a list without one has nothing to check.
        let replaced = Set(listed.lazy.filter { $0.role == SampleRow.Role.reserve.rawValue && !$0.replaces.isEmpty }.map(\.replaces))
        if replaced.isEmpty { return out }
        var sampled: [[String]: String] = [:]  // (project, unit) → stratum, of the replaced units only
        for r in listed where r.role == SampleRow.Role.sample.rawValue && replaced.contains(r.unit) {
            sampled[[r.project, r.unit]] = r.stratum
        }
        var replacedBy: [[String]: Int] = [:]
        var reserves: [[String]: [(order: Int, used: Bool, line: Int, unit: String)]] = [:]
        for r in listed where r.role == SampleRow.Role.reserve.rawValue {
            let used = !r.replaces.isEmpty
            reserves[[r.project, r.stratum], default: []].append((Int(r.order) ?? 0, used, r.line, r.unit))
            guard used else { continue }
            out.count += 1
            if r.reason.isEmpty {
                out.problems.append("line \(r.line): reserve \(r.unit) replaces \(r.replaces) but gives no reason")
            }
            if sampled[[r.project, r.replaces]] == nil {
                out.problems.append(
                    "line \(r.line): reserve \(r.unit) replaces \(r.replaces), which is not a sampled unit of \(r.project)")
            }
            if let first = replacedBy[[r.project, r.replaces]] {
                out.problems.append("line \(r.line): \(r.replaces) of \(r.project) is already replaced on line \(first)")
            } else {
                replacedBy[[r.project, r.replaces]] = r.line
            }
        }
        for r in listed where r.role == SampleRow.Role.reserve.rawValue && !r.replaces.isEmpty {
            guard let stratum = sampled[[r.project, r.replaces]], stratum != r.stratum,
                let unused = reserves[[r.project, stratum]]?.filter({ !$0.used }).min(by: { $0.order < $1.order })
            else { continue }
            out.outOfOrder.append(
                "line \(r.line): \(r.replaces) (stratum \(stratum)) is replaced from stratum \(r.stratum) while reserve \(unused.unit) of its own stratum is unused"
            )
        }
        for key in reserves.keys.sorted(by: {
            $0.joined(separator: "\u{1F}").utf8.lexicographicallyPrecedes($1.joined(separator: "\u{1F}").utf8)
        }) {
            let rs = reserves[key]!.sorted { $0.order < $1.order }
            guard let lastUsed = rs.lastIndex(where: \.used) else { continue }
            for skipped in rs[..<lastUsed] where !skipped.used {
                out.outOfOrder.append(
                    "line \(skipped.line): reserve \(skipped.unit) of \(key[0]) (stratum \(key[1])) was passed over for a later one"
                )
            }
        }
        return out
    }
}
