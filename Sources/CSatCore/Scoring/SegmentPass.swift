/// One segment column's sums in a pass: per value (slot, in order of first appearance) n, and per
/// (slot, question, answer) Σw of the forms that gave that answer. x and [x ≥ satisfiedFrom]
/// depend only on the answer, so Σw·x and Σw·[x ≥ satisfiedFrom] are formed from these at the end
/// (`sums`): one addition per answer and segment column instead of four additions and two products.
/// The tables are `Buffer`s, shared by copies: only the `FormPass` that holds this writes them.
struct SegmentPass {
    let column: SegmentColumn
    let K: Int
    /// Answers per slot, `PassPlan.answerCells`.
    let cells: Int
    /// Category id → slot + 1 (0: not seen yet); unit and form-id texts (negative ids) use `keySlot`.
    let categorySlot: Buffer<Int32>
    var keySlot: [Int32: Int32] = [:]
    var values: [Int32] = []
    /// Per slot, valid forms, and those with a respondent score (n); room for `capacity` slots.
    var forms: Buffer<Int>
    var n: Buffer<Int>
    /// slot·cells + `PassPlan.answerStart[k]` + code − 1 → Σw.
    var weight: Buffer<Double>
    /// slot·K + k → forms that left k unanswered: the answered count is `forms` minus this, and
    /// most forms answer most questions, so this is the count with the fewest additions.
    var unanswered: Buffer<UInt32>
    var capacity: Int

    init(column: SegmentColumn, categories: Int, K: Int, cells: Int) {
        self.column = column
        self.K = K
        self.cells = cells
        categorySlot = Buffer(count: categories, 0)
        capacity = 16
        forms = Buffer(count: capacity, 0)
        n = Buffer(count: capacity, 0)
        weight = Buffer(count: capacity * cells, 0)
        unanswered = Buffer(count: capacity * K, 0)
    }

    /// The tables' addresses as the pass writes them; they move when `slot` grows the tables.
    struct Rows {
        let categorySlot: UnsafeMutablePointer<Int32>
        let forms: UnsafeMutablePointer<Int>
        let n: UnsafeMutablePointer<Int>
        let weight: UnsafeMutablePointer<Double>
        let unanswered: UnsafeMutablePointer<UInt32>
    }

    var rows: Rows {
        Rows(categorySlot: categorySlot.p, forms: forms.p, n: n.p, weight: weight.p, unanswered: unanswered.p)
    }

    /// The slot of `value`, made on first sight (doubling the tables when full).
    mutating func slot(_ value: Int32) -> Int {
        if value >= 0 {
            let s = categorySlot.p[Int(value)]
            if s != 0 { return Int(s) - 1 }
            categorySlot.p[Int(value)] = Int32(values.count + 1)
        } else {
            if let s = keySlot[value] { return Int(s) }
            keySlot[value] = Int32(values.count)
        }
        values.append(value)
        if values.count > capacity {
            capacity *= 2
            forms = Buffer(count: capacity, copying: forms)
            n = Buffer(count: capacity, copying: n)
            weight = Buffer(count: capacity * cells, copying: weight)
            unanswered = Buffer(count: capacity * K, copying: unanswered)
        }
        return values.count - 1
    }

    mutating func merge(_ o: SegmentPass) {
        for (otherSlot, value) in o.values.enumerated() {
            let s = slot(value)
            forms.p[s] += o.forms.p[otherSlot]
            n.p[s] += o.n.p[otherSlot]
            for i in 0..<cells { weight.p[s * cells + i] += o.weight.p[otherSlot * cells + i] }
            for k in 0..<K { unanswered.p[s * K + k] += o.unanswered.p[otherSlot * K + k] }
        }
    }

    /// Per slot and question (slot·K + k), the weighted sums: Σw·x = Σ_answers x·(Σw of that answer).
    func sums(_ plan: PassPlan) -> [SegmentSums] {
        (0..<values.count * K).map { i in
            let slot = i / K, k = i % K, start = plan.answerStart[k]
            let at = weight.p + slot * cells + start - 1
            var s = SegmentSums()
            for code in 1...(plan.answerStart[k + 1] - start) {
                s.weight += at[code]
                s.weightedValue += at[code] * plan.value[k * plan.stride + code]
                s.weightedSatisfied += at[code] * plan.satisfied[k * plan.stride + code]
            }
            s.count = forms.p[slot] - Int(unanswered.p[i])
            return s
        }
    }
}

/// Which text of a form a segment column reads, decided once instead of by column name per form.
enum SegmentColumn {
    case project, building, propertyType, customerType, surveyor, unit
    case extra(Int, of: Int)

    init(_ name: String, table: FormTable) {
        switch name {
        case "project": self = .project
        case "building": self = .building
        case "propertyType": self = .propertyType
        case "customerType": self = .customerType
        case "surveyor": self = .surveyor
        case "unit": self = .unit
        default:
            let c = table.extraSegmentColumns.firstIndex(of: name) ?? -1
            self = .extra(c, of: table.extraSegmentColumns.count)
        }
    }

    @inline(__always)
    func value(_ r: FormRecord, _ f: Int, _ table: FormTable) -> Int32 {
        switch self {
        case .project: return r.project
        case .building: return r.building
        case .propertyType: return r.propertyType
        case .customerType: return r.customerType
        case .surveyor: return r.surveyor
        case .unit: return r.unit
        case .extra(let c, let count): return c < 0 ? StringPool.empty : table.extraSegments[f * count + c]
        }
    }
}
