#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace LeadRails {

// Where destination secrets live. The only production implementation is the OS keychain
// (KeychainSecretStore); there is deliberately no plaintext fallback. All operations are asynchronous:
// the callback runs later on the caller's thread, never inside the call.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(LeadRails::SecretStore)

public:
    enum class Error {
        None,
        NoBackend,    // no keychain service is running or installed
        AccessDenied, // the keychain is locked or the user refused access
        NotFound,     // there is no entry under this key
        Other
    };

    struct Result
    {
        Error error = Error::None;
        QString message; // for the user: what went wrong and what to do; never contains the secret
        QString secret;  // read(): the secret; empty otherwise
        bool ok() const { return error == Error::None; }
    };
    using Callback = std::function<void(const Result &)>;

    virtual ~SecretStore() = default;

    // context bounds the callback's lifetime: if it is destroyed first the callback is not called.
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

    // A name for the UI: "GNOME Keyring / Secret Service", "macOS Keychain"...
    virtual QString backendName() const = 0;

    // The user-facing message for an error kind, shared by every implementation.
    static QString messageFor(Error error, const QString &detail = {});
};

} // namespace LeadRails
