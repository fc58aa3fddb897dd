internal import GRDB

/// The history file's tables, versioned (docs/HISTORY.md, "The file"). A migration is added for
/// every change and never edited once released: a file is brought forward step by step, never
/// rebuilt, and a file written by a newer csat is refused rather than guessed at.
enum Schema {
    /// `PRAGMA application_id`: "CSAT" in ASCII, so that `file` and csat itself know the file.
    static let applicationID: Int32 = 0x4353_4154

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(
                sql: """
                    CREATE TABLE wave (
                        id INTEGER PRIMARY KEY,
                        period TEXT NOT NULL UNIQUE,
                        survey_id TEXT NOT NULL,
                        title TEXT NOT NULL,
                        aggregate TEXT NOT NULL,
                        forms_read INTEGER NOT NULL,
                        forms_valid INTEGER NOT NULL,
                        n INTEGER NOT NULL,
                        idx REAL, idx_low REAL, idx_high REAL,
                        rate REAL, rate_low REAL, rate_high REAL,
                        questions TEXT NOT NULL,
                        definition TEXT NOT NULL,
                        added TEXT NOT NULL
                    );
                    CREATE TABLE driver (
                        wave_id INTEGER NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        driver TEXT NOT NULL,
                        name TEXT NOT NULL,
                        weight REAL NOT NULL,
                        n INTEGER NOT NULL,
                        idx REAL, idx_low REAL, idx_high REAL,
                        rate REAL, rate_low REAL, rate_high REAL,
                        PRIMARY KEY (wave_id, driver)
                    );
                    CREATE TABLE project (
                        wave_id INTEGER NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
                        project TEXT NOT NULL,
                        n INTEGER NOT NULL,
                        idx REAL, idx_low REAL, idx_high REAL,
                        rate REAL, rate_low REAL, rate_high REAL,
                        score_n INTEGER NOT NULL, score_mean REAL NOT NULL, score_m2 REAL NOT NULL,
                        share_n INTEGER NOT NULL, share_mean REAL NOT NULL, share_m2 REAL NOT NULL,
                        PRIMARY KEY (wave_id, project)
                    );
                    CREATE TABLE project_driver (
                        wave_id INTEGER NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
                        project TEXT NOT NULL,
                        driver TEXT NOT NULL,
                        idx REAL,
                        score_n INTEGER NOT NULL, score_mean REAL NOT NULL, score_m2 REAL NOT NULL,
                        PRIMARY KEY (wave_id, project, driver)
                    );
                    CREATE TABLE form (
                        wave_id INTEGER NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
                        seq INTEGER NOT NULL,
                        form TEXT,
                        project TEXT NOT NULL,
                        building TEXT,
                        unit TEXT,
                        property_type TEXT,
                        customer_type TEXT,
                        surveyor TEXT,
                        date TEXT,
                        answers TEXT NOT NULL,
                        score REAL,
                        PRIMARY KEY (wave_id, seq)
                    ) WITHOUT ROWID;
                    """)
        }
        return m
    }
}
