import Foundation

/// A seeded generator of whole survey waves that the tests do not ship:
/// a definition on mixed scales, a roster, a sample list with replacements,
/// and forms in several file shapes with every kind of invalid form planted.
struct RandomWave {
    struct Rng {
        var state: UInt64
        mutating func next() -> UInt64 {  // SplitMix64
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }
        mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) / 1_000_000 < p }
        mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }
    }

    var rng: Rng
    let projects = ["锦程花园", "翠湖苑", "锦程大厦"]
    let labels = ["非常不满意", "不满意", "一般", "满意", "非常满意"]
    /// (id, text, scale, driver, points, min)
    var questions: [(id: String, text: String, scale: String, driver: String?, points: Int, min: Int)] = []
    var roster: [(project: String, unit: String, building: String, vacant: Bool)] = []
    /// `aggregate` in the definition (nil: the SPEC default).
    var aggregate: String? = nil

    init(seed: UInt64) {
        rng = Rng(state: seed)
        let scales = [("five", 5, 1), ("seven", 7, 1), ("ten", 10, 1), ("zeroten", 11, 0)]
        var n = 0
        for d in ["service", "security", "cleaning"] {
            for _ in 0..<rng.int(2...3) {
                n += 1
                let s = rng.pick(Array(scales.prefix(3))) == scales[0] || n <= 3 ? scales[0] : rng.pick(scales)
                questions.append(("q\(n)", "问题\(n)的服务满意程度", s.0, d, s.1, s.2))
            }
        }
        questions.append(("overall", "总体而言您是否满意", "ten", nil, 10, 1))
    }

    var surveyJSON: String {
        let qs = questions.map { q in
            q.driver.map {
                "{\"id\": \"\(q.id)\", \"text\": \"\(q.text)\", \"scale\": \"\(q.scale)\", \"driver\": \"\($0)\"\(q.id == "q2" ? ", \"weight\": 2" : "")}"
            }
                ?? "{\"id\": \"\(q.id)\", \"text\": \"\(q.text)\", \"scale\": \"\(q.scale)\", \"role\": \"overall\"}"
        }
        return """
            {
              "id": "rand", "title": "随机问卷", "period": "2026H1", "language": "zh",
              "scales": {
                "five": {"points": 5, "min": 1, "labels": ["\(labels.joined(separator: "\", \""))"]},
                "seven": {"points": 7, "min": 1},
                "ten": {"points": 10, "min": 1},
                "zeroten": {"points": 11, "min": 0, "satisfiedFrom": 7}
              },
              "drivers": [
                {"id": "service", "name": "客户服务", "weight": 30, "keywords": ["前台", "客服"]},
                {"id": "security", "name": "安全管理", "weight": 45, "keywords": ["保安", "门禁"]},
                {"id": "cleaning", "name": "清洁绿化", "weight": 25}
              ],
              "questions": [
                \(qs.joined(separator: ",\n    ")),
                {"id": "c1", "text": "意见和建议", "type": "open"}
              ],
              "columns": {"form": "问卷编号", "project": "项目", "unit": "房号", "building": "楼栋", "customerType": "客户类型",
                          "surveyor": "调查员", "date": "日期", "name": "姓名", "phone": "电话", "signed": "签名",
                          "damaged": "损坏", "altered": "涂改"},
              "validity": {"minAnsweredShare": 0.75},
              "segments": ["project", "building", "customerType"],
              "themes": {"停车": ["停车", "车位"], "安全": ["保安", "陌生人"]}\(aggregate.map { ",\n  \"aggregate\": \"\($0)\"" } ?? "")
            }
            """
    }

    mutating func makeRoster() -> String {
        var out = "project,unit,building,vacant\n"
        for (p, project) in projects.enumerated() {
            let count = [140, 60, 17][p]
            for i in 0..<count {
                let b = "\(i % (p == 2 ? 1 : 5) + 1)栋"
                let unit = "\(b)-\(100 + i)"
                let vacant = rng.chance(0.04)
                roster.append((project, unit, b, vacant))
                out += "\(project),\(unit),\(b),\(vacant ? "1" : "")\n"
            }
        }
        return out
    }

    /// A sample list: per project n by SPEC's rule (rate 0.2, min 20), reserves with some replacements.
    mutating func makeSample() -> (csv: String, sampled: [(project: String, unit: String)], outside: [(String, String)]) {
        var out = "project,stratum,unit,role,order,replaces,reason\n"
        var sampled: [(String, String)] = []
        var outside: [(String, String)] = []
        for project in projects {
            var units = roster.filter { $0.project == project && !$0.vacant }.map(\.unit)
            for i in stride(from: units.count - 1, to: 0, by: -1) { units.swapAt(i, rng.int(0...i)) }
            let N = units.count
            let n = N <= 20 ? N : max(Int((Double(N) * 0.2).rounded(.up)), 20)
            let drawn = Array(units.prefix(n))
            let reserves = Array(units.dropFirst(n).prefix(3))
            outside += units.dropFirst(n + 3).map { (project, $0) }
            var replaced = Set<String>()
            for (i, u) in drawn.enumerated() { out += "\(project),s,\(u),sample,\(i + 1),,\n" }
            for (i, u) in reserves.enumerated() {
                if i < 2, let victim = drawn.dropFirst(i).first {
                    out += "\(project),s,\(u),reserve,\(i + 1),\(victim),拒访\n"
                    replaced.insert(victim)
                    sampled.append((project, u))
                } else {
                    out += "\(project),s,\(u),reserve,\(i + 1),,\n"
                }
            }
            sampled += drawn.filter { !replaced.contains($0) }.map { (project, $0) }
        }
        return (out, sampled, outside)
    }

    /// One form as header → cell text. `plant` names a problem to put into it.
    mutating func form(id: String, project: String, unit: String, day: Int, plant: String?) -> [(String, String)] {
        let building = roster.first { $0.project == project && $0.unit == unit }?.building ?? "9栋"
        var cells: [(String, String)] = [
            ("问卷编号", id), ("项目", project), ("房号", unit), ("楼栋", building),
            ("客户类型", rng.pick(["业主", "租户"])), ("调查员", rng.chance(0.3) ? "王敏" : rng.pick(["李娜", "赵强", "陈静"])),
            ("日期", "2026-06-\(10 + day)"), ("姓名", rng.pick(["张伟", "刘洋", "陈芳"])),
            ("电话", rng.pick(["13812345678", "139 0000 1111", "+86 13700001111", "021-5555 1234"])),
            ("签名", rng.pick(["√", "是", "1"])),
            ("损坏", rng.pick(["否", "", "0"])), ("涂改", rng.pick(["否", ""])),
        ]
        let bias = [0, 1, -1][projects.firstIndex(of: project) ?? 0]
        for q in questions {
            var text: String
            if rng.chance(0.06) {
                text = rng.pick(["", "不适用", "N/A", "无法评价"])
            } else {
                let hi = q.min + q.points - 1
                let x = min(hi, max(q.min, q.min + q.points * 6 / 10 + bias + rng.int(-2...2) + (q.driver == "security" ? 1 : 0)))
                text = q.scale == "five" && rng.chance(0.3) ? labels[x - 1] : String(x)
            }
            cells.append((q.id == "q3" ? "3、\(q.text)" : q.text, text))
        }
        cells.append(("意见和建议", rng.chance(0.3) ? rng.pick(["停车位太少", "保安很负责,电话13812345678", "前台态度好|赞", "晚上有陌生人"]) : ""))
        func set(_ key: String, _ value: String) {
            if let i = cells.firstIndex(where: { $0.0 == key }) { cells[i].1 = value }
        }
        switch plant {
        case "damaged": set("损坏", "是")
        case "altered": set("涂改", "有")
        case "missing_signature": set("签名", "")
        case "missing_phone": set("电话", "")
        case "invalid_phone": set("电话", "12345")
        case "too_few_answers":
            for q in questions.prefix(questions.count / 2 + 1) { set(q.id == "q3" ? "3、\(q.text)" : q.text, "") }
        case "out_of_range": set(questions[1].text, rng.pick(["9", "很好", "4.5"]))
        default: break
        }
        return cells
    }

    static func csv(_ forms: [[(String, String)]], delimiter: String = ",") -> String {
        guard let first = forms.first else { return "" }
        func quote(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "|" })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var out = first.map { quote($0.0) }.joined(separator: delimiter) + "\r\n"
        for f in forms { out += f.map { quote($0.1) }.joined(separator: delimiter) + "\r\n" }
        return out
    }

    static func jsonLines(_ forms: [[(String, String)]]) -> String {
        forms.map { f in
            "{"
                + f.map { k, v in
                    let numeric =
                        !v.isEmpty && v.allSatisfy(\.isNumber) && !["问卷编号", "房号", "电话", "日期", "签名", "损坏", "涂改"].contains(k)
                    return "\"\(k)\": "
                        + (numeric
                            ? v
                            : "\"\(v.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\"")
                }.joined(separator: ", ") + "}"
        }.joined(separator: "\n") + "\n"
    }

    /// Writes a whole case into `dir`: survey.json, roster.csv, sample.csv, a.csv, b.json (array), c.jsonl, prev.csv.
    mutating func write(to dir: URL) throws {
        try surveyJSON.write(to: dir.appendingPathComponent("survey.json"), atomically: true, encoding: .utf8)
        try makeRoster().write(to: dir.appendingPathComponent("roster.csv"), atomically: true, encoding: .utf8)
        let (sampleCSV, sampled, outside) = makeSample()
        try sampleCSV.write(to: dir.appendingPathComponent("sample.csv"), atomically: true, encoding: .utf8)
        let plants = [
            "damaged", "altered", "missing_signature", "missing_phone", "invalid_phone", "too_few_answers", "out_of_range",
        ]
        var forms: [[(String, String)]] = []
        var n = 0
        for (project, unit) in sampled where rng.chance(0.93) {
            n += 1
            // Every kind of problem at least twice, then at random.
            let plant =
                n % 9 == 0 && n / 9 <= 2 * plants.count
                ? plants[(n / 9) % plants.count] : (rng.chance(0.05) ? rng.pick(plants) : nil)
            forms.append(form(id: "F\(n)", project: project, unit: unit, day: rng.int(0...9), plant: plant))
        }
        // Duplicates (one re-survey after a damaged form), off-sample, unknown project and unit.
        for i in 0..<4 {
            let (project, unit) = sampled[i * 7]
            n += 1
            forms.append(form(id: "F\(n)", project: project, unit: unit, day: 9, plant: nil))
        }
        for (project, unit) in outside.prefix(3) {
            n += 1
            forms.append(form(id: "F\(n)", project: project, unit: unit, day: 3, plant: nil))
        }
        n += 1
        forms.append(form(id: "F\(n)", project: "不存在小区", unit: "1-1", day: 2, plant: nil))
        n += 1
        forms.append(form(id: "F\(n)", project: projects[0], unit: "99栋-999", day: 2, plant: nil))
        let third = forms.count / 3
        try Self.csv(Array(forms[..<third])).write(to: dir.appendingPathComponent("a.csv"), atomically: true, encoding: .utf8)
        let b = Self.jsonLines(Array(forms[third..<(2 * third)])).split(separator: "\n").joined(separator: ",\n")
        try ("[\n" + b + "\n]\n").write(to: dir.appendingPathComponent("b.json"), atomically: true, encoding: .utf8)
        try Self.jsonLines(Array(forms[(2 * third)...])).write(
            to: dir.appendingPathComponent("c.jsonl"), atomically: true, encoding: .utf8)
        // The previous wave: the same units, answers drawn afresh (a little lower).
        var previous: [[(String, String)]] = []
        for (i, (project, unit)) in sampled.enumerated() where rng.chance(0.9) {
            var f = form(
                id: "P\(i)", project: project, unit: unit, day: rng.int(0...9), plant: rng.chance(0.05) ? "damaged" : nil)
            f = f.map { k, v in (k, k == "日期" ? v.replacingOccurrences(of: "2026-06", with: "2025-12") : v) }
            previous.append(f)
        }
        try Self.csv(previous).write(to: dir.appendingPathComponent("prev.csv"), atomically: true, encoding: .utf8)
    }
}
