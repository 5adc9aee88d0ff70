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
    };
    return list;
}

} // namespace LeadRails
