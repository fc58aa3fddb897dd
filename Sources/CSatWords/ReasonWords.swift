/// The reasons a form is invalid, for people, keyed by their codes in the outputs (`missing_phone`).
/// Made once: the Invalid forms sheet asks for a label per reason of every invalid form.
public enum ReasonWords {
    public static let zh: [String: String] = [
        "damaged": "问卷损坏", "altered": "人为涂改", "missing_signature": "缺少业主签名", "missing_phone": "缺少联系电话",
        "invalid_phone": "联系电话无效", "too_few_answers": "答题数量不足", "out_of_range": "答案超出量表",
        "duplicate_unit": "同户重复", "off_sample": "不在样本名单", "unknown_project": "项目不在花名册",
        "unknown_unit": "房号不在花名册", "early": "早于发放日", "late": "晚于回收截止日",
        "wrong_household": "录入到别户", "unknown_form": "问卷编号不是本次印制",
    ]
    public static let en: [String: String] = [
        "damaged": "damaged", "altered": "altered", "missing_signature": "no signature", "missing_phone": "no phone number",
        "invalid_phone": "invalid phone number", "too_few_answers": "too few answers", "out_of_range": "answer off the scale",
        "duplicate_unit": "unit already answered", "off_sample": "not in the sample",
        "unknown_project": "project not in roster",
        "unknown_unit": "unit not in roster", "early": "dated before the hand-out", "late": "dated after the deadline",
        "wrong_household": "typed in another household's row", "unknown_form": "form id not printed for this wave",
    ]
}
