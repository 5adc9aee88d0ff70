#pragma once

#include <QString>

namespace LeadRails::Translations {

// Installs Qt's and LeadRails's translations for language (e.g. "es"), or for the system locale when
// language is empty. Needs a QCoreApplication. Returns the language actually loaded ("" for the source
// language, English).
QString install(const QString &language = {});

} // namespace LeadRails::Translations
