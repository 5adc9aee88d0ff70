#include "TwilioEndpoints.h"

#include "HttpTransport.h"

#include <QCoreApplication>

namespace LeadRails {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LeadRails::TwilioEndpoints)
};

bool applyOverride(const char *variable, QUrl &target, QString *error)
{
    const QString value = qEnvironmentVariable(variable);
    if (value.isEmpty())
        return true;
    const QUrl url(value);
    QString why;
    if (!TwilioEndpoints::isAllowedOverride(url, &why)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QLatin1String(variable), why);
        return false;
    }
    target = url.adjusted(QUrl::StripTrailingSlash);
    return true;
}
} // namespace

bool TwilioEndpoints::isAllowedOverride(const QUrl &url, QString *error)
{
    if (!url.isValid() || url.host().isEmpty()) {
        if (error)
            *error = Text::tr("'%1' is not a URL; use e.g. http://127.0.0.1:4010.").arg(url.toString());
        return false;
    }
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) {
        if (error)
            *error = Text::tr("only http:// or https:// is allowed, not '%1'.").arg(url.scheme());
        return false;
    }
    const QString host = url.host();
    if (!isLoopbackHost(host)) {
        if (error)
            *error = Text::tr("'%1' is not this machine. The override is for tests and demos against a local "
                              "server only (127.0.0.1, ::1 or localhost), so credentials never leave the "
                              "machine.")
                         .arg(host);
        return false;
    }
    return true;
}

std::optional<TwilioEndpoints> TwilioEndpoints::fromEnvironment(QString *error)
{
    TwilioEndpoints endpoints;
    if (!applyOverride("LEADRAILS_TWILIO_API_BASE", endpoints.apiBase, error) ||
        !applyOverride("LEADRAILS_TWILIO_MESSAGING_BASE", endpoints.messagingBase, error))
        return std::nullopt;
    return endpoints;
}

} // namespace LeadRails
