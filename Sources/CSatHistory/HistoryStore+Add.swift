import CSatCore
import Foundation
internal import GRDB

extension HistoryStore {
    /// Stores a scored wave: its figures, and its valid forms' answers one row each as the Data
    /// sheet has them (units pseudonymised, no names or phones), streamed from the wave's table
    /// into one transaction. A stored period is refused unless `replace`.
    ///
    /// Returns whether a stored wave of that period was replaced.
    @discardableResult
    public func add(
        _ record: WaveRecord, rows: DataRows, questions: [String], definition: String, replace: Bool,
        added: Date = Date()
    ) throws(InputError) -> Bool {
        if let stored = try surveyID(), stored != record.surveyID {
            throw InputError(file: path, message: .historyOtherSurvey(stored: stored, given: record.surveyID))
        }
        let exists = try periods().contains(record.period)
        if exists && !replace { throw InputError(file: path, message: .historyPeriodStored(record.period)) }
        let stamp = ISO8601DateFormatter().string(from: added)
        try run {
            try queue.write { db in
                try db.execute(sql: "DELETE FROM wave WHERE period = ?", arguments: [record.period])
                let o = record.overall
                try db.execute(
                    sql: """
                        INSERT INTO wave (period, survey_id, title, aggregate, forms_read, forms_valid, n,
                          idx, idx_low, idx_high, rate, rate_low, rate_high, questions, definition, added)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        record.period, record.surveyID, record.title, record.aggregate, record.formsRead,
                        record.formsValid, o.n, o.index, o.indexCI?.low, o.indexCI?.high, o.rate, o.rateCI?.low,
                        o.rateCI?.high, JSONWriter.write(.array(questions.map { .string($0) }), indent: false), definition, stamp,
                    ])
                let wave = db.lastInsertedRowID
                for (position, d) in record.drivers.enumerated() {
                    let p = d.point
                    try db.execute(
                        sql: "INSERT INTO driver VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        arguments: [
                            wave, position, d.id, d.name, d.weight, p.n, p.index, p.indexCI?.low, p.indexCI?.high,
                            p.rate, p.rateCI?.low, p.rateCI?.high,
                        ])
                }
                for p in record.projects {
                    try db.execute(
                        sql: "INSERT INTO project VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        arguments: [
                            wave, p.project, p.n, p.index, p.indexCI?.low, p.indexCI?.high, p.rate, p.rateCI?.low,
                            p.rateCI?.high, p.score.count, p.score.mean, p.score.m2, p.share.count, p.share.mean,
                            p.share.m2,
                        ])
                    let indices = Dictionary(p.drivers.map { ($0.id, $0.index) }, uniquingKeysWith: { a, _ in a })
                    for (id, m) in p.driverScores {
                        try db.execute(
                            sql: "INSERT INTO project_driver VALUES (?, ?, ?, ?, ?, ?, ?)",
                            arguments: [wave, p.project, id, indices[id], m.count, m.mean, m.m2])
                    }
                }
                try Self.insertForms(db, wave: wave, rows: rows, answers: questions.count)
            }
        }
        return exists
    }

    /// The Data sheet's cells: form, project, building, unit, property type, customer type,
    /// surveyor, date, one per closed question, the respondent score.
    static func insertForms(_ db: Database, wave: Int64, rows: DataRows, answers: Int) throws {
        let statement = try db.makeStatement(sql: "INSERT INTO form VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        var seq = 0
        var text = ""
        try rows.forEach { cells in
            func value(_ i: Int) -> DatabaseValue {
                switch cells[i] {
                case .text(let s): return s.databaseValue
                case .number(let x): return x.databaseValue
                case .empty: return .null
                }
            }
            text.removeAll(keepingCapacity: true)
            text.append("[")
            for k in 0..<answers {
                if k > 0 { text.append(",") }
                if case .number(let x) = cells[8 + k] { text.append(number(x)) } else { text.append("null") }
            }
            text.append("]")
            seq += 1
            try statement.execute(arguments: [
                wave, seq, value(0), value(1), value(2), value(3), value(4), value(5), value(6), value(7), text,
                value(8 + answers),
            ])
        }
    }

    /// An answer as JSON: whole numbers without a decimal point.
    static func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
    }
}
