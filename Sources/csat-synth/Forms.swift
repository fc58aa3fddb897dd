/// A filled form and the kinds of invalid form that the generator plants.

struct Form {
    var id = ""
    var project: String
    var unit: String
    var building: String
    var propertyType: String
    var customerType: String
    var surveyor: String
    var day: Int
    /// Seconds after midnight (online submissions only; 0 on paper forms).
    var seconds: Int
    var name: String
    var phone: Cell
    var signed: String
    var damaged: String
    var altered: String
    /// Closed questions in definition order (q1…q27, overall).
    var answers: [Cell]
    /// Open questions (c1, c2).
    var comments: [String]
    var planted: Planted?
    var special: SpecialComment?
    /// For planted forms that refer to another form of the same unit: its index in the project's list.
    var link: Int?
    /// A spoiled form whose household was surveyed again later (`link` is the new, valid form).
    var redone = false
    /// The question an `outOfRange` form spoils.
    var spoiled: String? = nil
    var sortKey: UInt64 = 0
}

/// Invalid forms on purpose. "Lost" kinds spoil a form of a returned unit: its only form
/// (the unit stays without a valid form), or one followed by a valid form of the same
/// household surveyed again later (`Form.redone`). The others are extra forms beside the
/// regular ones.
enum Planted: String, CaseIterable {
    case damaged, altered, missingSignature, missingPhone, invalidPhone, tooFewAnswers, outOfRange
    case missingSignatureAndPhone
    case duplicateSameDay, duplicateEarlierInFile
    case offSample, offSampleReserve, unknownUnit, unknownProject

    var losesUnit: Bool {
        switch self {
        case .damaged, .altered, .missingSignature, .missingPhone, .invalidPhone, .tooFewAnswers, .outOfRange,
            .missingSignatureAndPhone:
            return true
        default:
            return false
        }
    }

    /// What the form looks like, for the README.
    var note: String {
        switch self {
        case .damaged: return "损坏 = 是"
        case .altered: return "涂改 = 是"
        case .missingSignature: return "签名 empty"
        case .missingPhone: return "电话 empty"
        case .invalidPhone: return "电话 not a mobile or landline number"
        case .tooFewAnswers: return "only 4 driver questions and the overall question answered"
        case .outOfRange: return "a value off the five-point scale"
        case .missingSignatureAndPhone: return "签名 and 电话 both empty"
        case .duplicateSameDay: return "second form for a unit, same day, later in the file"
        case .duplicateEarlierInFile:
            return "second form for a unit, a later date but earlier in the file (the earlier-dated form is kept)"
        case .offSample: return "a roster unit that was neither sampled nor a reserve"
        case .offSampleReserve: return "a reserve unit that was never recorded as a replacement"
        case .unknownUnit: return "a unit that is not in the roster"
        case .unknownProject: return "a project name that is not in the roster"
        }
    }

    /// The reasons csat must give, per SPEC "Validity".
    func expectedReasons(outOfRangeQuestion: String?, withSample: Bool) -> [String] {
        switch self {
        case .damaged: return ["damaged"]
        case .altered: return ["altered"]
        case .missingSignature: return ["missing_signature"]
        case .missingPhone: return ["missing_phone"]
        case .invalidPhone: return ["invalid_phone"]
        case .tooFewAnswers: return ["too_few_answers"]
        case .outOfRange: return ["out_of_range:" + (outOfRangeQuestion ?? "?")]
        case .missingSignatureAndPhone: return ["missing_signature", "missing_phone"]
        case .duplicateSameDay, .duplicateEarlierInFile: return ["duplicate_unit"]
        case .offSample, .offSampleReserve: return ["off_sample"]
        case .unknownUnit: return withSample ? ["off_sample", "unknown_unit"] : ["unknown_unit"]
        case .unknownProject: return withSample ? ["off_sample", "unknown_project"] : ["unknown_project"]
        }
    }
}

enum DateStyle {
    /// `2026-06-16`
    case iso
    /// `2026/6/16`, as Excel on Chinese Windows shows a date
    case slash
    /// `2026-06-16 14:32:05`, a survey platform's submission time
    case isoTime
}

func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
}

/// A day past the month's end (a late form) is written in the next month.
func formatDate(year: Int, month: Int, day: Int, seconds: Int, style: DateStyle) -> String {
    var (year, month, day) = (year, month, day)
    if day > daysIn(month: month, year: year) {
        day -= daysIn(month: month, year: year)
        month += 1
        if month > 12 { (year, month) = (year + 1, 1) }
    }
    switch style {
    case .iso: return "\(year)-\(two(month))-\(two(day))"
    case .slash: return "\(year)/\(month)/\(day)"
    case .isoTime:
        return "\(year)-\(two(month))-\(two(day)) \(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
    }
}

private let surnames = Array("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕").map(String.init)
private let givenNames = [
    "伟", "娜", "芳", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平",
    "刚", "桂英", "建华", "志强", "晓东", "丹", "鹏", "浩然", "欣怡", "子涵", "海燕", "国庆", "玉兰", "文博", "佳怡", "建国",
]

func randomName(_ rng: inout Rng) -> String {
    rng.pick(surnames) + rng.pick(givenNames)
}

/// A valid phone in one of the spellings people write: mostly plain mobiles,
/// some with spaces, dashes or +86, some Shanghai landlines.
func randomPhone(_ rng: inout Rng, landlineShare: Double, json: Bool) -> Cell {
    if rng.chance(landlineShare) {
        var a = String(rng.int(5...6))
        var b = ""
        for _ in 0..<3 { a += String(rng.below(10)) }
        for _ in 0..<4 { b += String(rng.below(10)) }
        return .text(rng.chance(0.5) ? "021-\(a) \(b)" : "021-\(a)\(b)")
    }
    let m = randomMobile(&rng)
    let p = Array(m)
    let (x, y, z) = (String(p[0..<3]), String(p[3..<7]), String(p[7..<11]))
    switch rng.weighted([72, 8, 8, 6, 3, 3]) {
    case 0: return json && rng.chance(0.15) ? .number(Int(m)!) : .text(m)
    case 1: return .text("\(x) \(y) \(z)")
    case 2: return .text("\(x)-\(y)-\(z)")
    case 3: return .text("+86 " + m)
    case 4: return .text("+86-\(x)-\(y)-\(z)")
    default: return .text("86" + m)
    }
}
