#include "Redaction.h"

#include <QRegularExpression>

namespace LeadRails::Redaction {

namespace {
const QString kMask = QStringLiteral("[redacted]");
}

QString redact(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        // Very short "secrets" would mask ordinary words; real tokens and key secrets are 32 characters.
        if (secret.size() >= 8)
            text.replace(secret, kMask);
    }
    static const QRegularExpression basic(QStringLiteral("(Basic\\s+)[A-Za-z0-9+/=]{8,}"),
                                          QRegularExpression::CaseInsensitiveOption);
    text.replace(basic, QStringLiteral("\\1") + kMask);
    // user:password@ in URLs
    static const QRegularExpression userInfo(QStringLiteral("(https?://[^/\\s:@]+):[^@\\s/]+@"));
    text.replace(userInfo, QStringLiteral("\\1:") + kMask + QLatin1Char('@'));
    return text;
}

QString mask(const QString &secret)
{
    if (secret.size() <= 4)
        return QStringLiteral("••••");
    return QStringLiteral("••••") + secret.right(4);
}

} // namespace LeadRails::Redaction
