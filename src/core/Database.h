#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QSqlError;
class QSqlQuery;

namespace LeadRails {

// The profile's SQLite database through Qt Sql: WAL mode, foreign keys on, a busy timeout,
// synchronous=NORMAL, and the schema brought up to date by forward-only migrations when it opens. Everything
// that is particular to SQLite (pragmas, migrations, error codes) stays in this class and Migrations.cpp so
// that PostgreSQL can follow; the stores above it write plain SQL with bound values.
//
// A Database owns one Qt Sql connection with a name of its own, so several can be open in one process. Like
// every QSqlDatabase it must be used only on the thread that opened it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(LeadRails::Database)

public:
    // One step of the schema. Applied in one transaction together with `PRAGMA user_version = version`.
    struct Migration
    {
        int version = 0;
        QString description;
        QStringList statements;
    };

    // Every migration, oldest first, versions 1, 2, 3... (Migrations.cpp). A new one is appended, never
    // edited.
    static const QList<Migration> &migrations();
    static int latestVersion();

    // Opens (creating when missing) and migrates. On failure returns nothing and sets *error to a message
    // saying what is wrong and what to do: not a database, read-only, written by a newer LeadRails...
    static std::unique_ptr<Database> open(const QString &path, QString *error);
    // Loads the SQLite driver plugin's library (and SQLite's), so that open() finds them loaded. Needs no
    // QCoreApplication: the app calls it on a worker while the GUI thread creates its QApplication.
    static void preloadDriver();
    // The same with another list of migrations: for tests of the migration machinery itself.
    static std::unique_ptr<Database> open(const QString &path, QString *error,
                                          const QList<Migration> &migrations);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    QSqlDatabase connection() const { return m_db; }
    int schemaVersion() const;

    // Transactions, with the reason in *error on failure. rollback() is safe to call after a failed commit.
    bool transaction(QString *error);
    bool commit(QString *error);
    void rollback();

    // What kind of failure an SQL error is, independent of the engine.
    enum class ErrorKind {
        Other,
        UniqueViolation,
        ConstraintViolation,
        ReadOnly,
        NotADatabase,
        Busy,
        DiskFull
    };
    static ErrorKind classify(const QSqlError &error);
    // A message for the user: what happened and what to do.
    static QString describe(const QSqlError &error);

    // Timestamps are stored as ISO 8601 UTC text with milliseconds: "2024-05-01T12:00:00.123Z".
    static QString toText(const QDateTime &time);
    static QDateTime fromText(const QString &text);

    // The append-only audit trail (the database refuses updates and deletes of its rows).
    struct AuditEntry
    {
        qint64 id = 0;
        QDateTime at;
        QString osUser;
        QString action;      // "destination.create", "destination.update"...
        QString subjectType; // "destination"
        QString subjectId;
        QString subjectName;
        QJsonObject details; // which fields changed, old and new values; never a secret
    };
    // Call inside the transaction that makes the change, so the change and its entry land together.
    bool appendAudit(const AuditEntry &entry, QString *error);
    // Oldest first; every subject when subjectType is empty.
    QList<AuditEntry> auditEntries(const QString &subjectType = {}, const QString &subjectId = {},
                                   QString *error = nullptr) const;
    // Newest first, a page of the entries up to newestId (the Audit log view pages through them).
    QList<AuditEntry> auditPage(qint64 newestId, int limit, int offset, QString *error = nullptr) const;

private:
    Database(QString path, QString connectionName);
    // The rows of an audit_log query selecting id, at, os_user, action, subject_type, subject_id,
    // subject_name, details.
    static QList<AuditEntry> readAuditEntries(QSqlQuery &query, QString *error);
    bool configure(int latest, QString *error);
    bool migrate(const QList<Migration> &migrations, QString *error);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace LeadRails
