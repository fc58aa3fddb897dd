import Foundation

/// Substring search on UTF-8 bytes. Foundation's `String.contains`
/// goes through CFString with Unicode folding, which made tagging a million
/// comments the slowest part of scoring; keywords and names are matched as
/// exact text, which is what the survey definition means by them.
enum TextSearch {
    /// The byte offset of the first occurrence of `needle` at or after `start`, or nil.
    static func firstOffset(_ haystack: String, _ needle: String, from start: Int = 0) -> Int? {
        if needle.isEmpty { return start }
        var h = haystack, n = needle
        return h.withUTF8 { hb -> Int? in
            n.withUTF8 { nb -> Int? in
                guard start <= hb.count else { return nil }
                return offset(of: nb, in: UnsafeBufferPointer(rebasing: hb[start...])).map { $0 + start }
            }
        }
    }

    /// Whether `haystack` holds any of `needles`: tagging a million comments with a few
    /// dozen keywords each is millions of searches, on bytes made once.
    static func containsAny(_ haystack: UnsafeBufferPointer<UInt8>, _ needles: [[UInt8]]) -> Bool {
        for needle in needles {
            if needle.isEmpty { return true }
            if needle.withUnsafeBufferPointer({ offset(of: $0, in: haystack) }) != nil { return true }
        }
        return false
    }

    /// The offset of the first occurrence of a non-empty `needle`: `memchr` for its first
    /// byte, `memcmp` for the rest.
    static func offset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let h = haystack.baseAddress, let n = needle.baseAddress, haystack.count >= needle.count else { return nil }
        let end = h + (haystack.count - needle.count)  // last possible start
        var at = h
        while at <= end {
            guard let hit = memchr(at, Int32(n.pointee), end - at + 1) else { return nil }
            let p = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(p, n, needle.count) == 0 { return p - h }
            at = p + 1
        }
        return nil
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
