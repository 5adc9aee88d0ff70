#include "Destination.h"

namespace LeadRails {

MessageSettings Destination::messageSettings() const
{
    MessageSettings settings;
    settings.recipientTemplate = recipientTemplate;
    settings.bodyTemplate = bodyTemplate;
    settings.defaultRegion = region;
    settings.marketing = marketing;
    return settings;
}

QString Destination::username() const
{
    return authMode == AuthMode::ApiKey ? apiKeySid : accountSid;
}

QString Destination::keychainKey() const
{
    return QStringLiteral("destination/") + id;
}

QString Destination::maskedSecret() const
{
    if (secretHint.isEmpty())
        return {};
    return QStringLiteral("\u2022\u2022\u2022\u2022") + secretHint;
}

QString Destination::authModeId(AuthMode mode)
{
    switch (mode) {
    case AuthMode::AuthToken:
        break;
    case AuthMode::ApiKey:
        return QStringLiteral("api_key");
    }
    return QStringLiteral("auth_token");
}

std::optional<Destination::AuthMode> Destination::authModeFromId(const QString &id)
{
    if (id == QLatin1String("auth_token"))
        return AuthMode::AuthToken;
    if (id == QLatin1String("api_key"))
        return AuthMode::ApiKey;
    return std::nullopt;
}

} // namespace LeadRails
