#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace LeadRails::Lead {

// A lead is a JSON object of fields (name, phone, email, anything else). Returns nothing and sets *error to
// a message saying what is wrong and where when text is not one.
std::optional<QJsonObject> parse(const QByteArray &json, QString *error);
// Reads and parses a lead file; errors name the file.
std::optional<QJsonObject> readFile(const QString &path, QString *error);

// The sample lead used by previews and Send Test until the user edits it (the seed page's sample).
QJsonObject sample();

} // namespace LeadRails::Lead
