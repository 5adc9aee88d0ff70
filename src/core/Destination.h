#pragma once

#include "MessagePreview.h"

#include <QDateTime>
#include <QLatin1String>
#include <QString>

#include <optional>

namespace LeadRails {

// Field ids shared by validation errors, audit details, the CLI's --json and the GUI's inline messages.
// They are the database's column names.
namespace DestinationField {
inline constexpr QLatin1String Name{"name"};
inline constexpr QLatin1String AccountSid{"account_sid"};
inline constexpr QLatin1String AuthMode{"auth_mode"};
inline constexpr QLatin1String ApiKeySid{"api_key_sid"};
inline constexpr QLatin1String Secret{"secret"};
inline constexpr QLatin1String FromNumber{"from_number"};
inline constexpr QLatin1String MessagingServiceSid{"messaging_service_sid"};
inline constexpr QLatin1String RecipientTemplate{"recipient_template"};
inline constexpr QLatin1String BodyTemplate{"body_template"};
inline constexpr QLatin1String Region{"region"};
inline constexpr QLatin1String Marketing{"marketing"};
inline constexpr QLatin1String RatePerSecond{"rate_per_second"};
inline constexpr QLatin1String Enabled{"enabled"};
} // namespace DestinationField

// One Twilio account and sender that leads are routed to. Everything but the secret is stored in the
// database; the secret (Auth Token or API key secret) lives only in the OS keychain under keychainKey().
struct Destination
{
    enum class AuthMode {
        AuthToken, // HTTP Basic with the Account SID and the Auth Token
        ApiKey     // HTTP Basic with an API Key SID (SK...) and its secret; the account is still in the URL
    };

    QString id; // a UUID, fixed at creation: renaming keeps the keychain entry
    QString name;
    QString accountSid;
    AuthMode authMode = AuthMode::AuthToken;
    QString apiKeySid;
    QString fromNumber;          // E.164; may be empty when a Messaging Service is set
    QString messagingServiceSid; // MG...; overrides fromNumber when both are set
    QString recipientTemplate = QStringLiteral("{{phone}}");
    QString bodyTemplate;
    QString region = QStringLiteral("US"); // for lead numbers written without a country code
    bool marketing = true;
    double ratePerSecond = 1.0;
    bool enabled = true;
    bool paused = false; // set by the dispatcher (e.g. authentication failed) or the user
    QString pausedReason;
    QString secretHint; // the secret's last four characters at most, for maskedSecret()
    QDateTime createdAt;
    QDateTime updatedAt;

    // Transient: only carries a new secret into DestinationStore::create(), or one read back by
    // DestinationStore::readSecret(). Never stored in the database, settings or logs.
    QString secret;

    MessageSettings messageSettings() const;
    // The HTTP Basic user name: the Account SID, or the API Key SID in API key mode.
    QString username() const;
    // "destination/<id>"
    QString keychainKey() const;
    // "••••abcd", or empty when no secret is stored.
    QString maskedSecret() const;

    // "auth_token" / "api_key", as stored and shown by the CLI.
    static QString authModeId(AuthMode mode);
    static std::optional<AuthMode> authModeFromId(const QString &id);
};

} // namespace LeadRails
