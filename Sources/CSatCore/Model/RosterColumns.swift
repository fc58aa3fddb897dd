/// The definition's `rosterColumns`: role → the header of that column in the
/// roster (SPEC.md "Responses": Roster), and the headers csat knows without one.
///
/// A roster is another export than the forms (the forms say 房号 for the unit,
/// the housing system's roster 房屋编号), so it has its own map; `columns`
/// still serves as the last resort, as it did before `rosterColumns` existed.
public struct RosterColumns: Equatable, Sendable {
    /// The roles a roster column can have, in a fixed order.
    public static let roles = ["project", "unit", "building", "propertyType", "customerType", "vacant", "area"]

    /// Headers known without a map, after the role name itself (docs/DEFINITION.md "Roster columns").
    /// An export may hold more than one of a role's names only when the map says which one is meant.
    public static let known: [String: [String]] = [
        "project": ["项目", "项目名称", "小区", "小区名称"],
        "unit": ["房号", "单元", "房屋编号", "户号"],
        "building": ["楼栋", "楼号", "栋号"],
        "propertyType": ["物业类型"],
        "customerType": ["客户类型", "业主类型"],
        "vacant": ["是否空置", "空置", "空置房"],
        "area": ["面积", "建筑面积"],
    ]

    /// Role or strata name → header, as written in the definition.
    public var headers: [String: String]

    public init(headers: [String: String] = [:]) {
        self.headers = headers
    }

    /// The names a header may have for `name` without a map, in lookup order: the name itself, then
    /// the known headers of a role.
    public static func implicitNames(_ name: String) -> [String] {
        [name] + (known[name] ?? [])
    }
}
