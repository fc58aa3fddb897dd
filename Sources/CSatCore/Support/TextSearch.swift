import Foundation

/// Substring search on UTF-8 bytes. Foundation's `String.contains`
/// goes through CFString with Unicode folding, which made tagging a million
/// comments the slowest part of scoring; keywords and names are matched as
/// exact text, which is what the survey definition means by them.
enum TextSearch {
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        firstOffset(haystack, needle) != nil
    }

    /// The byte offset of the first occurrence of `needle`, or nil.
    static func firstOffset(_ haystack: String, _ needle: String, from start: Int = 0) -> Int? {
        if needle.isEmpty { return start }
        var h = haystack, n = needle
        return h.withUTF8 { hb -> Int? in
            n.withUTF8 { nb -> Int? in
                let m = nb.count
                guard hb.count - start >= m else { return nil }
                let first = nb[0]
                var i = start
                let last = hb.count - m
                while i <= last {
                    if hb[i] == first {
                        var j = 1
                        while j < m && hb[i + j] == nb[j] { j += 1 }
                        if j == m { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }

    /// Every occurrence of `target` replaced.
    static func replacingAll(_ text: String, _ target: String, with replacement: String) -> String {
        guard !target.isEmpty, var offset = firstOffset(text, target) else { return text }
        let bytes = Array(text.utf8), t = target.utf8.count
        var out: [UInt8] = []
        var last = 0
        while true {
            out += bytes[last..<offset]
            out += replacement.utf8
            last = offset + t
            guard let next = firstOffset(text, target, from: last) else { break }
            offset = next
        }
        out += bytes[last...]
        return String(decoding: out, as: UTF8.self)
    }
}
