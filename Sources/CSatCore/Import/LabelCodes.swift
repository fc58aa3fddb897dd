import Foundation

/// The answer codes of the words a closed answer may be written as — the scale's labels
/// (`非常满意`), the not-answered words (`不适用`, `N/A`) and the platforms' skip markers
/// (`(跳过)`) — keyed by their UTF-8 bytes, so that the CSV and XLSX paths read a label answer
/// without making a `String` (a 问卷星 download by option text is nothing but labels).
///
/// Each word's code is what `CellValues.answerCode` gives for exactly that text, computed once
/// here, so a cell whose bytes equal a word gets the answer the `String` rule would give. Any
/// other cell (a label in another normalisation, `N/a` spelt otherwise) is not found and goes to
/// the `String` rule as before.
struct LabelCodes {
    private struct Entry {
        /// The first 8 bytes, little-endian, zero past the end: most words differ there.
        var head: UInt64
        var start: Int
        var count: Int
        var code: UInt8
    }

    private var words: [UInt8] = []
    private var entries: [Entry] = []
    /// Per closed question, its scale's entries (a dozen or so).
    private var ranges: [Range<Int>] = []

    init(scales: [Scale]) {
        for scale in scales {
            let first = entries.count
            var seen = Set<[UInt8]>()
            let spellings = ["N/A", "NA", "N/a", "n/A", "Na", "nA"]
            for word in (scale.labels ?? []) + CellValues.notAnsweredWords.sorted() + spellings where !word.isEmpty {
                let bytes = Array(word.utf8)
                guard seen.insert(bytes).inserted else { continue }
                let code = CellValues.answerCode(word, scale: scale)
                let start = words.count
                words += bytes
                entries.append(Entry(head: Self.head(bytes), start: start, count: bytes.count, code: code))
            }
            ranges.append(first..<entries.count)
        }
    }

    private static func head(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { head($0) }
    }

    @inline(__always)
    private static func head(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var v: UInt64 = 0
        for i in 0..<Swift.min(8, b.count) { v |= UInt64(b[i]) << (8 * UInt64(i)) }
        return v
    }

    /// The code of trimmed cell `b` in closed question `k`, or `nil` when it is none of the words.
    @inline(__always)
    func code(_ b: UnsafeBufferPointer<UInt8>, question k: Int) -> UInt8? {
        let h = Self.head(b)
        for i in ranges[k] {
            let e = entries[i]
            guard e.head == h, e.count == b.count else { continue }
            if e.count <= 8 { return e.code }
            let same = words.withUnsafeBufferPointer { w in
                memcmp(w.baseAddress! + e.start + 8, b.baseAddress! + 8, e.count - 8) == 0
            }
            if same { return e.code }
        }
        return nil
    }
}
