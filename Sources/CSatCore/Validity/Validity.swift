/// Each form's verdict (SPEC.md "Validity"): valid, or invalid with every reason that applies.
///
/// The rules are small independent checks run after import; only
/// `duplicate_unit` looks across forms, and it runs last because it needs to
/// know which earlier forms were otherwise valid.
public struct Validity: Sendable {
    /// Reasons per form, parallel to `FormTable.records`; empty means valid.
    public var reasons: [ReasonSet]
    /// Warnings of the checks (units that lost their leading zeros), for `CheckReport`.
    public var warnings: [Message] = []

    public func isValid(_ f: Int) -> Bool { reasons[f].isEmpty }

    public var validCount: Int { reasons.count { $0.isEmpty } }
    public var invalidCount: Int { reasons.count - validCount }

    /// What the checks may consult besides the form itself.
    public struct Context: Sendable {
        public var roster: RosterSummary?
        public var sample: SampleSummary?
        /// `false` for a `--previous` wave: it was drawn from another sample (SPEC.md "Validity").
        public var checkSample: Bool = true
        /// The wave's hand-out day and collection deadline (yyyymmdd), from the definition's `wave` block.
        public var dates: DateWindow?

        public init(roster: RosterSummary? = nil, sample: SampleSummary? = nil, checkSample: Bool = true) {
            self.roster = roster
            self.sample = sample
            self.checkSample = checkSample
        }
    }

    /// `parallelFrom`: the form count from which two threads share the checks (tests lower it).
    public init(table: FormTable, context: Context, parallelFrom: Int = Validity.parallelThreshold) {
        // The per-form checks in two halves on the two cores (a national wave checks a
        // million households against the roster); duplicates then need every verdict.
        // Which households are on two or more forms needs no verdict: found beside them, each core
        // taking half of the households (by their key's hash).
        var reasons: [ReasonSet]
        var repeated: [UnitSet]
        let count = table.count
        if count < parallelFrom {
            reasons = Self.formReasons(table, context, 0..<count)
            repeated = [Self.repeatedUnits(table, part: 0, of: 1)]
        } else {
            let second = Background { () throws(Never) in
                (Self.formReasons(table, context, count / 2..<count), Self.repeatedUnits(table, part: 1, of: 2))
            }
            reasons = Self.formReasons(table, context, 0..<count / 2)
            repeated = [Self.repeatedUnits(table, part: 0, of: 2)]
            let (rest, other) = second.value()
            reasons += rest
            repeated.append(other)
        }
        Validity.markDuplicates(table, repeated: repeated, &reasons)
        self.reasons = reasons
        if let roster = context.roster {
            warnings = LeadingZeros.warnings(table, roster: roster, reasons: reasons)
        }
        if let w = context.dates, !w.invalid { warnings += Self.dateWarnings(table, w) }
    }

    public static let parallelThreshold = 50_000

    /// The days a form of this wave may carry (SPEC.md "Field work and the wave calendar").
    public struct DateWindow: Sendable {
        public var handOut: Int32
        public var deadline: Int32
        /// `lateForms: invalid`: an early or late form is invalid; else it is counted in a warning.
        public var invalid: Bool

        public init(_ t: WaveTimetable) {
            func ymd(_ d: CivilDate) -> Int32 { Int32(d.year * 10000 + d.month * 100 + d.day) }
            handOut = ymd(t.handOut)
            deadline = ymd(t.collectionDeadline)
            invalid = t.rules.lateForms == .invalid
        }
    }

    /// With `lateForms: warn`: how many forms are dated outside the window, and the first of each.
    static func dateWarnings(_ table: FormTable, _ w: DateWindow) -> [Message] {
        var early = 0, late = 0
        var firstEarly: Int?, firstLate: Int?
        for (f, r) in table.records.enumerated() where r.date != 0 {
            if r.date < w.handOut {
                early += 1
                if firstEarly == nil { firstEarly = f }
            } else if r.date > w.deadline {
                late += 1
                if firstLate == nil { firstLate = f }
            }
        }
        var out: [Message] = []
        let handOut = CellValues.formatDate(w.handOut), deadline = CellValues.formatDate(w.deadline)
        if let f = firstEarly { out.append(.formsEarly(early, handOut: handOut, first: table.location(of: f))) }
        if let f = firstLate { out.append(.formsLate(late, deadline: deadline, first: table.location(of: f))) }
        return out
    }

    /// Every reason but `duplicate_unit` for the forms of `range`.
    static func formReasons(_ table: FormTable, _ context: Context, _ range: Range<Int>) -> [ReasonSet] {
        let closed = table.closedCount
        let rules = table.survey.validity
        var reasons = [ReasonSet](repeating: [], count: range.count)
        // Per-project lookups once, not per form: 0 unknown yet, 1 in the roster, 2 not.
        var projectKnown = [UInt8](repeating: 0, count: table.pool.categories.count)
        for f in range {
            let r = table.records[f]
            var why: ReasonSet = []
            if r.flags.contains(.damaged) { why.insert(.damaged) }
            if r.flags.contains(.altered) { why.insert(.altered) }
            if r.flags.contains(.wrongHousehold) { why.insert(.wrongHousehold) }
            if r.flags.contains(.unknownForm) { why.insert(.unknownForm) }
            if rules.requireSignature && !r.flags.contains(.signed) { why.insert(.missingSignature) }
            if rules.requirePhone && !r.flags.contains(.phonePresent) { why.insert(.missingPhone) }
            if r.flags.contains(.phonePresent) && !r.flags.contains(.phoneValid) { why.insert(.invalidPhone) }
            var answered = 0
            var offScale = false
            let base = f * closed
            for k in 0..<closed {
                let code = table.answers[base + k]
                if code == AnswerCode.outOfRange {
                    offScale = true
                } else if code != AnswerCode.notAnswered {
                    answered += 1
                }
            }
            if offScale { why.insert(.outOfRange) }
            if closed > 0 && Double(answered) / Double(closed) < rules.minAnsweredShare { why.insert(.tooFewAnswers) }
            let key = UnitKey(rawValue: r.unitKey)
            if let roster = context.roster {
                let p = Int(r.project)
                if projectKnown[p] == 0 { projectKnown[p] = roster.contains(project: table.string(r.project)) ? 1 : 2 }
                if projectKnown[p] == 2 {
                    why.insert(.unknownProject)
                } else if !roster.units.contains(key) {
                    why.insert(.unknownUnit)
                }
            }
            if context.checkSample, let sample = context.sample, !sample.sampledUnits.contains(key) {
                why.insert(.offSample)
            }
            if let w = context.dates, w.invalid, r.date != 0 {
                if r.date < w.handOut { why.insert(.early) } else if r.date > w.deadline { why.insert(.late) }
            }
            reasons[f - range.lowerBound] = why
        }
        return reasons
    }

    /// The households on two or more forms among share `part` of `parts` of all households (`share`:
    /// disjoint, about equal).
    static func repeatedUnits(_ table: FormTable, part: Int, of parts: Int) -> UnitSet {
        var seen = UnitSet(minimumCapacity: table.count / parts + 1024)
        var repeated = UnitSet()
        for r in table.records where Self.share(r.unitKey, parts) == part && !seen.insert(UnitKey(rawValue: r.unitKey)) {
            repeated.insert(UnitKey(rawValue: r.unitKey))
        }
        return repeated
    }

    /// A household's share: a multiplier other than `UnitSet.mix`'s, so that the households of one
    /// share still spread over the whole of its set's slots.
    @inline(__always)
    static func share(_ key: UInt64, _ parts: Int) -> Int {
        parts == 1 ? 0 : UnitSet.home(key &* 0xD6E8_FEB8_6659_FD93, parts)
    }

    /// SPEC.md "Validity", duplicate_unit: in order of date, then file order
    /// (forms without a date after dated ones), the first otherwise-valid form
    /// claims its unit; every later form for that unit is a duplicate. `repeated`: the households
    /// on two or more forms (`repeatedUnits`, share by share).
    static func markDuplicates(_ table: FormTable, repeated: [UnitSet], _ reasons: inout [ReasonSet]) {
        // Only households with two or more forms need the date order: `repeated` names them
        // (found beside the per-form checks), then just their forms are sorted. (Visiting a million forms in date
        // order reads the table at random, a cache miss per form.)
        guard repeated.contains(where: { $0.count > 0 }) else { return }
        let parts = repeated.count
        // Dated forms first, earliest first; undated (0) last; then file order.
        var shared: [(date: Int32, form: Int)] = []
        for (f, r) in table.records.enumerated() where repeated[Self.share(r.unitKey, parts)].contains(UnitKey(rawValue: r.unitKey)) {
            shared.append((r.date == 0 ? Int32.max : r.date, f))
        }
        shared.sort { ($0.date, $0.form) < ($1.date, $1.form) }
        var claimed = UnitSet(minimumCapacity: shared.count)
        for (_, f) in shared {
            let key = UnitKey(rawValue: table.records[f].unitKey)
            if claimed.contains(key) {
                reasons[f].insert(.duplicateUnit)
            } else if reasons[f].isEmpty {
                claimed.insert(key)
            }
        }
    }

    /// The reason codes of form `f` for the outputs, `out_of_range` spelled out per question.
    public func reasonCodes(_ f: Int, table: FormTable) -> [String] {
        var codes: [String] = []
        for (flag, name) in ReasonSet.named where reasons[f].contains(flag) {
            if flag == .outOfRange {
                let survey = table.survey
                for k in 0..<table.closedCount where table.answer(f, k) == AnswerCode.outOfRange {
                    codes.append("out_of_range:" + survey.questions[survey.closedQuestionIndices[k]].id)
                }
            } else {
                codes.append(name)
            }
        }
        return codes
    }

    /// Forms per reason code, in listing order; `out_of_range:<q>` counted per question.
    public func reasonCounts(table: FormTable) -> [(code: String, count: Int)] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for (flag, name) in ReasonSet.named {
            if flag == .outOfRange {
                let survey = table.survey
                for k in 0..<table.closedCount {
                    let code = "out_of_range:" + survey.questions[survey.closedQuestionIndices[k]].id
                    order.append(code)
                }
            } else {
                order.append(name)
            }
        }
        for f in reasons.indices where !reasons[f].isEmpty {
            for code in reasonCodes(f, table: table) { counts[code, default: 0] += 1 }
        }
        return order.compactMap { code in counts[code].map { (code, $0) } }
    }
}
