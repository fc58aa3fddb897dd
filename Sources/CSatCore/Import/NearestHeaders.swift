/// Finds the headers of a file that most look like a name the user meant, for
/// "did you mean" in messages about a missing column or question.
///
/// Headers are compared by text after trimming, half-width folding, a leading
/// question number (`3、`) and case: a header that contains the name (or is
/// contained in it) comes first, then those within a few edits of it.
public enum NearestHeaders {
    /// Up to `limit` headers of `headers` nearest to `name`, nearest first; none when nothing is near.
    public static func suggest(for name: String, in headers: [String], limit: Int = 3) -> [String] {
        let wanted = fold(name)
        guard !wanted.isEmpty else { return [] }
        var scored: [(header: String, score: Int, index: Int)] = []
        var seen: Set<String> = []
        for (i, header) in headers.enumerated() {
            let trimmed = CellValues.trim(header)
            guard !trimmed.isEmpty, seen.insert(trimmed).inserted else { continue }
            let have = fold(trimmed)
            if have.isEmpty { continue }
            if have == wanted {
                scored.append((trimmed, 0, i))
            } else if have.contains(wanted) || wanted.contains(have) {
                // The shorter must carry a fair part of the longer: "号" is in every unit header.
                let short = min(have.count, wanted.count), long = max(have.count, wanted.count)
                if short * 3 >= long || short >= 4 { scored.append((trimmed, 1 + long - short, i)) }
            } else {
                // A third of the letters may differ: two-letter headers (房号, 序号) must match exactly.
                let budget = min(have.count, wanted.count) / 3
                if budget > 0, let d = distance(Array(have), Array(wanted), limit: budget) {
                    scored.append((trimmed, 100 + d, i))
                }
            }
        }
        scored.sort { ($0.score, $0.index) < ($1.score, $1.index) }
        return scored.prefix(limit).map(\.header)
    }

    /// `"; did you mean \"A\" or \"B\"?"`, or `""` when nothing is near; for the end of a message.
    public static func hint(for name: String, in headers: [String]) -> Message {
        .didYouMean(suggest(for: name, in: headers))
    }

    /// The text compared: no question number, half-width, lowercased, no spaces or punctuation.
    static func fold(_ s: String) -> String {
        let stripped = ColumnMapping.stripQuestionNumber(CellValues.trim(s))
        let half = CellValues.halfWidth(stripped).lowercased()
        return String(half.unicodeScalars.filter { !$0.properties.isWhitespace && !isPunctuation($0) }.map(Character.init))
    }

    private static func isPunctuation(_ u: Unicode.Scalar) -> Bool {
        switch u.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// Levenshtein distance of `a` and `b`, or nil once it must exceed `limit`.
    static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return nil }
            swap(&previous, &current)
        }
        let d = previous[b.count]
        return d <= limit ? d : nil
    }
}
