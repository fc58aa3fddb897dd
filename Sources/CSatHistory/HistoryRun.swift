import CSatCore
import Foundation

/// `csat history add` as a library call (the web page stores a wave the same way).
public enum HistoryRun {
    public struct Added: Sendable {
        public var period: String
        public var validForms: Int
        public var replaced: Bool
        /// The wave's validity and coverage warnings, and a period that its dates contradict.
        public var warnings: [Message]
        /// The company key, when this run made it.
        public var newKey: CompanyKeyFile?
    }

    /// Scores the wave and stores it. A history file that this run created is removed again when
    /// the run fails, so that no empty or half-made file is left.
    public static func add(
        wave: Wave, database: String, surveyPath: String, period: String?, replace: Bool, keyPath: String?
    ) throws(InputError) -> Added {
        var figures = try Scorer.figures(wave: wave, comments: [])
        let survey = wave.table.survey
        if let period { figures.period = period }
        var warnings = CheckReport(wave: wave).warnings
        if let dated = Scorer.periodOfDates(wave.table), dated != figures.period {
            warnings.append(.historyPeriodMismatch(figures.period, dates: dated))
        }
        let key = try CompanyKeyFile.open(option: keyPath, survey: surveyPath, outputFolder: nil)
        let rows = DataRows(wave: wave, units: .keyed(UnitPseudonyms(key: key.key)))
        let definition = (try? String(contentsOfFile: surveyPath, encoding: .utf8)) ?? ""
        let record = WaveRecord(
            figures: figures, title: survey.title, formsRead: wave.table.count, formsValid: wave.validity.validCount)
        let existed = FileManager.default.fileExists(atPath: database)
        do throws(InputError) {
            let store = try HistoryStore(path: database, create: true)
            let replaced = try store.add(
                record, rows: rows, questions: survey.closedQuestionIndices.map { survey.questions[$0].id },
                definition: definition, replace: replace)
            try key.commit()
            return Added(
                period: figures.period, validForms: wave.validity.validCount, replaced: replaced, warnings: warnings,
                newKey: key.isNew ? key : nil)
        } catch {
            if !existed {
                for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
            }
            throw error
        }
    }
}

extension HistoryRun {
    /// What `--history FILE` gives a report, a score or a plan: the stored waves of the same survey,
    /// and the one just before this wave's period.
    public struct Stored: Sendable {
        public var stored: [WaveRecord]
        /// Periods compare as written: 2025H2 < 2026H1.
        public var before: WaveRecord?
        /// The projects of the wave before, for the marks against each project's previous wave.
        public var prior: (period: String, projects: [ProjectFigures])? { before.map { ($0.period, $0.projects) } }
    }

    public static func read(database: String, surveyID: String, period: String) throws(InputError) -> Stored {
        let stored = try HistoryStore(path: database, create: false).records()
        if let id = stored.first?.surveyID, id != surveyID {
            throw InputError(file: database, message: .historyOtherSurvey(stored: id, given: surveyID))
        }
        return Stored(stored: stored, before: stored.last { $0.period.unicodeScalars.lexicographicallyPrecedes(period.unicodeScalars) })
    }
}
