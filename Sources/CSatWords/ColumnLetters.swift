/// A spreadsheet column as Excel names it: 1 → A, 26 → Z, 27 → AA, 16384 → XFD. The one place for
/// it: the CSV reader, the XLSX reader and the import's messages all say "column C" the same way.
public enum ColumnLetters {
    /// `column` is 1-based; anything below 1 names A.
    public static func of(_ column: Int) -> String {
        var n = max(1, column)
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }
}
