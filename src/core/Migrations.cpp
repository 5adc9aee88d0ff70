#include "Database.h"

// The schema's history, one migration a version. Rules: append a new migration at the end with the next
// version number; never edit or reorder one that has shipped (databases in the field already ran it); keep
// each one self-contained SQL that runs in a single transaction. tst_database opens a database built at
// every earlier version and checks the data survives, so a new migration is tested by simply appending it.

namespace LeadRails {

const QList<Database::Migration> &Database::migrations()
{
    static const QList<Migration> list = {
        {1,
         QStringLiteral("destinations and the audit log"),
         {
             // Secrets never come here: secret_hint holds at most the last four characters, for "••••abcd".
             QStringLiteral("CREATE TABLE destinations ("
                            " id TEXT PRIMARY KEY NOT NULL,"
                            " name TEXT NOT NULL COLLATE NOCASE UNIQUE,"
                            " account_sid TEXT NOT NULL,"
                            " auth_mode TEXT NOT NULL CHECK (auth_mode IN ('auth_token', 'api_key')),"
                            " api_key_sid TEXT,"
                            " from_number TEXT,"
                            " messaging_service_sid TEXT,"
                            " recipient_template TEXT NOT NULL,"
                            " body_template TEXT NOT NULL,"
                            " region TEXT NOT NULL DEFAULT 'US',"
                            " marketing INTEGER NOT NULL DEFAULT 1,"
                            " rate_per_second REAL NOT NULL DEFAULT 1,"
                            " enabled INTEGER NOT NULL DEFAULT 1,"
                            " paused INTEGER NOT NULL DEFAULT 0,"
                            " paused_reason TEXT,"
                            " secret_hint TEXT CHECK (secret_hint IS NULL OR length(secret_hint) <= 4),"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE audit_log ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " at TEXT NOT NULL,"
                            " os_user TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " subject_type TEXT NOT NULL,"
                            " subject_id TEXT,"
                            " subject_name TEXT,"
                            " details TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE INDEX audit_log_subject ON audit_log (subject_type, subject_id)"),
             // The audit trail is evidence: once written, an entry stays as it was.
             QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                            " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
             QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                            " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
         }},
        {2,
         QStringLiteral("jobs, attempts, alerts and the suppression list"),
         {
             // One row per send, kept forever: history is never deleted. Removing a destination is refused
             // while it has unfinished jobs (the trigger below); its finished jobs stay, with
             // destination_id set to NULL and destination_name telling whose they were. Times are ISO 8601
             // UTC text with milliseconds, so text order is time order.
             QStringLiteral(
                 "CREATE TABLE jobs ("
                 " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                 " destination_id TEXT REFERENCES destinations (id) ON DELETE SET NULL,"
                 " destination_name TEXT NOT NULL,"
                 " lead TEXT NOT NULL,"
                 " to_number TEXT NOT NULL,"
                 " body TEXT NOT NULL,"
                 " segments INTEGER NOT NULL DEFAULT 0,"
                 " encoding TEXT NOT NULL DEFAULT 'GSM-7',"
                 " state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'accepted', 'delivered', "
                 "'undelivered', 'failed', 'retry_wait', 'dead', 'suppressed', 'canceled', 'unknown')),"
                 " attempts INTEGER NOT NULL DEFAULT 0,"
                 " next_attempt_at TEXT,"
                 " twilio_sid TEXT,"
                 " twilio_status TEXT,"
                 " error_code INTEGER NOT NULL DEFAULT 0,"
                 " error_message TEXT,"
                 " category TEXT,"
                 " test INTEGER NOT NULL DEFAULT 0,"
                 " replay_of INTEGER REFERENCES jobs (id) ON DELETE SET NULL,"
                 " created_at TEXT NOT NULL,"
                 " updated_at TEXT NOT NULL,"
                 " sent_at TEXT,"
                 " final_at TEXT,"
                 " next_poll_at TEXT,"
                 " polls INTEGER NOT NULL DEFAULT 0)"),
             // The jobs view (newest first, by status, destination, date) reads these in order and stops
             // after a page, at any table size; created_at's index ends with the row id, the tie-break.
             QStringLiteral("CREATE INDEX jobs_created ON jobs (created_at)"),
             QStringLiteral("CREATE INDEX jobs_state_created ON jobs (state, created_at)"),
             QStringLiteral(
                 "CREATE INDEX jobs_destination_state ON jobs (destination_id, state, created_at)"),
             QStringLiteral("CREATE INDEX jobs_to_number ON jobs (to_number)"),
             QStringLiteral("CREATE INDEX jobs_twilio_sid ON jobs (twilio_sid) WHERE twilio_sid IS NOT NULL"),
             // The dispatcher's and the poller's: partial, so a million finished jobs cost them nothing.
             QStringLiteral("CREATE INDEX jobs_retry_due ON jobs (state, next_attempt_at) "
                            "WHERE state = 'retry_wait'"),
             QStringLiteral("CREATE INDEX jobs_destination_retry_due ON jobs (destination_id, state, "
                            "next_attempt_at) WHERE state = 'retry_wait'"),
             QStringLiteral(
                 "CREATE INDEX jobs_poll_due ON jobs (state, next_poll_at) WHERE state = 'accepted'"),
             // Jobs per state, kept by triggers: the status bar and the unfiltered count need no scan.
             QStringLiteral("CREATE TABLE job_counts ("
                            " state TEXT PRIMARY KEY NOT NULL,"
                            " n INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"),
             QStringLiteral("INSERT INTO job_counts (state) VALUES ('queued'), ('sending'), ('accepted'), "
                            "('delivered'), ('undelivered'), ('failed'), ('retry_wait'), ('dead'), "
                            "('suppressed'), ('canceled'), ('unknown')"),
             QStringLiteral("CREATE TRIGGER jobs_count_insert AFTER INSERT ON jobs"
                            " BEGIN UPDATE job_counts SET n = n + 1 WHERE state = NEW.state; END"),
             QStringLiteral("CREATE TRIGGER jobs_count_update AFTER UPDATE OF state ON jobs"
                            " WHEN OLD.state <> NEW.state"
                            " BEGIN UPDATE job_counts SET n = n - 1 WHERE state = OLD.state;"
                            " UPDATE job_counts SET n = n + 1 WHERE state = NEW.state; END"),
             QStringLiteral("CREATE TRIGGER jobs_count_delete AFTER DELETE ON jobs"
                            " BEGIN UPDATE job_counts SET n = n - 1 WHERE state = OLD.state; END"),
             // A destination with jobs still in flight cannot go: they would never be sent, polled or
             // reconciled. DestinationStore::remove() turns this into a message saying what to do.
             QStringLiteral("CREATE TRIGGER destinations_keep_unfinished_jobs BEFORE DELETE ON destinations"
                            " WHEN EXISTS (SELECT 1 FROM jobs WHERE destination_id = OLD.id AND state IN"
                            " ('queued', 'sending', 'accepted', 'retry_wait', 'unknown'))"
                            " BEGIN SELECT RAISE(ABORT, 'destination has unfinished jobs'); END"),
             // One row per HTTP try to create the message.
             QStringLiteral("CREATE TABLE attempts ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,"
                            " at TEXT NOT NULL,"
                            " duration_ms INTEGER NOT NULL DEFAULT 0,"
                            " http_status INTEGER NOT NULL DEFAULT 0,"
                            " twilio_code INTEGER NOT NULL DEFAULT 0,"
                            " outcome TEXT NOT NULL,"
                            " message TEXT)"),
             QStringLiteral("CREATE INDEX attempts_job ON attempts (job_id)"),
             // Repeats fold into the open (unacknowledged) alert with the same destination and code.
             QStringLiteral("CREATE TABLE alerts ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'error')),"
                            " destination_id TEXT,"
                            " job_id INTEGER REFERENCES jobs (id) ON DELETE SET NULL,"
                            " code TEXT NOT NULL,"
                            " message TEXT NOT NULL,"
                            " first_seen TEXT NOT NULL,"
                            " last_seen TEXT NOT NULL,"
                            " count INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1),"
                            " acknowledged INTEGER NOT NULL DEFAULT 0,"
                            " acknowledged_at TEXT)"),
             QStringLiteral(
                 "CREATE INDEX alerts_open ON alerts (code, destination_id) WHERE acknowledged = 0"),
             QStringLiteral("CREATE TABLE suppressions ("
                            " number TEXT PRIMARY KEY NOT NULL CHECK (number LIKE '+%'),"
                            " reason TEXT NOT NULL DEFAULT '',"
                            " source TEXT NOT NULL CHECK (source <> ''),"
                            " at TEXT NOT NULL) WITHOUT ROWID"),
         }},
        {3,
         QStringLiteral("jobs per hour, destination and state, for the Jobs chart"),
         {
             // Kept by triggers like job_counts, so the chart of the last 30 days reads a few thousand rows
             // instead of scanning a million jobs. The key is the UTC hour a job was created
             // ("2024-05-01T12", the first 13 characters of created_at): the reader sums hours into the
             // user's local days. destination_id is '' once the destination was removed ('' is never a real
             // id; NULL would make every such job a row of its own, since NULLs are distinct in a key).
             QStringLiteral("CREATE TABLE job_hourly ("
                            " hour TEXT NOT NULL,"
                            " destination_id TEXT NOT NULL,"
                            " state TEXT NOT NULL,"
                            " n INTEGER NOT NULL DEFAULT 0,"
                            " PRIMARY KEY (hour, destination_id, state)) WITHOUT ROWID"),
             QStringLiteral("INSERT INTO job_hourly (hour, destination_id, state, n)"
                            " SELECT substr(created_at, 1, 13), coalesce(destination_id, ''), state, count(*)"
                            " FROM jobs GROUP BY 1, 2, 3"),
             QStringLiteral(
                 "CREATE TRIGGER jobs_hourly_insert AFTER INSERT ON jobs"
                 " BEGIN INSERT INTO job_hourly (hour, destination_id, state, n)"
                 " VALUES (substr(NEW.created_at, 1, 13), coalesce(NEW.destination_id, ''), NEW.state, 1)"
                 " ON CONFLICT (hour, destination_id, state) DO UPDATE SET n = n + 1; END"),
             // Removing a destination sets destination_id to NULL through the foreign key: an update too.
             QStringLiteral(
                 "CREATE TRIGGER jobs_hourly_update AFTER UPDATE OF state, destination_id, created_at ON jobs"
                 " WHEN OLD.state IS NOT NEW.state OR OLD.destination_id IS NOT NEW.destination_id"
                 " OR OLD.created_at IS NOT NEW.created_at"
                 " BEGIN UPDATE job_hourly SET n = n - 1 WHERE hour = substr(OLD.created_at, 1, 13)"
                 " AND destination_id = coalesce(OLD.destination_id, '') AND state = OLD.state;"
                 " INSERT INTO job_hourly (hour, destination_id, state, n)"
                 " VALUES (substr(NEW.created_at, 1, 13), coalesce(NEW.destination_id, ''), NEW.state, 1)"
                 " ON CONFLICT (hour, destination_id, state) DO UPDATE SET n = n + 1; END"),
             QStringLiteral(
                 "CREATE TRIGGER jobs_hourly_delete AFTER DELETE ON jobs"
                 " BEGIN UPDATE job_hourly SET n = n - 1 WHERE hour = substr(OLD.created_at, 1, 13)"
                 " AND destination_id = coalesce(OLD.destination_id, '') AND state = OLD.state; END"),
         }},
        {4,
         QStringLiteral("word index over message bodies, for the Jobs search"),
         {
             // SQLite's FTS5 with its default word tokenizer (case and accents folded: "anais" finds
             // "Anaïs"), external content (the text stays only in jobs), detail=column (no positions: word
             // and prefix queries only, about a tenth of the database). Measured on 1,000,000 seeded jobs:
             // +85 MB, built in 8 s; a search that matches nothing answers in milliseconds instead of
             // scanning every body (0.8 s). A trigram index would also find parts of words but doubles the
             // database (+820 MB) and takes a minute to build.
             QStringLiteral("CREATE VIRTUAL TABLE jobs_words USING fts5(body, content='jobs', "
                            "content_rowid='id', detail='column')"),
             QStringLiteral("INSERT INTO jobs_words (jobs_words) VALUES ('rebuild')"),
             QStringLiteral("CREATE TRIGGER jobs_words_insert AFTER INSERT ON jobs"
                            " BEGIN INSERT INTO jobs_words (rowid, body) VALUES (NEW.id, NEW.body); END"),
             QStringLiteral("CREATE TRIGGER jobs_words_delete AFTER DELETE ON jobs"
                            " BEGIN INSERT INTO jobs_words (jobs_words, rowid, body)"
                            " VALUES ('delete', OLD.id, OLD.body); END"),
             // The body is written once, as sent; should that ever change, the index follows.
             QStringLiteral("CREATE TRIGGER jobs_words_update AFTER UPDATE OF body ON jobs"
                            " BEGIN INSERT INTO jobs_words (jobs_words, rowid, body)"
                            " VALUES ('delete', OLD.id, OLD.body);"
                            " INSERT INTO jobs_words (rowid, body) VALUES (NEW.id, NEW.body); END"),
         }},
    };
    return list;
}

} // namespace LeadRails
