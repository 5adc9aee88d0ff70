#include "Translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace LeadRails;

// The shipped translations load from the embedded resources and plurals follow Qt's numerus rules.
class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldUseEnglishPluralForms_data();
    void shouldUseEnglishPluralForms();
    void shouldSpeakSpanish();
    void shouldFallBackToEnglishForLanguagesWeDoNotShip_data();
    void shouldFallBackToEnglishForLanguagesWeDoNotShip();
};

void tst_Translations::shouldUseEnglishPluralForms_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one") << 1 << QStringLiteral("1 destination paused");
    QTest::newRow("two") << 2 << QStringLiteral("2 destinations paused");
    QTest::newRow("zero") << 0 << QStringLiteral("0 destinations paused");
}

void tst_Translations::shouldUseEnglishPluralForms()
{
    QFETCH(int, count);
    QFETCH(QString, expected);
    QVERIFY(Translations::install(QStringLiteral("en")).startsWith(QLatin1String("en")));
    QCOMPARE(QCoreApplication::translate("LeadRails::MainWindow", "%n destination(s) paused", nullptr, count),
             expected);
}

void tst_Translations::shouldSpeakSpanish()
{
    QVERIFY(Translations::install(QStringLiteral("es")).startsWith(QLatin1String("es")));
    QCOMPARE(QCoreApplication::translate("LeadRails::MainWindow", "%n destination(s) paused", nullptr, 1),
             QStringLiteral("1 destino en pausa"));
    QCOMPARE(QCoreApplication::translate("LeadRails::MainWindow", "%n destination(s) paused", nullptr, 3),
             QStringLiteral("3 destinos en pausa"));
    QCOMPARE(QCoreApplication::translate("LeadRails::JobState", "Delivered"), QStringLiteral("Entregado"));
}

void tst_Translations::shouldFallBackToEnglishForLanguagesWeDoNotShip_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("C locale of a bare session") << QStringLiteral("C");
    QTest::newRow("French") << QStringLiteral("fr");
}

void tst_Translations::shouldFallBackToEnglishForLanguagesWeDoNotShip()
{
    QFETCH(QString, language);
    QVERIFY(Translations::install(language).startsWith(QLatin1String("en")));
    QCOMPARE(QCoreApplication::translate("LeadRails::MainWindow", "%n message(s) waiting", nullptr, 1),
             QStringLiteral("1 message waiting"));
    QCOMPARE(QCoreApplication::translate("LeadRails::MainWindow", "%n message(s) waiting", nullptr, 187),
             QStringLiteral("187 messages waiting"));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
