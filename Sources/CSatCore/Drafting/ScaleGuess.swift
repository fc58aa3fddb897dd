/// The scale of a question, inferred from the answers a download holds (`csat init --from`,
/// docs/IMPORT.md "Drafting a definition").
///
/// Every count here goes through `CellValues.answerCode`, the rule `csat check` reads answers
/// with, so an answer the guess calls off the scale is exactly one that check calls out of range.
public enum ScaleGuess {
    /// A scale without an id: points, minimum and, for answers given as words, the labels lowest first.
    public struct Shape: Hashable, Sendable {
        public var points: Int
        public var min: Int
        public var labels: [String]?

        public init(points: Int, min: Int = 1, labels: [String]? = nil) {
            self.points = points
            self.min = min
            self.labels = labels
        }

        public var max: Int { min + points - 1 }

        var scale: Scale { Scale(id: "", points: points, min: min, labels: labels, satisfiedFrom: nil, dissatisfiedTo: nil) }
    }

    /// What a column's answers are.
    public enum Column: Equatable, Sendable {
        /// On a scale; `offScale` are the answers that are not (value → forms), which check calls out of range.
        case scale(Shape, offScale: [String: Int])
        /// Not on any scale csat knows: free text, choices, or numbers beyond 10.
        case open(OpenKind)
        /// Only 0 and 1: one option of a multiple-choice question, as a by-number download splits it.
        case choice
        /// No answer at all.
        case empty
    }

    public enum OpenKind: Equatable, Sendable {
        /// More different answers than any scale has.
        case freeText
        /// Words that are not the labels of a known scale (a few of them, most frequent first).
        case words([String])
        /// Numbers, but not 1–5, 1–7, 1–10 or 0–10.
        case numbers
    }

    /// The label vocabularies csat recognises, lowest first: five- and seven-point satisfaction,
    /// quality and agreement scales as Chinese questionnaires word them. In this order ties are broken.
    public static let vocabularies: [[String]] = [
        ["非常不满意", "不满意", "一般", "满意", "非常满意"],
        ["很不满意", "不满意", "一般", "满意", "很满意"],
        ["非常不满意", "比较不满意", "一般", "比较满意", "非常满意"],
        ["很不满意", "较不满意", "一般", "较满意", "很满意"],
        ["非常不满意", "不太满意", "一般", "比较满意", "非常满意"],
        ["非常不满意", "不满意", "基本满意", "满意", "非常满意"],
        ["非常差", "差", "一般", "好", "非常好"],
        ["很差", "较差", "一般", "较好", "很好"],
        ["非常不同意", "不同意", "一般", "同意", "非常同意"],
        ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"],
        ["非常不满意", "不满意", "比较不满意", "一般", "比较满意", "满意", "非常满意"],
        ["极不满意", "很不满意", "不满意", "一般", "满意", "很满意", "极满意"],
        ["非常不同意", "不同意", "比较不同意", "一般", "比较同意", "同意", "非常同意"],
    ]

    /// Number scales, tried in this order: the first that holds all but a few answers is taken.
    public static let numberShapes = [Shape(points: 5), Shape(points: 7), Shape(points: 10), Shape(points: 11, min: 0)]

    /// How many answers may lie off a scale that is still taken: 2% of the answers, at least one.
    /// A typed 6 among a hundred answers 1–5 is a slip (check lists it), not a sixth point.
    public static func rare(_ answered: Int) -> Int { max(1, answered / 50) }

    /// Whether `off` of `answered` answers off a scale still let it be the column's: few, and fewer
    /// than the answers on it (one answer, off every scale, is no scale).
    static func holds(off: Int, of answered: Int) -> Bool { off <= rare(answered) && off * 2 < answered }

    /// How many answers of all columns each vocabulary holds: which words the questionnaire uses,
    /// so that a column that shows only 满意 and 非常满意 gets the vocabulary the other columns show.
    public static func vocabularyUse(_ columns: [[String: Int]]) -> [Int] {
        vocabularies.map { labels in
            let set = Set(labels)
            return columns.reduce(0) { sum, counts in
                sum + counts.reduce(0) { $0 + (set.contains(CellValues.trim($1.key)) ? $1.value : 0) }
            }
        }
    }

    /// The scale of one column from its answers (trimmed cell text → forms).
    /// `tooMany`: the column held more different answers than were counted (free text).
    public static func guess(_ counts: [String: Int], tooMany: Bool = false, use: [Int]? = nil) -> Column {
        let probe = Shape(points: 5).scale
        let answered = counts.filter { CellValues.answerCode($0.key, scale: probe) != AnswerCode.notAnswered }
        let n = answered.values.reduce(0, +)
        if tooMany { return .open(.freeText) }
        if n == 0 { return .empty }
        let words = answered.filter { !isWholeNumber($0.key) }
        // The vocabulary the whole download uses most that holds the answers; of equals, the first
        // (five points before seven: a 6 typed among 非常满意…非常不满意 is a slip, not a point of a
        // seven-point scale). A labelled scale reads its points as numbers too (`4` is 满意).
        func bestVocabulary() -> (index: Int, off: [String: Int])? {
            let use = use ?? vocabularyUse([counts])
            var best: (index: Int, off: [String: Int])? = nil
            for (i, labels) in vocabularies.enumerated() {
                let off = offScale(answered, Shape(points: labels.count, labels: labels))
                guard holds(off: off.values.reduce(0, +), of: n) else { continue }
                if let b = best, use[b.index] >= use[i] { continue }
                best = (i, off)
            }
            return best
        }
        let wordCount = words.values.reduce(0, +)
        if wordCount > 0 && wordCount * 2 < n, let best = bestVocabulary(), best.off.values.reduce(0, +) < wordCount {
            // Mostly digits with a few labels, as a clerk types them: the labelled scale of those points.
            let labels = vocabularies[best.index]
            return .scale(Shape(points: labels.count, labels: labels), offScale: best.off)
        }
        if words.values.reduce(0, +) * 2 >= n {
            guard let best = bestVocabulary() else {
                let top = words.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(3)
                return .open(.words(top.map(\.key)))
            }
            let labels = vocabularies[best.index]
            return .scale(Shape(points: labels.count, labels: labels), offScale: best.off)
        }
        let numbers = Set(answered.keys.filter(isWholeNumber).compactMap { Double(CellValues.halfWidth($0)) })
        if numbers.contains(0) && numbers.isSubset(of: [0, 1]) { return .choice }
        for shape in numberShapes {
            let off = offScale(answered, shape)
            guard holds(off: off.values.reduce(0, +), of: n) else { continue }
            // Nobody types a 0 on a scale that starts at 1 by mistake: a 0 means the scale runs 0–10.
            if shape.points == 10 && numbers.contains(0) { return .scale(Shape(points: 11, min: 0), offScale: [:]) }
            return .scale(shape, offScale: off)
        }
        return .open(.numbers)
    }

    /// A column whose few answers of 6 or 7 made it look like five points, in a download whose
    /// other columns show seven: seven points too.
    public static func harmonise(_ columns: inout [Column]) {
        let seven = Shape(points: 7)
        guard columns.contains(where: { isShape($0, seven) }) else { return }
        for (i, c) in columns.enumerated() {
            guard case .scale(let shape, let off) = c, shape == Shape(points: 5), !off.isEmpty,
                off.keys.allSatisfy({ ["6", "7"].contains(CellValues.halfWidth($0)) })
            else { continue }
            columns[i] = .scale(seven, offScale: [:])
        }
    }

    static func isShape(_ c: Column, _ shape: Shape) -> Bool {
        if case .scale(let s, _) = c { return s == shape }
        return false
    }

    /// The answers csat would read as out of range on `shape`.
    static func offScale(_ answered: [String: Int], _ shape: Shape) -> [String: Int] {
        let scale = shape.scale
        return answered.filter { CellValues.answerCode($0.key, scale: scale) == AnswerCode.outOfRange }
    }

    /// Whether an answer is a whole number, as `CellValues.answerCode` reads numbers.
    static func isWholeNumber(_ text: String) -> Bool {
        guard let d = Double(CellValues.halfWidth(CellValues.trim(text))) else { return false }
        return d.isFinite && d == d.rounded()
    }
}
