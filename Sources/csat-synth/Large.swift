import Foundation

/// `csat-synth large`: a big case in the sample data's shapes, streamed row by row.
///
/// Projects `锦程项目001`…; each gets ⌊N/P⌋ forms (the first N mod P one more) and
/// `householdsPerForm` times as many roster households (4.5 by default, the
/// issue's 1M forms over a 4.5M-household roster), in buildings of 72 units
/// (2 entrances × 18 floors × 2 rooms). Forms take distinct units through the
/// permutation u = (a·i + c) mod U. About 5% of forms are invalid, each of
/// exactly one kind: damaged, altered, missing signature, missing phone,
/// invalid phone, too few answers, out of range, duplicate unit (dated 26 June,
/// after the kept form) or unknown unit. `expected.json` holds the counts.
func writeLarge(forms total: Int, projects count: Int, householdsPerForm: Double = 4.5, seed: String, out: String) throws {
    guard total > 0, count > 0, count <= total else { throw SynthError("need --forms ≥ --projects ≥ 1") }
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    let def = companySurvey()
    try writeFile(out + "/survey.json", text: surveyJSON(def))

    let model = LatentModel()
    let five = def.closed.filter { $0.kind == .five }
    let qBase = five.map { model.base + (model.driver[$0.driver!] ?? 0) + (model.question[$0.id] ?? 0) }
    let closedCount = def.closed.count
    let maxBlank = closedCount - (closedCount * 4 + 4) / 5
    let pool = ["王敏", "刘洋", "赵强", "陈静", "杨帆", "周婷", "孙磊", "李娜", "张伟", "吴昊", "郑爽", "何静"]
    // Invalid kinds by index: 0 damaged, 1 altered, 2 missing signature, 3 missing phone, 4 invalid phone,
    // 5 too few answers, 6 q5 = 6, 7 duplicate unit, 8 unknown unit.
    let kinds = [
        "damaged", "altered", "missing_signature", "missing_phone", "invalid_phone", "too_few_answers",
        "out_of_range:q5", "duplicate_unit", "unknown_unit",
    ]

    let roster = try ByteSink(path: out + "/roster.csv")
    let forms = try ByteSink(path: out + "/forms.csv")
    roster.write(csvLine(["project", "unit", "building", "propertyType", "customerType", "vacant", "area"]))
    forms.write(csvLine(columnHeaders.map(\.header) + questionHeaders(def, .id)))

    var projectsJSON: [JSON] = []
    var allReasons: [String: Int] = [:]
    var totalValid = 0
    var line = ""
    line.reserveCapacity(512)
    for p in 0..<count {
        let name = "锦程项目" + pad3(p + 1)
        var rng = Rng(seed, "large|" + name)
        let n = total / count + (p < total % count ? 1 : 0)
        let units = Int((Double(n) * householdsPerForm).rounded(.up)) + 1
        func unit(_ u: Int) -> (String, String) {
            let r = u % 72
            return ("\(u / 72 + 1)-\(r / 36 + 1)-\((r % 36 / 2 + 1) * 100 + r % 2 + 1)", "\(u / 72 + 1)号楼")
        }
        for u in 0..<units {
            let (id, building) = unit(u)
            roster.write(
                csvLine([name, id, building, "住宅", rng.chance(0.8) ? "业主" : "租户", "0", u % 2 == 0 ? "89.56" : "118.32"])
            )
        }
        let a = [7919, 104_729, 1_299_709, 15_485_863].first { gcd($0, units) == 1 }!
        let c = rng.below(units)
        let projectEffect = rng.normal(0.15)
        let surveyors = (0..<3).map { _ in rng.pick(pool) }
        var reasons: [String: Int] = [:]
        var valid = 0
        var lastValid: (String, String)? = nil
        for i in 0..<n {
            var (u, building) = unit((a % units * (i % units) + c) % units)
            var day = 15 + rng.below(11)
            var kind = rng.chance(0.05) ? rng.below(kinds.count) : -1
            if kind == 7 {
                if let lv = lastValid {
                    (u, building) = lv
                    day = 26
                } else {
                    kind = -1
                }
            } else if kind == 8 {
                (u, building) = ("\(units / 72 + 2)-1-101", "\(units / 72 + 2)号楼")
            }
            let personal = projectEffect + rng.normal(model.respondentSD)
            var values = [Int](repeating: 0, count: closedCount)
            var sum = 0.0
            for q in 0..<five.count {
                let y = qBase[q] + personal + rng.normal(model.noiseSD)
                sum += min(max(y, 1), 5)
                values[q] = clamp(roundToInt(y), 1, 5)
            }
            values[closedCount - 1] = clamp(
                roundToInt(1 + (sum / Double(five.count) - 1) * 2.25 + 0.5 + rng.normal(0.7)), 1, 10)
            // An out-of-range answer does not count as answered: leave room for it under the 80% rule.
            var blanks = kind == 6 ? 1 : 0
            for q in 0..<closedCount where blanks < maxBlank && rng.chance(0.025) && !(kind == 6 && q == 4) {
                values[q] = 0
                blanks += 1
            }
            if kind == 5 { for q in 4..<(closedCount - 1) { values[q] = 0 } }
            if kind == 6 { values[4] = 6 }
            line.removeAll(keepingCapacity: true)
            line += "L\(pad3(p + 1))-\(i + 1),\(name),\(u),\(building),住宅,\(rng.chance(0.8) ? "业主" : "租户"),"
            line += "\(surveyors[rng.below(3)]),2026-06-\(day),\(randomName(&rng)),"
            line += kind == 3 ? "" : kind == 4 ? "1381234567" : randomMobile(&rng)
            line += kind == 2 ? ",," : ",√,"
            line += kind == 0 ? "是," : "否,"
            line += kind == 1 ? "是" : "否"
            for v in values { line += v == 0 ? "," : ",\(v)" }
            line += rng.chance(0.1) ? ",\(csvField(rng.pick(["停车位太少", "电梯经常坏, 希望尽快维修", "保洁很认真"])))," : ",,"
            line += "\n"
            forms.write(line)
            if kind >= 0 {
                reasons[kinds[kind], default: 0] += 1
            } else {
                valid += 1
                if day <= 25 { lastValid = (u, building) }
            }
        }
        totalValid += valid
        for (k, v) in reasons { allReasons[k, default: 0] += v }
        projectsJSON.append(
            .object([
                ("project", .string(name)), ("households", .int(units)), ("read", .int(n)), ("valid", .int(valid)),
                ("invalid", .int(n - valid)), ("reasons", reasonsJSON(reasons)),
            ]))
    }
    try roster.close()
    try forms.close()
    let expected: JSON = .object([
        ("seed", .string(seed)),
        (
            "forms",
            .object([
                ("read", .int(total)), ("valid", .int(totalValid)), ("invalid", .int(total - totalValid)),
                ("reasons", reasonsJSON(allReasons)),
            ])
        ),
        ("projects", .array(projectsJSON)),
    ])
    try writeFile(out + "/expected.json", text: jsonPretty(expected) + "\n")
}

private func reasonsJSON(_ r: [String: Int]) -> JSON {
    .object(sortedReasons(r.keys).map { ($0, .int(r[$0]!)) })
}

private func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
