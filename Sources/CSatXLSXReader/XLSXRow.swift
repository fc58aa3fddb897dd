/// What a worksheet cell held (the text in `XLSXRow.fieldBytes` says the value).
public enum XLSXCellKind: UInt8, Sendable {
    case empty, string, number, bool, date, error
}

/// One worksheet row, valid only during the callback that receives it.
///
/// Cells are dense from column A to the row's last non-empty cell; each is
/// UTF-8 text back to back in one buffer, as a CSV record is: strings as they
/// read, numbers as their shortest text (`120`, `89.5`), booleans `TRUE`/`FALSE`,
/// dates `2026-06-18` or `2026-06-18 10:23:11`, errors as Excel shows them (`#N/A`).
public struct XLSXRow {
    /// The sheet's 1-based row number.
    public var number: Int
    /// Cells from column A to the last non-empty one.
    public var count: Int
    public let fieldBytes: UnsafePointer<UInt8>
    let ends: UnsafePointer<Int>
    let kinds: UnsafePointer<XLSXCellKind>

    /// `fieldEnds[i]` is the offset just past cell `i`; cell `i` starts at `fieldEnds[i - 1]` (or 0).
    public var fieldEnds: UnsafeBufferPointer<Int> { UnsafeBufferPointer(start: ends, count: count) }

    public func kind(_ i: Int) -> XLSXCellKind { kinds[i] }

    public func string(_ i: Int) -> String {
        let start = i == 0 ? 0 : ends[i - 1]
        return String(decoding: UnsafeBufferPointer(start: fieldBytes + start, count: ends[i] - start), as: UTF8.self)
    }
}
