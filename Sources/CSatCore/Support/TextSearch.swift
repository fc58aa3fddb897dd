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

    /// Whether `haystack` holds any of `needles`: tagging a million comments with a few
    /// dozen keywords each is millions of searches, so each is `memchr` for the needle's
    /// first byte and `memcmp` for the rest, on bytes made once.
    static func containsAny(_ haystack: UnsafeBufferPointer<UInt8>, _ needles: [[UInt8]]) -> Bool {
        for needle in needles {
            if needle.isEmpty { return true }
            if needle.withUnsafeBufferPointer({ occurs($0, in: haystack) }) { return true }
        }
        return false
    }

    static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let h = haystack.baseAddress, let n = needle.baseAddress, haystack.count >= needle.count else { return false }
        let end = h + (haystack.count - needle.count)  // last possible start
        var at = h
        while at <= end {
            guard let hit = memchr(at, Int32(n.pointee), end - at + 1) else { return false }
            let p = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(p, n, needle.count) == 0 { return true }
            at = p + 1
        }
        return false
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
