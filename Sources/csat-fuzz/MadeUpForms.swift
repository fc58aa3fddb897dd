import CSatCore

/// A few forms that fit a fuzzed survey definition, so a definition that loads
/// is also imported, judged and scored (docs/FUZZING.md).
///
/// The answers come from the input's bytes: numbers on and off the scale,
/// labels, "not answered" words; flags and phones vary so that some forms are valid.
enum MadeUpForms {
    static func csv(for survey: Survey, seed: [UInt8]) -> String {
        var rng = seed.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        func next(_ n: Int) -> Int {
            rng = rng &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((rng >> 33) % UInt64(max(n, 1)))
        }
        let roles = ["form", "project", "unit", "building", "surveyor", "date", "phone", "signed", "damaged", "altered"]
        var header = roles.map { survey.columns.header(for: $0) }
        for (i, q) in survey.questions.enumerated() { header.append(i % 3 == 2 ? q.text : q.id) }
        var lines = [header.map(field).joined(separator: ",")]
        for f in 0..<(3 + next(6)) {
            // Two forms in three are clean (valid unless a duplicate); the rest carry every kind of fault.
            let messy = next(3) == 0
            var row = [
                "F\(f % 4)", ["甲", "乙"][next(2)], "\(next(3))-\(next(3))", "\(next(2))号楼", ["王", "李"][next(2)],
                "2026-06-\(10 + next(9))", messy ? ["13800138000", "021-1234567", "12345", ""][next(4)] : "13800138000",
                messy ? ["是", "", "否"][next(3)] : "是", messy && next(2) == 0 ? "1" : "", "",
            ]
            row.reserveCapacity(row.count + survey.questions.count)
            for q in survey.questions {
                guard let s = q.scaleIndex.map({ survey.scales[$0] }) else {
                    row.append(["", "电梯坏了 13800138000", "张三说停车难"][next(3)])
                    continue
                }
                switch messy ? next(10) : 5 + next(5) {
                case 0: row.append("")
                case 1: row.append("N/A")
                case 2: row.append(String(s.max + 1 + next(3)))
                case 3: row.append(s.labels.map { $0[next($0.count)] } ?? "很好")
                case 5: row.append(s.labels.map { $0[next($0.count)] } ?? "N/A")
                case 4: row.append("\(s.min + next(s.points)).5")
                default: row.append(String(s.min + next(s.points)))
                }
            }
            lines.append(row.map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline || $0 == " " || $0 == "\t" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
