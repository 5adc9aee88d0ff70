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
    };
    return list;
}

} // namespace LeadRails
