#include "SecretStore.h"

#include <QCoreApplication>

namespace LeadRails {

QString SecretStore::messageFor(Error error, const QString &detail)
{
    QString message;
    switch (error) {
    case Error::None:
        return {};
    case Error::NoBackend:
        message =
            tr("No keychain service is available, so the secret cannot be stored safely. Install and "
               "unlock a Secret Service provider (GNOME Keyring: apt install gnome-keyring, or KWallet) "
               "and try again.");
        break;
    case Error::AccessDenied:
        message =
            tr("Access to the keychain was denied. Unlock your keyring (or allow LeadRails Desktop when "
               "asked) and try again.");
        break;
    case Error::NotFound:
        message =
            tr("The secret is not in the keychain (it may have been deleted outside LeadRails). Enter it "
               "again to continue.");
        break;
    case Error::Other:
        message = tr("The keychain reported an error.");
        break;
    }
    if (!detail.isEmpty())
        message += QLatin1Char(' ') + tr("Details: %1").arg(detail);
    return message;
}

} // namespace LeadRails
