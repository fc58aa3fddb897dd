/// Forms whose unit is unknown only because Excel dropped leading zeros
/// (`101` in the forms, `0101` in the roster): one warning per file, with a
/// count and an example (docs/VALIDITY.md "Units that lost their zeros").
///
/// The roster is held as keys, not texts, so the check goes the other way:
/// for a form already `unknown_unit`, the numbers in its unit are written with
/// 0–3 more or fewer leading zeros (`1-1-101` → `01-01-0101`, …) and each
/// spelling is looked up. Only unknown-unit forms are visited, after the
/// per-form checks, so the hot path is untouched. The forms stay
/// `unknown_unit`: csat warns, it does not guess which household was meant.
enum LeadingZeros {
    /// At most this many numbers in a unit (4⁴ = 256 spellings).
    static let maxNumbers = 4
    /// Leading zeros added to a number, at most.
    static let maxZeros = 3
    /// A file whose first this-many unknown units have no look-alike is not searched further.
    static let giveUpAfter = 2_000

    /// The warnings, one per response file with such forms, in file order.
    static func warnings(_ table: FormTable, roster: RosterSummary, reasons: [ReasonSet]) -> [Message] {
        var perFile: [Int: (count: Int, example: (form: String, roster: String), misses: Int)] = [:]
        for (f, why) in reasons.enumerated() where why.contains(.unknownUnit) {
            let r = table.records[f]
            let file = Int(r.file)
            var entry = perFile[file] ?? (0, ("", ""), 0)
            if entry.count == 0 && entry.misses >= giveUpAfter { continue }
            let project = table.string(r.project), unit = table.string(r.unit)
            if let match = rosterSpelling(of: unit, project: project, in: roster) {
                if entry.count == 0 { entry.example = (unit, match) }
                entry.count += 1
            } else {
                entry.misses += 1
            }
            perFile[file] = entry
        }
        return perFile.keys.sorted().compactMap { file in
            let e = perFile[file]!
            guard e.count > 0 else { return nil }
            return .leadingZeros(
                file: table.files[file].path, count: e.count, form: e.example.form, roster: e.example.roster,
                rosterHasZeros: e.example.roster.utf8.count > e.example.form.utf8.count)
        }
    }

    /// The roster's spelling of `unit` when the two differ only in the leading zeros of their numbers.
    static func rosterSpelling(of unit: String, project: String, in roster: RosterSummary) -> String? {
        let parts = split(unit)
        let numbers = parts.indices.filter { parts[$0].isNumber }
        guard !numbers.isEmpty, numbers.count <= maxNumbers else { return nil }
        // Each number without its leading zeros (at least one digit stays).
        var cores = parts.map(\.text)
        for i in numbers {
            let digits = parts[i].text
            let kept = digits.drop { $0 == "0" }
            cores[i] = kept.isEmpty ? "0" : String(kept)
        }
        var zeros = [Int](repeating: 0, count: numbers.count)
        while true {
            var spelled = ""
            var n = 0
            for (i, core) in cores.enumerated() {
                if n < numbers.count && numbers[n] == i {
                    spelled += String(repeating: "0", count: zeros[n]) + core
                    n += 1
                } else {
                    spelled += core
                }
            }
            if spelled != unit && roster.contains(project: project, unit: spelled) { return spelled }
            // The next combination of zeros, like an odometer.
            var k = 0
            while k < zeros.count && zeros[k] == maxZeros {
                zeros[k] = 0
                k += 1
            }
            if k == zeros.count { return nil }
            zeros[k] += 1
        }
    }

    /// The unit cut into runs of ASCII digits and runs of anything else.
    static func split(_ unit: String) -> [(text: String, isNumber: Bool)] {
        var parts: [(text: String, isNumber: Bool)] = []
        for c in unit {
            let digit = c.isASCII && c.isNumber
            if let last = parts.last, last.isNumber == digit {
                parts[parts.count - 1].text.append(c)
            } else {
                parts.append((String(c), digit))
            }
        }
        return parts
    }
}
