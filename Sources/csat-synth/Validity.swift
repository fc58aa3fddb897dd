import Foundation

/// The SPEC "Validity" rules, implemented here independently of CSatCore so the
/// README's expected reason counts come from a second reading of the SPEC.
///
/// Reasons are listed in the SPEC's order:
/// damaged, altered, missing_signature, missing_phone, invalid_phone,
/// too_few_answers, out_of_range:<question>, duplicate_unit, off_sample,
/// unknown_project, unknown_unit.

let truthy: Set<String> = ["1", "true", "yes", "y", "是", "有", "√", "✓"]
let falsy: Set<String> = ["0", "false", "no", "n", "否", "无", ""]

/// A truthy flag; an unexpected spelling stops the generator (it must only write known ones).
func isTruthy(_ raw: String) -> Bool {
    let t = raw.trimmingCharacters(in: .whitespaces).lowercased()
    if truthy.contains(t) { return true }
    precondition(falsy.contains(t), "csat-synth wrote an unknown flag spelling: \(raw)")
    return false
}

/// Mobile: 11 digits starting with 1, optionally after `+86`/`86`. Landline: 0, 2–3 digits, 7–8 digits.
/// Spaces and dashes are ignored.
func isValidPhone(_ raw: String) -> Bool {
    var s = raw.filter { $0 != " " && $0 != "-" }
    if s.hasPrefix("+86") {
        s.removeFirst(3)
        return s.count == 11 && s.first == "1" && s.allSatisfy(\.isASCIIDigit)
    }
    guard s.allSatisfy(\.isASCIIDigit) else { return false }
    if s.count == 11 && s.first == "1" { return true }
    if s.count == 13 && s.hasPrefix("861") { return true }
    return s.first == "0" && (10...12).contains(s.count)
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

struct ValidityContext {
    var def: SurveyDef
    /// `project + U+001F + unit` of every roster household (vacant ones too).
    var roster: Set<String>
    var projects: Set<String>
    /// Sampled units and reserves recorded as replacements; nil without a sample list.
    var sampled: Set<String>?
}

/// Reasons for each form; `forms` in file order (files in the order given).
func validityReasons(_ forms: [Form], _ ctx: ValidityContext) -> [[String]] {
    let closed = ctx.def.closed
    var reasons: [[String]] = forms.map { f in
        var r: [String] = []
        if isTruthy(f.damaged) { r.append("damaged") }
        if isTruthy(f.altered) { r.append("altered") }
        if !isTruthy(f.signed) { r.append("missing_signature") }
        let phone = f.phone.text.trimmingCharacters(in: .whitespaces)
        if phone.isEmpty {
            r.append("missing_phone")
        } else if !isValidPhone(phone) {
            r.append("invalid_phone")
        }
        if answeredCount(f.answers, ctx.def) * 5 < closed.count * 4 { r.append("too_few_answers") }
        for (cell, q) in zip(f.answers, closed) {
            let t = cell.text.trimmingCharacters(in: .whitespaces)
            if !notAnsweredMarks.contains(t) && scaleValue(t, q) == nil { r.append("out_of_range:" + q.id) }
        }
        return r
    }
    // duplicate_unit: walk by date, then file order; a unit is taken by its first valid form.
    let order = forms.indices.sorted { i, j in
        let a = (forms[i].day, forms[i].seconds)
        let b = (forms[j].day, forms[j].seconds)
        return a != b ? a < b : i < j
    }
    var taken = Set<String>()
    for i in order {
        let f = forms[i]
        let key = f.project + "\u{1F}" + f.unit
        var extra: [String] = []
        if taken.contains(key) { extra.append("duplicate_unit") }
        if let s = ctx.sampled, !s.contains(key) { extra.append("off_sample") }
        if !ctx.projects.contains(f.project) {
            extra.append("unknown_project")
        } else if !ctx.roster.contains(key) {
            extra.append("unknown_unit")
        }
        if reasons[i].isEmpty && extra.isEmpty { taken.insert(key) }
        reasons[i] += extra
    }
    return reasons
}
