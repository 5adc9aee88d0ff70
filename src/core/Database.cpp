#include "Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLibrary>
#include <QLibraryInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace LeadRails {

namespace {

constexpr int kBusyTimeoutMs = 5000;

// SQLite's result codes (sqlite3.h); Qt's driver reports them as QSqlError::nativeErrorCode().
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteNotADatabase = 26;

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("leadrails-db-%1").arg(++counter);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool exec(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    if (error)
        *error = Database::describe(query.lastError());
    return false;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    // The connection must not be referenced by any QSqlDatabase copy when it is removed.
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestVersion()
{
    const auto &list = migrations();
    return list.isEmpty() ? 0 : list.constLast().version;
}

void Database::preloadDriver()
{
    // The plugin's library (and SQLite's) loaded by path: no QCoreApplication needed yet. Qt's own load of
    // the plugin then finds it loaded; if this one fails, that one reports why.
    QLibrary plugin(QLibraryInfo::path(QLibraryInfo::PluginsPath) + QStringLiteral("/sqldrivers/qsqlite"));
    plugin.load();
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error)
{
    return open(path, error, migrations());
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error,
                                         const QList<Migration> &migrations)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<Database>();
    };

    // Checked before SQLite sees the file: its own errors ("file is not a database", "attempt to write a
    // readonly database") arrive late, from the first statement, and say nothing about what to do.
    const QFileInfo info(absolute);
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir())
        return fail(tr("The folder %1 for the database does not exist.").arg(native(folder)));
    if (info.exists()) {
        if (info.isDir())
            return fail(tr("%1 is a folder, not a database file. Move it aside or choose another data folder "
                           "with --data-dir.")
                            .arg(native(absolute)));
        QFile file(absolute);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("The database %1 cannot be read. Check its permissions.").arg(native(absolute)));
        // An empty file is a valid, empty SQLite database.
        const QByteArray header = file.read(16);
        if (!header.isEmpty() && header != QByteArrayView("SQLite format 3\0", 16))
            return fail(tr("%1 is not a LeadRails database (it is not an SQLite file). Move it aside so "
                           "LeadRails can create a new one, or choose another data folder with --data-dir.")
                            .arg(native(absolute)));
        if (!info.isWritable())
            return fail(tr("The database %1 is read-only. LeadRails needs to write to it: check the file's "
                           "permissions.")
                            .arg(native(absolute)));
    }
    // WAL mode keeps two more files (-wal, -shm) beside the database.
    if (!QFileInfo(folder).isWritable())
        return fail(tr("The folder %1 is read-only. LeadRails needs to write its database there: check the "
                       "folder's permissions or choose another data folder with --data-dir.")
                        .arg(native(folder)));

    std::unique_ptr<Database> database(new Database(absolute, nextConnectionName()));
    database->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    if (!database->m_db.isValid())
        return fail(tr("The SQLite driver for Qt is missing (QSQLITE). Reinstall LeadRails."));
    database->m_db.setDatabaseName(absolute);
    database->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!database->m_db.open())
        return fail(tr("Could not open the database %1: %2")
                        .arg(native(absolute), describe(database->m_db.lastError())));

    QString reason;
    if (!database->configure(migrations.isEmpty() ? 0 : migrations.constLast().version, &reason) ||
        !database->migrate(migrations, &reason))
        return fail(reason);
    return database;
}

bool Database::configure(int latest, QString *error)
{
    QSqlQuery query(m_db);
    // Reading the version first is the first real access to the file, and refusing a newer schema must
    // happen before anything is written to it.
    if (!exec(query, QStringLiteral("PRAGMA user_version"), error))
        return false;
    const int version = query.next() ? query.value(0).toInt() : 0;
    if (version > latest) {
        if (error)
            *error =
                tr("The database %1 was written by a newer version of LeadRails (database version %2; this "
                   "version knows up to %3). Update LeadRails to open it.")
                    .arg(native(m_path))
                    .arg(version)
                    .arg(latest);
        return false;
    }
    // foreign_keys is per connection and off by default; NORMAL is durable enough with WAL (a power cut can
    // lose the last commits, never corrupt the file) and spares an fsync on every commit. The triggers on
    // jobs (counts, chart, word index) make every write a multi-write statement, which SQLite backs with a
    // statement journal: in a temporary file that is about 14 extra writes per row (enqueueing ran 2.3 times
    // slower), in memory a page copy.
    return exec(query, QStringLiteral("PRAGMA foreign_keys = ON"), error) &&
           exec(query, QStringLiteral("PRAGMA journal_mode = WAL"), error) &&
           exec(query, QStringLiteral("PRAGMA synchronous = NORMAL"), error) &&
           exec(query, QStringLiteral("PRAGMA temp_store = MEMORY"), error) &&
           exec(query, QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs), error);
}

bool Database::migrate(const QList<Migration> &migrations, QString *error)
{
    if (migrations.isEmpty() || schemaVersion() >= migrations.constLast().version)
        return true;
    QSqlQuery query(m_db);
    for (const Migration &migration : migrations) {
        // IMMEDIATE takes the write lock at once, so two programs starting together cannot both run a
        // migration: the second waits, then sees the new version and skips it.
        if (!exec(query, QStringLiteral("BEGIN IMMEDIATE"), error))
            return false;
        const int current = schemaVersion();
        if (migration.version <= current) {
            exec(query, QStringLiteral("ROLLBACK"), nullptr);
            continue;
        }
        Q_ASSERT_X(migration.version == current + 1, "Database::migrate",
                   "migration versions must be 1, 2, 3...");
        bool ok = migration.version == current + 1;
        QString reason =
            ok ? QString() : QStringLiteral("version %1 follows %2").arg(migration.version).arg(current);
        for (const QString &statement : migration.statements) {
            if (!ok)
                break;
            ok = exec(query, statement, &reason);
        }
        // user_version cannot be a bound parameter.
        ok = ok && exec(query, QStringLiteral("PRAGMA user_version = %1").arg(migration.version), &reason);
        ok = ok && exec(query, QStringLiteral("COMMIT"), &reason);
        if (!ok) {
            exec(query, QStringLiteral("ROLLBACK"), nullptr);
            if (error)
                *error = tr("Could not upgrade the database %1 to version %2 (%3): %4")
                             .arg(native(m_path))
                             .arg(migration.version)
                             .arg(migration.description, reason);
            return false;
        }
    }
    return true;
}

int Database::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool Database::transaction(QString *error)
{
    // A deferred transaction that reads and then writes can fail at once with SQLITE_BUSY when another
    // connection wrote in between (the busy timeout does not apply); taking the write lock up front waits.
    QSqlQuery query(m_db);
    return exec(query, QStringLiteral("BEGIN IMMEDIATE"), error);
}

bool Database::commit(QString *error)
{
    QSqlQuery query(m_db);
    return exec(query, QStringLiteral("COMMIT"), error);
}

void Database::rollback()
{
    QSqlQuery query(m_db);
    // Fails harmlessly when SQLite already rolled back by itself or there is no transaction.
    query.exec(QStringLiteral("ROLLBACK"));
}

Database::ErrorKind Database::classify(const QSqlError &error)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber) & 0xff; // extended codes keep the primary low
    if (!isNumber)
        return ErrorKind::Other;
    switch (code) {
    case kSqliteConstraint:
        return error.databaseText().contains(QLatin1String("UNIQUE constraint failed"))
                   ? ErrorKind::UniqueViolation
                   : ErrorKind::ConstraintViolation;
    case kSqliteReadOnly:
        return ErrorKind::ReadOnly;
    case kSqliteNotADatabase:
    case kSqliteCorrupt:
        return ErrorKind::NotADatabase;
    case kSqliteBusy:
    case kSqliteLocked:
        return ErrorKind::Busy;
    case kSqliteFull:
        return ErrorKind::DiskFull;
    default:
        return ErrorKind::Other;
    }
}

QString Database::describe(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (classify(error)) {
    case ErrorKind::ReadOnly:
        return tr("The database is read-only. Check the permissions of the data folder and its files.");
    case ErrorKind::NotADatabase:
        return tr("The database file is damaged or is not an SQLite database (%1). Move it aside so "
                  "LeadRails "
                  "can create a new one, or restore it from a backup.")
            .arg(text);
    case ErrorKind::Busy:
        return tr("The database is busy: another LeadRails program is writing to it. Try again in a moment.");
    case ErrorKind::DiskFull:
        return tr("The disk holding the database is full. Free some space and try again.");
    case ErrorKind::UniqueViolation:
    case ErrorKind::ConstraintViolation:
        return tr("The database refused the change: %1").arg(text);
    case ErrorKind::Other:
        break;
    }
    return tr("The database reported an error: %1").arg(text);
}

QString Database::toText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Database::fromText(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

bool Database::appendAudit(const AuditEntry &entry, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO audit_log (at, os_user, action, subject_type, subject_id, "
                                 "subject_name, details) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(toText(entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc()));
    query.addBindValue(entry.osUser);
    query.addBindValue(entry.action);
    query.addBindValue(entry.subjectType);
    query.addBindValue(entry.subjectId);
    query.addBindValue(entry.subjectName);
    query.addBindValue(QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)));
    if (query.exec())
        return true;
    if (error)
        *error = describe(query.lastError());
    return false;
}

QList<Database::AuditEntry> Database::auditEntries(const QString &subjectType, const QString &subjectId,
                                                   QString *error) const
{
    QString sql = QStringLiteral("SELECT id, at, os_user, action, subject_type, subject_id, subject_name, "
                                 "details FROM audit_log");
    if (!subjectType.isEmpty())
        sql += subjectId.isEmpty() ? QStringLiteral(" WHERE subject_type = ?")
                                   : QStringLiteral(" WHERE subject_type = ? AND subject_id = ?");
    sql += QStringLiteral(" ORDER BY id");
    QSqlQuery query(m_db);
    query.prepare(sql);
    if (!subjectType.isEmpty()) {
        query.addBindValue(subjectType);
        if (!subjectId.isEmpty())
            query.addBindValue(subjectId);
    }
    return readAuditEntries(query, error);
}

QList<Database::AuditEntry> Database::auditPage(qint64 newestId, int limit, int offset, QString *error) const
{
    // Entries are only ever appended, so "id <= newest" keeps the rows a view counted where they were.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, at, os_user, action, subject_type, subject_id, subject_name, "
                                 "details FROM audit_log WHERE id <= ? ORDER BY id DESC LIMIT ? OFFSET ?"));
    query.addBindValue(newestId);
    query.addBindValue(limit);
    query.addBindValue(offset);
    return readAuditEntries(query, error);
}

QList<Database::AuditEntry> Database::readAuditEntries(QSqlQuery &query, QString *error)
{
    QList<AuditEntry> entries;
    if (!query.exec()) {
        if (error)
            *error = describe(query.lastError());
        return entries;
    }
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = fromText(query.value(1).toString());
        entry.osUser = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.subjectType = query.value(4).toString();
        entry.subjectId = query.value(5).toString();
        entry.subjectName = query.value(6).toString();
        entry.details = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
        entries.append(entry);
    }
    return entries;
}

} // namespace LeadRails
