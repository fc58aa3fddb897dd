/// The Method sheet's and the report's method section: how forms were judged and figures made.
public struct MethodWords: Sendable {
    /// The aggregate rule (`population`, `respondents`, `projects`) in words.
    public var population, respondents, projects: String
    /// The validity rule, given whether a signature and a phone are required and the minimum share answered (`60`).
    public var validity: @Sendable (_ signature: Bool, _ phone: Bool, _ minPercent: String) -> String
    /// The formulas, one line each.
    public var formulas: [String]

    public static func of(_ language: Language) -> MethodWords { language == .en ? .en : .zh }

    public static let zh = MethodWords(
        population: "按项目户数加权 (population):每个项目按其总户数占比计入整体",
        respondents: "按有效问卷等权 (respondents):每份有效问卷权重相同",
        projects: "按项目等权 (projects):每个项目权重相同",
        validity: { signature, phone, min in
            "有效问卷:未损坏、未涂改\(signature ? "、有业主签名" : "")\(phone ? "、有有效联系电话" : ""),作答题数不低于\(min)%,答案在量表范围内,同户只计最早一份有效问卷"
        },
        formulas: [
            "单题得分 = 100 × (x − 最低分) / (最高分 − 最低分)",
            "题目满意度 = 100 × (加权平均分 − 最低分) / (最高分 − 最低分);满意率 = 加权“满意及以上”占比",
            "驱动因素满意度 = Σ 题目权重 × 题目满意度 / Σ 题目权重(只计有作答的题目)",
            "总体满意度 = Σ 驱动因素权重 × 驱动因素满意度 / Σ 驱动因素权重;满意率同理",
            "95%置信区间:按项目分层,Var = Σ P_h² (1 − f_h) s_h² / n_h,自由度 n − H",
            "重要性:驱动因素个人得分与总体满意度题得分的皮尔逊相关;象限以各驱动因素重要性均值与满意度均值划分",
            "相对权重:Johnson (2000) 相对权重法,归一化为合计 1",
            "与上期比较:Welch t 检验,p < 0.05 为显著",
            "分组表的 ▲/▼:每个项目与公司其余项目比、与本项目上期比,Welch t 检验(个人得分与满意占比,每份问卷计一次),全表用 Benjamini–Hochberg 控制错误发现率,q < 0.05 标出",
        ])

    public static let en = MethodWords(
        population: "population: each project counts by its share of households",
        respondents: "respondents: every valid form counts the same",
        projects: "projects: every project counts the same",
        validity: { signature, phone, min in
            "A valid form is not damaged or altered\(signature ? ", is signed" : "")\(phone ? ", has a valid phone number" : ""), answers at least \(min)% of the closed questions within their scales, and is the first valid form of its unit"
        },
        formulas: [
            "Answer score = 100 × (x − min) / (max − min)",
            "Question index = 100 × (weighted mean − min) / (max − min); rate = weighted share at or above satisfiedFrom",
            "Driver index = Σ question weight × question index / Σ question weight, over questions with answers",
            "Overall index = Σ driver weight × driver index / Σ driver weight; the rate alike",
            "95% interval: stratified by project, Var = Σ P_h² (1 − f_h) s_h² / n_h, n − H degrees of freedom",
            "Importance: Pearson correlation of a driver's respondent score with the overall question; quadrants split at the drivers' mean importance and mean index",
            "Relative weights: Johnson (2000), shares summing to 1",
            "Change against the previous wave: Welch's t test, significant at p < 0.05",
            "▲/▼ on the segment table: each project against the rest of the company and against its own previous wave, Welch's t test on respondent scores and satisfied shares (every form once), Benjamini–Hochberg false-discovery control across the table, marked where q < 0.05",
        ])
}
