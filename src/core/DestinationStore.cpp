#include "DestinationStore.h"

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

#include "Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace LeadRails {

namespace {

const QString kSubjectType = QStringLiteral("destination");

const QString kSelect = QStringLiteral(
    "SELECT id, name, account_sid, auth_mode, api_key_sid, from_number, messaging_service_sid, "
    "recipient_template, body_template, region, marketing, rate_per_second, enabled, paused, paused_reason, "
    "secret_hint, created_at, updated_at FROM destinations");

// Optional text is NULL in the database rather than '', so queries can say IS NULL.
QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

Destination fromRow(const QSqlQuery &query)
{
    Destination d;
    d.id = query.value(0).toString();
    d.name = query.value(1).toString();
    d.accountSid = query.value(2).toString();
    d.authMode =
        Destination::authModeFromId(query.value(3).toString()).value_or(Destination::AuthMode::AuthToken);
    d.apiKeySid = query.value(4).toString();
    d.fromNumber = query.value(5).toString();
    d.messagingServiceSid = query.value(6).toString();
    d.recipientTemplate = query.value(7).toString();
    d.bodyTemplate = query.value(8).toString();
    d.region = query.value(9).toString();
    d.marketing = query.value(10).toBool();
    d.ratePerSecond = query.value(11).toDouble();
    d.enabled = query.value(12).toBool();
    d.paused = query.value(13).toBool();
    d.pausedReason = query.value(14).toString();
    d.secretHint = query.value(15).toString();
    d.createdAt = Database::fromText(query.value(16).toString());
    d.updatedAt = Database::fromText(query.value(17).toString());
    return d;
}

// The fields a user edits, as the audit log shows them. Never the secret, nor its hint.
QJsonObject auditedFields(const Destination &d)
{
    return QJsonObject{
        {DestinationField::Name, d.name},
        {DestinationField::AccountSid, d.accountSid},
        {DestinationField::AuthMode, Destination::authModeId(d.authMode)},
        {DestinationField::ApiKeySid, d.apiKeySid},
        {DestinationField::FromNumber, d.fromNumber},
        {DestinationField::MessagingServiceSid, d.messagingServiceSid},
        {DestinationField::RecipientTemplate, d.recipientTemplate},
        {DestinationField::BodyTemplate, d.bodyTemplate},
        {DestinationField::Region, d.region},
        {DestinationField::Marketing, d.marketing},
        {DestinationField::RatePerSecond, d.ratePerSecond},
        {DestinationField::Enabled, d.enabled},
    };
}

// {"name": {"old": "A", "new": "B"}, ...} for the fields that differ.
QJsonObject changes(const Destination &before, const Destination &after)
{
    const QJsonObject old = auditedFields(before);
    const QJsonObject now = auditedFields(after);
    QJsonObject changed;
    for (auto it = now.begin(); it != now.end(); ++it) {
        if (old.value(it.key()) != it.value())
            changed.insert(it.key(), QJsonObject{{QStringLiteral("old"), old.value(it.key())},
                                                 {QStringLiteral("new"), it.value()}});
    }
    return changed;
}

// Enough to tell two secrets apart on screen. A short secret keeps no hint: four characters of eight
// would give away half of it.
QString hintFor(const QString &secret)
{
    return secret.size() >= 16 ? secret.right(4) : QString();
}

} // namespace

DestinationStore::DestinationStore(Database &database, SecretStore &secrets, QString osUser, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_secrets(secrets)
    , m_osUser(osUser.isEmpty() ? QStringLiteral("unknown") : std::move(osUser))
{}

QString DestinationStore::currentOsUser()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString user = qEnvironmentVariable(variable);
        if (!user.isEmpty())
            return user;
    }
#ifdef Q_OS_UNIX
    // Started from a desktop launcher or a service, the environment may not say: ask the system.
    if (const passwd *entry = getpwuid(getuid()))
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return {};
}

QList<Destination> DestinationStore::list(QString *error) const
{
    QList<Destination> destinations;
    QSqlQuery query(m_database.connection());
    if (!query.exec(kSelect + QStringLiteral(" ORDER BY name, id"))) {
        if (error)
            *error = Database::describe(query.lastError());
        return destinations;
    }
    while (query.next())
        destinations.append(fromRow(query));
    return destinations;
}

std::optional<Destination> DestinationStore::find(const QString &id, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(kSelect + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        if (error)
            *error = Database::describe(query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

std::optional<Destination> DestinationStore::findByName(const QString &name, QString *error) const
{
    QSqlQuery query(m_database.connection());
    // lower() on both sides rather than the column's collation, so the query means the same on PostgreSQL.
    query.prepare(kSelect + QStringLiteral(" WHERE lower(name) = lower(?)"));
    query.addBindValue(name.trimmed());
    if (!query.exec()) {
        if (error)
            *error = Database::describe(query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

void DestinationStore::post(Callback done, Result result)
{
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result = std::move(result)] { done(result); }, Qt::QueuedConnection);
}

DestinationStore::Result DestinationStore::failure(const QString &message) const
{
    Result result;
    result.message = message;
    return result;
}

DestinationStore::Result DestinationStore::writeFailure(const QSqlError &error, const QString &name) const
{
    Result result = failure(Database::describe(error));
    if (Database::classify(error) == Database::ErrorKind::UniqueViolation) {
        result.errors.append(
            {DestinationField::Name,
             tr("A destination named \"%1\" already exists. Choose another name.").arg(name)});
        result.message = result.errors.constFirst().message;
    }
    return result;
}

std::optional<Destination> DestinationStore::findOrFail(const QString &id, Callback &done)
{
    QString error;
    auto existing = find(id, &error);
    if (!existing)
        post(std::move(done),
             failure(error.isEmpty() ? tr("This destination no longer exists (it may have been "
                                          "removed in another window).")
                                     : error));
    return existing;
}

std::optional<FieldError> DestinationStore::nameTaken(const Destination &destination) const
{
    const auto other = findByName(destination.name);
    if (!other || other->id == destination.id)
        return std::nullopt;
    return FieldError{DestinationField::Name,
                      tr("A destination named \"%1\" already exists. Choose another name.").arg(other->name)};
}

void DestinationStore::create(const Destination &input, Callback done)
{
    Destination d = DestinationValidator::normalized(input);
    d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.paused = false;
    d.pausedReason.clear();
    Result invalid;
    invalid.errors = DestinationValidator::validate(d, true);
    if (const auto taken = nameTaken(d))
        invalid.errors.prepend(*taken);
    if (!invalid.errors.isEmpty()) {
        invalid.message = invalid.errors.constFirst().message;
        post(std::move(done), invalid);
        return;
    }
    d.secretHint = hintFor(d.secret);
    const QString secret = d.secret;
    d.secret.clear();
    writeSecretThenCommit(
        d.keychainKey(), secret, false, [this, d] { return insertRow(d); }, std::move(done));
}

void DestinationStore::update(const Destination &input, Callback done)
{
    const auto before = findOrFail(input.id, done);
    if (!before)
        return;
    Destination d = DestinationValidator::normalized(input);
    // Not edited through this call: the pause has setPaused(), the times and the hint follow the changes.
    d.paused = before->paused;
    d.pausedReason = before->pausedReason;
    d.createdAt = before->createdAt;
    d.secretHint = before->secretHint;
    Result invalid;
    invalid.errors = DestinationValidator::validate(d, false);
    if (const auto taken = nameTaken(d))
        invalid.errors.prepend(*taken);
    if (!invalid.errors.isEmpty()) {
        invalid.message = invalid.errors.constFirst().message;
        post(std::move(done), invalid);
        return;
    }
    const QString secret = d.secret;
    d.secret.clear();
    if (secret.isEmpty()) {
        post(std::move(done), updateRow(*before, d, false));
        return;
    }
    d.secretHint = hintFor(secret);
    writeSecretThenCommit(
        d.keychainKey(), secret, true, [this, before = *before, d] { return updateRow(before, d, true); },
        std::move(done));
}

void DestinationStore::replaceSecret(const QString &id, const QString &secret, Callback done)
{
    const auto before = findOrFail(id, done);
    if (!before)
        return;
    Destination d = *before;
    d.secret = secret;
    d = DestinationValidator::normalized(d);
    Result invalid;
    // The other fields were checked when they were saved; only the secret is new.
    for (const FieldError &error : DestinationValidator::validate(d, true)) {
        if (error.field == DestinationField::Secret)
            invalid.errors.append(error);
    }
    if (!invalid.errors.isEmpty()) {
        invalid.message = invalid.errors.constFirst().message;
        post(std::move(done), invalid);
        return;
    }
    const QString newSecret = d.secret;
    d.secret.clear();
    d.secretHint = hintFor(newSecret);
    writeSecretThenCommit(
        d.keychainKey(), newSecret, true, [this, before = *before, d] { return updateRow(before, d, true); },
        std::move(done));
}

void DestinationStore::writeSecretThenCommit(const QString &key, const QString &secret, bool restorePrevious,
                                             RowWrite commitRow, Callback done)
{
    if (!restorePrevious) {
        writeSecret(key, secret, std::nullopt, std::move(commitRow), std::move(done));
        return;
    }
    // Kept in memory only, to be put back if the row cannot be saved.
    m_secrets.read(key, this, [this, key, secret, commitRow, done](const SecretStore::Result &read) {
        if (read.ok() || read.error == SecretStore::Error::NotFound) {
            writeSecret(key, secret, read.ok() ? std::optional<QString>(read.secret) : std::nullopt,
                        commitRow, done);
            return;
        }
        Result result = failure(read.message);
        result.secretError = read.error;
        done(result);
    });
}

void DestinationStore::writeSecret(const QString &key, const QString &secret,
                                   const std::optional<QString> &previous, RowWrite commitRow, Callback done)
{
    m_secrets.write(key, secret, this,
                    [this, key, previous, commitRow, done](const SecretStore::Result &written) {
                        if (!written.ok()) {
                            Result result = failure(written.message);
                            result.secretError = written.error;
                            done(result);
                            return;
                        }
                        const Result result = commitRow();
                        if (result.ok) {
                            done(result);
                            return;
                        }
                        // The row was not saved: put the keychain back as it was, then report the database's
                        // reason.
                        auto report = [done, result](const SecretStore::Result &) { done(result); };
                        if (previous)
                            m_secrets.write(key, *previous, this, report);
                        else
                            m_secrets.remove(key, this, report);
                    });
}

DestinationStore::Result DestinationStore::insertRow(const Destination &input)
{
    Destination d = input;
    d.createdAt = d.updatedAt = QDateTime::currentDateTimeUtc();
    QString error;
    if (!m_database.transaction(&error))
        return failure(error);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO destinations (id, name, account_sid, auth_mode, api_key_sid, from_number, "
        "messaging_service_sid, recipient_template, body_template, region, marketing, rate_per_second, "
        "enabled, "
        "paused, paused_reason, secret_hint, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(d.id), QVariant(d.name), QVariant(d.accountSid),
          QVariant(Destination::authModeId(d.authMode)), nullable(d.apiKeySid), nullable(d.fromNumber),
          nullable(d.messagingServiceSid), QVariant(d.recipientTemplate), QVariant(d.bodyTemplate),
          QVariant(d.region), QVariant(int(d.marketing)), QVariant(d.ratePerSecond), QVariant(int(d.enabled)),
          QVariant(int(d.paused)), nullable(d.pausedReason), nullable(d.secretHint),
          QVariant(Database::toText(d.createdAt)), QVariant(Database::toText(d.updatedAt))})
        query.addBindValue(value);
    if (!query.exec()) {
        const QSqlError sqlError = query.lastError();
        m_database.rollback();
        // Another program may have taken the name since it was checked.
        return writeFailure(sqlError, d.name);
    }
    Database::AuditEntry entry;
    entry.at = d.createdAt;
    entry.osUser = m_osUser;
    entry.action = QStringLiteral("destination.create");
    entry.subjectType = kSubjectType;
    entry.subjectId = d.id;
    entry.subjectName = d.name;
    entry.details = QJsonObject{{QStringLiteral("fields"), auditedFields(d)},
                                {QStringLiteral("secret"), QStringLiteral("stored")}};
    if (!m_database.appendAudit(entry, &error) || !m_database.commit(&error)) {
        m_database.rollback();
        return failure(error);
    }
    Q_EMIT changed();
    Result result;
    result.ok = true;
    result.destination = d;
    return result;
}

DestinationStore::Result DestinationStore::updateRow(const Destination &before, const Destination &after,
                                                     bool secretReplaced)
{
    const QJsonObject diff = changes(before, after);
    if (diff.isEmpty() && !secretReplaced) {
        Result result;
        result.ok = true;
        result.destination = before;
        return result;
    }
    Destination d = after;
    d.updatedAt = QDateTime::currentDateTimeUtc();
    QString error;
    if (!m_database.transaction(&error))
        return failure(error);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE destinations SET name = ?, account_sid = ?, auth_mode = ?, api_key_sid = ?, from_number = ?, "
        "messaging_service_sid = ?, recipient_template = ?, body_template = ?, region = ?, marketing = ?, "
        "rate_per_second = ?, enabled = ?, secret_hint = ?, updated_at = ? WHERE id = ?"));
    for (const QVariant &value :
         {QVariant(d.name), QVariant(d.accountSid), QVariant(Destination::authModeId(d.authMode)),
          nullable(d.apiKeySid), nullable(d.fromNumber), nullable(d.messagingServiceSid),
          QVariant(d.recipientTemplate), QVariant(d.bodyTemplate), QVariant(d.region),
          QVariant(int(d.marketing)), QVariant(d.ratePerSecond), QVariant(int(d.enabled)),
          nullable(d.secretHint), QVariant(Database::toText(d.updatedAt)), QVariant(d.id)})
        query.addBindValue(value);
    if (!query.exec() || query.numRowsAffected() != 1) {
        const QSqlError sqlError = query.lastError();
        const bool gone = sqlError.type() == QSqlError::NoError;
        m_database.rollback();
        if (gone)
            return failure(
                tr("This destination no longer exists (it may have been removed in another window)."));
        return writeFailure(sqlError, d.name);
    }
    Database::AuditEntry entry;
    entry.at = d.updatedAt;
    entry.osUser = m_osUser;
    entry.subjectType = kSubjectType;
    entry.subjectId = d.id;
    entry.subjectName = d.name;
    if (!diff.isEmpty()) {
        entry.action = QStringLiteral("destination.update");
        entry.details.insert(QStringLiteral("changed"), diff);
    } else {
        entry.action = QStringLiteral("destination.secret_replace");
    }
    if (secretReplaced)
        entry.details.insert(QStringLiteral("secret"), QStringLiteral("replaced"));
    if (!m_database.appendAudit(entry, &error) || !m_database.commit(&error)) {
        m_database.rollback();
        return failure(error);
    }
    Q_EMIT changed();
    Result result;
    result.ok = true;
    result.destination = d;
    return result;
}

void DestinationStore::remove(const QString &id, Callback done)
{
    const auto existing = findOrFail(id, done);
    if (!existing)
        return;
    QString error;
    const auto fail = [&] {
        m_database.rollback();
        post(std::move(done), failure(error));
    };
    if (!m_database.transaction(&error)) {
        post(std::move(done), failure(error));
        return;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM destinations WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        const QSqlError sqlError = query.lastError();
        // The schema refuses while jobs are in flight (migration 2): they could never be sent or tracked.
        error =
            sqlError.databaseText().contains(QLatin1String("unfinished jobs"))
                ? tr("\"%1\" still has jobs that are queued, being sent or awaiting their delivery status. "
                     "Cancel the queued ones in the jobs list, or wait until they finish, then remove it. "
                     "Its finished jobs are kept either way.")
                      .arg(existing->name)
                : Database::describe(sqlError);
        return fail();
    }
    Database::AuditEntry entry;
    entry.osUser = m_osUser;
    entry.action = QStringLiteral("destination.remove");
    entry.subjectType = kSubjectType;
    entry.subjectId = existing->id;
    entry.subjectName = existing->name;
    entry.details = QJsonObject{{QStringLiteral("fields"), auditedFields(*existing)}};
    if (!m_database.appendAudit(entry, &error) || !m_database.commit(&error))
        return fail();
    Q_EMIT changed();

    m_secrets.remove(
        existing->keychainKey(), this, [existing = *existing, done](const SecretStore::Result &removed) {
            Result result;
            result.ok = true;
            result.destination = existing;
            if (!removed.ok() && removed.error != SecretStore::Error::NotFound) {
                result.secretError = removed.error;
                result.message =
                    tr("The destination was removed, but its secret could not be deleted from the "
                       "keychain: %1 You can delete the entry \"%2\" yourself.")
                        .arg(removed.message, existing.keychainKey());
            }
            done(result);
        });
}

void DestinationStore::readSecret(const QString &id, Callback done)
{
    const auto existing = findOrFail(id, done);
    if (!existing)
        return;
    m_secrets.read(existing->keychainKey(), this,
                   [existing = *existing, done](const SecretStore::Result &read) {
                       Result result;
                       result.destination = existing;
                       result.ok = read.ok();
                       result.secretError = read.error;
                       result.message = read.message;
                       result.destination.secret = read.secret;
                       done(result);
                   });
}

DestinationStore::Result DestinationStore::setPaused(const QString &id, bool paused, const QString &reason)
{
    QString error;
    const auto existing = find(id, &error);
    if (!existing)
        return failure(error.isEmpty() ? tr("This destination no longer exists (it may have been removed in "
                                            "another window).")
                                       : error);
    const QString newReason = paused ? reason : QString();
    Result result;
    result.ok = true;
    result.destination = *existing;
    if (existing->paused == paused && existing->pausedReason == newReason)
        return result;
    result.destination.paused = paused;
    result.destination.pausedReason = newReason;
    result.destination.updatedAt = QDateTime::currentDateTimeUtc();

    if (!m_database.transaction(&error))
        return failure(error);
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE destinations SET paused = ?, paused_reason = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(int(paused));
    query.addBindValue(nullable(newReason));
    query.addBindValue(Database::toText(result.destination.updatedAt));
    query.addBindValue(id);
    if (!query.exec()) {
        error = Database::describe(query.lastError());
        m_database.rollback();
        return failure(error);
    }
    Database::AuditEntry entry;
    entry.at = result.destination.updatedAt;
    entry.osUser = m_osUser;
    entry.action = paused ? QStringLiteral("destination.pause") : QStringLiteral("destination.resume");
    entry.subjectType = kSubjectType;
    entry.subjectId = id;
    entry.subjectName = existing->name;
    if (paused && !reason.isEmpty())
        entry.details.insert(QStringLiteral("reason"), reason);
    if (!m_database.appendAudit(entry, &error) || !m_database.commit(&error)) {
        m_database.rollback();
        return failure(error);
    }
    Q_EMIT changed();
    return result;
}

} // namespace LeadRails
