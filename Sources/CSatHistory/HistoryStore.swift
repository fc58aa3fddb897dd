import CSatCore
import Foundation
internal import GRDB

/// One company's history of scored waves in a SQLite file (SPEC.md "Across waves",
/// docs/HISTORY.md). Every change is one transaction: a failure leaves the file as it was.
public final class HistoryStore: Sendable {
    public let path: String
    let queue: DatabaseQueue

    /// One stored wave, for `csat history list`.
    public struct Summary: Sendable {
        public var period: String
        public var formsRead: Int
        public var formsValid: Int
        public var index: Double?
        public var indexCI: Figures.Interval?
        public var rate: Double?
        public var added: String
    }

    /// Opens the history; `create` makes a new file when there is none (for `add`).
    public init(path: String, create: Bool) throws(InputError) {
        self.path = path
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists && !create { throw InputError(file: path, message: .historyMissing) }
        if exists { try Self.checkHeader(path) }
        do {
            var config = Configuration()
            config.foreignKeysEnabled = true
            config.label = "csat-history"
            queue = try DatabaseQueue(path: path, configuration: config)
            let known = try queue.read { db -> Bool in
                let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                if id == Schema.applicationID { return true }
                return try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") == 0
            }
            guard known else { throw InputError(file: path, message: .historyForeign) }
            let migrator = Schema.migrator
            if try queue.read({ try migrator.hasBeenSuperseded($0) }) {
                let applied = try queue.read { try migrator.appliedIdentifiers($0) }
                throw InputError(file: path, message: .historyNewer(applied.sorted().last ?? "?"))
            }
            try migrator.migrate(queue)
        } catch let error as InputError {
            throw error
        } catch {
            throw Self.failure(path, error)
        }
    }

    /// A file that SQLite would refuse only at the first query is refused before anything
    /// opens it, so that no journal or lock file is left beside it.
    static func checkHeader(_ path: String) throws(InputError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(file: path, message: .cannotOpenFile)
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        if head.isEmpty { return }
        guard head == Data("SQLite format 3\u{0}".utf8) else { throw InputError(file: path, message: .historyNotSQLite) }
    }

    static func failure(_ path: String, _ error: Error) -> InputError {
        if let db = error as? DatabaseError, db.resultCode == .SQLITE_NOTADB || db.resultCode == .SQLITE_CORRUPT {
            return InputError(file: path, message: .historyNotSQLite)
        }
        let text = (error as? DatabaseError)?.message ?? "\(error)"
        return InputError(file: path, message: .historyFailed(text))
    }

    func run<T>(_ body: () throws -> T) throws(InputError) -> T {
        do { return try body() } catch let error as InputError { throw error } catch { throw Self.failure(path, error) }
    }

    /// The survey id of the stored waves (nil for an empty history).
    public func surveyID() throws(InputError) -> String? {
        try run { try queue.read { try String.fetchOne($0, sql: "SELECT survey_id FROM wave ORDER BY period LIMIT 1") } }
    }

    public func periods() throws(InputError) -> [String] {
        try run { try queue.read { try String.fetchAll($0, sql: "SELECT period FROM wave ORDER BY period") } }
    }

    public func list() throws(InputError) -> [Summary] {
        try run {
            try queue.read { db in
                try Row.fetchAll(
                    db,
                    sql: "SELECT period, forms_read, forms_valid, idx, idx_low, idx_high, rate, added FROM wave ORDER BY period"
                ).map { r in
                    Summary(
                        period: r[0], formsRead: r[1], formsValid: r[2], index: r[3],
                        indexCI: Self.interval(r[4], r[5]), rate: r[6], added: r[7])
                }
            }
        }
    }

    static func interval(_ low: Double?, _ high: Double?) -> Figures.Interval? {
        guard let low, let high else { return nil }
        return Figures.Interval(low: low, high: high)
    }

    /// Removes a stored wave with everything it holds.
    public func remove(period: String) throws(InputError) {
        let stored = try periods()
        guard stored.contains(period) else {
            throw InputError(file: path, message: .historyNoPeriod(period, stored: stored))
        }
        try run { try queue.write { try $0.execute(sql: "DELETE FROM wave WHERE period = ?", arguments: [period]) } }
    }
}
