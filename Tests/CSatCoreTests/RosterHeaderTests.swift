import Foundation
import Testing

@testable import CSatCore

/// `RosterHeader`: the known headers, the order of lookup, ambiguous headers and
/// the "did you mean" of its messages (docs/DEFINITION.md "Roster columns").
@Suite struct RosterHeaderTests {
    /// A survey with `columns` and `rosterColumns` as given.
    static func survey(columns: String = "{}", roster: String? = nil) throws -> Survey {
        var text = SurveyLoaderTests.base.replacingOccurrences(
            of: #""columns": {"form": "问卷编号", "project": "项目", "unit": "房号"}"#, with: #""columns": \#(columns)"#)
        if let roster { text = text.replacingOccurrences(of: #""columns":"#, with: #""rosterColumns": \#(roster), "columns":"#) }
        return try SurveyLoader.load(bytes: Array(text.utf8), file: "s.json")
    }

    static func header(_ names: [String], _ kind: RosterHeader.Kind = .roster, survey: Survey? = nil) throws(InputError)
        -> RosterHeader
    {
        try RosterHeader(names: names, kind: kind, file: "r.csv", line: 1, survey: survey)
    }

    /// The message of the error `body` throws, or nil.
    static func message(_ body: () throws(InputError) -> Void) -> String? {
        do throws(InputError) {
            try body()
            return nil
        } catch {
            return error.message.en
        }
    }

    @Test func everyKnownHeaderFindsItsRole() throws {
        for (role, names) in RosterColumns.known {
            for name in names {
                let h = try Self.header(["x", name, "y"])
                #expect(try h.index(role) == 1, "\(name) → \(role)")
            }
            #expect(try Self.header(["x", role]).index(role) == 1, "the role name \(role)")
        }
        #expect(try Self.header(["户号", "小区名称"]).required("project") == 1)
        #expect(try Self.header(["户号", "小区名称"]).required("unit") == 0)
    }

    @Test func lookupOrderMapThenRoleNameThenKnownThenColumns() throws {
        let mapped = try Self.survey(columns: #"{"unit": "房间"}"#, roster: #"{"unit": "房屋号"}"#)
        let all = ["房间", "房号", "unit", "房屋号"]
        #expect(try Self.header(all, survey: mapped).index("unit") == 3)
        let columnsOnly = try Self.survey(columns: #"{"unit": "房间"}"#)
        #expect(try Self.header(all, survey: columnsOnly).index("unit") == 2)
        #expect(try Self.header(["房间", "房号"], survey: columnsOnly).index("unit") == 1)
        #expect(try Self.header(["房间", "x"], survey: columnsOnly).index("unit") == 0)
        #expect(try Self.header(["x"], survey: columnsOnly).index("unit") == nil)
        #expect(try Self.header(["x", "building"]).index("vacant") == nil)
    }

    @Test func twoKnownHeadersAreAnErrorUnlessColumnsChooses() throws {
        let message = Self.message { () throws(InputError) in _ = try Self.header(["项目", "房号", "单元"]).index("unit") }
        #expect(
            message
                == "two columns could be the unit: \"房号\" (column 2) and \"单元\" (column 3); say which in the survey's rosterColumns (\"unit\": \"房号\")"
        )
        let old = try Self.survey(columns: #"{"unit": "单元"}"#)
        #expect(try Self.header(["项目", "房号", "单元"], survey: old).index("unit") == 2)
        let mapped = try Self.survey(roster: #"{"unit": "房号"}"#)
        #expect(try Self.header(["项目", "房号", "单元"], survey: mapped).index("unit") == 1)
        #expect(try Self.header(["是否空置", "空置"], survey: nil).index("project") == nil)
        #expect(Self.message { () throws(InputError) in _ = try Self.header(["是否空置", "空置"]).index("vacant") } != nil)
    }

    @Test func aNameTwiceIsAmbiguous() {
        let message = Self.message { () throws(InputError) in _ = try Self.header(["project", "unit", "unit"]).index("unit") }
        #expect(message == "columns 2 and 3 are both headed \"unit\", so the unit is ambiguous; rename one of them")
    }

    @Test func aMappedHeaderMustBeInARosterButNotInAList() throws {
        let s = try Self.survey(roster: #"{"unit": "房屋编号", "vacant": "空置情况"}"#)
        let message = Self.message { () throws(InputError) in _ = try Self.header(["项目", "房屋编码", "空置"], survey: s) }
        #expect(message?.hasPrefix("the survey's rosterColumns maps unit to \"房屋编号\", but the roster has no such column") == true)
        #expect(message?.hasSuffix("did you mean \"房屋编码\"?") == true)
        let list = try Self.header(["project", "unit", "role"], .sampleList, survey: s)
        #expect(try list.required("unit") == 1)
        let household = try Self.header(["项目", "房号"], .householdList, survey: s)
        #expect(try household.required("unit") == 1)
    }

    @Test func missingColumnsSayWhatWasLookedForAndWhatIsNear() throws {
        let message = Self.message { () throws(InputError) in _ = try Self.header(["项目", "房号码"]).required("unit") }
        #expect(
            message
                == "a roster needs the columns project and unit (or the survey's headers for them); found 项目, 房号码 — none is the unit (looked for unit, 房号, 单元, 房屋编号, 户号; map yours in the survey's rosterColumns); did you mean \"房号码\"?"
        )
        let strata = Self.message { () throws(InputError) in _ = try Self.header(["project", "unit", "楼栋号"]).stratum("building") }
        #expect(
            strata?.hasPrefix("no column \"building\" for the strata (nor 楼栋, 楼号, 栋号); the roster has project, unit, 楼栋号") == true
        )
        #expect(strata?.hasSuffix("did you mean \"楼栋号\"?") == true)
    }

    @Test func strataNamesAreRolesMapKeysOrHeaders() throws {
        let s = try Self.survey(roster: #"{"ownerType": "业主性质"}"#)
        let h = try Self.header(["项目", "房号", "栋号", "业主性质", "朝向"], survey: s)
        #expect(try h.stratum("building") == 2)
        #expect(try h.stratum("ownerType") == 3)
        #expect(try h.stratum("朝向") == 4)
        #expect(h.exact("栋号") == 2)
        #expect(h.exact("building") == nil)
    }

    @Test func definitionChecksRosterColumns() {
        func fails(_ json: String, _ path: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
            do {
                _ = try Self.survey(roster: json)
                Issue.record("accepted \(json)", sourceLocation: sourceLocation)
            } catch let error as InputError {
                #expect(error.path == path, "\(error)", sourceLocation: sourceLocation)
                #expect(error.message.en.contains(text), "\(error)", sourceLocation: sourceLocation)
            } catch {
                Issue.record("\(error)", sourceLocation: sourceLocation)
            }
        }
        fails(#""unit""#, "$.rosterColumns", "expected an object of roster role → header")
        fails(#"{"date": "日期"}"#, "$.rosterColumns.date", "date is a column of the forms, not of the roster")
        fails(#"{"Unit": "房号"}"#, "$.rosterColumns.Unit", "unknown roster role (did you mean \"unit\"?)")
        fails(#"{"unit": ""}"#, "$.rosterColumns.unit", "must not be empty")
        fails(#"{"unit": "房号", "area": " 房号 "}"#, "$.rosterColumns.area", "\"房号\" is already the column of unit")
        #expect((try? Self.survey(roster: #"{"unit": "房屋编号", "业主性质": "业主性质"}"#))?.rosterColumns.headers.count == 2)
    }

    @Test func vacantWords() {
        func state(_ s: String) -> UInt8 { VacantFlag.read(s) }
        for w in ["1", "是", "√", "空置", " 空置 ", "YES", "True", "空置房"] { #expect(state(w) == VacantFlag.vacant, "\(w)") }
        for w in ["", "0", "否", "自住", "出租", "No", "FALSE", "已入住", "  "] { #expect(state(w) == VacantFlag.occupied, "\(w)") }
        for w in ["装修中", "2", "vacant?", "空置中"] { #expect(state(w) == VacantFlag.unknown, "\(w)") }
    }
}
