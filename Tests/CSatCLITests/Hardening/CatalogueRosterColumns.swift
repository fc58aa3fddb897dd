/// docs/ERRORS.md, "Roster columns": rosterColumns in the definition, the roster's
/// headers (mapped, known, ambiguous), its vacant cells and units that lost their zeros.
enum CatalogueRosterColumns {
    static let wave = CatalogueRosterSample.wave
    static let draw = CatalogueRosterSample.draw
    static let verify = ["sample", "--verify", "s.csv", "--roster", "roster.csv"]

    /// The fixture survey with `rosterColumns` set to `json`.
    static func survey(_ json: String) -> String {
        precondition(Fixture.survey.contains(#""segments": ["project"],"#))
        return Fixture.survey.replacingOccurrences(
            of: #""segments": ["project"],"#, with: #""rosterColumns": \#(json), "segments": ["project"],"#)
    }

    static func def(_ id: String, _ json: String, _ message: String) -> ErrorCase {
        ErrorCase(id, ["check", "--survey", "bad.json", "forms.csv"], message, files: ["bad.json": survey(json)])
    }

    static let roster = CatalogueRosterSample.roster

    static let cases: [ErrorCase] = [
        def("D51", #"["unit"]"#, "bad.json: $.rosterColumns: expected an object of roster role → header, found an array"),
        def(
            "D52", #"{"phone": "电话"}"#,
            "bad.json: $.rosterColumns.phone: phone is a column of the forms, not of the roster; roster roles: project, unit, building, propertyType, customerType, vacant, area (other keys name strata columns)"
        ),
        def("D53", #"{"vacnat": "空置"}"#, "bad.json: $.rosterColumns.vacnat: unknown roster role (did you mean \"vacant\"?)"),
        def(
            "D54", #"{"unit": "房号", "building": "房号"}"#,
            "bad.json: $.rosterColumns.building: \"房号\" is already the column of unit; one column has one role"),
        ErrorCase(
            "O4", wave,
            "roster.csv:1: the survey's rosterColumns maps unit to \"房屋编号\", but the roster has no such column (it has project, 房屋号, building, vacant); did you mean \"房屋号\"?",
            files: ["survey.json": survey(#"{"unit": "房屋编号"}"#)].merging(roster("project,unit,", "project,房屋号,")) { $1 }),
        ErrorCase(
            "O5", wave,
            "roster.csv:1:3: two columns could be the unit: \"房号\" (column 2) and \"单元\" (column 3); say which in the survey's rosterColumns (\"unit\": \"房号\")",
            files: roster("project,unit,building,", "project,房号,单元,")),
        ErrorCase(
            "O7", wave,
            "roster.csv:7:4: \"装修中\" in the vacant column vacant is neither vacant (空置, 是, 1, √) nor occupied (自住, 出租, 否, 0, empty)",
            files: roster("2号楼,1\n", "2号楼,装修中\n")),
        ErrorCase(
            "O8", wave, exit: 0,
            "1 form in forms.csv names a unit that the roster has with leading zeros (1-101 ↔ 01-0101): Excel drops leading zeros; format the unit column as Text and export again",
            files: roster("甲苑,1-101,", "甲苑,01-0101,")),
        ErrorCase(
            "O9", wave,
            "roster.csv:1: a roster needs the columns project and unit (or the survey's headers for them); found project, units, building, vacant — none is the unit (looked for unit, 房号, 单元, 房屋编号, 户号; map yours in the survey's rosterColumns); did you mean \"units\"?",
            files: roster("project,unit,", "project,units,")),
        ErrorCase(
            "L6", wave,
            "sample.csv:1: a sample list needs the columns project, unit and role (or the survey's headers for them); found project, stratum, room, role",
            files: CatalogueRosterSample.sample(",unit,role,", ",room,role,")),
        ErrorCase(
            "S12", draw + ["--strata", "buildng"],
            "roster.csv:1: no column \"buildng\" for the strata; the roster has project, unit, building, vacant (pass --strata with its column names, or --strata \"\" for none); did you mean \"building\"?"
        ),
        ErrorCase(
            "S13", draw,
            "no column \"building\" for the strata (nor 楼栋, 楼号, 栋号); the roster has project, unit, 楼层, vacant",
            files: roster(",building,", ",楼层,")),
        ErrorCase(
            "S14", draw, "roster.csv:7:4: \"装修中\" in the vacant column vacant is neither vacant",
            files: roster("2号楼,1\n", "2号楼,装修中\n")),
        ErrorCase(
            "S15", draw + ["--survey", "survey.json"],
            "roster.csv:1: the survey's rosterColumns maps vacant to \"是否空置\", but the roster has no such column (it has project, unit, building, vacant)",
            files: ["survey.json": survey(#"{"vacant": "是否空置"}"#)]),
        ErrorCase(
            "V9", verify, exit: 1,
            "roster.csv:1: a roster needs the columns project and unit, as when the sample was drawn; found project, 房号, building, vacant",
            before: [draw], after: ["roster.csv": Fixture.roster.replacingOccurrences(of: "project,unit,", with: "project,房号,")]),
        ErrorCase(
            "V10", verify, exit: 1,
            "no column \"building\" for the strata, as when the sample was drawn; found project, unit, 楼栋, vacant",
            before: [draw], after: ["roster.csv": Fixture.roster.replacingOccurrences(of: ",building,", with: ",楼栋,")]),
    ]
}
