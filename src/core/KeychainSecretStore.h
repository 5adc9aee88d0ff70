#pragma once

#include "SecretStore.h"

namespace LeadRails {

// Secrets in the OS keychain through QtKeychain: Secret Service (GNOME Keyring, KWallet) on Linux,
// Keychain on macOS, Credential Manager on Windows. Insecure fallback stays off: without a keychain,
// writes fail with Error::NoBackend instead of landing in a plaintext file.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    QString backendName() const override;

private:
    QString m_service;
};

} // namespace LeadRails
