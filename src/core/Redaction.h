#pragma once

#include <QString>
#include <QStringList>

namespace LeadRails::Redaction {

// Replaces every occurrence of each secret in text with a mask, and masks anything that looks like an HTTP
// Basic credential. Every error text and log line that could carry request data passes through here.
QString redact(QString text, const QStringList &secrets);

// "••••abcd": the last four characters only, for showing which secret is stored.
QString mask(const QString &secret);

} // namespace LeadRails::Redaction
