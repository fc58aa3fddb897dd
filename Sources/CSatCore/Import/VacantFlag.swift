/// Reads a roster's vacant cell (docs/SAMPLING.md §1): the flag words, and the
/// words a housing system writes for a home's state (空置, 自住, 出租).
///
/// Any other text is not guessed at: taken as "vacant" by default (as flags
/// are) it would drop a lived-in home, taken as "occupied" it would put an
/// empty one in the sample. So the reader stops at that cell instead.
enum VacantFlag {
    /// The words for a vacant home: the truthy flags and 空置.
    static let vacantWords: [String] = CellValues.truthy.sorted() + ["空置", "空置房", "空房", "空"]
    /// The words for a lived-in (or let) home: the falsy flags and the usual states.
    static let occupiedWords: [String] =
        CellValues.falsy.sorted() + ["自住", "出租", "已租", "租住", "入住", "已入住", "在住", "非空置", "未空置"]

    /// Every word's UTF-8 bytes (ASCII letters lowercase), its length and whether it means vacant.
    private static let table: [(bytes: [UInt8], vacant: Bool)] =
        vacantWords.map { (Array($0.lowercased().utf8), true) } + occupiedWords.map { (Array($0.lowercased().utf8), false) }

    /// `vacant`, `occupied` or `unknown` for an untrimmed cell.
    static let occupied: UInt8 = 0, vacant: UInt8 = 1, unknown: UInt8 = 2

    /// The state of the cell's trimmed bytes; `0` and `1` and an empty cell are decided on the spot.
    @inline(__always)
    static func read(_ cell: UnsafeBufferPointer<UInt8>) -> UInt8 {
        if cell.count == 1 && (cell[0] == 0x30 || cell[0] == 0x31) { return cell[0] &- 0x30 }
        if cell.isEmpty { return occupied }
        return lookUp(ByteText.trim(cell))
    }

    /// The word table, ASCII letters compared without case; no `String` is made.
    static func lookUp(_ b: UnsafeBufferPointer<UInt8>) -> UInt8 {
        if b.isEmpty { return occupied }
        for word in table where word.bytes.count == b.count {
            var same = true
            for i in 0..<b.count {
                let c = b[i]
                if (c &- 0x41 < 26 ? c | 0x20 : c) != word.bytes[i] {
                    same = false
                    break
                }
            }
            if same { return word.vacant ? vacant : occupied }
        }
        return unknown
    }

    /// The state of a cell given as text (the sampling reader's path).
    static func read(_ text: String) -> UInt8 {
        var t = text
        return t.withUTF8 { read($0) }
    }

    /// The message for a cell that is neither.
    static func message(_ cell: String, column: String) -> Message {
        .vacantValue(CellValues.trim(cell), column: column)
    }
}
