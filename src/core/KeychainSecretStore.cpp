#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QPointer>

namespace LeadRails {

namespace {

SecretStore::Error classify(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Error::None;
    case QKeychain::EntryNotFound:
        return SecretStore::Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Error::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // QtKeychain 0.13 reports a missing Secret Service on D-Bus as OtherError; its text names the service
    // that could not be reached.
    if (detail.contains(QLatin1String("org.freedesktop.secrets")) ||
        detail.contains(QLatin1String("ServiceUnknown")) ||
        detail.contains(QLatin1String("No such interface")) ||
        detail.contains(QLatin1String("not provided by any .service files")))
        return SecretStore::Error::NoBackend;
    if (detail.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
        detail.contains(QLatin1String("dismissed"), Qt::CaseInsensitive))
        return SecretStore::Error::AccessDenied;
    return SecretStore::Error::Other;
}

// Runs a QtKeychain job and reports through the callback while context is alive.
void run(QKeychain::Job *job, QObject *context, SecretStore::Callback done,
         std::function<QString(QKeychain::Job *)> secretOf = {})
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    QObject::connect(
        job, &QKeychain::Job::finished, context,
        [guard, done = std::move(done), secretOf = std::move(secretOf)](QKeychain::Job *finished) {
            if (!guard)
                return;
            SecretStore::Result result;
            const QString detail = finished->errorString();
            result.error = classify(finished->error(), detail);
            if (result.ok()) {
                if (secretOf)
                    result.secret = secretOf(finished);
            } else {
                // The not-found and no-backend texts already say all that helps; QtKeychain's
                // own text only adds noise there. It never contains the secret.
                const bool detailHelps = result.error == SecretStore::Error::Other ||
                                         result.error == SecretStore::Error::AccessDenied;
                result.message = SecretStore::messageFor(result.error, detailHelps ? detail : QString());
            }
            done(result);
        });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done), [](QKeychain::Job *finished) {
        return static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
    });
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    run(job, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done));
}

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return QCoreApplication::translate("LeadRails::KeychainSecretStore", "macOS Keychain");
#elif defined(Q_OS_WIN)
    return QCoreApplication::translate("LeadRails::KeychainSecretStore", "Windows Credential Manager");
#else
    return QCoreApplication::translate("LeadRails::KeychainSecretStore",
                                       "the Secret Service keyring (GNOME Keyring or KWallet)");
#endif
}

} // namespace LeadRails
