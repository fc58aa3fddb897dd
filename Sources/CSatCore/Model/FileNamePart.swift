/// The survey's id and period name the output files (`<id>-<period>.xlsx`),
/// so they must be safe as a part of a file name on Linux and on the
/// Windows file servers where reports are shared (docs/SECURITY.md, "Output files").
///
/// Refused: a path separator or a character Windows forbids (`/ \ : * ? " < > |`) or one that looks
/// like a slash (`∕`, `／`, `⧵`: U+2215, U+FF0F, …), a NUL or any
/// other control character (C0, DEL, C1), a bidirectional override or isolate (it makes a name
/// read backwards: `report‮xslx.exe`), an invisible, private-use or unassigned character
/// (U+200B, U+FEFF, U+2028, U+E000), an empty name, one that starts with a dot (hidden) or a space (any: U+3000,
/// U+00A0), or ends with a dot or a space (Windows drops them).
enum FileNamePart {
    /// Leaves room for `-drivers.svg`, the `.xlsx` and the temporary folder under the 255-byte limit.
    static let maxBytes = 200

    /// Slashes and backslashes of other blocks: division and fraction slash, full-width solidus and
    /// reverse solidus, set minus, the big and the small solidus, the mathematical ones.
    static let lookAlikeSeparators: Set<UInt32> = [0x2044, 0x2215, 0x2216, 0x29F5, 0x29F8, 0x29F9, 0xFE68, 0xFF0F, 0xFF3C]

    static func problem(_ s: String) -> Message? {
        if s.isEmpty { return .fileNamePart(.empty) }
        for u in s.unicodeScalars {
            if u.value == 0 { return .fileNamePart(.nul) }
            if u.value < 0x20 || (0x7F...0x9F).contains(u.value) {
                return .fileNamePart(.control(hex(u.value)))
            }
            if (0x202A...0x202E).contains(u.value) || (0x2066...0x2069).contains(u.value) || u.value == 0x200E
                || u.value == 0x200F || u.value == 0x061C
            {
                return .fileNamePart(.bidi(hex(u.value)))
            }
            switch u.properties.generalCategory {
            case .format, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned, .surrogate:
                // Invisible (U+200B, U+FEFF), a line break in disguise (U+2028), or a character with no glyph:
                // two names that look the same would name different files.
                return .fileNamePart(.invisible(hex(u.value)))
            default: break
            }
            if "/\\:*?\"<>|".unicodeScalars.contains(u) {
                return .fileNamePart(.forbidden)
            }
            // `a∕b-2026H1.xlsx` reads as a folder a and a file b-2026H1.xlsx.
            if Self.lookAlikeSeparators.contains(u.value) {
                return .fileNamePart(.lookAlike(hex(u.value)))
            }
        }
        if s.hasPrefix(".") { return .fileNamePart(.dot) }
        if let first = s.unicodeScalars.first, first.properties.isWhitespace {
            return .fileNamePart(.leadingSpace)
        }
        if s.hasSuffix(".") || s.unicodeScalars.last.map({ $0.properties.isWhitespace }) == true {
            return .fileNamePart(.trailing)
        }
        return nil
    }

    static func hex(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
}
