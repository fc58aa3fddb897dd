import CSatWords

/// Byte-level pieces of SpreadsheetML: tag names without their namespace
/// prefix, attribute values, and text with XML's five entities, character
/// references and OOXML's `_xHHHH_` escapes decoded. Entities declared in the
/// file are never expanded: a `<!DOCTYPE` stops the read (SPEC.md "XLSX").
enum XMLBytes {
    struct Malformed: Error { let message: Message }

    /// The tag's local name (`x:row` → `row`), from just after `<` (or `</`).
    static func localName(_ p: UnsafePointer<UInt8>, _ count: Int) -> (start: Int, end: Int) {
        var i = 0
        var start = 0
        while i < count {
            let b = p[i]
            if b == 0x3A { start = i + 1 }  // ':'
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x2F || b == 0x3E { break }
            i += 1
        }
        return (start, i)
    }

    static func nameIs(_ p: UnsafePointer<UInt8>, _ count: Int, _ name: StaticString) -> Bool {
        let (s, e) = localName(p, count)
        guard e - s == name.utf8CodeUnitCount else { return false }
        let n = name.utf8Start
        for k in 0..<(e - s) where p[s + k] != n[k] { return false }
        return true
    }

    /// The value of attribute `name` (local name, any prefix) in the tag `p[0..<count]`, still escaped.
    static func attribute(_ p: UnsafePointer<UInt8>, _ count: Int, _ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        let n = name.utf8Start, nl = name.utf8CodeUnitCount
        var i = localName(p, count).end
        while i < count {
            // Skip to the next attribute name.
            while i < count, p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0A || p[i] == 0x0D { i += 1 }
            let nameStart = i
            var local = i
            while i < count, p[i] != 0x3D, p[i] != 0x20, p[i] != 0x3E, p[i] != 0x2F {
                if p[i] == 0x3A { local = i + 1 }
                i += 1
            }
            let nameEnd = i
            while i < count, p[i] == 0x20 { i += 1 }
            guard i < count, p[i] == 0x3D else { return nil }  // '='
            i += 1
            while i < count, p[i] == 0x20 { i += 1 }
            guard i < count, p[i] == 0x22 || p[i] == 0x27 else { return nil }
            let quote = p[i]
            i += 1
            let valueStart = i
            while i < count, p[i] != quote { i += 1 }
            guard i < count else { return nil }
            let value = UnsafeBufferPointer(start: p + valueStart, count: i - valueStart)
            i += 1
            if nameEnd - local == nl, nameStart < nameEnd {
                var same = true
                for k in 0..<nl where p[local + k] != n[k] {
                    same = false
                    break
                }
                if same { return value }
            }
        }
        return nil
    }

    /// Appends `text` to `out` with entities, character references and `_xHHHH_` decoded.
    static func appendDecoded(_ text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) throws(Malformed) {
        guard let p = text.baseAddress else { return }
        let n = text.count
        // Most text has no '&' and no '_': it is appended as it is, in one copy.
        var plain = true
        for k in 0..<n where p[k] == 0x26 || p[k] == 0x5F {
            plain = false
            break
        }
        if plain {
            out.append(contentsOf: text)
            return
        }
        var i = 0
        while i < n {
            let b = p[i]
            if b == 0x26 {  // '&'
                var j = i + 1
                while j < n, p[j] != 0x3B, j - i < 12 { j += 1 }
                guard j < n, p[j] == 0x3B else { throw Malformed(message: .strayAmpersand) }
                let name = String(decoding: UnsafeBufferPointer(start: p + i + 1, count: j - i - 1), as: UTF8.self)
                switch name {
                case "amp": out.append(0x26)
                case "lt": out.append(0x3C)
                case "gt": out.append(0x3E)
                case "quot": out.append(0x22)
                case "apos": out.append(0x27)
                default:
                    let hex = name.hasPrefix("#x") || name.hasPrefix("#X")
                    guard name.hasPrefix("#"), let v = UInt32(name.dropFirst(hex ? 2 : 1), radix: hex ? 16 : 10),
                        let u = Unicode.Scalar(v)
                    else { throw Malformed(message: .unknownEntity(name)) }
                    out.append(contentsOf: String(Character(u)).utf8)
                }
                i = j + 1
            } else if b == 0x5F, i + 6 < n, p[i + 1] == 0x78, p[i + 6] == 0x5F,  // _xHHHH_
                let v = UInt32(String(decoding: UnsafeBufferPointer(start: p + i + 2, count: 4), as: UTF8.self), radix: 16),
                let u = Unicode.Scalar(v)
            {
                out.append(contentsOf: String(Character(u)).utf8)
                i += 7
            } else {
                out.append(b)
                i += 1
            }
        }
    }

    /// A string for the small parts (sheet names, relationship targets, number formats).
    static func decodedString(_ v: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        if (try? appendDecoded(v, to: &out)) == nil { return String(decoding: v, as: UTF8.self) }
        return String(decoding: out, as: UTF8.self)
    }
}
