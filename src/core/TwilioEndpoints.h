#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace LeadRails {

// Where the Twilio client sends requests. Always Twilio's own hosts, except that tests and demos may point
// them at a server on this machine through LEADRAILS_TWILIO_API_BASE / LEADRAILS_TWILIO_MESSAGING_BASE.
// Credentials must never travel to another host over plain HTTP, so an override must be loopback.
struct TwilioEndpoints
{
    QUrl apiBase = QUrl(QStringLiteral("https://api.twilio.com"));
    QUrl messagingBase = QUrl(QStringLiteral("https://messaging.twilio.com"));

    // Twilio's hosts, or the overrides from the environment. Returns nothing and sets *error when an
    // override is not allowed.
    static std::optional<TwilioEndpoints> fromEnvironment(QString *error);
    // An override must be http:// or https:// to 127.0.0.0/8, ::1 or localhost.
    static bool isAllowedOverride(const QUrl &url, QString *error);
};

} // namespace LeadRails
