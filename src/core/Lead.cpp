#include "Lead.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace LeadRails::Lead {

namespace {
// The translation context of this file's texts; lupdate reads it from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LeadRails::Lead)
};
} // namespace

std::optional<QJsonObject> parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = Text::tr("The lead is not valid JSON: %1 at character %2.")
                         .arg(parseError.errorString())
                         .arg(parseError.offset + 1);
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = Text::tr("The lead must be a JSON object of fields, like {\"name\": \"Ada\", \"phone\": "
                              "\"+14155552671\"}.");
        return std::nullopt;
    }
    return document.object();
}

std::optional<QJsonObject> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("Cannot read the lead file %1: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    QString parseError;
    auto lead = parse(file.readAll(), &parseError);
    if (!lead && error)
        *error = QStringLiteral("%1: %2").arg(path, parseError);
    return lead;
}

QJsonObject sample()
{
    return QJsonObject{
        {QStringLiteral("name"), QStringLiteral("Ada Lovelace")},
        {QStringLiteral("phone"), QStringLiteral("+15555550100")},
        {QStringLiteral("email"), QStringLiteral("ada@example.com")},
        {QStringLiteral("company"), QStringLiteral("Analytical Engines Ltd")},
        {QStringLiteral("source"), QStringLiteral("Spring webinar signup")},
    };
}

} // namespace LeadRails::Lead
