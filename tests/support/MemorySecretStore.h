#pragma once

#include "SecretStore.h"

#include <QHash>

namespace LeadRails::Testing {

// The test double for the OS keychain: asynchronous like the real one (callbacks run from the event loop),
// with a switch to simulate each failure mode.
class MemorySecretStore final : public SecretStore
{
public:
    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    QString backendName() const override { return QStringLiteral("memory (tests)"); }

    // Every following operation fails with this error (None: back to normal).
    void failWith(Error error) { m_failWith = error; }
    const QHash<QString, QString> &entries() const { return m_entries; }
    // Stores a secret at once (to give a second store, e.g. the dispatcher thread's, the same keychain).
    void preset(const QString &key, const QString &secret) { m_entries.insert(key, secret); }

private:
    void finish(QObject *context, Callback done, Result result);
    QHash<QString, QString> m_entries;
    Error m_failWith = Error::None;
};

} // namespace LeadRails::Testing
