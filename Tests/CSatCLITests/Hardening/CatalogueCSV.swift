/// docs/ERRORS.md, "CSV files": a file that cannot be read as a table stops the run at its first problem.
enum CatalogueCSV {
    static let h = Fixture.header
    static let row = Fixture.rows[0]

    static func check(_ id: String, _ message: String, _ text: String) -> ErrorCase {
        ErrorCase(id, ["check", "--survey", "survey.json", "bad.csv"], message, files: ["bad.csv": text])
    }

    static func check(_ id: String, _ message: String, bytes: [UInt8]) -> ErrorCase {
        ErrorCase(id, ["check", "--survey", "survey.json", "bad.csv"], message, bytes: ["bad.csv": bytes])
    }

    static let gbk甲苑: [UInt8] = [0xBC, 0xD7, 0xD4, 0xB7]

    static let cases: [ErrorCase] = [
        check(
            "C1", "bad.csv:3:4: a quoted field that starts here is never closed",
            "\(h)\n\(row)\nF2,\"甲苑,1-102,1号楼,王敏,2026-06-15,李四,13900139000,是,4,4,3,8,\n"),
        check(
            "C2", "bad.csv:2:5: a quote (\") inside a field that does not start with a quote",
            "\(h)\nF1,甲\"苑,1-101,1号楼,王敏,2026-06-15,张三,13800138000,是,5,4,4,9,\n"),
        check(
            "C3",
            "bad.csv:2:5: a quote (\") inside a field that does not start with a quote; remove the space before the opening quote",
            "\(h)\nF1, \"甲苑\",1-101,1号楼,王敏,2026-06-15,张三,13800138000,是,5,4,4,9,\n"),
        check(
            "C4", "bad.csv:2:8: \"x\" right after the closing quote of a quoted field",
            "\(h)\nF1,\"甲苑\"x,1-101,1号楼,王敏,2026-06-15,张三,13800138000,是,5,4,4,9,\n"),
        check(
            "C5", "bad.csv:3: expected 14 fields, found 13 (the header row has 14); every row needs a comma between its values",
            "\(h)\n\(row)\nF2,甲苑,1-102,1号楼,王敏,2026-06-15,李四,13900139000,是,4,4,3,8\n"),
        check(
            "C6",
            "bad.csv:2: expected 14 fields, found 15 (the header row has 14); a value that contains a comma must be in quotes",
            "\(h)\nF1,甲苑,1-101,1号楼,王敏,2026-06-15,张三,13800138000,是,5,4,4,9,停车难,还有车位\n"),
        check("C7", "bad.csv: the file is empty or holds only blank lines", "\n\n"),
        check(
            "C8", "bad.csv:1: two columns have the name \"q1\": column 10 (J) and column 14 (N)",
            h.replacingOccurrences(of: ",c1", with: ",q1") + "\n"),
        check(
            "C9", "are not UTF-8, although the text before them is; the file mixes encodings",
            bytes: Array("\(h)\n\(row)\n".utf8) + Array("F2,".utf8) + gbk甲苑
                + Array(",1-102,1号楼,王敏,2026-06-15,李四,13900139000,是,4,4,3,8,\n".utf8)),
        check(
            "C10", "although the file starts with a UTF-8 byte-order mark",
            bytes: [0xEF, 0xBB, 0xBF] + Array("\(h)\nF1,".utf8) + gbk甲苑
                + Array(",1-101,1,王,2026-06-15,张,13800138000,1,5,4,4,9,\n".utf8)),
        check(
            "C11", "bad.csv:2:6: the bytes 0x80 0x41 0x2C 0x31 are neither UTF-8 nor GB18030/GBK text",
            bytes: Array("\(h)\nF1,".utf8) + gbk甲苑 + [0x80, 0x41] + Array(",1-101,1,王,2026-06-15,张,13800138000,1,5,4,4,9,\n".utf8)
        ),
        check(
            "C12", "bad.csv:1:1: the file is UTF-16",
            bytes: [0xFF, 0xFE] + Array("\(h)\n\(row)\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
        check(
            "C13",
            "bad.csv:1:2: a NUL byte (0x00), which text never holds: the file is binary, damaged, or UTF-16 without a byte-order mark",
            bytes: Array("\(h)\n\(row)\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
        check(
            "C14", "bad.csv:2:5: a NUL byte (0x00)",
            bytes: Array("\(h)\nF1,甲".utf8) + [0] + Array("苑,1-101,1,王,2026-06-15,张,13800138000,1,5,4,4,9,\n".utf8)),
    ]
}
