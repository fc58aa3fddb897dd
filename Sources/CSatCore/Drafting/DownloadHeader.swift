/// What one header cell of a platform download says about its column, for `csat init --from`
/// (docs/IMPORT.md "Drafting a definition"): a platform meta column, a role's fill-in question
/// (项目, 房号, 电话 …), or a question with its number and title.
///
/// The title is cut exactly as `ColumnMapping` cuts it when it reads forms, so a question whose
/// text is the title is always found again in the same download.
public struct HeaderCell: Equatable, Sendable {
    /// The question number as written (`14`, `3.1`), nil for a header without one.
    public var number: String?
    /// A row of a matrix question, `第14题(行标题)` or `14(行标题)`: `title` is the row title.
    public var matrix: Bool
    /// The header without its number: the question's text, or the role's header.
    public var title: String

    /// Splits `3、题目`, `Q3. 题目`, `第3题 题目`, `第7题(行标题)`, `7（行标题）` into number and title.
    public static func parse(_ raw: String) -> HeaderCell {
        let name = CellValues.trim(raw)
        let title = ColumnMapping.stripQuestionNumber(name)
        guard title != name else { return HeaderCell(number: nil, matrix: false, title: name) }
        var s = Substring(CellValues.halfWidth(name))
        if s.hasPrefix("第") { s = s.dropFirst() }
        let bracketed = s.first == "("
        if bracketed { s = s.dropFirst() }
        if s.first == "Q" || s.first == "q" { s = s.dropFirst() }
        var number = String(s.prefix { $0.isASCII && $0.isNumber })
        s = s.dropFirst(number.count)
        while s.first == ".", let next = s.dropFirst().first, next.isASCII && next.isNumber {
            let sub = s.dropFirst().prefix { $0.isASCII && $0.isNumber }
            number += "." + sub
            s = s.dropFirst(1 + sub.count)
        }
        if s.hasPrefix("题") { s = s.dropFirst() }
        let matrix = !bracketed && s.first == "(" && s.last == ")"
        return HeaderCell(number: number, matrix: matrix, title: title)
    }

    /// Headers that name a role's column in a form, after the role name itself: the roster's known
    /// headers (`RosterColumns.known`) and the fill-in questions a paper or platform form asks.
    public static let roleHeaders: [(role: String, headers: [String])] = [
        ("form", ["问卷编号", "问卷号", "问卷序号", "表单编号", "编号"]),
        ("project", RosterColumns.known["project"]! + ["所在小区", "您所在的小区", "项目名", "楼盘"]),
        ("unit", RosterColumns.known["unit"]! + ["门牌号", "房间号"]),
        ("building", RosterColumns.known["building"]! + ["楼栋号"]),
        ("propertyType", RosterColumns.known["propertyType"]!),
        ("customerType", RosterColumns.known["customerType"]! + ["住户类型"]),
        ("surveyor", ["调查员", "访问员", "调查人", "访员"]),
        ("date", ["日期", "调查日期", "填写日期", "访问日期"]),
        ("name", ["姓名", "业主姓名", "您的姓名", "联系人"]),
        ("phone", ["电话", "联系电话", "手机", "手机号", "手机号码", "联系方式", "您的电话", "您的手机号"]),
        ("signed", ["签名", "业主签名", "签字", "是否签名"]),
        ("damaged", ["损坏", "是否损坏"]),
        ("altered", ["涂改", "是否涂改"]),
    ]

    /// The role whose column this header is, by the role name or a known header.
    public var role: String? {
        if matrix { return nil }
        for (role, headers) in Self.roleHeaders where title == role || headers.contains(title) { return role }
        return nil
    }

    /// Whether a worksheet row is a download's header rather than a title row above it: two of its
    /// cells are meta columns, numbered questions or known role headers.
    public static func looksLikeHeader(_ row: TableRow) -> Bool {
        var found = 0
        for i in 0..<row.count {
            let name = CellValues.trim(row.string(i))
            if name.isEmpty { continue }
            let cell = parse(name)
            if ColumnMapping.platformMetaColumns.contains(name) || cell.number != nil || cell.role != nil {
                found += 1
                if found >= 2 { return true }
            }
        }
        return false
    }
}
