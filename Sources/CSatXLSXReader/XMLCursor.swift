/// A window over a part's bytes as they are inflated: the cursor keeps what it
/// still needs (the text since the last tag) and asks for more.
///
/// Memory is the window, never the part: it grows only while one tag or one
/// text run is longer than it, and stops at `maxRun` (a hostile part cannot
/// make it hold the whole sheet).
final class ByteWindow {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    private(set) var end = 0
    private(set) var atEOF = false
    private let fill: (UnsafeMutablePointer<UInt8>, Int) throws(XLSXError) -> Int
    let maxRun: Int

    /// `fill(buffer, room)` writes up to `room` bytes and returns how many (0 at the end).
    /// The longest tag or text run a part may hold: a cell holds at most 32,767 characters (Excel's
    /// limit, ~100 KB of UTF-8), so 16 MB is generous and a run of zeros in a bomb stops there.
    static let defaultMaxRun = 16 << 20

    init(capacity: Int = 1 << 20, maxRun: Int = ByteWindow.defaultMaxRun, fill: @escaping (UnsafeMutablePointer<UInt8>, Int) throws(XLSXError) -> Int) {
        self.capacity = capacity
        self.maxRun = maxRun
        self.fill = fill
        base = .allocate(capacity: capacity + 16)
    }

    deinit { base.deallocate() }

    /// Moves `[keep, end)` to the front and reads more after it; returns how far positions moved (`keep`).
    ///
    /// Sets `atEOF` when the part has no more bytes.
    func refill(keep: Int) throws(XLSXError) -> Int {
        let kept = end - keep
        if keep > 0 && kept > 0 { base.update(from: base + keep, count: kept) }
        end = kept
        if end == capacity {
            guard capacity < maxRun else {
                throw XLSXError(
                    kind: .limit,
                    message: .xmlRunTooLong(megabytes: maxRun >> 20))
            }
            let bigger = min(capacity * 2, maxRun)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger + 16)
            grown.update(from: base, count: end)
            base.deallocate()
            base = grown
            capacity = bigger
        }
        let n = try fill(base + end, capacity - end)
        if n == 0 { atEOF = true }
        end += n
        return keep
    }
}

/// The tags of a SpreadsheetML part, one at a time, with the text that stood before each.
///
/// Restricted to what OOXML parts hold (ECMA-376 Part 1): elements, attributes,
/// character data, comments, processing instructions and CDATA. A `<!DOCTYPE`
/// stops the read, so no entity is ever declared, let alone expanded.
/// Positions in a token are offsets into `window.base`, valid until the next call.
struct XMLCursor {
    enum Kind { case start, end, empty, cdata, eof }

    let window: ByteWindow
    /// Where the text before the current token starts (just past the previous tag).
    private(set) var textStart = 0
    /// Where the current token starts (its `<`), which is where the text before it ends.
    private(set) var tagStart = 0
    /// The tag's local name (prefix stripped).
    private(set) var nameStart = 0
    private(set) var nameEnd = 0
    /// Just past the token's last byte before `>` (attributes lie in `nameEnd..<tagEnd`).
    private(set) var tagEnd = 0
    /// Where the next token is looked for.
    private(set) var pos = 0

    init(_ window: ByteWindow) { self.window = window }

    var p: UnsafeMutablePointer<UInt8> { window.base }

    /// The text run before the current token.
    var text: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: window.base + textStart, count: tagStart - textStart) }

    /// The tag's attributes (with its name, for `XMLBytes.attribute`).
    var tag: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: window.base + nameStart, count: tagEnd - nameStart) }

    /// The local name is `name`.
    @inline(__always)
    func isNamed(_ name: StaticString) -> Bool {
        let n = name.utf8CodeUnitCount
        guard nameEnd - nameStart == n else { return false }
        let s = name.utf8Start
        let b = window.base + nameStart
        for k in 0..<n where b[k] != s[k] { return false }
        return true
    }

    /// One-byte local name `c`.
    @inline(__always)
    func isNamed(byte c: UInt8) -> Bool { nameEnd - nameStart == 1 && window.base[nameStart] == c }

    /// Moves the read position to `at` (in `pos...window.end`), past tokens the caller has read
    /// itself from `window.base` (`SheetScanner.quickCellStart`).
    @inline(__always)
    mutating func advance(to at: Int) { pos = at }

    /// The text of `open` TEXT `close` at the read position (TEXT without `<`, `close` the end tags
    /// that follow it), when the window holds all of it: the read position moves past `close`. Nil,
    /// with nothing read, for anything else — the tokens one by one then read it.
    @inline(__always)
    mutating func quickRun(_ open: StaticString, _ close: StaticString) -> UnsafeBufferPointer<UInt8>? {
        let b = window.base
        let e = window.end
        let n = open.utf8CodeUnitCount
        guard pos + n < e, Self.matches(b + pos, open) else { return nil }
        let start = pos + n
        var i = start
        while i < e && b[i] != 0x3C { i &+= 1 }
        guard i + close.utf8CodeUnitCount <= e, Self.matches(b + i, close) else { return nil }
        pos = i + close.utf8CodeUnitCount
        return UnsafeBufferPointer(start: b + start, count: i - start)
    }

    @inline(__always)
    private static func matches(_ p: UnsafeMutablePointer<UInt8>, _ s: StaticString) -> Bool {
        let t = s.utf8Start
        for k in 0..<s.utf8CodeUnitCount where p[k] != t[k] { return false }
        return true
    }

    private mutating func shift(_ by: Int) {
        textStart -= by
        tagStart -= by
        pos -= by
    }

    /// Makes `count` bytes from `at` readable; false at the end of the part.
    private mutating func ensure(_ at: inout Int, _ count: Int) throws(XLSXError) -> Bool {
        while at + count > window.end {
            if window.atEOF { return false }
            let moved = try window.refill(keep: textStart)
            shift(moved)
            at -= moved
        }
        return true
    }

    mutating func next() throws(XLSXError) -> Kind {
        while true {
            if let kind = try token() { return kind }
        }
    }

    /// The next token, or nil after a comment or processing instruction (skipped).
    private mutating func token() throws(XLSXError) -> Kind? {
        textStart = pos
        var i = pos
        // The next '<'.
        while true {
            let b = window.base
            let e = window.end
            while i < e && b[i] != 0x3C { i &+= 1 }
            if i < e { break }
            if window.atEOF {
                tagStart = i
                pos = i
                return .eof
            }
            let moved = try window.refill(keep: textStart)
            textStart -= moved
            i -= moved
            pos -= moved
        }
        tagStart = i
        if i &+ 2 > window.end {
            guard try ensure(&i, 2) else { throw XLSXError(message: .xmlEndsInTag) }
        }
        let second = window.base[i + 1]
        if second == 0x21 { return try special(i) }  // '!'
        var kind = Kind.start
        var j = i + 1
        if second == 0x2F {  // '/'
            kind = .end
            j += 1
        } else if second == 0x3F {  // '?': a processing instruction, skipped
            try skip(past: "?>", from: i)
            return nil
        }
        // The tag's end: the first '>' outside a quoted attribute value.
        var quote: UInt8 = 0
        while true {
            let b = window.base
            let e = window.end
            while j < e {
                if quote != 0 {
                    // A quoted value in one tight loop: only its closing quote ends it.
                    while j < e && b[j] != quote { j &+= 1 }
                    if j == e { break }
                    quote = 0
                    j &+= 1
                    continue
                }
                let c = b[j]
                // Letters lie above '>' and none of them is special: the usual byte takes one test.
                if c > 0x3E {
                    j &+= 1
                    continue
                }
                if c == 0x3E {
                    break
                } else if c == 0x22 || c == 0x27 {
                    quote = c
                } else if c == 0x3C {
                    throw XLSXError(message: .xmlLessThanInTag)
                }
                j &+= 1
            }
            if j < e { break }
            if window.atEOF { throw XLSXError(message: .xmlEndsInTag) }
            let moved = try window.refill(keep: textStart)
            textStart -= moved
            i -= moved
            j -= moved
            tagStart -= moved
        }
        let b = window.base
        if kind == .start && b[j - 1] == 0x2F { kind = .empty }
        tagEnd = kind == .empty ? j - 1 : j
        // The local name.
        var k = kind == .end ? i + 2 : i + 1
        var start = k
        while k < tagEnd {
            let c = b[k]
            if c <= 0x3A {
                if c == 0x3A {
                    start = k &+ 1
                } else if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x2F {
                    break
                }
            }
            k &+= 1
        }
        nameStart = start
        nameEnd = k
        pos = j + 1
        return kind
    }

    /// `<!-- … -->` (skipped), `<![CDATA[ … ]]>` (its text is the token's), `<!DOCTYPE` (refused).
    private mutating func special(_ at: Int) throws(XLSXError) -> Kind? {
        var i = at
        let cut = XLSXError(message: .xmlEndsInTag)
        guard try ensure(&i, 4) else { throw cut }
        if window.base[i + 2] == 0x2D && window.base[i + 3] == 0x2D {
            try skip(past: "-->", from: i)
            return nil
        }
        guard try ensure(&i, 9) else { throw cut }
        let head = String(decoding: UnsafeBufferPointer(start: window.base + i + 2, count: 7), as: UTF8.self)
        if head == "[CDATA[" {
            try skip(past: "]]>", from: i)
            // The CDATA's content is `nameStart..<nameEnd`; the text before it ends at its '<' (`tagStart`).
            nameStart = tagStart + 9
            nameEnd = pos - 3
            tagEnd = nameEnd
            return .cdata
        }
        if head.uppercased().hasPrefix("DOCTYPE") {
            throw XLSXError(
                message: .xmlDoctype)
        }
        throw XLSXError(message: .xmlBadBang)
    }

    /// Moves `pos` just past the next `terminator` at or after `from`.
    private mutating func skip(past terminator: StaticString, from: Int) throws(XLSXError) {
        let t = terminator.utf8Start
        let n = terminator.utf8CodeUnitCount
        var i = from
        while true {
            guard try ensure(&i, n) else { throw XLSXError(message: .xmlEndsInComment) }
            var same = true
            for k in 0..<n where window.base[i + k] != t[k] {
                same = false
                break
            }
            if same {
                pos = i + n
                return
            }
            i += 1
        }
    }
}
