#pragma once

#include <QString>

namespace LeadRails {

// Identity shared by the GUI, the CLI and the keychain entries. Changing any of these moves where a user's
// data and secrets are found, so they are fixed here once.
namespace AppInfo {
inline QString organizationName()
{
    return QStringLiteral("LeadRails");
}
inline QString applicationName()
{
    return QStringLiteral("leadrails");
}
inline QString displayName()
{
    return QStringLiteral("LeadRails Desktop");
}
inline QString version()
{
    return QStringLiteral(LEADRAILS_VERSION);
}
// The service name every keychain entry is stored under.
inline QString keychainService()
{
    return QStringLiteral("LeadRails Desktop");
}
// Sent to Twilio as User-Agent.
inline QString userAgent()
{
    return QStringLiteral("LeadRails-Desktop/") + version();
}

// Sets the QCoreApplication metadata (safe before an application object exists).
void applyToApplication();
} // namespace AppInfo

} // namespace LeadRails
