/// docs/ERRORS.md, "JSON files": syntax errors in response files (the same reader reads definitions and manifests).
enum CatalogueJSON {
    static func json(_ id: String, _ message: String, _ text: String, name: String = "bad.json") -> ErrorCase {
        ErrorCase(id, ["check", "--survey", "survey.json", name], message, files: [name: text])
    }

    static func json(_ id: String, _ message: String, bytes: [UInt8]) -> ErrorCase {
        ErrorCase(id, ["check", "--survey", "survey.json", "bad.json"], message, bytes: ["bad.json": bytes])
    }

    static let form =
        #"{"form": "J1", "project": "甲苑", "unit": "1-103", "phone": "13800138001", "signed": "是", "q1": 5, "q2": 4, "q3": 4"#
    static func value(_ v: String) -> String { "[\n" + form + ", \"overall\": " + v + "}\n]\n" }

    static let cases: [ErrorCase] = [
        json("J1", "bad.json:1:1: the file is empty — expected a JSON value", ""),
        json("J2", "bad.json:1:1: the file is UTF-16 encoded; save it as UTF-8", bytes: [0xFF, 0xFE, 0x5B, 0, 0x5D, 0]),
        json("J3", "bad.json:1:1: the file looks UTF-16 encoded (no byte order mark)", bytes: [0x5B, 0, 0x5D, 0, 0x0A, 0]),
        json("J4", "bad.json:1:1: the file is UTF-32 encoded", bytes: [0, 0, 0xFE, 0xFF, 0, 0, 0, 0x5B]),
        json("J5", "bad.json:2:", "[\n" + form),  // a cut-off upload
        json("J6", "unterminated string — the file ends before its closing '\"'", "[\n{\"form\": \"J1"),
        json(
            "J7", "bad.jsonl:2:14: the line ends before the JSON value is complete",
            #"{"form": "L1", "project": "甲苑", "unit": "1", "q1": 4}"# + "\n{\"form\": \"L2\"\n", name: "bad.jsonl"),
        json("J8", "found '[' after the end of the JSON value — a file holds one value", "[] []"),
        json(
            "J9", "a line holds one value", #"{"form": "L1", "project": "甲苑", "unit": "1", "q1": 4} x"# + "\n{}\n",
            name: "bad.jsonl"),
        json("J10", "bad.json:1:15: trailing comma before ']'", #"[{"form":"J1"},]"#),
        json("J11", "expected ',' or ']' after an array element, found '{'", #"[{"form":"J1"} {"form":"J2"}]"#),
        json("J12", "expected ',' or '}' after an object member, found '\"'", #"[{"form":"J1" "project":"甲苑"}]"#),
        json("J13", "bad.json:2:1: comments are not allowed in JSON", "[\n// forms\n]"),
        json(
            "J14", "arrays and objects nested more than 512 levels deep",
            String(repeating: "[", count: 600) + String(repeating: "]", count: 600)),
        json("J15", "bad.json:1:3: object keys must be in double quotes", "[{form: \"J1\"}]"),
        json("J16", "expected a key in double quotes, found '['", "[{[1]: 2}]"),
        json("J17", "expected ':' after the object key, found '\"'", #"[{"form" "J1"}]"#),
        json("J18", "strings must be in double quotes, not single quotes", value("'9'")),
        json("J19", "a number cannot start with '+'", value("+9")),
        json("J20", "a number must start with a digit (write 0.5, not .5)", value(".5")),
        json("J21", "expected a value, found '}'", value("")),
        json("J22", "'True' must be written in lowercase: true, false or null", value("True")),
        json("J23", "NaN is not allowed in JSON; write null or leave the answer out", value("NaN")),
        json("J24", "unexpected text '满意' — text values must be in double quotes", value("满意")),
        json("J25", "expected a digit after '-', found '}'", value("-")),
        json("J26", "number with leading zero (write 7, not 07", value("09")),
        json("J27", "hexadecimal numbers are not allowed in JSON", value("0x9")),
        json("J28", "expected a digit after the decimal point, found '}'", value("9.")),
        json("J29", "expected a digit in the exponent, found '}'", value("9e")),
        json("J30", "number 1e999 is too large (beyond ±1.8e308)", value("1e999")),
        json("J31", "line break inside a string — is a closing '\"' missing?", value("\"很\n好\"")),
        json("J32", "unescaped control character U+0009 in a string", value("\"很\t好\"")),
        json(
            "J33", "invalid UTF-8 (byte 0xBC) in a string — JSON must be UTF-8",
            bytes: Array(("[\n" + form + ", \"c1\": \"").utf8) + [0xBC, 0xD7] + Array("\"}\n]\n".utf8)),
        json("J34", "invalid escape", value(#""\q""#)),
        json("J35", "unpaired surrogate \\uD800 in a string", value(#""\ud800""#)),
        json("J36", "invalid \\u escape: \\u must be followed by four hex digits", value(#""\u12""#)),
    ]
}
