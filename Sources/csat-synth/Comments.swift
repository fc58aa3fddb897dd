/// Open answers (c1, c2): ordinary comments chosen from the respondent's weakest
/// driver, and planted ones that test masking and escaping downstream.

private let negative: [String: [String]] = [
    "service": [
        "管家电话经常打不通，微信也不回", "前台人员态度冷淡，问个事情爱答不理", "物业费收支不透明，希望每季度公示",
        "客服答复太慢, 一件小事拖了一个星期",
    ],
    "security": [
        "晚上有陌生人进出，门禁形同虚设", "夜间巡逻不到位，希望加强", "快递外卖人员随意进出小区", "门禁卡经常失灵，进门要等保安开门",
    ],
    "cleaning": [
        "垃圾清运不及时，夏天有异味", "楼道卫生一般，电梯里贴满小广告", "草坪修剪不及时，杂草很多", "小区里遛狗不拴绳，狗屎没人清理",
    ],
    "engineering": [
        "电梯经常坏，上个月还困过人", "报修后好几天才有人来修", "楼道灯坏了很久没人修", "水压不稳，高层经常停水", "维修师傅技术一般，修了又坏",
    ],
    "parking": [
        "停车位太少，晚上回来经常没有车位", "地下车库照明太暗，车位管理混乱", "外来车辆随意停放，占用消防通道",
        "电动车充电桩不够，经常排队", "车位少, 收费还贵",
    ],
    "renovation": ["楼上装修噪音太大，周末也施工", "装修垃圾堆在楼道好几天没人清"],
    "complaints": ["投诉后没有任何回音", "同一个问题投诉了三次都没解决", "投诉处理完也没有回访"],
    "community": ["社区活动太少，希望多组织老人和小孩的活动"],
]

/// Comments that only make sense in an office tower or on the shopping street.
private let towerNegative: [String: [String]] = [
    "engineering": ["空调温度不够，夏天下午很热", "早高峰等电梯要十分钟", "报修后好几天才有人来修"],
    "cleaning": ["卫生间经常没有纸巾", "茶水间垃圾清运不及时"],
    "parking": ["访客车位太少，客户来了没地方停", "地下车库车位管理混乱"],
]
private let streetNegative: [String: [String]] = [
    "parking": ["顾客停车太难，影响生意", "货车装卸占用通道，顾客进出不方便"],
    "engineering": ["招牌亮化灯坏了一个月没人修", "下水道经常堵，门口有异味"],
    "community": ["希望多搞促销活动带动客流"],
    "cleaning": ["餐饮店的油烟和垃圾没人管"],
]

private let positive = [
    "保洁阿姨很认真，楼道很干净", "保安很负责，晚上巡逻很及时", "管家服务热情，有问题很快回复", "总体不错，继续保持",
    "绿化比去年好多了", "维修师傅上门很及时，点赞", "感谢物业台风期间的辛苦付出", "服务越来越好了",
]

private let shortImprove: [String: [String]] = [
    "service": ["客服响应速度", "服务态度"], "security": ["安全管理", "门禁管理"], "cleaning": ["环境卫生", "垃圾清运"],
    "engineering": ["电梯维修", "维修及时性"], "parking": ["停车管理", "车位"], "renovation": ["装修管理"],
    "complaints": ["投诉处理速度"], "community": ["社区活动"],
]
private let nothing = ["无", "暂无", "没有", "都挺好"]

/// Ordinary comments: about 30% of forms fill c1, about 15% fill c2.
func ordinaryComments(_ a: Answered, kind: Project.Kind, rng: inout Rng) -> [String] {
    let weakest = a.driverMeans.filter { !(kind != .estate && $0.0 == "community") }.min { $0.1 < $1.1 }?.0 ?? "service"
    var c1 = ""
    var c2 = ""
    if rng.chance(0.3) {
        if a.mean >= 3.9 && rng.chance(0.6) {
            c1 = rng.pick(positive)
        } else {
            let special = kind == .tower ? towerNegative[weakest] : kind == .street ? streetNegative[weakest] : nil
            c1 = rng.pick(special ?? negative[weakest] ?? negative["service"]!)
        }
    }
    if rng.chance(0.15) {
        c2 = rng.chance(0.3) ? rng.pick(nothing) : rng.pick(shortImprove[weakest] ?? ["服务态度"])
    }
    return [c1, c2]
}

/// Planted comments: personal data to mask, characters to escape.
enum SpecialComment: String, CaseIterable {
    case phone = "phone number"
    case idCard = "ID-card number"
    case ownName = "respondent's own name"
    case pipe = "`|`"
    case newline = "line break"
    case html = "`<b>` tag"
    case formula = "leading `=`"
    case at = "leading `@`"
    case quote = "ASCII double quotes and a comma"
    case semicolon = "semicolons"

    func text(name: String, building: String, rng: inout Rng) -> String {
        switch self {
        case .phone: return "地下车库漏水很久了，麻烦尽快处理，联系电话" + randomMobile(&rng)
        case .idCard: return "去年办门禁卡时登记了身份证号" + randomIDCard(&rng) + "，到现在卡还没办好"
        case .ownName: return "我是\(building)的\(name)，电梯的问题已经反映过好几次了"
        case .pipe: return "保洁|绿化|安保都还可以，就是停车难"
        case .newline: return "电梯经常坏\n希望尽快更换"
        case .html: return "<b>强烈要求</b>解决晚上有陌生人进出的问题"
        case .formula: return "=.= 车库又漏水了"
        case .at: return "@物业 垃圾站夏天异味太大"
        case .quote: return "所谓的\"管家\"从来不回微信, 有事找不到人"
        case .semicolon: return "顾客停车难;货车装卸占道;希望统一管理"
        }
    }
}

/// A mainland mobile number, 11 digits.
func randomMobile(_ rng: inout Rng) -> String {
    let prefixes = [
        "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "158", "159",
        "177", "180", "181", "186", "187", "188", "189", "199",
    ]
    var s = rng.pick(prefixes)
    for _ in 0..<8 { s += String(rng.below(10)) }
    return s
}

/// An 18-digit resident ID number (Shanghai Xuhui area code, real check digit) — fictional.
func randomIDCard(_ rng: inout Rng) -> String {
    let year = rng.int(1955...1998)
    let month = rng.int(1...12)
    let day = rng.int(1...28)
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    var body = "310104\(year)\(two(month))\(two(day))"
    for _ in 0..<3 { body += String(rng.below(10)) }
    let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    let sum = zip(body.compactMap { $0.wholeNumberValue }, weights).map(*).reduce(0, +)
    return body + String(Array("10X98765432")[sum % 11])
}
