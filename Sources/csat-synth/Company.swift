/// 锦程物业 (Jincheng Property), a fictional company, and its roster of households.

struct Household {
    var project: String
    var unit: String
    var building: String
    var propertyType: String
    var customerType: String
    var vacant: Bool
    var area: String

    var key: String { project + "\u{1F}" + unit }
}

struct Project {
    enum Kind { case estate, tower, street }
    var name: String
    var kind: Kind
    /// Form-number prefix (`HY` → `HY2606-001`).
    var code: String
    var households: [Household]
}

let companyName = "锦程物业"
let companyNameEN = "Jincheng Property"

/// The four projects, in roster order. Everything random comes from `seed`.
func makeCompany(seed: String) -> [Project] {
    [jinchengGarden(seed), cuihuyuan(seed), tower(seed), street(seed)]
}

/// A stacked high-rise: `<building>-<entrance>-<floor><room>`, e.g. `3-2-1502`.
private func highRise(
    project: String, building b: Int, entrances: Int, floors: Int, rooms: Int, areas: [String],
    ownerShare: Double, rng: inout Rng
) -> [Household] {
    var out: [Household] = []
    for e in 1...entrances {
        for f in 1...floors {
            for r in 1...rooms {
                let unit = "\(b)-\(e)-\(f * 100 + r)"
                let owner = rng.chance(ownerShare) ? "业主" : "租户"
                out.append(
                    Household(
                        project: project, unit: unit, building: "\(b)号楼", propertyType: "住宅",
                        customerType: owner, vacant: false, area: areas[(r - 1) % areas.count]))
            }
        }
    }
    return out
}

private func markVacant(_ households: inout [Household], count: Int, rng: inout Rng) {
    for i in rng.choose(count, of: households.count) { households[i].vacant = true }
}

private func jinchengGarden(_ seed: String) -> Project {
    let name = "锦程花园"
    var rng = Rng(seed, "roster|" + name)
    // (building, entrances, floors, rooms per floor and entrance, areas by room)
    let specs: [(Int, Int, Int, Int, [String])] = [
        (1, 2, 11, 2, ["89.56", "118.32"]), (2, 2, 11, 2, ["89.56", "118.32"]),
        (3, 2, 18, 2, ["128.75", "143.20"]), (4, 2, 18, 2, ["128.75", "143.20"]),
        (5, 2, 11, 2, ["89.56", "118.32"]), (6, 2, 11, 2, ["89.56", "118.32"]),
        (7, 3, 11, 2, ["76.80", "98.45"]), (8, 3, 11, 2, ["76.80", "98.45"]),
        (9, 2, 11, 2, ["89.56", "118.32"]), (10, 2, 11, 2, ["89.56", "118.32"]),
        (11, 1, 18, 2, ["132.60", "156.90"]), (12, 1, 11, 2, ["132.60", "156.90"]),
    ]
    var hh: [Household] = []
    for s in specs {
        hh += highRise(
            project: name, building: s.0, entrances: s.1, floors: s.2, rooms: s.3, areas: s.4,
            ownerShare: 0.78, rng: &rng)
    }
    markVacant(&hh, count: 6, rng: &rng)
    return Project(name: name, kind: .estate, code: "HY", households: hh)
}

private func cuihuyuan(_ seed: String) -> Project {
    let name = "翠湖苑"
    var rng = Rng(seed, "roster|" + name)
    let specs: [(Int, Int, Int, Int)] = [
        (1, 2, 15, 2), (2, 2, 15, 2), (3, 2, 16, 2), (4, 2, 16, 2), (5, 2, 17, 2), (6, 2, 14, 2),
    ]
    var hh: [Household] = []
    for s in specs {
        hh += highRise(
            project: name, building: s.0, entrances: s.1, floors: s.2, rooms: s.3, areas: ["96.40", "126.85"],
            ownerShare: 0.82, rng: &rng)
    }
    // Two rows of townhouses (联排别墅): `<row>-<house>`, e.g. `7-03`.
    for (row, houses) in [(7, 12), (8, 14)] {
        for h in 1...houses {
            let unit = "\(row)-" + (h < 10 ? "0\(h)" : "\(h)")
            hh.append(
                Household(
                    project: name, unit: unit, building: "\(row)号楼", propertyType: "别墅",
                    customerType: rng.chance(0.9) ? "业主" : "租户", vacant: false,
                    area: h % 2 == 1 ? "286.50" : "312.70"))
        }
    }
    markVacant(&hh, count: 4, rng: &rng)
    return Project(name: name, kind: .estate, code: "CH", households: hh)
}

private func tower(_ seed: String) -> Project {
    let name = "锦程国际大厦"
    var rng = Rng(seed, "roster|" + name)
    let areas = ["86.50", "120.30", "158.00", "215.60", "320.40", "468.90", "612.00", "1180.00"]
    let areaWeights = [10.0, 18, 20, 18, 14, 10, 6, 4]
    // Zones of floors serve as the strata (楼栋 column), e.g. `A座16-24层`.
    func zone(_ t: String, _ floor: Int) -> String {
        if floor <= 15 { return t + "座6-15层" }
        if t == "A" && floor <= 24 { return t + "座16-24层" }
        return t == "A" ? "A座25-32层" : "B座16-24层"
    }
    var hh: [Household] = []
    for (t, top) in [("A", 32), ("B", 24)] {
        for floor in 6...top {
            let rooms = [3, 4, 5, 6][rng.weighted([25, 35, 25, 15])]
            for r in 1...rooms {
                let unit = "\(t)-\(floor)" + (r < 10 ? "0\(r)" : "\(r)")
                hh.append(
                    Household(
                        project: name, unit: unit, building: zone(t, floor), propertyType: "写字楼",
                        customerType: rng.chance(0.9) ? "企业" : "个人", vacant: false,
                        area: areas[rng.weighted(areaWeights)]))
            }
        }
    }
    markVacant(&hh, count: 6, rng: &rng)
    return Project(name: name, kind: .tower, code: "GJ", households: hh)
}

private func street(_ seed: String) -> Project {
    let name = "锦程商业街"
    var rng = Rng(seed, "roster|" + name)
    let areas = ["45.20", "62.80", "88.00", "120.50", "176.30"]
    var hh: [Household] = []
    for s in 1...17 {
        let unit = "S-" + (s < 10 ? "0\(s)" : "\(s)")
        hh.append(
            Household(
                project: name, unit: unit, building: s <= 9 ? "东段" : "西段", propertyType: "商铺",
                customerType: rng.chance(0.3) ? "业主" : "租户", vacant: s == 12, area: rng.pick(areas)))
    }
    return Project(name: name, kind: .street, code: "SY", households: hh)
}

/// `roster.csv`: the header uses the SPEC's role names.
func rosterCSV(_ projects: [Project]) -> String {
    var out = csvLine(["project", "unit", "building", "propertyType", "customerType", "vacant", "area"])
    for p in projects {
        for h in p.households {
            out += csvLine([
                h.project, h.unit, h.building, h.propertyType, h.customerType, h.vacant ? "1" : "0", h.area,
            ])
        }
    }
    return out
}
