#pragma once

#include "CommandLine.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace LeadRails::CliOutput {

inline QString program()
{
    return QStringLiteral("leadrails-cli");
}

inline void printJson(const QJsonObject &object)
{
    writeTo(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

// "leadrails-cli: message" on stderr.
inline void printError(const QString &message)
{
    writeTo(stderr, QStringLiteral("%1: %2\n").arg(program(), message));
}

} // namespace LeadRails::CliOutput
