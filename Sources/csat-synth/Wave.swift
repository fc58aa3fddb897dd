/// One wave of forms: the households visited (csat's sample list with the surveyors'
/// replacements), who returned a form, what they answered, and the invalid forms
/// planted on purpose.

struct ProjectPlan {
    /// Reasons of the sampled households replaced by reserves (vacant, refused, unreachable).
    var replacements: [String] = []
    /// Visited households that return no form and were not replaced: the unit stays short.
    var nonReturns = 0
    /// Households of the list that the surveyor never handed a form to (no 发放 tick, no form).
    var notHandedOut = 0
    /// Forms collected after the collection deadline (the first working days of the next month).
    var late = 0
    /// Spoiled forms whose household was not surveyed again: the unit stays short.
    var lost: [Planted] = []
    /// Spoiled forms followed by a valid form of the same household, surveyed again days later.
    var redone: [Planted] = []
    var extras: [Planted] = []
    var specials: [SpecialComment] = []
    var surveyors: [(String, Int)]
    var style: AnswerStyle
    var dateStyle: DateStyle = .iso
    /// How the file writes "no" in 损坏 / 涂改, and a signature.
    var no = "否"
    var yes = "是"
    var signed = "√"
    var invalidPhone = "1381234567"
    var outOfRange = "6"
    var unknownUnit = (unit: "13-1-801", building: "13号楼")
    var unknownProject = "锦程国际中心"
    var landlineShare = 0.04
}

struct WaveSpec {
    var period: String
    var year: Int
    var month: Int
    var days: ClosedRange<Int>
    var seed: String
    /// Middle part of a form number: `HY2606-001`.
    var tag: String
    var model: LatentModel
    var plans: [String: ProjectPlan]
    /// Whether the wave is checked against a sample list (the current wave) or not (`--previous`).
    var withSampleList: Bool
    /// Still being collected (2026H2 on 7 December): households that have not returned a form yet
    /// are `nonReturns`, spoiled forms not yet surveyed again are `lost`.
    var underWay = false

    /// The wave block's hand-out day: forms are dated from it.
    var handOut: String { "\(year)-\(two(month))-\(two(days.lowerBound))" }
}

struct WaveResult {
    var spec: WaveSpec
    var samples: [ProjectSample]
    /// Forms per project in file order.
    var forms: [String: [Form]]
    /// Reasons per form, same order; computed by `validityReasons`.
    var reasons: [String: [[String]]]
    /// Per project, the units never handed a form (`ProjectPlan.notHandedOut`): no 发放 tick.
    var notHandedOut: [String: Set<String>] = [:]
}

private struct Slot {
    var household: Household
    var project: String
    var planted: Planted? = nil
    var link: Int? = nil
    var special: SpecialComment? = nil
    var redone = false
}

/// The wave's forms for the households of `samples` (one a project, in `projects` order).
func makeWave(_ spec: WaveSpec, projects: [Project], samples: [ProjectSample], def: SurveyDef) throws -> WaveResult {
    var result = WaveResult(spec: spec, samples: [], forms: [:], reasons: [:])
    for (p, sample) in zip(projects, samples) {
        let plan = spec.plans[p.name]!
        guard (plan.lost + plan.redone).allSatisfy(\.losesUnit), !plan.extras.contains(where: \.losesUnit) else {
            throw SynthError("\(spec.period) \(p.name): a lost kind among the extras, or an extra among the lost")
        }
        var rng = Rng(spec.seed, "wave|" + p.name)
        var ps = sample
        try applyReplacements(&ps, reasons: plan.replacements, rng: &rng)
        result.samples.append(ps)
        let visit = effectiveUnits(ps)
        let away = Set(rng.choose(plan.nonReturns, of: visit.count))
        var slots = visit.indices.filter { !away.contains($0) }.map {
            Slot(household: visit[$0].household, project: p.name)
        }
        var pool = rng.shuffled(Array(slots.indices))
        for kind in plan.lost { slots[pool.removeLast()].planted = kind }
        for kind in plan.redone {
            let again = pool.removeLast()
            slots.append(
                Slot(household: slots[again].household, project: p.name, planted: kind, link: again, redone: true))
        }
        let listed = Set(ps.rows.map(\.household.unit))
        let outside = p.households.filter { !$0.vacant && !listed.contains($0.unit) }
        for kind in plan.extras {
            switch kind {
            case .duplicateSameDay, .duplicateEarlierInFile:
                let orig = pool.removeLast()
                slots.append(Slot(household: slots[orig].household, project: p.name, planted: kind, link: orig))
            case .offSample:
                slots.append(Slot(household: rng.pick(outside), project: p.name, planted: kind))
            case .offSampleReserve:
                let unused = ps.reserves.filter { $0.replaces.isEmpty }
                slots.append(Slot(household: rng.pick(unused).household, project: p.name, planted: kind))
            case .unknownUnit:
                var h = rng.pick(p.households)
                h.unit = plan.unknownUnit.unit
                h.building = plan.unknownUnit.building
                slots.append(Slot(household: h, project: p.name, planted: kind))
            case .unknownProject:
                slots.append(Slot(household: rng.pick(outside), project: plan.unknownProject, planted: kind))
            default:
                throw SynthError("\(kind) is a lost kind, not an extra form")
            }
        }
        for s in plan.specials { slots[pool.removeLast()].special = s }

        // Surveyors: shares → exact counts (largest remainders), dealt over a shuffled slot order.
        let counts = allocate(slots.count, sizes: plan.surveyors.map(\.1), atLeastOne: false)
        var who: [String] = []
        for (k, c) in counts.enumerated() { who += Array(repeating: plan.surveyors[k].0, count: c) }
        let dealOrder = rng.shuffled(Array(slots.indices))

        var forms: [Form] = []
        for (i, slot) in slots.enumerated() {
            let surveyor = who[dealOrder.firstIndex(of: i)!]
            var f = try makeForm(slot, index: i, surveyor: surveyor, project: p, plan: plan, spec: spec, def: def)
            f.link = slot.link
            f.redone = slot.redone
            forms.append(f)
        }
        linkDates(&forms, days: spec.days, rng: &rng)
        let (kept, notHandedOut) = handOutAndLate(forms, plan: plan, spec: spec, project: p.name)
        result.notHandedOut[p.name] = notHandedOut
        forms = fileOrder(kept)
        for i in forms.indices { forms[i].id = p.code + spec.tag + "-" + pad3(i + 1) }
        result.forms[p.name] = forms
    }
    return result
}

func pad3(_ v: Int) -> String { v < 10 ? "00\(v)" : v < 100 ? "0\(v)" : "\(v)" }

private func makeForm(
    _ slot: Slot, index: Int, surveyor: String, project p: Project, plan: ProjectPlan, spec: WaveSpec, def: SurveyDef
) throws -> Form {
    var rng = Rng(spec.seed, "form|\(p.name)|\(index)")
    let a = answerForm(def, model: spec.model, project: p, surveyor: surveyor, style: plan.style, rng: &rng)
    let h = slot.household
    var f = Form(
        project: slot.project, unit: h.unit, building: h.building, propertyType: h.propertyType,
        customerType: h.customerType, surveyor: surveyor, day: rng.int(spec.days),
        seconds: plan.dateStyle == .isoTime ? rng.int(8 * 3600...22 * 3600) : 0, name: randomName(&rng),
        phone: randomPhone(&rng, landlineShare: plan.landlineShare, json: plan.style.json), signed: plan.signed,
        damaged: plan.no, altered: plan.no, answers: a.cells, comments: ordinaryComments(a, kind: p.kind, rng: &rng),
        planted: slot.planted, special: slot.special)
    f.sortKey = rng.next()
    if let s = slot.special { f.comments[0] = s.text(name: f.name, building: f.building, rng: &rng) }
    switch slot.planted {
    case .damaged?: f.damaged = plan.yes
    case .altered?: f.altered = plan.yes
    case .missingSignature?: f.signed = ""
    case .missingPhone?: f.phone = .text("")
    case .missingSignatureAndPhone?:
        f.signed = ""
        f.phone = .text("")
    case .invalidPhone?: f.phone = .text(plan.invalidPhone)
    case .tooFewAnswers?:
        let last = f.answers.count - 1
        for i in 4..<last { f.answers[i] = .text("") }
        f.comments = ["", ""]
    case .outOfRange?:
        let five = def.closed.indices.filter {
            def.closed[$0].kind == .five && scaleValue(f.answers[$0].text, def.closed[$0]) != nil
        }
        let spoiled = rng.pick(five)
        f.answers[spoiled] = .text(plan.outOfRange)
        f.spoiled = def.closed[spoiled].id
        // Keep the answered share at 80% or more so that out_of_range is the only reason.
        while answeredCount(f.answers, def) * 5 < def.closed.count * 4 {
            let blank = f.answers.indices.first {
                notAnsweredMarks.contains(f.answers[$0].text)
                    && !structurallyNotApplicable(def.closed[$0], kind: p.kind)
            }!
            f.answers[blank] = .number(4)
        }
    default: break
    }
    return f
}

/// The field work's two slips, drawn from their own stream (`handout|project`) among the plain
/// forms (not planted, not linked), so that the rest of the wave is as it was without them:
/// `notHandedOut` households whose form is taken out (the surveyor never handed it over: no
/// 发放 tick in the list), and `late` forms dated on the first two days of the next month, after
/// the collection deadline (10 working days from the 15th end on the 30th in June 2026).
private func handOutAndLate(_ forms: [Form], plan: ProjectPlan, spec: WaveSpec, project: String) -> ([Form], Set<String>) {
    guard plan.notHandedOut + plan.late > 0 else { return (forms, []) }
    var rng = Rng(spec.seed, "handout|" + project)
    let targets = Set(forms.compactMap(\.link))
    let plain = forms.indices.filter {
        forms[$0].planted == nil && forms[$0].link == nil && forms[$0].special == nil && !targets.contains($0)
    }
    let picks = rng.shuffled(plain)
    let away = Set(picks.prefix(plan.notHandedOut))
    var out = forms
    for i in picks.dropFirst(plan.notHandedOut).prefix(plan.late) {
        out[i].day = daysIn(month: spec.month, year: spec.year) + 1 + rng.below(2)
    }
    // Take the away forms out; links point at positions, so renumber them.
    var position = [Int?](repeating: nil, count: out.count)
    var kept: [Form] = []
    for i in out.indices where !away.contains(i) {
        position[i] = kept.count
        kept.append(out[i])
    }
    for k in kept.indices { if let o = kept[k].link { kept[k].link = position[o] } }
    return (kept, Set(away.map { forms[$0].unit }))
}

/// Dates of linked forms: a spoiled form two or three days before the household's new form;
/// a duplicate on the same day or, for `duplicateEarlierInFile`, three to five days after the original.
private func linkDates(_ forms: inout [Form], days: ClosedRange<Int>, rng: inout Rng) {
    for i in forms.indices {
        guard let o = forms[i].link else { continue }
        if forms[i].redone {
            if forms[o].day < days.lowerBound + 3 { forms[o].day = days.lowerBound + 3 + rng.below(3) }
            forms[i].day = forms[o].day - rng.int(2...3)
            continue
        }
        switch forms[i].planted {
        case .duplicateSameDay?:
            forms[i].day = forms[o].day
            if forms[o].seconds > 0 {
                forms[o].seconds = min(forms[o].seconds, 20 * 3600)
                forms[i].seconds = forms[o].seconds + rng.int(300...7200)
            }
        case .duplicateEarlierInFile?:
            if forms[o].day > days.upperBound - 5 { forms[o].day = days.upperBound - 5 - rng.below(3) }
            forms[i].day = forms[o].day + rng.int(3...5)
        default: break
        }
    }
}

/// Entry order: by date (forms come back in batches), shuffled within a day; then the
/// planted order cases are arranged: a same-day duplicate after its original, the
/// `duplicateEarlierInFile` form a few rows before its original.
private func fileOrder(_ forms: [Form]) -> [Form] {
    var idx = forms.indices.sorted { i, j in
        let a = (forms[i].day, forms[i].seconds, forms[i].sortKey)
        let b = (forms[j].day, forms[j].seconds, forms[j].sortKey)
        return a != b ? a < b : i < j
    }
    for i in forms.indices {
        guard let o = forms[i].link else { continue }
        if forms[i].planted == .duplicateSameDay {
            idx.removeAll { $0 == i }
            idx.insert(i, at: idx.firstIndex(of: o)! + 1)
        } else if forms[i].planted == .duplicateEarlierInFile {
            idx.removeAll { $0 == i }
            idx.insert(i, at: max(0, idx.firstIndex(of: o)! - 3))
        }
    }
    var out = idx.map { forms[$0] }
    // Links now point at positions in the new order.
    for k in out.indices {
        if let o = out[k].link { out[k].link = idx.firstIndex(of: o) }
    }
    return out
}
