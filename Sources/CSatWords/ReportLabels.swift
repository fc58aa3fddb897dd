/// Every heading and fixed word of the workbook and the report, in `zh` or `en`.
public struct ReportLabels: Sendable {
    // Sheet names (≤ 31 characters, none of []:*?/\), in SPEC.md's order.
    public var sheetSummary, sheetDrivers, sheetQuestions, sheetSegments, sheetCoverage: String
    public var sheetInvalid, sheetComments, sheetData, sheetMethod: String
    // Figures.
    public var index, rate, indexLong, rateLong, ci, n, weight, alpha, importance, relativeWeight, quadrant: String
    public var mean, dissatisfied, distribution, change, previous, significant, notSignificant, pValue: String
    public var overallQuestion, driver, question, rank: String
    // Forms and coverage.
    public var formsRead, formsValid, formsInvalid, reason, count, reasons, location: String
    public var population, sampled, returned, valid, required, returnRate, result, pass, fail, unknown: String
    // Columns of the data.
    public var form, project, building, unit, propertyType, customerType, surveyor, date, respondentScore: String
    public var comment, themes, drivers, example: String
    // Quadrants.
    public var keep, improve, maintain, watch: String
    public var satisfactionDrivers, dissatisfactionDrivers: String

    public static func of(_ language: String) -> ReportLabels { language == "en" ? .en : .zh }

    /// The label of a segment column: a role's label, else the column's own name.
    public func segmentLabel(_ column: String) -> String {
        switch column {
        case "project": return project
        case "building": return building
        case "propertyType": return propertyType
        case "customerType": return customerType
        case "surveyor": return surveyor
        case "unit": return unit
        default: return column
        }
    }

    public static let zh = ReportLabels(
        sheetSummary: "摘要", sheetDrivers: "驱动因素", sheetQuestions: "题目", sheetSegments: "细分", sheetCoverage: "样本覆盖",
        sheetInvalid: "无效问卷", sheetComments: "意见建议", sheetData: "数据", sheetMethod: "方法说明",
        index: "满意度", rate: "满意率", indexLong: "满意度指数 (0–100)", rateLong: "满意率 (满意及以上占比)", ci: "95%置信区间",
        n: "样本量", weight: "权重", alpha: "信度 (α)", importance: "重要性 (相关)", relativeWeight: "相对权重", quadrant: "象限",
        mean: "平均分", dissatisfied: "不满意率", distribution: "分布", change: "变化", previous: "上期", significant: "显著",
        notSignificant: "不显著", pValue: "p值", overallQuestion: "总体满意度题", driver: "驱动因素", question: "题目", rank: "排名",
        formsRead: "回收问卷", formsValid: "有效问卷", formsInvalid: "无效问卷", reason: "原因", count: "份数", reasons: "无效原因",
        location: "位置", population: "总户数", sampled: "抽样户数", returned: "回收", valid: "有效", required: "应达",
        returnRate: "有效回收率", result: "结果", pass: "达标", fail: "未达标", unknown: "无法判断",
        form: "问卷编号", project: "项目", building: "楼栋", unit: "房号", propertyType: "物业类型", customerType: "客户类型",
        surveyor: "调查员", date: "日期", respondentScore: "个人综合得分", comment: "意见内容", themes: "主题", drivers: "涉及驱动因素",
        example: "示例", keep: "优势保持", improve: "重点改进", maintain: "维持", watch: "次要改进",
        satisfactionDrivers: "满意驱动因素", dissatisfactionDrivers: "不满意驱动因素")

    public static let en = ReportLabels(
        sheetSummary: "Summary", sheetDrivers: "Drivers", sheetQuestions: "Questions", sheetSegments: "Segments",
        sheetCoverage: "Coverage", sheetInvalid: "Invalid forms", sheetComments: "Comments", sheetData: "Data",
        sheetMethod: "Method",
        index: "Index", rate: "Rate", indexLong: "Satisfaction index (0–100)", rateLong: "Satisfaction rate (share satisfied)",
        ci: "95% CI", n: "n", weight: "Weight", alpha: "Alpha", importance: "Importance (r)", relativeWeight: "Relative weight",
        quadrant: "Quadrant", mean: "Mean", dissatisfied: "Dissatisfied", distribution: "Distribution", change: "Change",
        previous: "Previous", significant: "significant", notSignificant: "not significant", pValue: "p",
        overallQuestion: "Overall question",
        driver: "Driver", question: "Question", rank: "Rank", formsRead: "Forms read", formsValid: "Valid forms",
        formsInvalid: "Invalid forms", reason: "Reason", count: "Forms", reasons: "Reasons", location: "Where",
        population: "Population", sampled: "Sampled", returned: "Returned", valid: "Valid", required: "Required",
        returnRate: "Valid / sampled", result: "Result", pass: "pass", fail: "FAIL", unknown: "unknown", form: "Form",
        project: "Project", building: "Building", unit: "Unit", propertyType: "Property type", customerType: "Customer type",
        surveyor: "Surveyor", date: "Date", respondentScore: "Respondent score", comment: "Comment", themes: "Themes",
        drivers: "Drivers", example: "Example", keep: "Keep up", improve: "Improve first", maintain: "Maintain", watch: "Watch",
        satisfactionDrivers: "Satisfaction drivers", dissatisfactionDrivers: "Dissatisfaction drivers")
}
