#pragma once

#include "Destination.h"
#include "DestinationValidator.h"
#include "SecretStore.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QSqlError;

namespace LeadRails {

class Database;

// Destinations: their settings in the database, their secrets in the keychain, and an audit entry for every
// change. Writes are asynchronous because the keychain is; they are ordered so that nothing is ever
// half-saved: no row without its secret, and no secret left behind for a row that was not saved.
//
// The database and the secret store must outlive this object. Callbacks run later on this object's thread,
// never inside the call, and not at all if the store is destroyed first.
class DestinationStore : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        QString message;          // translated; on success may still carry a note (see remove())
        QList<FieldError> errors; // validation problems, one per field
        // As saved, without its secret; readSecret() alone fills destination.secret.
        Destination destination;
        SecretStore::Error secretError = SecretStore::Error::None; // which keychain failure, if one
    };
    using Callback = std::function<void(const Result &)>;

    DestinationStore(Database &database, SecretStore &secrets, QString osUser, QObject *parent = nullptr);

    // The OS user recorded in the audit log: USER, or USERNAME on Windows.
    static QString currentOsUser();
    SecretStore &secretStore() const { return m_secrets; }

    // Sorted by name. On a database error: empty, with the reason in *error.
    QList<Destination> list(QString *error = nullptr) const;
    std::optional<Destination> find(const QString &id, QString *error = nullptr) const;
    // Names are compared case-insensitively, as their uniqueness is.
    std::optional<Destination> findByName(const QString &name, QString *error = nullptr) const;

    // Validates (secret required), stores the secret in the keychain, then inserts the row and its audit
    // entry in one transaction; if that fails the keychain entry is deleted again. A new id is always made.
    void create(const Destination &destination, Callback done);
    // Saves the editable fields of the destination with this id (paused state and times are kept). The
    // keychain entry is keyed by id, so a rename keeps the secret. A non-empty secret replaces the stored
    // one in the same step, restored if the row cannot be saved. Nothing changed: no write, no audit entry.
    void update(const Destination &destination, Callback done);
    // Writes the new secret to the keychain, then records its hint and a "secret replaced" audit entry; if
    // that fails, the previous secret is put back.
    void replaceSecret(const QString &id, const QString &secret, Callback done);
    // Deletes the row and writes the audit entry in one transaction, then deletes the keychain entry. A
    // keychain that no longer has it is fine; a keychain that refuses leaves ok true with a note in message.
    void remove(const QString &id, Callback done);
    // result.destination.secret holds the secret. secretError NotFound: offer to enter it again.
    void readSecret(const QString &id, Callback done);

    // Pauses or resumes sending (the dispatcher's breaker, or the user). Synchronous: no keychain involved.
    Result setPaused(const QString &id, bool paused, const QString &reason = {});

Q_SIGNALS:
    // Any destination was created, edited, paused, resumed or removed.
    void changed();

private:
    using RowWrite = std::function<Result()>;
    void post(Callback done, Result result);
    void writeSecretThenCommit(const QString &key, const QString &secret, bool restorePrevious,
                               RowWrite commitRow, Callback done);
    void writeSecret(const QString &key, const QString &secret, const std::optional<QString> &previous,
                     RowWrite commitRow, Callback done);
    std::optional<Destination> findOrFail(const QString &id, Callback &done);
    std::optional<FieldError> nameTaken(const Destination &destination) const;
    Result insertRow(const Destination &destination);
    Result updateRow(const Destination &before, const Destination &after, bool secretReplaced);
    Result failure(const QString &message) const;
    // A failed insert or update: a name taken meanwhile is reported on the name field.
    Result writeFailure(const QSqlError &error, const QString &name) const;

    Database &m_database;
    SecretStore &m_secrets;
    QString m_osUser;
};

} // namespace LeadRails
