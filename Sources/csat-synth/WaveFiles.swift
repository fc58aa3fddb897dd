/// The shapes in which forms reach the quality manager: a UTF-8 CSV, an Excel
/// CSV from Chinese Windows (GB18030, CRLF), a survey platform's JSON export,
/// a semicolon CSV with a BOM, and a plain CSV for the earlier wave.

enum HeaderStyle {
    /// The question text (`前台接待人员的服务态度`).
    case text
    /// Numbered as 问卷星 exports: `3、前台接待人员的服务态度`, numbering from `first`.
    case numbered(first: Int)
    /// `Q1. 前台接待人员的服务态度`
    case qNumbered
    /// The question id (`q1`).
    case id
}

func questionHeaders(_ def: SurveyDef, _ style: HeaderStyle) -> [String] {
    def.questions.enumerated().map { i, q in
        switch style {
        case .text: return q.text
        case .numbered(let first): return "\(i + first)、\(q.text)"
        case .qNumbered: return "Q\(i + 1). \(q.text)"
        case .id: return q.id
        }
    }
}

private func metaFields(_ f: Form, _ spec: WaveSpec, _ dateStyle: DateStyle) -> [String] {
    [
        f.id, f.project, f.unit, f.building, f.propertyType, f.customerType, f.surveyor,
        formatDate(year: spec.year, month: spec.month, day: f.day, seconds: f.seconds, style: dateStyle),
        f.name, f.phone.text, f.signed, f.damaged, f.altered,
    ]
}

struct CSVShape {
    var header: HeaderStyle
    var delimiter: Character = ","
    var newline = "\n"
}

func formsCSV(_ forms: [Form], def: SurveyDef, spec: WaveSpec, dateStyle: DateStyle, shape: CSVShape) -> String {
    var out = csvLine(
        columnHeaders.map(\.header) + questionHeaders(def, shape.header), delimiter: shape.delimiter,
        newline: shape.newline)
    for f in forms {
        let fields = metaFields(f, spec, dateStyle) + f.answers.map(\.text) + f.comments
        out += csvLine(fields, delimiter: shape.delimiter, newline: shape.newline)
    }
    return out
}

/// A survey platform's export: an array of objects, one per line, keys = column names and question ids.
func formsJSON(_ forms: [Form], def: SurveyDef, spec: WaveSpec, dateStyle: DateStyle) -> String {
    func value(_ c: Cell) -> JSON {
        switch c {
        case .text(let s): return .string(s)
        case .number(let n): return .int(n)
        }
    }
    let objects: [String] = forms.map { f in
        let meta = metaFields(f, spec, dateStyle)
        var pairs: [(String, JSON)] = zip(columnHeaders, meta).map { ($0.header, .string($1)) }
        pairs[9].1 = value(f.phone)
        pairs += zip(def.closed, f.answers).map { ($0.id, value($1)) }
        pairs += zip(def.open, f.comments).map { ($0.id, .string($1)) }
        return jsonCompact(.object(pairs), tight: true)
    }
    return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
}

/// File name, description and bytes of each 2026H1 file, in the order they are passed to csat.
func currentWaveFiles(_ w: WaveResult, def: SurveyDef, order: [String]) throws -> [(String, String, [UInt8])] {
    var files: [(String, String, [UInt8])] = []
    for name in order {
        let forms = w.forms[name]!
        let ds = w.spec.plans[name]!.dateStyle
        switch name {
        case "锦程花园":
            let text = formsCSV(forms, def: def, spec: w.spec, dateStyle: ds, shape: CSVShape(header: .text))
            files.append(
                (
                    "锦程花园.csv", "UTF-8 without BOM, comma, LF; questions headed by their text; dates 2026-06-16",
                    Array(text.utf8)
                ))
        case "翠湖苑":
            let text = formsCSV(
                forms, def: def, spec: w.spec, dateStyle: ds,
                shape: CSVShape(header: .numbered(first: 3), newline: "\r\n"))
            files.append(
                (
                    "翠湖苑.csv",
                    "GB18030, comma, CRLF, as Excel on Chinese Windows saves it; questions numbered `3、…`; dates 2026/6/16; a few answers as labels",
                    try gb18030Bytes(text)
                ))
        case "锦程国际大厦":
            let text = formsJSON(forms, def: def, spec: w.spec, dateStyle: ds)
            files.append(
                (
                    "锦程国际大厦.json",
                    "JSON array as a survey platform exports it; keys are column names and question ids; answers mostly labels, numbers partly as strings, some phones as numbers; dates with time",
                    Array(text.utf8)
                ))
        case "锦程商业街":
            let text = formsCSV(
                forms, def: def, spec: w.spec, dateStyle: ds,
                shape: CSVShape(header: .qNumbered, delimiter: ";", newline: "\r\n"))
            files.append(
                (
                    "锦程商业街.csv", "UTF-8 with BOM, semicolon, CRLF; questions headed `Q1. …`; N/A written `N/A`",
                    [0xEF, 0xBB, 0xBF] + Array(text.utf8)
                ))
        default:
            throw SynthError("no file shape for project \(name)")
        }
    }
    return files
}

func previousWaveFile(_ w: WaveResult, def: SurveyDef, order: [String]) -> [UInt8] {
    var text = ""
    for (k, name) in order.enumerated() {
        let csv = formsCSV(w.forms[name]!, def: def, spec: w.spec, dateStyle: .iso, shape: CSVShape(header: .id))
        text += k == 0 ? csv : String(csv[csv.firstIndex(of: "\n")!...].dropFirst())
    }
    return Array(text.utf8)
}
