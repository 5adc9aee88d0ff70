#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace LeadRails::Translations {

QString install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *app = QCoreApplication::instance();
    if (!app)
        return {};

    auto *ours = new QTranslator(app);
    // A language we have no file for (or the C locale of a bare session) gets English, whose file holds the
    // plural forms: "%n message(s)" must still read "1 message" / "2 messages".
    if (!ours->load(locale, QStringLiteral("leadrails"), QStringLiteral("_"), QStringLiteral(":/i18n")) &&
        !ours->load(QStringLiteral("leadrails_en"), QStringLiteral(":/i18n"))) {
        delete ours;
        return {};
    }
    QCoreApplication::installTranslator(ours);

    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return ours->language();
}

} // namespace LeadRails::Translations
